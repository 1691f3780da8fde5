import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMediaStoreLocal, type MediaStoreLocal } from '../src/index.js';
import { activeContainer, control, data, send } from './helpers/http.js';
import { presignUrl, signHeaders } from './helpers/testSigner.js';

let server: MediaStoreLocal;
let endpoint: string;
beforeAll(async () => {
  server = await startMediaStoreLocal({ creatingDelayMs: 0 });
  endpoint = (await activeContainer(server.endpoint, 'secure')).Endpoint;
  await data(endpoint, 'PUT', 'video/clip.mp4', { body: 'frames', headers: { 'content-type': 'video/mp4' } });
});
afterAll(() => server.close());

const listContainers = (headers: Record<string, string>, body = '{}') => send(`${server.endpoint}/`, { method: 'POST', headers, body });
const signedList = (opts: Parameters<typeof signHeaders>[0] extends infer O ? Partial<O> : never = {}) =>
  signHeaders({
    method: 'POST',
    url: `${server.endpoint}/`,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'MediaStore_20170901.ListContainers' },
    body: '{}',
    ...opts,
  });

describe('SigV4 header authentication', () => {
  it('accepts both default key pairs', async () => {
    expect((await listContainers(signedList())).status).toBe(200);
    expect((await listContainers(signedList({ credentials: { accessKeyId: 'test', secretAccessKey: 'test' } }))).status).toBe(200);
  });

  it('refuses a request without authentication', async () => {
    const res = await listContainers({ 'x-amz-target': 'MediaStore_20170901.ListContainers' });
    expect([res.status, res.json().__type]).toEqual([403, 'MissingAuthenticationTokenException']);
  });

  it('refuses a bad signature with the canonical request in the message', async () => {
    const res = await listContainers(signedList({ credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wrong' } }));
    expect([res.status, res.json().__type]).toEqual([403, 'InvalidSignatureException']);
    expect(res.json().Message).toMatch(/^The request signature we calculated does not match the signature you provided/);
    expect(res.json().Message).toContain('x-amz-target:MediaStore_20170901.ListContainers');
  });

  it('refuses a body that differs from the signed one', async () => {
    const res = await listContainers(signedList(), '{"MaxResults":1}');
    expect(res.json().__type).toBe('InvalidSignatureException');
  });

  it('refuses an unknown access key', async () => {
    const res = await listContainers(signedList({ credentials: { accessKeyId: 'AKIDUNKNOWN', secretAccessKey: 'x' } }));
    expect([res.status, res.json().__type]).toEqual([403, 'UnrecognizedClientException']);
  });

  it('refuses a request signed more than 15 minutes ago or ahead, and sends Date', async () => {
    const old = await listContainers(signedList({ date: new Date(Date.now() - 16 * 60_000) }));
    expect([old.status, old.json().__type]).toEqual([403, 'InvalidSignatureException']);
    expect(old.json().Message).toMatch(/^Signature expired: \d{8}T\d{6}Z is now earlier than/);
    expect(Math.abs(Date.parse(old.headers.date as string) - Date.now())).toBeLessThan(5000);
    const ahead = await listContainers(signedList({ date: new Date(Date.now() + 16 * 60_000) }));
    expect(ahead.json().Message).toMatch(/^Signature not yet current/);
    const skewedButFine = await listContainers(signedList({ date: new Date(Date.now() - 10 * 60_000) }));
    expect(skewedButFine.status).toBe(200);
  });

  it('refuses a credential scoped to another region', async () => {
    const res = await listContainers(signedList({ region: 'us-west-2' }));
    expect(res.json().Message).toContain("Credential should be scoped to a valid region, not 'us-west-2'");
  });

  it('checks a declared x-amz-content-sha256 against the body', async () => {
    const url = `${endpoint}/declared.txt`;
    const headers = signHeaders({ method: 'PUT', url, headers: { 'x-amz-content-sha256': 'a'.repeat(64) } });
    const res = await send(url, { method: 'PUT', headers, body: 'not matching' });
    expect([res.status, res.json().__type]).toEqual([400, 'XAmzContentSHA256Mismatch']);
    expect((await data(endpoint, 'HEAD', 'declared.txt')).status).toBe(404);
    const right = signHeaders({ method: 'PUT', url, headers: { 'x-amz-content-sha256': createHash('sha256').update('matching').digest('hex') } });
    expect((await send(url, { method: 'PUT', headers: right, body: 'matching' })).status).toBe(200);
  });

  it('refuses an UNSIGNED-PAYLOAD upload with a bad signature before storing anything', async () => {
    const url = `${endpoint}/sneaky.txt`;
    const headers = signHeaders({ method: 'PUT', url, unsignedPayload: true, credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'nope' } });
    const res = await send(url, { method: 'PUT', headers, body: 'payload' });
    expect(res.json().__type).toBe('InvalidSignatureException');
    expect(server.state.find('secure')!.objects.has('sneaky.txt')).toBe(false);
  });

  it('signs the data-plane path with its /_data/<container> prefix', async () => {
    // Signed for another container's path, sent to this one: the canonical URI differs.
    const headers = signHeaders({ method: 'GET', url: `${server.dataEndpoint('other')}/video/clip.mp4` });
    const res = await send(`${endpoint}/video/clip.mp4`, { headers });
    expect(res.json().__type).toBe('InvalidSignatureException');
  });

  it('accepts a session token, and requires the configured one', async () => {
    const s = await startMediaStoreLocal({ credentials: [{ accessKeyId: 'AKTMP', secretAccessKey: 'sk', sessionToken: 'tok' }] });
    try {
      const ok = await control(s.endpoint, 'ListContainers', {}, { credentials: { accessKeyId: 'AKTMP', secretAccessKey: 'sk', sessionToken: 'tok' } });
      expect(ok.status).toBe(200);
      const bad = await control(s.endpoint, 'ListContainers', {}, { credentials: { accessKeyId: 'AKTMP', secretAccessKey: 'sk', sessionToken: 'other' } });
      expect(bad.json().__type).toBe('UnrecognizedClientException');
      const defaultKey = await control(s.endpoint, 'ListContainers', {});
      expect(defaultKey.json().__type).toBe('UnrecognizedClientException');
    } finally {
      await s.close();
    }
  });

  it('refuses a session token for keys configured without one (signed and presigned)', async () => {
    const withToken = { accessKeyId: 'test', secretAccessKey: 'test', sessionToken: 'stray' };
    const res = await control(server.endpoint, 'ListContainers', {}, { credentials: withToken });
    expect([res.status, res.json().__type]).toEqual([403, 'UnrecognizedClientException']);
    const presigned = await send(presignUrl({ method: 'GET', url: `${server.dataEndpoint('none')}/x.txt`, expiresIn: 60, credentials: withToken }));
    expect(presigned.json().__type).toBe('UnrecognizedClientException');
    expect((await control(server.endpoint, 'ListContainers', {}, { credentials: { accessKeyId: 'test', secretAccessKey: 'test' } })).status).toBe(200);
  });

  it('accepts anything when verifySignatures is false', async () => {
    const s = await startMediaStoreLocal({ verifySignatures: false });
    try {
      const res = await send(`${s.endpoint}/`, { method: 'POST', headers: { 'x-amz-target': 'MediaStore_20170901.ListContainers' }, body: '{}' });
      expect([res.status, res.json()]).toEqual([200, { Containers: [] }]);
    } finally {
      await s.close();
    }
  });
});

describe('presigned URLs', () => {
  it('serves a presigned GET (empty-body hash or UNSIGNED-PAYLOAD)', async () => {
    for (const payload of ['empty', 'unsigned'] as const) {
      const url = presignUrl({ method: 'GET', url: `${endpoint}/video/clip.mp4`, expiresIn: 300, payload });
      const res = await send(url);
      expect([payload, res.status, res.body.toString()]).toEqual([payload, 200, 'frames']);
    }
  });

  it('takes a presigned PUT', async () => {
    const url = presignUrl({ method: 'PUT', url: `${endpoint}/up/presigned.txt`, expiresIn: 60, payload: 'unsigned' });
    const res = await send(url, { method: 'PUT', body: 'via url' });
    expect(res.status).toBe(200);
    expect((await data(endpoint, 'GET', 'up/presigned.txt')).body.toString()).toBe('via url');
  });

  it('refuses an expired, tampered or over-long presigned URL', async () => {
    const expired = presignUrl({ method: 'GET', url: `${endpoint}/video/clip.mp4`, expiresIn: 60, date: new Date(Date.now() - 120_000) });
    const e = await send(expired);
    expect([e.status, e.json().__type]).toEqual([403, 'InvalidSignatureException']);
    expect(e.json().Message).toMatch(/^Signature expired/);

    const good = presignUrl({ method: 'GET', url: `${endpoint}/video/clip.mp4`, expiresIn: 60 });
    const tampered = await send(good.replace('clip.mp4', 'clip2.mp4'));
    expect(tampered.json().__type).toBe('InvalidSignatureException');
    const asDelete = await send(good, { method: 'DELETE' });
    expect(asDelete.json().__type).toBe('InvalidSignatureException');

    const tooLong = presignUrl({ method: 'GET', url: `${endpoint}/video/clip.mp4`, expiresIn: 604_801 });
    expect((await send(tooLong)).json().__type).toBe('IncompleteSignatureException');
  });
});
