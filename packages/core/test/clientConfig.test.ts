// Bad numbers in a client's config fail when the client is built, and bad send overrides when
// the send starts: nothing is sent in either case (issue: maxAttempts NaN made 101 attempts,
// requestTimeout NaN or -1 removed every time-out).
import { describe, expect, it } from 'vitest';
import { Client, ParamValidationError, type HttpRequest } from '../src/index.js';
import { creds, EchoCommand, jsonService } from './testService.js';

const sent: HttpRequest[] = [];
const transport = async (req: HttpRequest) => {
  sent.push(req);
  return { status: 200, headers: {}, body: new TextEncoder().encode('{}') };
};
const build = (config: Record<string, unknown>) => new Client(jsonService, { region: 'us-east-1', credentials: creds, transport, ...config });

describe('client numbers', () => {
  it.each([
    [{ maxAttempts: Number.NaN }, /maxAttempts: must be a whole number, 1 or more \(got NaN\)/],
    [{ maxAttempts: Infinity }, /maxAttempts: must be a whole number/],
    [{ maxAttempts: 0 }, /maxAttempts: must be a whole number/],
    [{ maxAttempts: 2.5 }, /maxAttempts: must be a whole number/],
    [{ requestTimeout: Number.NaN }, /requestTimeout: must be a finite number, 0 or more \(got NaN\)/],
    [{ requestTimeout: -1 }, /requestTimeout: must be a finite number/],
    [{ connectTimeout: Infinity }, /connectTimeout: must be a finite number/],
    [{ retry: { baseDelay: Number.NaN } }, /Test client config: invalid input: baseDelay: must be a finite number/],
    [{ retry: { maxDelay: -5 } }, /maxDelay: must be a finite number, 0 or more \(got -5\)/],
    [{ retry: { throttlingBaseDelay: Infinity } }, /throttlingBaseDelay: must be a finite number/],
  ])('refuses %j when the client is built', (config, message) => {
    expect(() => build(config)).toThrow(ParamValidationError);
    expect(() => build(config)).toThrow(message);
  });

  it('accepts the documented values (0 time-out is none, as in v3)', () => {
    expect(() => build({ maxAttempts: 1, requestTimeout: 0, connectTimeout: 500, retry: { baseDelay: 0, maxDelay: 1000 } })).not.toThrow();
  });

  it("refuses a send's bad overrides before anything is sent", async () => {
    const client = build({});
    sent.length = 0;
    await expect(client.send(new EchoCommand({ Name: 'a' } as never), { maxAttempts: Number.NaN })).rejects.toThrow(/Echo send options: invalid input: maxAttempts/);
    await expect(client.send(new EchoCommand({ Name: 'a' } as never), { requestTimeout: -1 })).rejects.toThrow(/requestTimeout: must be a finite number/);
    expect(sent).toHaveLength(0);
    await client.send(new EchoCommand({ Name: 'a' } as never), { maxAttempts: 1, requestTimeout: 1000 });
    expect(sent).toHaveLength(1);
  });
});
