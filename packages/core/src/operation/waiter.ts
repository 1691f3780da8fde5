import { sleep } from '../retry/RetryStrategy.js';
import { WaiterError } from '../errors/transportErrors.js';
import { ParamValidationError } from '../errors/ParamValidationError.js';
import type { SendOptions } from '../client/ClientConfig.js';
import type { Command, CommandClass, LooseInput } from './Command.js';

export type WaiterState = 'SUCCESS' | 'FAILURE' | 'RETRY';

export interface WaiterConfig<Client> {
  client: Client;
  /** Seconds to wait in all before giving up. */
  maxWaitTime: number;
  /** Seconds between polls: the first wait, and the most any wait grows to. */
  minDelay?: number;
  maxDelay?: number;
  abortSignal?: AbortSignal;
}

export interface WaiterResult<O> {
  state: 'SUCCESS';
  reason: O | Error;
}

export interface WaiterSpec<O> {
  /** Looks at one poll's output or error; undefined means poll again. */
  acceptor(result: { output?: O; error?: Error }): WaiterState | undefined;
  minDelay: number;
  maxDelay: number;
}

type Sender = { send<I, O>(c: Command<I, O>, o?: SendOptions): Promise<O> };

/** Builds `waitUntil<State>(config, input)`: polls with backoff until an acceptor decides. */
/* @__NO_SIDE_EFFECTS__ */
export function createWaiter<I, O>(Cmd: CommandClass<I, O>, spec: WaiterSpec<O>) {
  return async function waitUntil<C extends Sender>(config: WaiterConfig<C>, input: I): Promise<WaiterResult<O>> {
    checkWaiterConfig(Cmd.operation.name, config, spec);
    const minDelay = (config.minDelay ?? spec.minDelay) * 1000;
    const maxDelay = (config.maxDelay ?? spec.maxDelay) * 1000;
    const deadline = Date.now() + config.maxWaitTime * 1000;
    let last: O | Error | undefined;
    for (let attempt = 1; ; attempt++) {
      let result: { output?: O; error?: Error };
      try {
        result = { output: await config.client.send(new Cmd(input as LooseInput<I>), { abortSignal: config.abortSignal }) };
      } catch (e) {
        if ((e as Error).name === 'AbortError') throw new WaiterError('ABORTED', `${Cmd.operation.name} waiter was aborted`);
        result = { error: e as Error };
      }
      last = result.output ?? result.error;
      const state = spec.acceptor(result);
      if (state === 'SUCCESS') return { state: 'SUCCESS', reason: last! };
      if (state === 'FAILURE') throw new WaiterError('FAILURE', `${Cmd.operation.name} waiter reached a failure state`, last);
      if (state === undefined && result.error) throw result.error;
      // Exponential growth from minDelay, capped by maxDelay and by the time left.
      const left = deadline - Date.now();
      if (left <= 0) throw new WaiterError('TIMEOUT', `${Cmd.operation.name} waiter gave up after ${config.maxWaitTime} s`, last);
      const wait = Math.min(maxDelay, minDelay * 2 ** Math.min(attempt - 1, 16), left);
      try {
        await sleep(wait, config.abortSignal);
      } catch {
        throw new WaiterError('ABORTED', `${Cmd.operation.name} waiter was aborted`, last);
      }
    }
  };
}

/**
 * v3's checks (util-waiter validateWaiterOptions: each time above 0, maxWaitTime above
 * minDelay, maxDelay not below minDelay), and also that each is a finite number: v3 lets a
 * NaN or a missing maxWaitTime through, and then polls without end.
 */
function checkWaiterConfig(opName: string, config: WaiterConfig<unknown>, spec: WaiterSpec<unknown>): void {
  const minDelay = config.minDelay ?? spec.minDelay;
  const maxDelay = config.maxDelay ?? spec.maxDelay;
  const issues: Array<{ path: string; message: string }> = [];
  for (const [path, v] of [['maxWaitTime', config.maxWaitTime], ['minDelay', minDelay], ['maxDelay', maxDelay]] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) issues.push({ path, message: `must be a finite number of seconds above 0 (got ${String(v)})` });
  }
  if (!issues.length && config.maxWaitTime <= minDelay) issues.push({ path: 'maxWaitTime', message: `must be above minDelay (${minDelay} s)` });
  if (!issues.length && maxDelay < minDelay) issues.push({ path: 'maxDelay', message: `must not be below minDelay (${minDelay} s)` });
  if (issues.length) throw new ParamValidationError(issues, `${opName} waiter`);
}
