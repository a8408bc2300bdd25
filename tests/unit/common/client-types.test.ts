// The page's client requires each method's input at the type level: a call without a required input does not compile.
import { describe, expect, it } from 'vitest';
import { createCreClient } from '../../../common/contract/client.js';
import { creContract, creEvents } from '../../../common/contract/index.js';

const invoked: { channel: string; input: unknown }[] = [];
const api = createCreClient(creContract, creEvents, {
  invoke: async (channel, input) => {
    invoked.push({ channel, input });
    return { ok: true, value: null };
  },
  subscribe: () => () => undefined,
});

describe('the client types', () => {
  it('take no input where the contract needs none, and demand it where it does', async () => {
    await api.vault.status();
    await api.vault.lock();
    // @ts-expect-error roster.create needs its collaborator: typecheck fails if this call compiles.
    await api.roster.create();
    // @ts-expect-error vault.unlock needs the passphrase.
    await api.vault.unlock();
    // @ts-expect-error an input of the wrong shape does not compile either.
    await api.vault.unlock({ password: 'x' });
    expect(invoked.map((call) => call.channel)).toEqual([
      'cre:vault.status',
      'cre:vault.lock',
      'cre:roster.create',
      'cre:vault.unlock',
      'cre:vault.unlock',
    ]);
  });
});
