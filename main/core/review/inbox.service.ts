// A reviewer's inbox (being built).
import { CreFailure } from '../../../common/contract/errors.js';
import type { ReviewDeps, ReviewInboxService } from './review-services.js';

export function createReviewInboxService(_deps: ReviewDeps): ReviewInboxService {
  const missing = (): never => {
    throw new CreFailure('internal', 'The review inbox is not available yet.');
  };
  return { list: missing, importPacket: missing, importPacketFrom: missing, get: missing, openApplication: missing, declare: missing, score: missing, answer: missing, returnReview: missing, returnTo: missing, saveFile: missing, purgeExpired: () => 0 };
}
