// Endpoints, signing region and bucket addressing (document 004 endpoints; seed-decisions.md,
// "S4 region and endpoint").
import { describe, expect, it } from 'vitest';
import { captureTransport } from '@skiff/testkit';
import { CreateBucketCommand, GetObjectCommand, getSignedUrl, ListBucketsCommand, ListObjectsV2Command, PutObjectCommand, regionOfS4Host, S3Client, type S3ClientConfig } from '../src/index.js';
import { checkSigV4 } from './sigv4Check.js';

const creds = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

async function sent(config: S3ClientConfig, command: ConstructorParameters<typeof GetObjectCommand>[0] | null = { Bucket: 'photos', Key: 'a/b.jpg' }) {
  const cap = captureTransport({ status: 200, headers: {}, body: new Uint8Array() });
  const client = new S3Client({ credentials: creds, transport: cap.transport, ...config });
  if (command) await client.send(new GetObjectCommand(command));
  else await client.send(new ListBucketsCommand({}));
  const req = cap.last!;
  const sig = checkSigV4(req, creds.secretAccessKey);
  expect(sig.ok).toBe(true);
  return { url: req.url, host: req.headers.host, scope: sig.credential!.split('/').slice(2, 4).join('/') };
}

describe('S4 endpoints', () => {
  for (const region of ['eu-central-1', 'eu-central-2', 'ca-central-1', 'ca-west-1']) {
    it(`${region}: https://s3.${region}.s4.mega.io, signed for ${region}`, async () => {
      expect(await sent({ region }, null)).toEqual({ url: `https://s3.${region}.s4.mega.io/`, host: `s3.${region}.s4.mega.io`, scope: `${region}/s3` });
    });
  }

  it('g is s3.g.s4.mega.io, which is eu-central-1', async () => {
    expect(await sent({ region: 'g' }, null)).toEqual({ url: 'https://s3.g.s4.mega.io/', host: 's3.g.s4.mega.io', scope: 'eu-central-1/s3' });
  });

  it('given only an S4 endpoint, the signing region comes from its host', async () => {
    expect((await sent({ endpoint: 'https://s3.ca-west-1.s4.mega.io' })).scope).toBe('ca-west-1/s3');
    expect((await sent({ endpoint: 'https://s3.g.s4.mega.io' })).scope).toBe('eu-central-1/s3');
    expect(regionOfS4Host('bucket.s3.eu-central-2.s4.mega.io')).toBe('eu-central-2');
    expect(regionOfS4Host('s3.example.com')).toBeUndefined();
  });

  it('given both, region wins (the botocore vectors sign us-west-2 against a mega.io host)', async () => {
    expect(await sent({ region: 'us-west-2', endpoint: 'https://s3.eu-central-1.s4.mega.io', forcePathStyle: true })).toEqual({
      url: 'https://s3.eu-central-1.s4.mega.io/photos/a/b.jpg',
      host: 's3.eu-central-1.s4.mega.io',
      scope: 'us-west-2/s3',
    });
  });

  it('any custom endpoint, with its port and base path', async () => {
    expect((await sent({ region: 'us-east-1', endpoint: 'http://storage.internal:9000/s3/', forcePathStyle: true })).url).toBe('http://storage.internal:9000/s3/photos/a/b.jpg');
  });
});

describe('addressing', () => {
  it('is virtual-hosted by default for a DNS-safe bucket on a named host', async () => {
    expect(await sent({ region: 'eu-central-1' })).toEqual({ url: 'https://photos.s3.eu-central-1.s4.mega.io/a/b.jpg', host: 'photos.s3.eu-central-1.s4.mega.io', scope: 'eu-central-1/s3' });
    expect((await sent({ region: 'us-east-1', endpoint: 'http://minio.local:9000' })).url).toBe('http://photos.minio.local:9000/a/b.jpg');
  });

  it('puts bucket-level operations at the root of the bucket host', async () => {
    const cap = captureTransport({ status: 200, headers: {}, body: new Uint8Array() });
    const client = new S3Client({ region: 'eu-central-1', credentials: creds, transport: cap.transport });
    await client.send(new CreateBucketCommand({ Bucket: 'photos' }));
    await client.send(new ListObjectsV2Command({ Bucket: 'photos', Prefix: 'a/' }));
    expect(cap.requests.map((r) => r.url)).toEqual(['https://photos.s3.eu-central-1.s4.mega.io/', 'https://photos.s3.eu-central-1.s4.mega.io/?list-type=2&prefix=a%2F']);
  });

  it('is path-style with forcePathStyle, for IP and localhost endpoints, and for dotted names over TLS', async () => {
    expect((await sent({ region: 'eu-central-1', forcePathStyle: true })).url).toBe('https://s3.eu-central-1.s4.mega.io/photos/a/b.jpg');
    expect((await sent({ region: 'us-east-1', endpoint: 'http://127.0.0.1:5000' })).url).toBe('http://127.0.0.1:5000/photos/a/b.jpg');
    expect((await sent({ region: 'us-east-1', endpoint: 'http://localhost:5000' })).url).toBe('http://localhost:5000/photos/a/b.jpg');
    expect((await sent({ region: 'us-east-1', endpoint: 'http://[::1]:5000' })).url).toBe('http://[::1]:5000/photos/a/b.jpg');
    // `*.s3.<region>.s4.mega.io` would not cover `my.photos.s3…`.
    expect((await sent({ region: 'eu-central-1' }, { Bucket: 'my.photos', Key: 'k' })).url).toBe('https://s3.eu-central-1.s4.mega.io/my.photos/k');
    expect((await sent({ region: 'us-east-1', endpoint: 'http://minio.local' }, { Bucket: 'my.photos', Key: 'k' })).url).toBe('http://my.photos.minio.local/k');
  });

  it('keeps keys percent-encoded once, slashes kept, in both styles', async () => {
    const key = 'photos/2025/café & co+1.jpg';
    expect((await sent({ region: 'eu-central-1' }, { Bucket: 'b-1', Key: key })).url).toBe('https://b-1.s3.eu-central-1.s4.mega.io/photos/2025/caf%C3%A9%20%26%20co%2B1.jpg');
    expect((await sent({ region: 'eu-central-1', forcePathStyle: true }, { Bucket: 'b-1', Key: key })).url).toBe('https://s3.eu-central-1.s4.mega.io/b-1/photos/2025/caf%C3%A9%20%26%20co%2B1.jpg');
  });

  it('presigns virtual-hosted URLs too, signing only host', async () => {
    const client = new S3Client({ region: 'eu-central-1', credentials: creds, clock: () => new Date('2025-11-21T12:00:00Z') });
    const url = new URL(await getSignedUrl(client, new PutObjectCommand({ Bucket: 'photos', Key: 'up load.bin' }), { expiresIn: 60 }));
    expect(url.host).toBe('photos.s3.eu-central-1.s4.mega.io');
    expect(url.pathname).toBe('/up%20load.bin');
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe('host');
    expect(url.searchParams.get('X-Amz-Credential')).toBe('AKIDEXAMPLE/20251121/eu-central-1/s3/aws4_request');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('60');
    client.destroy();
  });
});
