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
  // `operation` lives on the class and its prototype rather than in class fields, which would
  // give every command class an initializer function (dozens are made on import).
  const cls = class extends Command<I, O> {
    declare readonly operation: Operation<I, O>;
  };
  Object.defineProperty(cls, 'name', { value: `${op.name}Command` });
  Object.defineProperty(cls, 'operation', { value: op, enumerable: true });
  Object.defineProperty(cls.prototype, 'operation', { value: op });
  return cls as unknown as CommandClass<I, O>;
}

export type InputOf<C> = C extends Command<infer I, unknown> ? I : never;
export type OutputOf<C> = C extends Command<unknown, infer O> ? O : never;
