// Binds the contract's router to Electron's ipcMain and pushes core events to the windows; electron itself is injected.
import { creContract, type CreContract } from '../../common/contract/index.js';
import { eventChannelFor } from '../../common/contract/define.js';
import type { LockReason } from '../../common/contract/events.contract.js';
import { createRouter, isUrlOnOrigins, type Handlers, type Router } from '../core/ipc/router.js';
import { APP_ORIGIN } from './app-protocol.js';

/** The only origin whose frames may call the API. */
export const TRUSTED_ORIGINS: readonly string[] = [APP_ORIGIN];

/** What the bridge uses of an `ipcMain.handle` event: the frame that sent it, null once that frame is gone. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

/** The part of Electron's `ipcMain` the bridge uses; tests pass a recording fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, input: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

/** The part of a BrowserWindow the event forwarding uses. */
export interface WindowLike {
  isDestroyed(): boolean;
  readonly webContents: { send(channel: string, payload: unknown): void };
}

/**
 * Names the failure without its message: messages of unexpected errors can quote inputs or SQL values, and logs must
 * never hold record contents or key material (security.md item 22). The stack frames say where it happened.
 */
export function describeInternalError(channel: string, error: unknown): string {
  if (!(error instanceof Error)) return `${channel}: internal error (${typeof error})`;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 8);
  return [`${channel}: internal error ${error.name}`, ...frames].join('\n');
}

export function createAppRouter(
  handlers: Handlers<CreContract>,
  onInternalError: (channel: string, error: unknown) => void = (channel, error) => console.error(describeInternalError(channel, error)),
): Router {
  return createRouter({
    contract: creContract,
    handlers,
    isTrustedSender: (sender) => isUrlOnOrigins(sender.url, TRUSTED_ORIGINS),
    onInternalError,
  });
}

/**
 * Registers one `ipcMain.handle` per channel of the router, which is built from the contract: no hand-written list.
 * The sender passed on is the URL of the frame that sent the call, so a foreign or vanished frame is refused.
 * Returns the function that removes every handler.
 */
export function registerIpcBridge(ipcMain: IpcMainLike, router: Router): () => void {
  for (const channel of router.channels) {
    ipcMain.handle(channel, (event, input) => router.handle(channel, input, { url: event.senderFrame?.url ?? '' }));
  }
  return () => {
    for (const channel of router.channels) ipcMain.removeHandler(channel);
  };
}

/** Pushes one core event (e.g. `importProgress`) to every open window; returns the unsubscribe of `subscribe`. */
export function forwardEvent<P>(
  eventName: string,
  subscribe: (listener: (payload: P) => void) => () => void,
  windows: () => readonly WindowLike[],
): () => void {
  const channel = eventChannelFor(eventName);
  return subscribe((payload) => {
    for (const window of windows()) {
      if (!window.isDestroyed()) window.webContents.send(channel, payload);
    }
  });
}

/** Tells every open window that the vault locked, whatever locked it (idle, suspend, menu, another call). */
export function forwardVaultLocked(
  core: { onVaultLocked(listener: (payload: { reason: LockReason }) => void): () => void },
  windows: () => readonly WindowLike[],
): () => void {
  const channel = eventChannelFor('vaultLocked');
  return core.onVaultLocked((payload) => {
    for (const window of windows()) {
      if (!window.isDestroyed()) window.webContents.send(channel, payload);
    }
  });
}
