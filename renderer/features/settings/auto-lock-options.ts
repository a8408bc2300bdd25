// The choices of the auto-lock menu: Off, the usual delays, and the current value if it is something else.
import { AUTO_LOCK_MAX_MINUTES, AUTO_LOCK_MIN_MINUTES } from '../../../common/contract/vault.contract.js';

export const COMMON_AUTO_LOCK_MINUTES = [1, 2, 5, 10, 15, 30, 60] as const;
const OFF = 'off';

/** Minutes in ascending order, including `current` when it is a valid delay not among the usual ones. */
export function autoLockChoices(current: number | null): number[] {
  const choices: number[] = [...COMMON_AUTO_LOCK_MINUTES];
  if (current !== null && !choices.includes(current)) choices.push(current);
  return choices.filter((m) => m >= AUTO_LOCK_MIN_MINUTES && m <= AUTO_LOCK_MAX_MINUTES).sort((a, b) => a - b);
}

/** The <select> value for a setting, and back. */
export function autoLockValue(minutes: number | null): string {
  return minutes === null ? OFF : String(minutes);
}

/** null when the value is none of the menu's: never read a bad value as "off". */
export function parseAutoLockValue(value: string): { minutes: number | null } | null {
  if (value === OFF) return { minutes: null };
  const minutes = Number(value);
  return Number.isInteger(minutes) && minutes >= AUTO_LOCK_MIN_MINUTES && minutes <= AUTO_LOCK_MAX_MINUTES ? { minutes } : null;
}
