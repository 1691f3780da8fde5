// The shared botocore S3 cases (../shared/vectors/botocore), replayed THROUGH S3Client: the
// case's region, endpoint (path-style, as botocore was set up), credentials and fixed clock,
// sent into a capturing transport. Compared by meaning — method, path, query, the headers that
// carry meaning, the body (decoded when aws-chunked), the credential scope — with every
// signature checked by an independent verifier; where the serialized request is the same as
// botocore's, the Authorization header must be byte-identical too. Presigned URLs must be
// identical. The documented differences (vectors/botocore/README.md, "Through a client") are
// spelled out next to the checks that allow them.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { awsChunkedOptionsOf, botocoreCases, captureTransport, clockOf, commandClass, credentialsOf, decodeParams, recordedBody, verifyAwsChunked, type BotocoreCase } from '@skiff/testkit';
import type { Command } from '@skiff/core';
import * as s3 from '../src/index.js';
import { canonicalQuery, checkSigV4, splitUrl } from './sigv4Check.js';

const files = ['s3.json', 's3.botocore-1.43.11.json'] as const;
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const md5b64 = (b: Uint8Array) => createHash('md5').update(b).digest('base64');

// Never meaningful (README: not signed, or transport framing).
const FRAMING = new Set(['user-agent', 'amz-sdk-invocation-id', 'amz-sdk-request', 'expect', 'authorization', 'content-length', 'transfer-encoding', 'x-amz-content-sha256', 'content-encoding', 'x-amz-decoded-content-length']);
// botocore's checksums (1.29 with ChecksumAlgorithm, 1.43 by default): S4 supports none
// (document 004 marks every x-amz-checksum-* and x-amz-sdk-checksum-algorithm "NO"), so an S4
// client sends none of them.
const isChecksumHeader = (h: string) => h === 'x-amz-sdk-checksum-algorithm' || h === 'x-amz-trailer' || h.startsWith('x-amz-checksum-');

function client(c: BotocoreCase, transport: s3.Transport) {
  return new s3.S3Client({
    region: c.region,
    endpoint: c.endpoint_url,
    forcePathStyle: true,
    clock: clockOf(c.date),
    credentials: credentialsOf(c),
    transport,
  });
}

/** The case's params as S3Client input, with the differences an S4 client has on purpose. */
function commandOf(c: BotocoreCase): Command<unknown, unknown> {
  const Cmd = commandClass(s3, c);
  expect(Cmd, `S3Client has no command for ${c.operation}`).toBeTypeOf('function');
  const params = decodeParams(c.params) as Record<string, unknown>;
  // A file-like body in botocore is a stream here, sent with its length (a signed upload must announce it).
  const raw = (c.params as { Body?: { $stream_bytes_base64?: string } }).Body;
  if (raw?.$stream_bytes_base64 !== undefined) {
    const bytes = params.Body as Uint8Array;
    params.Body = Readable.from([Buffer.from(bytes)]);
    params.ContentLength = bytes.length;
  }
  // S4 supports no checksum algorithm: not a member of PutObjectInput.
  delete params.ChecksumAlgorithm;
  // botocore also takes CopySource as {Bucket, Key}; S3Client takes the encoded string (as AWS SDK v3).
  const cs = params.CopySource as { Bucket?: string; Key?: string } | undefined;
  if (cs && typeof cs === 'object') params.CopySource = s3.copySource(cs.Bucket!, cs.Key!);
  return new Cmd!(params);
}

/** botocore's body bytes, aws-chunked decoded (its trailer CRC checked by the verifier). */
function theirData(c: BotocoreCase, headers: Record<string, string>): Uint8Array {
  const bytes = recordedBody(c);
  expect(sha256(bytes)).toBe(c.request!.body.sha256);
  if (!/aws-chunked/.test(headers['content-encoding'] ?? '')) return bytes;
  return verifyAwsChunked(bytes, { contentSha256: headers['x-amz-content-sha256']!, decodedContentLength: Number(headers['x-amz-decoded-content-length']) }).data!;
}

