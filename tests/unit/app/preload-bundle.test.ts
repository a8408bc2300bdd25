// Security item 19: the built preload requires only 'electron' and exposes only window.cre, made of contract methods.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creContract, creEvents, eventChannelFor, listChannels } from '../../../common/contract/index.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const outDir = mkdtempSync(join(tmpdir(), 'cre-preload-'));
let code = '';

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--preload', `--outdir=${outDir}`], { cwd: ROOT });
  code = readFileSync(join(outDir, 'preload', 'preload.cjs'), 'utf8');
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

type Listener = (...args: unknown[]) => void;

/** Runs the bundle as Electron would, with a fake 'electron' module that records what the preload does with it. */
function runPreload() {
  const exposed = new Map<string, unknown>();
  const invoked: { channel: string; input: unknown }[] = [];
  const listeners = new Map<string, Set<Listener>>();
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: async (channel: string, input: unknown) => {
        invoked.push({ channel, input });
        return { ok: true, value: null };
      },
      on: (channel: string, listener: Listener) => {
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      },
      removeListener: (channel: string, listener: Listener) => {
        listeners.get(channel)?.delete(listener);
      },
    },
  };
  const sandboxRequire = (id: string) => {
    required.push(id);
    if (id === 'electron') return electron;
    throw new Error(`A sandboxed preload cannot require ${id}`);
  };
  const module = { exports: {} };
  runInNewContext(code, { require: sandboxRequire, module, exports: module.exports });
  return { exposed, invoked, listeners, required };
}

describe('the preload bundle', () => {
  it("contains require('electron') as its only require", () => {
    const requires = [...code.matchAll(/\brequire\s*\(([^)]*)\)/g)].map((match) => match[1]);
    expect(requires).toEqual(['"electron"']);
  });

  it('calls exposeInMainWorld once, for cre', () => {
    expect([...code.matchAll(/exposeInMainWorld\(\s*"([^"]+)"/g)].map((match) => match[1])).toEqual(['cre']);
    expect(code.match(/exposeInMainWorld/g)).toHaveLength(1);
    const { exposed, required } = runPreload();
    expect([...exposed.keys()]).toEqual(['cre']);
    expect(required).toEqual(['electron']);
  });

  it('exposes the contract domains and events, and no raw IPC, process or generic invoke', () => {
    const cre = runPreload().exposed.get('cre') as Record<string, Record<string, unknown>>;
    expect(Object.keys(cre).sort()).toEqual([...Object.keys(creContract), 'on'].sort());
    for (const [domain, methods] of Object.entries(creContract)) {
      expect(Object.keys(cre[domain] ?? {}).sort()).toEqual(Object.keys(methods).sort());
    }
    expect(Object.keys(cre['on'] ?? {})).toEqual(Object.keys(creEvents));
    const names = JSON.stringify(Object.fromEntries(Object.entries(cre).map(([key, value]) => [key, Object.keys(value)])));
    expect(names).not.toMatch(/ipcRenderer|process|invoke|send|require/);
    expect(Object.isFrozen(cre)).toBe(true);
  });

  it("sends each method on its contract channel with the caller's input", async () => {
    const { exposed, invoked } = runPreload();
    const cre = exposed.get('cre') as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
    for (const { domain, method, channel } of listChannels(creContract)) {
      await cre[domain]?.[method]?.({ probe: channel });
    }
    await cre['vault']?.['status']?.();
    expect(invoked).toEqual([
      ...listChannels(creContract).map(({ channel }) => ({ channel, input: { probe: channel } })),
      { channel: 'cre:vault.status', input: {} },
    ]);
  });

  it('delivers event payloads without the IPC event, and unsubscribes', () => {
    const { exposed, listeners } = runPreload();
    const on = (exposed.get('cre') as { on: Record<string, (listener: (payload: unknown) => void) => () => void> }).on;
    const received: unknown[] = [];
    const unsubscribe = on['vaultLocked']?.((payload) => received.push(payload));
    const channel = eventChannelFor('vaultLocked');
    const registered = [...(listeners.get(channel) ?? [])];
    expect(registered).toHaveLength(1);
    registered[0]?.({ sender: 'the IPC event must not reach the page' }, { reason: 'idle' });
    expect(received).toEqual([{ reason: 'idle' }]);
    unsubscribe?.();
    expect(listeners.get(channel)?.size).toBe(0);
    expect([...listeners.keys()]).toEqual([channel]);
  });
});
