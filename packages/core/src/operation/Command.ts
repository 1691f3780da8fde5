import type { Operation } from './Operation.js';

/** A command holds an operation's input; a client's send() runs it. */
export abstract class Command<I, O> {
  declare readonly operation: Operation<I, O>;
  constructor(readonly input: I) {
    // Each command class holds its operation as a static (createCommand); the one base
    // constructor copies it onto the command, so no command class needs a field of its own.
    (this as { operation: Operation<I, O> }).operation = (new.target as unknown as CommandClass<I, O>).operation;
  }
}

// Values taken as they are, not opened up member by member.
type Whole = string | number | boolean | bigint | symbol | null | undefined | Date | Uint8Array | Blob | ReadableStream<unknown> | ((...args: never[]) => unknown);

/**
 * An input as the AWS SDK v3's types have it: every member, nested ones too, may also be
 * `undefined` (v3 generates `Bucket: string | undefined` for a required member), so that v3
 * code passing a member read from another output compiles unchanged. A required member left
 * undefined is refused before sending (ParamValidationError), where v3 would send it.
 */
export type LooseInput<T> = T extends Whole ? T : T extends readonly (infer U)[] ? LooseInput<U>[] : T extends object ? { [K in keyof T]: LooseInput<T[K]> | undefined } : T;

export interface CommandClass<I, O> {
  new (input: LooseInput<I>): Command<I, O>;
  readonly operation: Operation<I, O>;
}

/**
 * Builds the `XxxCommand` class of one operation. A factory (not a class declaration per
 * operation) so an unused command is dropped by bundlers.
 */
/* @__NO_SIDE_EFFECTS__ */
export function createCommand<I, O>(op: Operation<I, O>): CommandClass<I, O> {
  // No class fields: a class with fields gets an initializer function of its own, and a
  // package makes dozens of command classes when it is imported.
  const cls = class extends Command<I, O> {};
  Object.defineProperty(cls, 'name', { value: `${op.name}Command` });
  Object.defineProperty(cls, 'operation', { value: op, enumerable: true });
  return cls as unknown as CommandClass<I, O>;
}

export type InputOf<C> = C extends Command<infer I, unknown> ? I : never;
export type OutputOf<C> = C extends Command<unknown, infer O> ? O : never;