for (const file of files) {
  describe(`botocore ${file} through S3Client`, () => {
    const cases = botocoreCases(file);
    it('has cases to replay', () => expect(cases.length).toBeGreaterThan(0));

    for (const c of cases) {
      if (c.kind === 'presigned-url') {
        it(`${c.id}: the presigned URL is identical`, async () => {
          const cap = captureTransport();
          const url = await s3.getSignedUrl(client(c, cap.transport), commandOf(c), { expiresIn: c.expires_in });
          expect(url).toBe(c.presigned!.url);
          expect(cap.requests).toHaveLength(0);
        });
        continue;
      }

      it(`${c.id}: same request meaning, verified signature${c.note ? ` (${c.note.slice(0, 60)}…)` : ''}`, async () => {
        // An empty 200 is answer enough, but for the operations that must find their result in
        // the body (S3 answers them 200 before the outcome is known): those get one.
        const cmd = commandOf(c);
        const root = (cmd.operation as { xml?: { outputRoot?: string } }).xml?.outputRoot;
        const cap = captureTransport({ status: 200, headers: {}, body: new TextEncoder().encode(root ? `<${root}><ETag>"e"</ETag></${root}>` : '') });
        await client(c, cap.transport).send(cmd);
        expect(cap.requests).toHaveLength(1);
        const ours = cap.last!;
        const theirs: Record<string, string> = Object.fromEntries(c.request!.headers.map(([k, v]) => [k.toLowerCase(), v]));
        const [o, t] = [splitUrl(ours.url), splitUrl(c.request!.url)];

        expect(ours.method).toBe(c.request!.method);
        expect(o.host).toBe(t.host);
        expect(o.path).toBe(t.path);
        // botocore adds encoding-type=url to listings by itself; S4 does not support it.
        const theirQuery = t.query.split('&').filter((p) => p && !p.startsWith('encoding-type=')).join('&');
        expect(canonicalQuery(o.query)).toBe(canonicalQuery(theirQuery));

        // Every header of botocore's that carries meaning is sent, with the same value…
        const ourHeaders = ours.headers;
        for (const [k, v] of Object.entries(theirs)) {
          if (FRAMING.has(k) || isChecksumHeader(k)) continue;
          expect(ourHeaders[k], `header ${k}`).toBe(v);
        }
        // …and nothing else but signing, framing and a Content-MD5 (S4 supports it; botocore 1.43 sends a CRC32 instead).
        const ourChunked = (ourHeaders['x-amz-content-sha256'] ?? '').startsWith('STREAMING-');
        for (const k of Object.keys(ourHeaders)) {
          // (The User-Agent names the SDK that sent it: informational, and never signed.)
          if (k in theirs || ['host', 'x-amz-date', 'x-amz-content-sha256', 'authorization', 'content-length', 'content-md5', 'user-agent', 'x-amz-user-agent'].includes(k)) continue;
          expect(ourChunked && ['content-encoding', 'x-amz-decoded-content-length'].includes(k), `unexpected header ${k}`).toBe(true);
        }

        // The body means the same: the data, decoded from aws-chunked on either side.
        const data = ourChunked ? verifyAwsChunked(ours.body, awsChunkedOptionsOf(ourHeaders, c.credentials.secret_access_key)).data! : ours.body;
        expect(Buffer.from(data).equals(Buffer.from(theirData(c, theirs)))).toBe(true);
        if (ourHeaders['content-md5']) expect(ourHeaders['content-md5']).toBe(md5b64(data));
        if (/^[0-9a-f]{64}$/.test(ourHeaders['x-amz-content-sha256']!)) expect(ourHeaders['x-amz-content-sha256']).toBe(sha256(ours.body));
        if (ourChunked) expect(ourHeaders['x-amz-content-sha256']).toBe('STREAMING-AWS4-HMAC-SHA256-PAYLOAD');

        // Same credential scope; the signature checks out independently.
        const sig = checkSigV4(ours, c.credentials.secret_access_key);
        expect(sig.credential).toBe(c.signing.authorization!.Credential);
        expect(sig.ok, sig.canonicalRequest).toBe(true);

        // Where nothing documented differs, the request is botocore's byte for byte: the same
        // canonical request, so the very same Authorization. The documented differences:
        // botocore 1.29 signs PutObject/UploadPart over HTTPS as UNSIGNED-PAYLOAD (we sign the
        // body: whole for small bytes, in signed chunks for streams); its aws-chunked uploads
        // carry checksum trailers and 1.43 adds x-amz-checksum-mode / CRC32 headers (S4
        // supports no checksums); listings carry encoding-type=url (not supported by S4).
        const theirPayload = c.signing.payload_hash_in_canonical_request as string;
        const differs = !/^[0-9a-f]{64}$/.test(theirPayload) || c.signing.authorization!.SignedHeaders.some(isChecksumHeader) || /(^|&)encoding-type=/.test(t.query);
        if (!differs) {
          expect(sig.canonicalRequest).toBe(c.signing.canonical_request);
          expect(ourHeaders.authorization).toBe(theirs.authorization);
        } else {
          expect(ourHeaders.authorization).not.toBe(theirs.authorization);
        }
      });
    }
  });
}
