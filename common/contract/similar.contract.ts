// Similar struggles: other communities facing the same financiers, companies, sectors, country or strategy areas.
import { z } from 'zod';
import { similarCommunitySchema } from '../community/similar.schema.js';
import { method } from './define.js';

const limit = z.number().int().min(1).max(200).default(20);

export const similarContract = {
  /** Other live communities ranked against everything a live community faces, asks for and has learned. */
  forCommunity: method(z.object({ communityId: z.uuid(), limit }).strict(), z.array(similarCommunitySchema)),
  /** Other live communities ranked against one live struggle: its project, and the requests about it. */
  forStruggle: method(z.object({ struggleId: z.uuid(), limit }).strict(), z.array(similarCommunitySchema)),
} as const;
