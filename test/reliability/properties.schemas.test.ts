// Property tests over every operation of every service, generated from the operation's own
// input schema: a valid input is accepted, serialized faithfully (each bound member where its
// binding says, JSON and Query bodies holding the members) and signed so that an independent
// verifier accepts it; a mutated input (a documented constraint broken) is a
// ParamValidationError naming the member, and nothing is sent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeGreedy, encodeRfc3986, inputObject, ParamValidationError, toBase64, utf8, type Client, type Command, type HttpRequest, type Operation, type ServiceSpec } from '@skiff/core';
import { captureTransport, type Captured } from '@skiff/testkit';
import * as kinesis from '@skiff/kinesis';
import * as mediastore from '@skiff/mediastore';
import * as data from '@skiff/mediastore-data';
import * as s3 from '@skiff/s4-s3';
import * as iam from '@skiff/s4-iam';
import { count, CREDENTIALS, failure } from './support/registry.js';
import { inputArbitrary, mutationsFor, type Schema } from './support/schemaArbitrary.js';
import { observed } from './support/services.js';
import { verifySigV4 } from './support/sigv4Verifier.js';

const RUNS = 20;
const EMPTY = { status: 200, headers: {}, body: new Uint8Array() };
/** A success: empty, but for an operation whose success is its result element (S3 Complete, copies). */
const successOf = (op: Operation<unknown, unknown>) => (op.xml?.outputRoot ? { ...EMPTY, body: utf8(`<${op.xml.outputRoot}><ETag>"e"</ETag></${op.xml.outputRoot}>`) } : EMPTY);

type CommandClass = (new (input: never) => Command<unknown, unknown>) & { operation: Operation<unknown, unknown> };
interface Svc {
  name: string;
  spec: ServiceSpec;
  module: Record<string, unknown>;
  endpoint: string;
  client(transport: ReturnType<typeof captureTransport>['transport']): Client;
}

const SERVICES: Svc[] = [
  { name: 'Kinesis', spec: kinesis.kinesisService, module: kinesis as never, endpoint: 'https://kinesis.us-east-1.amazonaws.com', client: (transport) => new kinesis.KinesisClient(observed({ transport, maxAttempts: 1 })) },
  { name: 'MediaStore', spec: mediastore.mediaStoreService, module: mediastore as never, endpoint: 'https://mediastore.us-east-1.amazonaws.com', client: (transport) => new mediastore.MediaStoreClient(observed({ transport, maxAttempts: 1 })) },
  { name: 'MediaStoreData', spec: data.mediaStoreDataService, module: data as never, endpoint: 'https://abcd.data.mediastore.us-east-1.amazonaws.com/base', client: (transport) => new data.MediaStoreDataClient(observed({ transport, maxAttempts: 1, endpoint: 'https://abcd.data.mediastore.us-east-1.amazonaws.com/base' }) as data.MediaStoreDataClientConfig) },
  { name: 'S3', spec: s3.s3Service, module: s3 as never, endpoint: 'https://s3.eu-central-1.s4.mega.io', client: (transport) => new s3.S3Client({ ...observed({ transport, maxAttempts: 1, region: 'eu-central-1' }), forcePathStyle: true }) },
  { name: 'IAM', spec: iam.iamService, module: iam as never, endpoint: 'https://iam.eu-central-1.s4.mega.io', client: (transport) => new iam.IAMClient(observed({ transport, maxAttempts: 1, region: 'eu-central-1' })) },
];

const commandsOf = (svc: Svc) =>
  Object.entries(svc.module)
    .filter(([n, c]) => n.endsWith('Command') && typeof c === 'function' && (c as { operation?: unknown }).operation)
    .map(([n, c]) => [n, c as CommandClass] as const);

const asText = (v: unknown) => (v instanceof Date ? v.toUTCString() : String(v));

/** A value as JSON protocols send it: bytes as base64 (nested too), Dates as epoch seconds. */
const jsonWire = (v: unknown, shape?: unknown): unknown => {
  const sh = shape as { list?: unknown; struct?: Record<string, unknown> } | string | undefined;
  if (typeof v === 'string' && sh === 'blob') return toBase64(utf8(v));
  if (v instanceof Uint8Array) return toBase64(v);
  if (v instanceof Date) return v.getTime() / 1000;
  if (Array.isArray(v)) return v.map((x) => jsonWire(x, typeof sh === 'object' ? sh.list : undefined));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, jsonWire(x, typeof sh === 'object' ? sh.struct?.[k] : undefined)]));
  return v;
};

