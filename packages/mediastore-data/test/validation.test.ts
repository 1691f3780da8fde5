// Every documented constraint (000, 002, seed-decisions) is checked before anything is signed
// or sent: a ParamValidationError naming the member and the constraint, and no request on the
// transport. Values at the documented limits go through.
import { createHash } from 'node:crypto';
import { captureTransport } from '@skiff/testkit';
import { describe, expect, it } from 'vitest';
import {
  DeleteObjectCommand,
  DescribeObjectCommand,
  GetObjectCommand,
  ListItemsCommand,
  MAX_OBJECT_BYTES,
  MAX_STREAMING_OBJECT_BYTES,
  ParamValidationError,
  PutObjectCommand,
  dataClientForContainer,
  getSignedUrl,
} from '../src/index.js';
import { captured, creds, failure, json } from './helpers.js';

const seg = (n: number) => 'a'.repeat(n);
const folders = (n: number) => `${Array.from({ length: n }, (_, i) => `f${i}`).join('/')}/file.mp4`;
const PATH_PATTERN = /^must match the pattern \/\^\(\?:\(\?:\[A-Za-z0-9_/;

type Case = [name: string, command: () => { input: unknown }, issue: { path: string; message: string | RegExp }];

const cases: Case[] = [
  // Path, for every operation that addresses an object (000: 1..900, pattern, ≤ 10 folders).
  ['PutObject Path missing', () => new PutObjectCommand({ Body: 'x' } as never), { path: 'Path', message: 'is required' }],
  ['PutObject Path empty', () => new PutObjectCommand({ Body: 'x', Path: '' }), { path: 'Path', message: 'length must be at least 1' }],
  ['PutObject Path "/" only', () => new PutObjectCommand({ Body: 'x', Path: '/' }), { path: 'Path', message: 'length must be at least 1' }],
  ['PutObject Path 901 characters', () => new PutObjectCommand({ Body: 'x', Path: seg(901) }), { path: 'Path', message: 'length must be at most 900' }],
  ['PutObject Path with a space', () => new PutObjectCommand({ Body: 'x', Path: 'my file.mp4' }), { path: 'Path', message: PATH_PATTERN }],
  ['PutObject Path with non-ASCII', () => new PutObjectCommand({ Body: 'x', Path: 'vidéo.mp4' }), { path: 'Path', message: PATH_PATTERN }],
  ['PutObject Path with 11 folders', () => new PutObjectCommand({ Body: 'x', Path: folders(11) }), { path: 'Path', message: PATH_PATTERN }],
  ['PutObject Path ending in /', () => new PutObjectCommand({ Body: 'x', Path: 'premium/' }), { path: 'Path', message: PATH_PATTERN }],
  ['PutObject Path with an empty segment', () => new PutObjectCommand({ Body: 'x', Path: 'a//b.mp4' }), { path: 'Path', message: PATH_PATTERN }],
  ['PutObject Path with two leading slashes', () => new PutObjectCommand({ Body: 'x', Path: '//a.mp4' }), { path: 'Path', message: PATH_PATTERN }],
  ['PutObject Path escaping with ..', () => new PutObjectCommand({ Body: 'x', Path: 'premium/../../other/x.mp4' }), { path: 'Path', message: /must not contain '\.' or '\.\.' segments/ }],
  ['PutObject Path ending in ..', () => new PutObjectCommand({ Body: 'x', Path: 'premium/..' }), { path: 'Path', message: /must not contain '\.' or '\.\.' segments/ }],
  ['PutObject Path with a . segment', () => new PutObjectCommand({ Body: 'x', Path: './a.mp4' }), { path: 'Path', message: /must not contain '\.' or '\.\.' segments/ }],
  ['GetObject Path 901 characters', () => new GetObjectCommand({ Path: seg(901) }), { path: 'Path', message: 'length must be at most 900' }],
  ['GetObject Path with 11 folders', () => new GetObjectCommand({ Path: folders(11) }), { path: 'Path', message: PATH_PATTERN }],
  ['GetObject Path escaping with ..', () => new GetObjectCommand({ Path: '../secret' }), { path: 'Path', message: /must not contain/ }],
  ['DescribeObject Path missing', () => new DescribeObjectCommand({} as never), { path: 'Path', message: 'is required' }],
  ['DescribeObject Path with ?', () => new DescribeObjectCommand({ Path: 'a?b' }), { path: 'Path', message: PATH_PATTERN }],
  ['DescribeObject Path escaping with ..', () => new DescribeObjectCommand({ Path: 'a/../../b' }), { path: 'Path', message: /must not contain/ }],
  ['DeleteObject Path empty', () => new DeleteObjectCommand({ Path: '' }), { path: 'Path', message: 'length must be at least 1' }],
  ['DeleteObject Path with %', () => new DeleteObjectCommand({ Path: 'a%2Fb' }), { path: 'Path', message: PATH_PATTERN }],
  ['DeleteObject Path escaping with ..', () => new DeleteObjectCommand({ Path: '..' }), { path: 'Path', message: /must not contain/ }],
  // Range (000: ^bytes=(?:\d+\-\d*|\d*\-\d+)$).
  ['GetObject Range without unit', () => new GetObjectCommand({ Path: 'a', Range: '0-99' }), { path: 'Range', message: /^must match the pattern/ }],
  ['GetObject Range other unit', () => new GetObjectCommand({ Path: 'a', Range: 'items=0-99' }), { path: 'Range', message: /^must match the pattern/ }],
  ['GetObject Range bare dash', () => new GetObjectCommand({ Path: 'a', Range: 'bytes=-' }), { path: 'Range', message: /^must match the pattern/ }],
  ['GetObject Range with two ranges', () => new GetObjectCommand({ Path: 'a', Range: 'bytes=0-1,4-5' }), { path: 'Range', message: /^must match the pattern/ }],
  ['GetObject Range with CR/LF', () => new GetObjectCommand({ Path: 'a', Range: 'bytes=0-1\r\nx-evil: 1' }), { path: 'Range', message: /^must match the pattern/ }],
  // PutObject members (000, 002, seed-decisions).
  ['PutObject Body missing', () => new PutObjectCommand({ Path: 'a' } as never), { path: 'Body', message: 'is required' }],
  ['PutObject Body a number', () => new PutObjectCommand({ Path: 'a', Body: 42 as never }), { path: 'Body', message: /^must be bytes, a string, a Blob/ }],
  ['PutObject ContentType with parameters', () => new PutObjectCommand({ Path: 'a', Body: 'x', ContentType: 'text/plain; charset=utf-8' }), { path: 'ContentType', message: /^must match the pattern/ }],
  ['PutObject ContentType 256 characters', () => new PutObjectCommand({ Path: 'a', Body: 'x', ContentType: seg(256) }), { path: 'ContentType', message: /^must match the pattern/ }],
  ['PutObject ContentType empty', () => new PutObjectCommand({ Path: 'a', Body: 'x', ContentType: '' }), { path: 'ContentType', message: /^must match the pattern/ }],
  ['PutObject CacheControl with CR/LF', () => new PutObjectCommand({ Path: 'a', Body: 'x', CacheControl: 'max-age=1\r\nx-amz-meta: 1' }), { path: 'CacheControl', message: /control characters/ }],
  ['PutObject CacheControl non-ASCII', () => new PutObjectCommand({ Path: 'a', Body: 'x', CacheControl: 'max-âge=1' }), { path: 'CacheControl', message: /non-ASCII/ }],
  ['PutObject StorageClass unknown', () => new PutObjectCommand({ Path: 'a', Body: 'x', StorageClass: 'GLACIER' as never }), { path: 'StorageClass', message: 'must be one of STANDARD, TEMPORAL' }],
  ['PutObject StorageClass lower case', () => new PutObjectCommand({ Path: 'a', Body: 'x', StorageClass: 'temporal' as never }), { path: 'StorageClass', message: 'must be one of STANDARD, TEMPORAL' }],
  ['PutObject UploadAvailability unknown', () => new PutObjectCommand({ Path: 'a', Body: 'x', UploadAvailability: 'LIVE' as never }), { path: 'UploadAvailability', message: 'must be one of STANDARD, STREAMING' }],
  // Size limits where the length is known (MiB, see putObject.ts).
  ['PutObject bytes over 25 MiB', () => new PutObjectCommand({ Path: 'a', Body: new Uint8Array(MAX_OBJECT_BYTES + 1) }), { path: 'Body', message: `size must be at most ${MAX_OBJECT_BYTES} bytes (25 MiB) for STANDARD upload availability, got ${MAX_OBJECT_BYTES + 1}` }],
  ['PutObject STREAMING bytes over 10 MiB', () => new PutObjectCommand({ Path: 'a', Body: new Uint8Array(MAX_STREAMING_OBJECT_BYTES + 1), UploadAvailability: 'STREAMING' }), { path: 'Body', message: /^size must be at most 10485760 bytes \(10 MiB\) for STREAMING/ }],
  ['PutObject STREAMING Blob over 10 MiB', () => new PutObjectCommand({ Path: 'a', Body: new Blob([new Uint8Array(MAX_STREAMING_OBJECT_BYTES + 1)]), UploadAvailability: 'STREAMING' }), { path: 'Body', message: /^size must be at most 10485760 bytes/ }],
  ['PutObject string over 25 MiB in UTF-8', () => new PutObjectCommand({ Path: 'a', Body: 'é'.repeat(MAX_OBJECT_BYTES / 2 + 1) }), { path: 'Body', message: /^size must be at most 26214400 bytes/ }],
  // ListItems (seed-decisions: all optional; Path 0..900 with an optional leading `/`).
  ['ListItems Path 901 characters', () => new ListItemsCommand({ Path: seg(901) }), { path: 'Path', message: 'length must be at most 900' }],
  ['ListItems Path with a space', () => new ListItemsCommand({ Path: 'my folder' }), { path: 'Path', message: /^must match the pattern/ }],
  ['ListItems Path with 12 folders', () => new ListItemsCommand({ Path: `${folders(11).replace('/file.mp4', '')}/x/` }), { path: 'Path', message: /^must match the pattern/ }],
  ['ListItems Path escaping with ..', () => new ListItemsCommand({ Path: '/premium/../..' }), { path: 'Path', message: /must not contain/ }],
  ['ListItems MaxResults 0', () => new ListItemsCommand({ MaxResults: 0 }), { path: 'MaxResults', message: 'must be at least 1' }],
  ['ListItems MaxResults 1001', () => new ListItemsCommand({ MaxResults: 1001 }), { path: 'MaxResults', message: 'must be at most 1000' }],
  ['ListItems MaxResults 2.5', () => new ListItemsCommand({ MaxResults: 2.5 }), { path: 'MaxResults', message: 'must be an integer' }],
  ['ListItems MaxResults as text', () => new ListItemsCommand({ MaxResults: '10' as never }), { path: 'MaxResults', message: /^must be/ }],
  ['ListItems NextToken not a string', () => new ListItemsCommand({ NextToken: 7 as never }), { path: 'NextToken', message: 'must be of type string' }],
];

describe('ParamValidationError before anything is sent', () => {
  it.each(cases)('%s', async (_name, make, issue) => {
    const { cap, client } = captured();
    const err = await failure(client.send(make() as never));
    expect(err).toBeInstanceOf(ParamValidationError);
    expect(err.name).toBe('ParamValidationError');
    expect(err.$fault).toBe('client');
    expect(err.issues).toHaveLength(1);
    expect(err.issues[0].path).toBe(issue.path);
    expect(err.issues[0].message).toMatch(typeof issue.message === 'string' ? new RegExp(`^${escape(issue.message)}$`) : issue.message);
    expect(cap.requests).toHaveLength(0);
  });

  it('reports every broken member at once', async () => {
    const { cap, client } = captured();
    const err = await failure(client.send(new PutObjectCommand({ Path: '', Body: 'x', StorageClass: 'X' as never, ContentType: 'a b' })));
    expect(err.issues.map((i: { path: string }) => i.path).sort()).toEqual(['ContentType', 'Path', 'StorageClass']);
    expect(cap.requests).toHaveLength(0);
  });

  it('refuses an input that is not an object', async () => {
    const { cap, client } = captured();
    const err = await failure(client.send(new ListItemsCommand(null as never)));
    expect(err).toBeInstanceOf(ParamValidationError);
    expect(cap.requests).toHaveLength(0);
  });

  it('refuses a path leaving the container even with validation: false', async () => {
    const { cap, client } = captured(undefined, { validation: false });
    const err = await failure(client.send(new GetObjectCommand({ Path: 'premium/../../x' })));
    expect(err).toBeInstanceOf(ParamValidationError);
    expect(err.issues).toEqual([{ path: 'Path', message: "must not contain '.' or '..' segments (a path cannot leave its container)" }]);
    await expect(getSignedUrl(client, new GetObjectCommand({ Path: '../x' }))).rejects.toBeInstanceOf(ParamValidationError);
    expect(cap.requests).toHaveLength(0);
    // Everything else is sent as given.
    await client.send(new ListItemsCommand({ MaxResults: 5000 }));
    expect(new URL(cap.last!.url).searchParams.get('MaxResults')).toBe('5000');
  });

  it('refuses expiresIn outside 1..604800 before signing', async () => {
    const { client } = captured();
    for (const expiresIn of [0, 604_801, 1.5]) {
      const err = await failure(getSignedUrl(client, new GetObjectCommand({ Path: 'a' }), { expiresIn }));
      expect(err).toBeInstanceOf(ParamValidationError);
      expect(err.issues[0].path).toBe('expiresIn');
    }
  });

  it('refuses a container name outside 1..255 \\w characters before DescribeContainer is sent', async () => {
    const cap = captureTransport(json({}));
    for (const name of ['', 'my-container', 'x'.repeat(256)]) {
      const err = await failure(dataClientForContainer({ region: 'us-west-2', credentials: creds, transport: cap.transport }, name));
      expect(err).toBeInstanceOf(ParamValidationError);
      expect(err.issues[0].path).toBe('ContainerName');
    }
    expect(cap.requests).toHaveLength(0);
  });
});

describe('values at the documented limits are sent', () => {
  const ok: Array<[string, () => { input: unknown }]> = [
    ['Path of 900 characters', () => new GetObjectCommand({ Path: seg(900) })],
    ['Path with 10 folders', () => new GetObjectCommand({ Path: folders(10) })],
    ['Path with every allowed character', () => new DescribeObjectCommand({ Path: 'A-Z_a.z~0-9/..../x' })],
    ['Range forms', () => new GetObjectCommand({ Path: 'a', Range: 'bytes=-500' })],
    ['ContentType video/mp4', () => new PutObjectCommand({ Path: 'a', Body: 'x', ContentType: 'video/mp4' })],
    ['ContentType of 255 characters', () => new PutObjectCommand({ Path: 'a', Body: 'x', ContentType: seg(255) })],
    ['StorageClass STANDARD', () => new PutObjectCommand({ Path: 'a', Body: 'x', StorageClass: 'STANDARD' })],
    ['StorageClass TEMPORAL, STREAMING', () => new PutObjectCommand({ Path: 'a', Body: 'x', StorageClass: 'TEMPORAL', UploadAvailability: 'STREAMING' })],
    ['bytes of exactly 25 MiB', () => new PutObjectCommand({ Path: 'a', Body: new Uint8Array(MAX_OBJECT_BYTES) })],
    ['STREAMING bytes of exactly 10 MiB', () => new PutObjectCommand({ Path: 'a', Body: new Uint8Array(MAX_STREAMING_OBJECT_BYTES), UploadAvailability: 'STREAMING' })],
    ['ListItems with nothing', () => new ListItemsCommand({})],
    ['ListItems Path empty', () => new ListItemsCommand({ Path: '' })],
    ['ListItems Path with leading and trailing /', () => new ListItemsCommand({ Path: '/premium/canada/' })],
    ['ListItems MaxResults 1 and a token', () => new ListItemsCommand({ MaxResults: 1, NextToken: 'abc' })],
    ['ListItems MaxResults 1000', () => new ListItemsCommand({ MaxResults: 1000 })],
  ];
  it.each(ok)('%s', async (_name, make) => {
    const { cap, client } = captured((req) => (req.method === 'PUT' ? json({ ContentSHA256: sha256Hex(req.body) }) : json({})));
    await client.send(make() as never);
    expect(cap.requests).toHaveLength(1);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function sha256Hex(b: Uint8Array): string {
  return createHash('sha256').update(b).digest('hex');
}
