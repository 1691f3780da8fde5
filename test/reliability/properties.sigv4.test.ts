// Property tests over SigV4 canonicalization: for random methods, paths (any Unicode, dots and
// empty segments for S3), queries (repeated names, flags, any text), headers (any printable
// text, runs of spaces), bodies, regions, services, dates and credentials, the signature core's
// signRequest computes verifies under the independent node:crypto verifier of
// support/sigv4Verifier.ts; changing any signed part afterwards breaks it. Presigned URLs of
// S3 and MediaStore Data for random keys and paths verify the same way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeRfc3986, inputObject, signRequest, type HttpRequest, type InputSchema } from '@skiff/core';
import * as data from '@skiff/mediastore-data';
import * as s3 from '@skiff/s4-s3';
import { count, CREDENTIALS, noteSignature } from './support/registry.js';
import { inputArbitrary, type Schema } from './support/schemaArbitrary.js';
import { observed } from './support/services.js';
import { verifyPresigned, verifySigV4 } from './support/sigv4Verifier.js';

const RUNS = 400;
const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const segment = (s3: boolean) => (s3 ? fc.oneof(text, fc.constantFrom('', '.', '..', '...', '%', '+', ' ')) : text.filter((s) => s !== '' && s !== '.' && s !== '..'));
const headerName = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/), fc.constantFrom('constructor', 'tostring', 'x-amz-meta-constructor', 'x-amz-meta-__proto__')).filter((n) => !['authorization', 'host', 'x-amz-date', 'x-amz-content-sha256', 'x-amz-security-token', 'content-length', 'expect', 'transfer-encoding', 'user-agent'].includes(n) && !n.startsWith('x-amzn-trace'));
const headerValue = fc.stringMatching(/^[\x21-\x7e]([\x20-\x7e]{0,20}[\x21-\x7e])?$/).map((v) => v.replace(/ /g, '   '));

const requestArb = fc.boolean().chain((isS3) =>
  fc.record({
    s3: fc.constant(isS3),
    method: fc.constantFrom('GET', 'PUT', 'POST', 'DELETE', 'HEAD'),
    host: fc.constantFrom('example.amazonaws.com', 's3.eu-central-1.s4.mega.io', 'bkt.s3.ca-west-1.s4.mega.io', '127.0.0.1:4567', '[::1]:8080'),
    segments: fc.array(segment(isS3), { maxLength: 5 }),
    trailingSlash: fc.boolean(),
    query: fc.array(fc.tuple(fc.oneof(text, fc.constantFrom('constructor', 'toString', 'hasOwnProperty', 'X-Amz-Date')).filter((k) => k !== '__proto__'), fc.option(text, { nil: undefined })), { maxLength: 4 }),
    headers: fc.dictionary(headerName, headerValue, { maxKeys: 4 }),
    body: fc.option(fc.uint8Array({ maxLength: 200 }), { nil: undefined }),
    region: fc.constantFrom('us-east-1', 'eu-central-1', 'ca-west-1', 'ap-southeast-2'),
    service: fc.constantFrom('s3', 'kinesis', 'mediastore', 'iam', 'execute-api'),
    date: fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
    token: fc.boolean(),
  }),
);

function build(r: fc.Arbitrary<unknown> extends never ? never : Record<string, unknown>): HttpRequest {
  const segs = r.segments as string[];
  const path = `/${segs.map(encodeRfc3986).join('/')}${r.trailingSlash && segs.length ? '/' : ''}`;
  const qs = (r.query as Array<[string, string | undefined]>).map(([k, v]) => (v === undefined ? encodeRfc3986(k || 'flag') : `${encodeRfc3986(k)}=${encodeRfc3986(v)}`)).join('&');
  return { method: r.method as string, url: `https://${r.host}${path}${qs ? `?${qs}` : ''}`, headers: { ...(r.headers as Record<string, string>) }, body: r.body as Uint8Array | undefined };
}

