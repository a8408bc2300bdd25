// Security item 18: every channel checks its sender, validates input with the contract, and answers typed errors only.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { creContract, listChannels, ERROR_CODES } from '../../../common/contract/index.js';
import { createRouter, isUrlOnOrigins } from '../../../main/core/ipc/router.js';
import { openTestCore } from '../../helpers/temp-vault.js';

const APP = { url: 'app://cre/index.html' };
const trusted = (sender: { url: string }) => isUrlOnOrigins(sender.url, ['app://cre']);

/** Inputs no method accepts: wrong types, missing and extra fields, huge strings. */
const MALFORMED: readonly unknown[] = [
  undefined,
  null,
  42,
  'text',
  [],
  { unexpected: true },
  { passphrase: 7 },
  { passphrase: 'x'.repeat(5000) },
  { minutes: 0 },
  { minutes: 61 },
  { minutes: 2.5 },
  { limit: -1 },
  { language: 'de' },
  { recoveryKey: 123, newPassphrase: null },
];

async function routerOverTempVault() {
  const { core } = await openTestCore();
  return createRouter({ contract: creContract, handlers: core.handlers, isTrustedSender: trusted });
}

describe('the main router', () => {
  it('has one channel per contract method, named cre:<domain>.<method>', async () => {
    const router = await routerOverTempVault();
    expect([...router.channels].sort()).toEqual(listChannels(creContract).map((c) => c.channel).sort());
    for (const channel of router.channels) expect(channel).toMatch(/^cre:[a-z][a-zA-Z]*\.[a-zA-Z]+$/);
  });

  it('answers invalid_input to malformed input on every channel, without echoing the value', async () => {
    const router = await routerOverTempVault();
    for (const { channel, spec } of listChannels(creContract)) {
      for (const input of MALFORMED) {
        if (spec.input.safeParse(input).success) continue;
        const reply = await router.handle(channel, input, APP);
        expect({ channel, input, reply }).toEqual({
          channel,
          input,
          reply: { ok: false, error: { code: 'invalid_input', message: expect.any(String) } },
        });
        if (!reply.ok) expect(reply.error.message).not.toContain('xxxxxxxxxx');
      }
    }
  });

  it('refuses calls from any frame that is not the app’s own page', async () => {
    const router = await routerOverTempVault();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/', 'about:blank', '', 'not a url']) {
      for (const channel of router.channels) {
        expect(await router.handle(channel, {}, { url })).toEqual({ ok: false, error: expect.objectContaining({ code: 'forbidden' }) });
      }
    }
  });

  it('answers an unknown channel with invalid_input', async () => {
    const router = await routerOverTempVault();
    expect(await router.handle('cre:vault.dropEverything', {}, APP)).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid_input' }) });
  });

  it('never throws and only answers codes from the closed set, whatever it is fed', async () => {
    const router = await routerOverTempVault();
    const channels = [...router.channels, 'cre:nope.nothing'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channels), fc.anything(), async (channel, input) => {
        if (channel === 'cre:vault.create' || channel === 'cre:vault.unlock' || channel === 'cre:vault.recover') return;
        if (channel === 'cre:sample.create') return;
        const reply = await router.handle(channel, input, APP);
        if (!reply.ok) expect(ERROR_CODES).toContain(reply.error.code);
      }),
      { numRuns: 300 },
    );
  });

  it('turns an unexpected error into `internal` without its stack', async () => {
    const errors: unknown[] = [];
    const router = createRouter({
      contract: creContract,
      handlers: {
        vault: new Proxy({} as never, { get: () => () => { throw new Error('boom at /secret/path'); } }),
        preferences: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        roster: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        rosterIo: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        savedSearches: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        sample: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        reviewPackets: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        reviewInbox: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        consultations: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        communities: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        projects: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        struggles: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        requests: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        collaborations: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        matching: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        today: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        dashboard: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        resources: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        similar: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        team: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        bundles: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        grantCalls: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        grantApplications: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        grantReviews: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        grantMeetings: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        grantAwards: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
        grantDashboard: new Proxy({} as never, { get: () => () => { throw new Error('boom'); } }),
      },
      isTrustedSender: trusted,
      onInternalError: (_channel, error) => errors.push(error),
    });
    const reply = await router.handle('cre:vault.status', {}, APP);
    expect(reply).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong inside the app.' } });
    expect(errors).toHaveLength(1);
  });
});
