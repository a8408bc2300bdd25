// The page's one door to main: every call goes through request(), which also notices a vault that locked behind our back.
import type { CreApi } from '../../common/contract/cre-api.js';
import type { Reply } from '../../common/contract/errors.js';

let lockedReplyHandler: (() => void) | null = null;

/** Called by the lock handling with what to do when a call answers `locked`. */
export function onLockedReply(handler: () => void): void {
  lockedReplyHandler = handler;
}

/** Runs one call on window.cre; a transport failure becomes an `internal` error instead of a thrown exception. */
export async function request<T>(call: (api: CreApi) => Promise<Reply<T>>): Promise<Reply<T>> {
  let reply: Reply<T>;
  try {
    reply = await call(window.cre);
  } catch {
    reply = { ok: false, error: { code: 'internal', message: 'The call to the app did not complete.' } };
  }
  if (!reply.ok && reply.error.code === 'locked') lockedReplyHandler?.();
  return reply;
}
