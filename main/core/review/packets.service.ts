// The secretariat's review packets (being built).
import { CreFailure } from '../../../common/contract/errors.js';
import type { ReviewDeps, ReviewPacketsService } from './review-services.js';

export function createReviewPacketsService(_deps: ReviewDeps): ReviewPacketsService {
  const missing = (): never => {
    throw new CreFailure('internal', 'Review packets are not available yet.');
  };
  return { members: missing, preview: missing, compose: missing, list: missing, get: missing, save: missing, saveTo: missing, discard: missing, importReturn: missing, importReturnFrom: missing };
}
