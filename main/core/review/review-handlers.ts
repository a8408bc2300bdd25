// The review domains' handlers, in the style of core-handlers.ts: a plain call, or `done(…)` where the contract answers null.
import type { CreContract } from '../../../common/contract/index.js';
import { done, type Handlers } from '../ipc/router.js';
import type { ReviewInboxService, ReviewPacketsService } from './review-services.js';

export function createReviewHandlers(packets: ReviewPacketsService, inbox: ReviewInboxService): Pick<Handlers<CreContract>, 'reviewPackets' | 'reviewInbox'> {
  return {
    reviewPackets: {
      members: () => packets.members(),
      preview: ({ packet }) => packets.preview(packet),
      compose: ({ packet }) => packets.compose(packet),
      list: ({ limit }) => packets.list(limit),
      get: ({ id }) => packets.get(id),
      save: ({ id, token }) => packets.save(id, token),
      discard: done(({ id }) => packets.discard(id)),
      importReturn: ({ token }) => packets.importReturn(token),
    },
    reviewInbox: {
      list: () => inbox.list(),
      importPacket: ({ token }) => inbox.importPacket(token),
      get: ({ packetId }) => inbox.get(packetId),
      openApplication: ({ packetId, applicationId }) => inbox.openApplication(packetId, applicationId),
      declare: done((input) => inbox.declare(input)),
      score: done((input) => inbox.score(input)),
      answer: done((input) => inbox.answer(input)),
      returnReview: ({ packetId, token }) => inbox.returnReview(packetId, token),
      saveFile: ({ packetId, fileId }) => inbox.saveFile(packetId, fileId),
    },
  };
}
