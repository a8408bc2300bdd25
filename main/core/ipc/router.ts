// The main router: one handler per contract method, each checking the sender and validating input and output.
import { z } from 'zod';
import type { ContractSpec, MethodOutput, MethodParsedInput } from '../../../common/contract/define.js';
import { listChannels } from '../../../common/contract/define.js';
import { CreFailure, type CreErrorPayload, type Reply } from '../../../common/contract/errors.js';
import { storageFailureOf } from '../../../db/storage-errors.js';

export type Handlers<C extends ContractSpec> = {
  readonly [D in keyof C]: {
    readonly [M in keyof C[D]]: (input: MethodParsedInput<C[D][M]>) => MethodOutput<C[D][M]> | Promise<MethodOutput<C[D][M]>>;
  };
};

/** For a handler whose contract answers null: runs the command and answers null (one wiring style for every domain). */
export function done<I>(command: (input: I) => unknown): (input: I) => null {
  return (input) => {
    command(input);
    return null;
  };
}

export interface Sender {
  /** URL of the frame that sent the call. */
  url: string;
}

export interface RouterOptions<C extends ContractSpec> {
  contract: C;
  handlers: Handlers<C>;
  isTrustedSender: (sender: Sender) => boolean;
  /** Receives unexpected errors. Must not log inputs: they can hold passphrases. */
  onInternalError?: (channel: string, error: unknown) => void;
}

export interface Router {
  readonly channels: readonly string[];
  handle(channel: string, input: unknown, sender: Sender): Promise<Reply<unknown>>;
}

const fail = (code: CreErrorPayload['code'], message: string): Reply<never> => ({ ok: false, error: { code, message } });

/** Describes what was wrong by path only: the rejected values are never echoed (they may be secrets). */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(input)'}: ${issue.code}`)
    .join('; ');
}

export function createRouter<C extends ContractSpec>(options: RouterOptions<C>): Router {
  const table = new Map(
    listChannels(options.contract).map((entry) => {
      const domainHandlers = options.handlers[entry.domain as keyof C] as Record<string, (input: unknown) => unknown>;
      const handler = domainHandlers[entry.method];
      if (!handler) throw new Error(`No handler for ${entry.channel}`);
      return [entry.channel, { spec: entry.spec, handler }] as const;
    }),
  );

  return {
    channels: [...table.keys()],
    async handle(channel, input, sender) {
      const route = table.get(channel);
      if (!route) return fail('invalid_input', 'Unknown method.');
      if (!options.isTrustedSender(sender)) return fail('forbidden', 'This call did not come from the app’s own page.');
      const parsed = route.spec.input.safeParse(input);
      if (!parsed.success) return fail('invalid_input', `Invalid input: ${describeIssues(parsed.error)}`);
      try {
        const value: unknown = await route.handler(parsed.data);
        const checked = route.spec.output.safeParse(value);
        if (!checked.success) {
          options.onInternalError?.(channel, new Error(`Output of ${channel} broke the contract: ${describeIssues(checked.error)}`));
          return fail('internal', 'Something went wrong inside the app.');
        }
        return { ok: true, value: checked.data };
      } catch (error) {
        if (error instanceof CreFailure) return { ok: false, error: error.toPayload() };
        // A full disk or a read-only folder met by any service is named as such, never as an internal error.
        const storage = storageFailureOf(error);
        if (storage) return { ok: false, error: storage.toPayload() };
        options.onInternalError?.(channel, error);
        return fail('internal', 'Something went wrong inside the app.');
      }
    },
  };
}

/** True when the sender's URL is on one of the given origins, e.g. `app://cre`. Custom schemes have an opaque WHATWG origin, so compare scheme and host. */
export function isUrlOnOrigins(url: string, origins: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const here = `${parsed.protocol}//${parsed.host}`;
  return origins.includes(here);
}
