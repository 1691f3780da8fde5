import type { Operation } from './Operation.js';

/** A command holds an operation's input; a client's send() runs it. */
export abstract class Command<I, O> {
  abstract readonly operation: Operation<I, O>;
  constructor(readonly input: I) {}
}

export interface CommandClass<I, O> {
  new (input: I): Command<I, O>;
  readonly operation: Operation<I, O>;
}

/**
 * Builds the `XxxCommand` class of one operation. A factory (not a class declaration per
 * operation) so an unused command is dropped by bundlers.
 */
/* @__NO_SIDE_EFFECTS__ */
export function createCommand<I, O>(op: Operation<I, O>): CommandClass<I, O> {
  const cls = class extends Command<I, O> {
    static readonly operation = op;
    readonly operation = op;
  };
  Object.defineProperty(cls, 'name', { value: `${op.name}Command` });
  return cls;
}

export type InputOf<C> = C extends Command<infer I, unknown> ? I : never;
export type OutputOf<C> = C extends Command<unknown, infer O> ? O : never;
