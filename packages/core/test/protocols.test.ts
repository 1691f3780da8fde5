import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { awsJson1_1, Command, createCommand, decodeJson, defineOperation, defineServiceError, ServiceError, list, restJson1, jsonBody, struct, type Operation } from '../src/index.js';
import { awsQuery, restXml } from '../src/xml.js';
import { EmbeddedError } from '../src/protocols/Protocol.js';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: unknown) => new TextDecoder().decode(b as Uint8Array);
const endpoint = new URL('https://svc.example.com/base');
const ctx = { endpoint, service: {} };
type AnyOp = Operation<unknown, unknown>;

describe('awsJson1_1', () => {
  const p = awsJson1_1({ targetPrefix: 'Svc_1' });
  const op = defineOperation<Record<string, unknown>, Record<string, unknown>>({
    name: 'Put', input: () => z.object({}), output: { When: 'timestamp', Data: 'blob', Items: list(struct({ At: 'timestamp' })) },
  });

  it('round-trips blobs, dates and nested members', async () => {
    const when = new Date('2024-01-02T03:04:05.500Z');
    const req = await p.serialize(op, { Data: new Uint8Array([0, 255]), When: when, Skip: undefined, Nested: { A: [1, 2] } }, ctx);
    expect(req.method).toBe('POST');
    expect(req.url).toBe('https://svc.example.com/base/');
    expect(req.headers).toEqual({ 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'Svc_1.Put' });
    const sent = JSON.parse(dec(req.body));
    expect(sent).toEqual({ Data: 'AP8=', When: when.getTime() / 1000, Nested: { A: [1, 2] } });
    // The same document back as a response parses to the same values.
    const out = await p.parse(op, { status: 200, headers: {}, body: enc(JSON.stringify({ ...sent, Items: [{ At: 1 }], New: 'x' })) });
    expect(out).toEqual({ Data: new Uint8Array([0, 255]), When: when, Nested: { A: [1, 2] }, Items: [{ At: new Date(1000) }], New: 'x' });
  });

  it('reads error codes from the header, __type or code, stripping namespaces', () => {
    expect(p.parseError(op as AnyOp, { status: 400, headers: { 'x-amzn-errortype': 'ResourceNotFoundException:http://internal/' } }, enc('{"message":"gone"}'))).toMatchObject({ code: 'ResourceNotFoundException', message: 'gone' });
    expect(p.parseError(op as AnyOp, { status: 400, headers: {} }, enc('{"__type":"com.amazonaws.kinesis#LimitExceededException","Message":"too many"}'))).toMatchObject({ code: 'LimitExceededException', message: 'too many' });
    expect(p.parseError(op as AnyOp, { status: 502, headers: {} }, enc('<html>Bad gateway</html>'))).toMatchObject({ code: 'BadGateway' });
  });

  it('refuses malformed JSON and keeps prototypes clean', async () => {
    await expect(p.parse(op, { status: 200, headers: {}, body: enc('{"a":') })).rejects.toMatchObject({ name: 'ResponseParseError' });
    const out = (await p.parse(op, { status: 200, headers: {}, body: enc('{"__proto__":{"polluted":1},"constructor":{"x":1},"ok":1}') })) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(out).toEqual({ ok: 1 });
  });

  it('keeps prototypes clean when the key hides behind a \\u escape, nested or in an error body', async () => {
    const body = enc('{"\\u005f_proto__":{"polluted":1},"Nested":{"\\u005f\\u005fproto__":{"polluted":2},"a":1},"Items":[{"At":1,"__proto__":{"polluted":3}}]}');
    const out = (await p.parse(op, { status: 200, headers: {}, body })) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(out.Nested)).toBe(Object.prototype);
    expect(out).toEqual({ Nested: { a: 1 }, Items: [{ At: new Date(1000) }] });
    const err = p.parseError(op as AnyOp, { status: 400, headers: {} }, enc('{"__type":"Bad","\\u005f_proto__":{"polluted":4}}'));
    expect(Object.getPrototypeOf(err.details)).toBe(Object.prototype);
    expect((err.details as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('parses a response that names no unsafe key without copying it again (the plain path)', async () => {
    const out = (await p.parse(op, { status: 200, headers: {}, body: enc('{"Names":["a","b"],"Deep":{"x":[{"y":null}]}}') })) as Record<string, unknown>;
    expect(out).toEqual({ Names: ['a', 'b'], Deep: { x: [{ y: null }] } });
    expect(Object.getPrototypeOf(out.Deep)).toBe(Object.prototype);
  });
});

describe('restJson1', () => {
  const p = restJson1({ jsonBody });
  const op = defineOperation<Record<string, unknown>, Record<string, unknown>>({
    name: 'Obj', input: () => z.object({}),
    http: { method: 'PUT', path: '/{Path+}' },
    bindings: { Path: { in: 'path', name: 'Path', greedy: true }, Type: { in: 'header', name: 'Content-Type' }, Max: { in: 'query', name: 'MaxResults' }, Body: { in: 'payload', kind: 'blob' } },
    outputBindings: { ETag: { in: 'header', name: 'ETag' }, Length: { in: 'header', name: 'Content-Length', type: 'integer' }, Modified: { in: 'header', name: 'Last-Modified', type: 'timestamp' }, StatusCode: { in: 'status' } },
  });

  it('binds path (greedy, encoded), headers, query and a blob payload', async () => {
    const req = await p.serialize(op, { Path: 'a b/c+d/é', Type: 'video/mp4', Max: 5, Body: 'hello' }, ctx);
    expect(req.url).toBe('https://svc.example.com/base/a%20b/c%2Bd/%C3%A9?MaxResults=5');
    expect(req.headers['content-type']).toBe('video/mp4');
    expect(dec(req.body)).toBe('hello');
  });

  it('reads headers, status and a JSON body', async () => {
    const out = await p.parse(op, { status: 200, headers: { etag: '"abc"', 'content-length': '12', 'last-modified': 'Wed, 21 Oct 2015 07:28:00 GMT' }, body: enc('{"ContentSHA256":"ff"}') });
    expect(out).toEqual({ ETag: '"abc"', Length: 12, Modified: new Date('2015-10-21T07:28:00Z'), StatusCode: 200, ContentSHA256: 'ff' });
  });

  it('reads output members of a JSON body with the decoder the operation declares, and refuses to guess without it', async () => {
    const listing = { ...op, output: { Items: list(struct({ LastModified: 'timestamp' })) } } as AnyOp;
    const res = () => ({ status: 200, headers: {}, body: enc('{"Items":[{"LastModified":1445412480}]}') });
    await expect(p.parse(listing, res())).rejects.toThrow(/Obj: output members need a decodeJson in the declaration/);
    const out = (await p.parse({ ...listing, decodeJson } as AnyOp, res())) as { Items: Array<{ LastModified: Date }> };
    expect(out.Items[0]!.LastModified).toEqual(new Date('2015-10-21T07:28:00Z'));
  });

  it('keeps a streaming payload as a once-readable stream with helpers (a Node Readable in Node)', async () => {
    const sop = { ...op, outputBindings: { Body: { in: 'payload', kind: 'stream' } } } as AnyOp;
    async function* pieces() {
      yield enc('ab');
      yield enc('cd');
    }
    const out = (await p.parse(sop, { status: 206, headers: {}, body: pieces() })) as { Body: { transformToString(): Promise<string>; transformToByteArray(): Promise<Uint8Array> } };
    expect(out.Body).toBeInstanceOf(Readable);
    expect(await out.Body.transformToString()).toBe('abcd');
    await expect(out.Body.transformToByteArray()).rejects.toThrow(/already read/);
  });
});

describe('restXml', () => {
  const p = restXml();
  const listOp = defineOperation<Record<string, unknown>, Record<string, unknown>>({
    name: 'ListObjects', input: () => z.object({}), http: { method: 'GET', path: '/{Bucket}' },
    bindings: { Bucket: { in: 'path', name: 'Bucket' }, Prefix: { in: 'query', name: 'prefix' } },
    output: { IsTruncated: 'boolean', MaxKeys: 'integer', Contents: list(struct({ Key: 'string', Size: 'integer', LastModified: 'timestamp', ETag: 'string' }), { flattened: true }), Buckets: list(struct({ Name: 'string' }), { member: 'Bucket' }) },
  });

  it('serializes an XML payload document following the input shape', async () => {
    const op = defineOperation<Record<string, unknown>, unknown>({
      name: 'Complete', input: () => z.object({}), http: { method: 'POST', path: '/{Bucket}/{Key+}' },
      bindings: { Bucket: { in: 'path', name: 'Bucket' }, Key: { in: 'path', name: 'Key', greedy: true }, UploadId: { in: 'query', name: 'uploadId' }, MultipartUpload: { in: 'payload', kind: 'document' } },
      xml: { inputRoot: 'CompleteMultipartUpload', namespace: 'http://s3.amazonaws.com/doc/2006-03-01/', inputShape: { Parts: list(struct({}), { flattened: true, xmlName: 'Part' }) } },
    });
    const req = await p.serialize(op, { Bucket: 'b', Key: 'k/1 & 2', UploadId: 'u1', MultipartUpload: { Parts: [{ ETag: '"e1"', PartNumber: 1 }, { ETag: '"e<2>"', PartNumber: 2 }] } }, { endpoint: new URL('https://s3.example.com'), service: {} });
    expect(req.url).toBe('https://s3.example.com/b/k/1%20%26%202?uploadId=u1');
    expect(dec(req.body)).toBe('<?xml version="1.0" encoding="UTF-8"?><CompleteMultipartUpload xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Part><ETag>"e1"</ETag><PartNumber>1</PartNumber></Part><Part><ETag>"e&lt;2&gt;"</ETag><PartNumber>2</PartNumber></Part></CompleteMultipartUpload>');
  });

  it('parses single-element lists as lists, numbers, booleans, dates, and keeps ETags and spaces as sent', async () => {
    const xml = `<?xml version="1.0"?>\n<ListBucketResult><IsTruncated>false</IsTruncated><MaxKeys>1000</MaxKeys>\n  <Contents><Key> spaced key </Key><Size>5</Size><ETag>"0123"</ETag><LastModified>2024-05-01T10:00:00.000Z</LastModified></Contents>\n<Buckets><Bucket><Name>x</Name></Bucket></Buckets></ListBucketResult>`;
    const out = await p.parse(listOp, { status: 200, headers: {}, body: enc(xml) });
    expect(out).toEqual({ IsTruncated: false, MaxKeys: 1000, Contents: [{ Key: ' spaced key ', Size: 5, ETag: '"0123"', LastModified: new Date('2024-05-01T10:00:00Z') }], Buckets: [{ Name: 'x' }] });
    const empty = await p.parse(listOp, { status: 200, headers: {}, body: enc('<ListBucketResult><IsTruncated>false</IsTruncated><Buckets/></ListBucketResult>') });
    expect(empty).toEqual({ IsTruncated: false, Buckets: [] });
  });

  it('refuses a scalar element given twice, and lets no element shadow an Object method on the output', async () => {
    await expect(p.parse(listOp, { status: 200, headers: {}, body: enc('<ListBucketResult><IsTruncated>true</IsTruncated><IsTruncated>false</IsTruncated></ListBucketResult>') })).rejects.toMatchObject({
      name: 'ResponseParseError',
      message: 'An element for a single boolean value appears 2 times',
    });
    const out = (await p.parse(listOp, { status: 200, headers: {}, body: enc('<ListBucketResult><hasOwnProperty>x</hasOwnProperty><toString>y</toString><valueOf>z</valueOf><MaxKeys>5</MaxKeys><Extra>kept</Extra></ListBucketResult>') })) as Record<string, unknown>;
    expect(out).toEqual({ MaxKeys: 5, Extra: 'kept' });
    expect(Object.hasOwn(out, 'hasOwnProperty')).toBe(false);
    expect(out.hasOwnProperty('MaxKeys')).toBe(true);
    expect(String(out)).toBe('[object Object]');
  });

  it('maps XML errors, HEAD errors by status, and an <Error> inside a 200', async () => {
    expect(p.parseError(listOp as AnyOp, { status: 404, headers: { 'x-amz-request-id': 'r1' } }, enc('<Error><Code>NoSuchKey</Code><Message>The key does not exist</Message><Key>k</Key><RequestId>r2</RequestId></Error>'))).toEqual({ code: 'NoSuchKey', message: 'The key does not exist', requestId: 'r2', details: { Key: 'k' } });
    expect(p.parseError(listOp as AnyOp, { status: 404, headers: {} }, new Uint8Array())).toMatchObject({ code: 'NotFound' });
    expect(p.parseError(listOp as AnyOp, { status: 503, headers: {} }, enc('<html><body>proxy</body></html>'))).toMatchObject({ code: 'ServiceUnavailable' });
    await expect(p.parse(listOp, { status: 200, headers: {}, body: enc('<Error><Code>InternalError</Code><Message>retry</Message></Error>') })).rejects.toBeInstanceOf(EmbeddedError);
  });

  it('refuses entity declarations and drops prototype-reaching names', async () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><ListBucketResult><Name>&lol2;</Name></ListBucketResult>';
    await expect(p.parse(listOp, { status: 200, headers: {}, body: enc(bomb) })).rejects.toMatchObject({ name: 'ResponseParseError' });
    // fast-xml-parser refuses a `__proto__` element outright; that surfaces as a parse error.
    await expect(p.parse(listOp, { status: 200, headers: {}, body: enc('<R><__proto__><polluted>1</polluted></__proto__><Name>ok</Name></R>') })).rejects.toMatchObject({ name: 'ResponseParseError' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await expect(p.parse(listOp, { status: 200, headers: {}, body: enc('<R><constructor><prototype>1</prototype></constructor></R>') })).rejects.toMatchObject({ name: 'ResponseParseError' });
    // Such names as text are ordinary data.
    const out = (await p.parse(listOp, { status: 200, headers: {}, body: enc('<R><Contents><Key>__proto__</Key></Contents><Name>constructor</Name></R>') })) as Record<string, unknown>;
    expect(out).toEqual({ Contents: [{ Key: '__proto__' }], Name: 'constructor' });
    const deep = `<R>${'<a>'.repeat(5000)}x${'</a>'.repeat(5000)}</R>`;
    await expect(p.parse(listOp, { status: 200, headers: {}, body: enc(deep) })).rejects.toMatchObject({ name: 'ResponseParseError' });
  });
});

describe('awsQuery', () => {
  const p = awsQuery({ version: '2010-05-08' });
  const op = defineOperation<Record<string, unknown>, Record<string, unknown>>({
    name: 'ListPolicies', input: () => z.object({}),
    output: { IsTruncated: 'boolean', Policies: list(struct({ PolicyName: 'string', AttachmentCount: 'integer', CreateDate: 'timestamp' })) },
  });

  it('form-encodes Action, Version, scalars, lists and structures', async () => {
    const req = await p.serialize(op, { Scope: 'AWS', MaxItems: 10, OnlyAttached: false, Names: ['a b', 'c/d'], Tag: { Key: 'k', Value: 'v=1' } }, { endpoint: new URL('https://iam.example.com'), service: {} });
    expect(req.url).toBe('https://iam.example.com/');
    expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded; charset=utf-8');
    expect(dec(req.body)).toBe('Action=ListPolicies&Version=2010-05-08&Scope=AWS&MaxItems=10&OnlyAttached=false&Names.member.1=a%20b&Names.member.2=c%2Fd&Tag.Key=k&Tag.Value=v%3D1');
  });

  it('parses the Result element with lists and the request id', async () => {
    const xml = '<ListPoliciesResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ListPoliciesResult><IsTruncated>true</IsTruncated><Marker>m1</Marker><Policies><member><PolicyName>P</PolicyName><AttachmentCount>2</AttachmentCount><CreateDate>2015-02-06T18:40:58Z</CreateDate></member></Policies></ListPoliciesResult><ResponseMetadata><RequestId>rid</RequestId></ResponseMetadata></ListPoliciesResponse>';
    const out = await p.parse(op, { status: 200, headers: {}, body: enc(xml) });
    expect(out).toEqual({ IsTruncated: true, Marker: 'm1', Policies: [{ PolicyName: 'P', AttachmentCount: 2, CreateDate: new Date('2015-02-06T18:40:58Z') }] });
    expect((out as { $requestId?: string }).$requestId).toBe('rid');
  });

  it('maps Query error documents', () => {
    const xml = '<ErrorResponse><Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>Policy not found</Message></Error><RequestId>r9</RequestId></ErrorResponse>';
    expect(p.parseError(op as AnyOp, { status: 404, headers: {} }, enc(xml))).toMatchObject({ code: 'NoSuchEntity', message: 'Policy not found', requestId: 'r9' });
  });
});

describe('createCommand', () => {
  it('names the class after the operation and carries the input', () => {
    const op = defineOperation<{ A: string }, object>({ name: 'DoThing', input: () => z.object({ A: z.string() }) });
    const Cmd = createCommand(op);
    const c = new Cmd({ A: 'x' });
    expect(Cmd.name).toBe('DoThingCommand');
    expect(c.input).toEqual({ A: 'x' });
    expect(c.operation).toBe(op);
    expect(Cmd.operation).toBe(op);
    expect(c).toBeInstanceOf(Command);
    expect(Object.keys(c).sort()).toEqual(['input', 'operation']);
  });
});

describe('defineServiceError', () => {
  it('makes a ServiceError class named after the code, with its fault and retry class', () => {
    const Throttled = defineServiceError('SlowDown', 'server', { throttling: true });
    const Plain = defineServiceError('NoSuchThing');
    expect(Throttled.name).toBe('SlowDown');
    expect([Throttled.code, Throttled.fault, Throttled.retryable]).toEqual(['SlowDown', 'server', { throttling: true }]);
    expect([Plain.code, Plain.fault, Plain.retryable]).toEqual(['NoSuchThing', 'client', undefined]);
    const e = new Plain({ name: 'NoSuchThing', message: 'gone', $fault: 'client', $metadata: { httpStatusCode: 404, attempts: 1 } });
    expect(e).toBeInstanceOf(ServiceError);
    expect(e).toBeInstanceOf(Plain);
    expect(e).not.toBeInstanceOf(Throttled);
    expect([e.name, e.message, e.$fault, e.$metadata.httpStatusCode]).toEqual(['NoSuchThing', 'gone', 'client', 404]);
  });
});
