// Building blocks for declaring contract methods and events once; both IPC sides are generated from them.
import type { z } from 'zod';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
}

export interface EventSpec<P extends z.ZodType = z.ZodType> {
  readonly payload: P;
}

export type DomainSpec = Readonly<Record<string, MethodSpec>>;
export type ContractSpec = Readonly<Record<string, DomainSpec>>;
export type EventsSpec = Readonly<Record<string, EventSpec>>;

export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> {
  return { input, output };
}

export function event<P extends z.ZodType>(payload: P): EventSpec<P> {
  return { payload };
}

export function channelFor(domain: string, methodName: string): string {
  return `cre:${domain}.${methodName}`;
}

export function eventChannelFor(eventName: string): string {
  return `cre:event:${eventName}`;
}

export type MethodInput<M extends MethodSpec> = z.input<M['input']>;
export type MethodParsedInput<M extends MethodSpec> = z.output<M['input']>;
export type MethodOutput<M extends MethodSpec> = z.output<M['output']>;
export type EventPayload<E extends EventSpec> = z.output<E['payload']>;

/** Every channel of a contract with its domain and method name, in declaration order. */
export function listChannels(contract: ContractSpec): { channel: string; domain: string; method: string; spec: MethodSpec }[] {
  return Object.entries(contract).flatMap(([domain, methods]) =>
    Object.entries(methods).map(([name, spec]) => ({ channel: channelFor(domain, name), domain, method: name, spec })),
  );
}
