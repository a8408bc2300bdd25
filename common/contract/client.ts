// Builds the `window.cre` object from the contract over any transport (Electron IPC in the preload, a Playwright binding in tests).
import type { ContractSpec, EventPayload, EventsSpec, MethodInput, MethodOutput, MethodSpec } from './define.js';
import { channelFor, eventChannelFor } from './define.js';
import type { Reply } from './errors.js';

export interface CreTransport {
  invoke(channel: string, input: unknown): Promise<unknown>;
  /** Subscribes to an event channel; returns the function that unsubscribes. */
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
}

/** A method whose input has no required field may be called without one; any other needs its input at the type level. */
export type ClientMethod<M extends MethodSpec> = Record<string, never> extends MethodInput<M>
  ? (input?: MethodInput<M>) => Promise<Reply<MethodOutput<M>>>
  : (input: MethodInput<M>) => Promise<Reply<MethodOutput<M>>>;

export type CreClient<C extends ContractSpec, E extends EventsSpec> = {
  readonly [D in keyof C]: {
    readonly [M in keyof C[D]]: C[D][M] extends MethodSpec ? ClientMethod<C[D][M]> : never;
  };
} & {
  readonly on: {
    readonly [K in keyof E]: (listener: (payload: EventPayload<E[K]>) => void) => () => void;
  };
};

export function createCreClient<C extends ContractSpec, E extends EventsSpec>(
  contract: C,
  events: E,
  transport: CreTransport,
): CreClient<C, E> {
  const client: Record<string, Record<string, unknown>> = {};
  for (const [domain, methods] of Object.entries(contract)) {
    const domainClient: Record<string, unknown> = {};
    for (const name of Object.keys(methods)) {
      const channel = channelFor(domain, name);
      domainClient[name] = (input: unknown = {}) => transport.invoke(channel, input);
    }
    client[domain] = Object.freeze(domainClient);
  }
  const on: Record<string, unknown> = {};
  for (const name of Object.keys(events)) {
    const channel = eventChannelFor(name);
    on[name] = (listener: (payload: unknown) => void) => transport.subscribe(channel, listener);
  }
  client['on'] = Object.freeze(on);
  // The mapped type is what the loop above builds; TypeScript cannot follow it through Object.entries.
  return Object.freeze(client) as unknown as CreClient<C, E>;
}
