// restXml as S3 needs it: botocore's request documents byte for byte, document payloads in
// responses, and success bodies an operation does not read are ignored.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { defineOperation, list, struct, type Operation } from '../src/index.js';
import { restXml } from '../src/xml.js';
import { EmbeddedError } from '../src/protocols/Protocol.js';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: unknown) => new TextDecoder().decode(b as Uint8Array);
const ctx = { endpoint: new URL('https://s3.example.com'), service: {} };
type AnyOp = Operation<unknown, unknown>;

const complete = defineOperation<Record<string, unknown>, Record<string, unknown>>({
  name: 'Complete', input: () => z.object({}), http: { method: 'POST', path: '/{Bucket}/{Key+}' },
  bindings: { Bucket: { in: 'path', name: 'Bucket' }, Key: { in: 'path', name: 'Key', greedy: true }, MultipartUpload: { in: 'payload', kind: 'document' } },
  xml: { inputRoot: 'CompleteMultipartUpload', namespace: 'http://s3.amazonaws.com/doc/2006-03-01/', inputShape: { Parts: list(struct({ ETag: 'string', PartNumber: 'integer' }), { flattened: true, xmlName: 'Part' }) } },
});

describe('restXml request documents', () => {
  it('writes members in shape order, leaves quotes unescaped, and can omit the declaration and Content-Type', async () => {
    const p = restXml({ xmlDeclaration: false, documentContentType: null });
    const req = await p.serialize(complete as AnyOp, { Bucket: 'b', Key: 'k', MultipartUpload: { Parts: [{ PartNumber: 1, ETag: '"a&b"' }] } }, ctx);
    // botocore's bytes for the same call (vectors/botocore s3-complete-multipart-upload form).
    expect(dec(req.body)).toBe('<CompleteMultipartUpload xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Part><ETag>"a&amp;b"</ETag><PartNumber>1</PartNumber></Part></CompleteMultipartUpload>');
    expect(req.headers['content-type']).toBeUndefined();
  });

  it('keeps the declaration and application/xml by default', async () => {
    const req = await restXml().serialize(complete as AnyOp, { Bucket: 'b', Key: 'k', MultipartUpload: { Parts: [{ ETag: 'e', PartNumber: 1 }] } }, ctx);
    expect(dec(req.body).startsWith('<?xml version="1.0" encoding="UTF-8"?><CompleteMultipartUpload')).toBe(true);
    expect(req.headers['content-type']).toBe('application/xml');
  });
});

describe('restXml responses', () => {
  const p = restXml();
  const copy = defineOperation<Record<string, unknown>, Record<string, unknown>>({
    name: 'Copy', input: () => z.object({}), http: { method: 'PUT', path: '/' },
    output: { CopyObjectResult: struct({ LastModified: 'timestamp' }) },
    outputBindings: { CopyObjectResult: { in: 'payload', kind: 'document' }, Version: { in: 'header', name: 'x-v' } },
  });
  const noBody = defineOperation<Record<string, unknown>, Record<string, unknown>>({ name: 'PutPolicy', input: () => z.object({}), http: { method: 'PUT', path: '/' } });

  it('keeps a document payload as one member', async () => {
    const out = await p.parse(copy, { status: 200, headers: { 'x-v': '3' }, body: enc('<CopyObjectResult><ETag>"e"</ETag><LastModified>2025-01-02T03:04:05.000Z</LastModified></CopyObjectResult>') });
    expect(out).toEqual({ Version: '3', CopyObjectResult: { ETag: '"e"', LastModified: new Date('2025-01-02T03:04:05.000Z') } });
  });

  it('still turns a 200 <Error> into an error for a document payload', async () => {
    const err = await p.parse(copy, { status: 200, headers: {}, body: enc('<Error><Code>InternalError</Code><Message>m</Message></Error>') }).catch((e) => e);
    expect(err).toBeInstanceOf(EmbeddedError);
    expect(err.error.code).toBe('InternalError');
  });

  it('ignores a success body an operation does not read (moto answers PutBucketPolicy with "True")', async () => {
    await expect(p.parse(noBody, { status: 200, headers: {}, body: enc('True') })).resolves.toEqual({});
  });
});