describe('SigV4 header signing against an independent verifier', () => {
  it('core signRequest’s signature verifies for random requests; any change to a signed part breaks it', async () => {
    await fc.assert(
      fc.asyncProperty(requestArb, fc.nat(), async (r, pick) => {
        const credentials = r.token ? { ...CREDENTIALS } : { accessKeyId: CREDENTIALS.accessKeyId, secretAccessKey: CREDENTIALS.secretAccessKey };
        const signed = await signRequest(build(r), { credentials, region: r.region, service: r.service, date: r.date, s3: r.s3 });
        const sig = /Signature=([0-9a-f]{64})/.exec(signed.headers.authorization ?? '')?.[1];
        if (sig) noteSignature(sig);
        const wire = { ...signed, body: signed.body as Uint8Array | undefined };
        const verdict = verifySigV4(wire, CREDENTIALS.secretAccessKey, { s3: r.s3 });
        expect(verdict, `${verdict.reason}\n${verdict.canonicalRequest}`).toMatchObject({ ok: true });
        expect(signed.headers['x-amz-date']).toBe(r.date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, ''));
        if (r.token) expect(signed.headers['x-amz-security-token']).toBe(CREDENTIALS.sessionToken);

        // Tamper with one signed part: the verifier must refuse it.
        const signedNames = /SignedHeaders=([^,]+)/.exec(signed.headers.authorization!)![1]!.split(';');
        const tampers: Array<() => typeof wire> = [
          () => ({ ...wire, method: wire.method === 'GET' ? 'PUT' : 'GET' }),
          () => ({ ...wire, url: wire.url.replace(/^(https:\/\/[^/?]+)\/?/, '$1/tampered/') }),
          () => ({ ...wire, url: `${wire.url}${wire.url.includes('?') ? '&' : '?'}extra=1` }),
          () => {
            const name = signedNames[pick % signedNames.length]!;
            return { ...wire, headers: { ...wire.headers, [name]: `${name === 'host' ? 'evil.example.com' : `${wire.headers[name] ?? ''}x`}` } };
          },
          () => ({ ...wire, headers: { ...wire.headers, authorization: wire.headers.authorization!.replace(/Signature=([0-9a-f])/, (_m, c: string) => `Signature=${c === '0' ? '1' : '0'}`) } }),
        ];
        if (!r.s3) tampers.push(() => ({ ...wire, body: new Uint8Array([...(wire.body ?? []), 1]) }));
        const t = tampers[pick % tampers.length]!();
        expect(verifySigV4(t, CREDENTIALS.secretAccessKey, { s3: r.s3 }).ok, 'a tampered request must not verify').toBe(false);
      }),
      { numRuns: RUNS },
    );
    count('properties.runs', RUNS);
    count('properties.signatures verified independently', RUNS);
  });

  it('hop-by-hop and proxy headers go unsigned and still verify; any other header is signed', async () => {
    // A random run once drew `te` (fast-check seed 1477422639), which the verifier then wrongly
    // required to be signed.
    const ctx = { credentials: { ...CREDENTIALS }, region: 'us-east-1', service: 's3', date: new Date('2015-01-01T00:00:00Z'), s3: true };
    const unsignable = ['te', 'connection', 'keep-alive', 'trailer', 'upgrade', 'from', 'referer', 'pragma', 'max-forwards', 'proxy-authorization', 'sec-fetch-mode'];
    for (const name of unsignable) {
      const signed = await signRequest({ method: 'GET', url: 'https://example.amazonaws.com/', headers: { [name]: '!', 'x-custom': 'v' } }, ctx);
      const signedNames = /SignedHeaders=([^,]+)/.exec(signed.headers.authorization!)![1]!.split(';');
      expect(signedNames, name).not.toContain(name);
      expect(signedNames, name).toContain('x-custom');
      expect(verifySigV4(signed as never, CREDENTIALS.secretAccessKey, { s3: true }), name).toMatchObject({ ok: true });
    }
    // The verifier still refuses a header that must be signed but was not.
    const signed = await signRequest({ method: 'GET', url: 'https://example.amazonaws.com/', headers: {} }, ctx);
    const added = { ...signed, headers: { ...signed.headers, 'x-custom': 'v' } };
    expect(verifySigV4(added as never, CREDENTIALS.secretAccessKey, { s3: true })).toMatchObject({ ok: false, reason: 'header x-custom is sent but not signed' });
  });

  it('query parameters named __proto__, constructor or toString are signed like any other', async () => {
    const ctx = { credentials: { ...CREDENTIALS }, region: 'us-east-1', service: 's3', date: new Date(), s3: true };
    for (const url of ['https://h.example.com/k?__proto__=1', 'https://h.example.com/k?constructor=1&toString', 'https://h.example.com/k?__proto__=a&__proto__=b&x=1']) {
      const signed = await signRequest({ method: 'GET', url, headers: {} }, ctx);
      expect(verifySigV4(signed as never, CREDENTIALS.secretAccessKey, { s3: true }), url).toMatchObject({ ok: true });
      // Signed with the parameter: the same request without it does not verify.
      const without = { ...signed, url: url.replace(/\?.*$/, '') };
      expect(verifySigV4(without as never, CREDENTIALS.secretAccessKey, { s3: true }).ok, url).toBe(false);
    }
  });

  it('the verifier agrees with the AWS suite’s published example (it is not just agreeing with itself)', () => {
    // get-vanilla from the AWS SigV4 test suite (service/region/key/date of the suite).
    const req = {
      method: 'GET',
      url: 'https://example.amazonaws.com/',
      headers: {
        host: 'example.amazonaws.com',
        'x-amz-date': '20150830T123600Z',
        authorization: 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
      },
    };
    expect(verifySigV4(req, 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', { s3: false })).toMatchObject({ ok: true });
    expect(verifySigV4({ ...req, url: 'https://example.amazonaws.com/x' }, 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', { s3: false }).ok).toBe(false);
  });
});

describe('presigned URLs against the independent verifier', () => {
  const schemaOf = (c: { operation: { schema(): InputSchema<unknown> } }) => inputObject(c.operation.schema()) as unknown as Schema;

  it('S3 getSignedUrl for random keys (GET, PUT, HEAD, DELETE) verifies, with UNSIGNED-PAYLOAD', async () => {
    const client = new s3.S3Client({ ...observed({ endpoint: 'https://s3.eu-central-1.s4.mega.io', region: 'eu-central-1' }), forcePathStyle: true });
    const cases = [
      ['GET', s3.GetObjectCommand],
      ['PUT', s3.PutObjectCommand],
      ['HEAD', s3.HeadObjectCommand],
      ['DELETE', s3.DeleteObjectCommand],
    ] as const;
    await fc.assert(
      // Only the members that go in the URL: a header a presigned URL signs is the user's to send.
      fc.asyncProperty(fc.constantFrom(...cases).chain(([m, C]) => fc.tuple(fc.constant(m), fc.constant(C), inputArbitrary(schemaOf(C)).map(({ Bucket, Key }) => ({ Bucket, Key })))), fc.integer({ min: 1, max: 604_800 }), async ([method, C, input], expiresIn) => {
        const url = await s3.getSignedUrl(client, new (C as unknown as new (i: unknown) => never)(input), { expiresIn });
        const v = verifyPresigned(method, url, CREDENTIALS.secretAccessKey, { s3: true, payload: 'UNSIGNED-PAYLOAD' });
        expect(v, `${v.reason}\n${v.canonicalRequest}`).toMatchObject({ ok: true });
        expect(new URL(url).searchParams.get('X-Amz-Expires')).toBe(String(expiresIn));
        expect(new URL(url).pathname.startsWith(`/${(input as { Bucket: string }).Bucket}/`)).toBe(true);
        noteSignature(new URL(url).searchParams.get('X-Amz-Signature')!);
      }),
      { numRuns: 200 },
    );
    client.destroy();
    count('properties.runs', 200);
    count('properties.signatures verified independently', 200);
  });

  it('MediaStore Data getSignedUrl for random paths verifies (normalised path, double-encoded)', async () => {
    const client = new data.MediaStoreDataClient(observed({ endpoint: 'https://abcd.data.mediastore.us-east-1.amazonaws.com' }) as data.MediaStoreDataClientConfig);
    await fc.assert(
      fc.asyncProperty(inputArbitrary(schemaOf(data.GetObjectCommand)).map(({ Path }) => ({ Path })), async (input) => {
        const url = await data.getSignedUrl(client, new data.GetObjectCommand(input as never), { expiresIn: 900 });
        const v = verifyPresigned('GET', url, CREDENTIALS.secretAccessKey, { s3: false, payload: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' });
        expect(v, `${v.reason}\n${v.canonicalRequest}`).toMatchObject({ ok: true });
        noteSignature(new URL(url).searchParams.get('X-Amz-Signature')!);
      }),
      { numRuns: 200 },
    );
    client.destroy();
    count('properties.runs', 200);
    count('properties.signatures verified independently', 200);
  });
});
