// Failed-unlock counter with exponential back-off, kept in its own small file so it survives restarts
// while the database and key file stay untouched by a wrong passphrase.
import { readFileSync, rmSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-file.js';

export const FREE_ATTEMPTS = 5;
export const MAX_BACKOFF_MS = 60_000;
const MAX_PENDING = 100;

const attemptsSchema = z.object({
  failures: z.number().int().min(0),
  lastFailureAt: z.number().nullable(),
  /** Failure times not yet written to the audit trail (written at the next successful unlock). */
  pending: z.array(z.string()).max(MAX_PENDING),
});
export type UnlockAttempts = z.infer<typeof attemptsSchema>;

const NONE: UnlockAttempts = { failures: 0, lastFailureAt: null, pending: [] };

/** Delay owed after `failures` consecutive failures: none for the first five, then 1 s, 2 s, 4 s … capped at 60 s. */
export function backoffDelayMs(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (failures - FREE_ATTEMPTS));
}

export function retryAfterMs(attempts: UnlockAttempts, now: number): number {
  if (attempts.lastFailureAt === null) return 0;
  return Math.max(0, Math.ceil(attempts.lastFailureAt + backoffDelayMs(attempts.failures) - now));
}

export function readUnlockAttempts(file: string, now: number): UnlockAttempts {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return NONE;
  }
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Falls through to the damaged-counter case below.
  }
  const parsed = attemptsSchema.safeParse(json);
  // A damaged counter must not make guessing faster: treat it as the longest back-off, counted from now.
  return parsed.success ? parsed.data : { failures: FREE_ATTEMPTS + 6, lastFailureAt: now, pending: [] };
}

export function recordFailedUnlock(file: string, now: number): UnlockAttempts {
  const previous = readUnlockAttempts(file, now);
  const next: UnlockAttempts = {
    failures: previous.failures + 1,
    lastFailureAt: now,
    pending: [...previous.pending, new Date(now).toISOString()].slice(-MAX_PENDING),
  };
  writeFileAtomic(file, JSON.stringify(next));
  return next;
}

export function clearUnlockAttempts(file: string): void {
  rmSync(file, { force: true });
}