/** Checks that each member of `input` is where the operation's declaration puts it. */
function checkSerialized(svc: Svc, op: Operation<unknown, unknown>, input: Record<string, unknown>, req: Captured): void {
  const url = new URL(req.url);
  expect(req.url.startsWith(svc.endpoint.replace(/\/base$/, ''))).toBe(true);
  const proto = svc.spec.protocol.name;
  if (proto === 'awsJson1_1') {
    expect(req.headers['x-amz-target']).toMatch(new RegExp(`\\.${op.name}$`));
    const sent = JSON.parse(new TextDecoder().decode(req.body)) as Record<string, unknown>;
    for (const [k, v] of Object.entries(input)) {
      const blob = op.inputShape?.[k] === 'blob';
      const expected = blob && typeof v === 'string' ? toBase64(utf8(v)) : jsonWire(v, op.inputShape?.[k]);
      expect(sent[k], k).toEqual(JSON.parse(JSON.stringify(expected)));
    }
    return;
  }
  if (proto === 'awsQuery') {
    const form = new URLSearchParams(new TextDecoder().decode(req.body));
    expect(form.get('Action')).toBe(op.name);
    expect(form.get('Version')).toBe('2010-05-08');
    for (const [k, v] of Object.entries(input)) if (typeof v !== 'object') expect(form.get(k), k).toBe(String(v));
    return;
  }
  // REST: method, then every bound member where its binding says.
  expect(req.method).toBe(op.http!.method);
  const base = new URL(svc.endpoint).pathname.replace(/\/$/, '');
  const rawPath = req.url.slice(url.origin.length).split('?')[0]!;
  expect(rawPath.startsWith(`${base}/`)).toBe(true);
  for (const [k, v] of Object.entries(input)) {
    const b = op.bindings?.[k];
    if (!b || v === undefined) continue;
    if (b.in === 'header') expect(req.headers[b.name.toLowerCase()], k).toBe(asText(v));
    if (b.in === 'headers') for (const [mk, mv] of Object.entries(v as Record<string, string>)) expect(req.headers[(b.prefix + mk).toLowerCase()], `${k}.${mk}`).toBe(mv);
    if (b.in === 'query' && !(v instanceof Date)) expect(url.searchParams.get(b.name), k).toBe(String(v));
    if (b.in === 'path') expect(rawPath, k).toContain(`/${b.greedy ? encodeGreedy(String(v)) : encodeRfc3986(String(v))}`);
    if (b.in === 'payload' && b.kind === 'blob') expect(Buffer.from(req.body).equals(Buffer.from(typeof v === 'string' ? utf8(v) : (v as Uint8Array))), k).toBe(true);
  }
}

describe.each(SERVICES.map((s) => [s.name, s] as const))('%s: every operation’s schema', (_n, svc) => {
  const commands = commandsOf(svc);

  it('has operations to test', () => {
    expect(commands.length).toBeGreaterThanOrEqual(5);
  });

  it.each(commands)('%s: generated valid inputs are accepted, serialized where declared, and signed verifiably', async (_c, Cmd) => {
    const op = Cmd.operation;
    const schema = inputObject(op.schema()) as unknown as Schema;
    const cap = captureTransport(successOf(op as Operation<unknown, unknown>));
    const client = svc.client(cap.transport);
    try {
      await fc.assert(
        fc.asyncProperty(inputArbitrary(schema), async (input) => {
          const before = cap.requests.length;
          await client.send(new Cmd(input as never));
          expect(cap.requests.length - before).toBe(1);
          const req = cap.last!;
          // What the schema made of the input (e.g. a leading `/` dropped) is what must be sent.
          const parsed = (schema.safeParse(input) as unknown as { data: Record<string, unknown> }).data;
          checkSerialized(svc, op, parsed, req);
          const verdict = verifySigV4({ ...req, headers: { ...req.headers } } as HttpRequest & { body: Uint8Array }, CREDENTIALS.secretAccessKey, { s3: Boolean(svc.spec.s3Signing) });
          expect(verdict, verdict.reason).toMatchObject({ ok: true });
        }),
        { numRuns: RUNS },
      );
      count('properties.runs', RUNS);
      count('properties.valid inputs sent and verified', RUNS);
    } finally {
      client.destroy();
    }
  });

  it.each(commands)('%s: mutated inputs are rejected naming the member, nothing sent', async (_c, Cmd) => {
    const op = Cmd.operation;
    const schema = inputObject(op.schema()) as unknown as Schema;
    const mutations = mutationsFor(schema);
    if (mutations.length === 0) return void expect(Object.keys((schema as unknown as { _zod: { def: { shape: object } } })._zod.def.shape)).toEqual([]);
    const cap = captureTransport(successOf(op as Operation<unknown, unknown>));
    const client = svc.client(cap.transport);
    try {
      await fc.assert(
        fc.asyncProperty(inputArbitrary(schema), fc.constantFrom(...mutations), async (input, m) => {
          const err = await failure(client.send(new Cmd(m.apply(input) as never)), `${op.name} ${m.member}: ${m.kind}`);
          expect(err, `${m.member}: ${m.kind}`).toBeInstanceOf(ParamValidationError);
          const paths = (err as ParamValidationError).issues.map((i) => i.path);
          expect(paths.some((p) => p === m.member || p.startsWith(`${m.member}.`) || p.startsWith(`${m.member}[`)), `${m.member} (${m.kind}) not in ${JSON.stringify(paths)}`).toBe(true);
          expect(cap.requests).toHaveLength(0);
        }),
        { numRuns: RUNS },
      );
      count('properties.runs', RUNS);
      count('properties.mutated inputs rejected', RUNS);
      count('input.bad inputs tried', RUNS);
      count('input.bad inputs rejected before sending', RUNS);
      count('properties.mutation kinds', mutations.length);
    } finally {
      client.destroy();
    }
  });
});
