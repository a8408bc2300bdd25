// Reads the wait that a refused unlock or recovery carries, and turns milliseconds into the seconds people see.
import type { CreErrorPayload } from '../../common/contract/errors.js';

/** Whole seconds left, rounded up so the countdown never shows 0 while the button is still disabled. */
export function secondsLeft(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

export function retryAfterMsOf(error: CreErrorPayload): number {
  const value = error.details?.['retryAfterMs'];
  return typeof value === 'number' && value > 0 ? value : 0;
}

export function failuresOf(error: CreErrorPayload): number | null {
  const value = error.details?.['failures'];
  return typeof value === 'number' ? value : null;
}
