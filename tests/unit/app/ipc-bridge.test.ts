// Security item 18 at the Electron boundary: every contract channel is registered, with the sending frame's URL as sender.
import { describe, expect, it } from 'vitest';
import { creContract, eventChannelFor, listChannels } from '../../../common/contract/index.js';
import {
  createAppRouter,
  describeInternalError,
  forwardVaultLocked,
  registerIpcBridge,
  TRUSTED_ORIGINS,
  type InvokeEventLike,
  type IpcMainLike,
  type WindowLike,
} from '../../../main/app/ipc-bridge.js';
import { createTestVault, openTestCore } from '../../helpers/temp-vault.js';

type Listener = (event: InvokeEventLike, input: unknown) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    },
    removeHandler(channel) {
      handlers.delete(channel);
    },
  };
  const invoke = (channel: string, input: unknown, senderFrame: InvokeEventLike['senderFrame']) => {
    const listener = handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener({ senderFrame }, input);
  };
  return { ipcMain, handlers, invoke };
}

const APP_FRAME = { url: 'app://cre/index.html' };

describe('registerIpcBridge', () => {
  it('registers one handler per contract channel, and removes them all', async () => {
    const { core } = await openTestCore();
    const { ipcMain, handlers } = fakeIpcMain();
    const dispose = registerIpcBridge(ipcMain, createAppRouter(core.handlers));
    expect([...handlers.keys()].sort()).toEqual(listChannels(creContract).map((entry) => entry.channel).sort());
    dispose();
    expect(handlers.size).toBe(0);
  });

  it("answers calls from the app's page and refuses foreign or vanished frames", async () => {
    const { core, vaultDir } = await openTestCore();
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpcBridge(ipcMain, createAppRouter(core.handlers));

    expect(await invoke('cre:vault.status', {}, APP_FRAME)).toMatchObject({ ok: true, value: { state: 'none', vaultDir } });
    for (const senderFrame of [{ url: 'https://evil.example/' }, { url: 'file:///index.html' }, { url: 'app://other/' }, null]) {
      for (const channel of listChannels(creContract).map((entry) => entry.channel)) {
        expect(await invoke(channel, {}, senderFrame)).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
      }
    }
  });

  it('answers invalid_input, never a stack trace, to malformed input on every channel', async () => {
    const { core } = await openTestCore();
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpcBridge(ipcMain, createAppRouter(core.handlers));
    for (const { channel } of listChannels(creContract)) {
      for (const input of [42, 'text', [], { unexpected: true }]) {
        const reply = await invoke(channel, input, APP_FRAME);
        expect({ channel, reply }).toEqual({ channel, reply: { ok: false, error: { code: 'invalid_input', message: expect.any(String) } } });
        expect(JSON.stringify(reply)).not.toMatch(/\n\s+at /);
      }
    }
  });

  it('trusts only the app origin', () => {
    expect(TRUSTED_ORIGINS).toEqual(['app://cre']);
  });
});

describe('forwardVaultLocked', () => {
  it('sends vaultLocked with its reason to every live window', async () => {
    const { core } = await createTestVault();
    const sent: { window: string; channel: string; payload: unknown }[] = [];
    const window = (name: string, destroyed = false): WindowLike => ({
      isDestroyed: () => destroyed,
      webContents: { send: (channel, payload) => sent.push({ window: name, channel, payload }) },
    });
    const stop = forwardVaultLocked(core, () => [window('main'), window('closed', true)]);

    core.vault.lock('user');
    expect(sent).toEqual([{ window: 'main', channel: eventChannelFor('vaultLocked'), payload: { reason: 'user' } }]);

    stop();
    core.dispose();
    expect(sent).toHaveLength(1);
  });
});

describe('describeInternalError', () => {
  it('keeps the error name and stack frames and drops the message, which may quote data', () => {
    const error = new TypeError('value "attack-at-dawn" is not valid');
    const text = describeInternalError('cre:vault.info', error);
    expect(text).toContain('cre:vault.info');
    expect(text).toContain('TypeError');
    expect(text).toMatch(/\n\s+at /);
    expect(text).not.toContain('attack-at-dawn');
    expect(describeInternalError('cre:vault.info', 'attack-at-dawn')).not.toContain('attack-at-dawn');
  });
});
