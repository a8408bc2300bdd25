// A test vault's core behind the real router, as the page calls it: `call` answers the value or throws, `errorOf`
// answers the typed error of a call that must fail, `failure` just its code.
import { creContract } from '../../common/contract/index.js';
import type { CreErrorPayload } from '../../common/contract/errors.js';
import { createRouter } from '../../main/core/ipc/router.js';
import { createTestVault } from './temp-vault.js';

/** `reviewer`: a vault in reviewer mode (an Advisory Committee member's or an outside working-group reviewer's). */
export async function routedTestVault(kind: { reviewer?: boolean } = {}) {
  const made = await createTestVault(undefined, kind);
  const router = createRouter({ contract: creContract, handlers: made.core.handlers, isTrustedSender: () => true });
  const reply = (channel: string, input: unknown) => router.handle(channel, input, { url: 'app://cre/' });
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const answer = await reply(channel, input);
    if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
    return answer.value as T;
  };
  const errorOf = async (channel: string, input: unknown): Promise<CreErrorPayload> => {
    const answer = await reply(channel, input);
    if (answer.ok) throw new Error(`${channel} should have failed`);
    return answer.error;
  };
  const failure = async (channel: string, input: unknown) => (await errorOf(channel, input)).code;
  return { ...made, call, errorOf, failure };
}
