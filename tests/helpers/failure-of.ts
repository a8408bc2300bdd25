// The typed failure a core call answered with, for tests that compare codes and details; anything else is rethrown.
import { CreFailure } from '../../common/contract/errors.js';

export function failureOf(work: () => unknown): { code: string; details: Record<string, unknown> | undefined } {
  try {
    work();
  } catch (error) {
    if (error instanceof CreFailure) return { code: error.code, details: error.details };
    throw error;
  }
  throw new Error('expected a failure');
}
