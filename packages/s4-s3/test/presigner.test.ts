// S3Presigner: the same URLs as an S3Client's getSignedUrl, without the send path.
import { describe, expect, it } from 'vitest';
import { ParamValidationError } from '@skiff/core';
import { GetObjectCommand, getSignedUrl, HeadObjectCommand, PutObjectCommand, S3Client, S3Presigner, type S3ClientConfig } from '../src/index.js';

const creds = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const clock = () => new Date('2026-11-21T12:00:00Z');

const configs: Array<[string, S3ClientConfig]> = [
  ['a region (virtual-hosted)', { region: 'eu-central-1' }],
  ['forcePathStyle', { region: 'ca-west-1', forcePathStyle: true }],
  ['the g alias (signed as eu-central-1)', { region: 'g' }],
  ['only an S4 endpoint (region from its host)', { endpoint: 'https://s3.eu-central-2.s4.mega.io' }],
  ['a custom endpoint with a base path', { region: 'us-east-1', endpoint: 'http://127.0.0.1:9000/s3/' }],
];

const commands = [
  new GetObjectCommand({ Bucket: 'photos', Key: 'a/b c.jpg', Range: 'bytes=0-9', ResponseContentType: 'text/plain' }),
  new PutObjectCommand({ Bucket: 'my.photos', Key: 'up.bin', ContentType: 'application/octet-stream', Metadata: { owner: 'ann' } }),
  new HeadObjectCommand({ Bucket: 'photos', Key: 'k' }),
];

describe('S3Presigner', () => {
  for (const [what, config] of configs) {
    it(`makes the URL an S3Client makes, byte for byte: ${what}`, async () => {
      const client = new S3Client({ ...config, credentials: creds, clock });
      const presigner = new S3Presigner({ ...config, credentials: creds, clock });
      for (const command of commands) {
        const url = await getSignedUrl(presigner, command, { expiresIn: 600 });
        expect(url).toBe(await getSignedUrl(client, command, { expiresIn: 600 }));
        expect(new URL(url).searchParams.get('X-Amz-Expires')).toBe('600');
      }
      client.destroy();
    });
  }

  it('signs for the region the client would: g as eu-central-1, an S4 host as its own region', async () => {
    const scope = async (config: S3ClientConfig) =>
      new URL(await getSignedUrl(new S3Presigner({ ...config, credentials: creds, clock }), commands[0]!)).searchParams.get('X-Amz-Credential');
    expect(await scope({ region: 'g' })).toBe('AKIDEXAMPLE/20261121/eu-central-1/s3/aws4_request');
    expect(await scope({ endpoint: 'https://s3.ca-central-1.s4.mega.io' })).toBe('AKIDEXAMPLE/20261121/ca-central-1/s3/aws4_request');
  });

  it('checks the input and expiresIn before signing, as a client does', async () => {
    let asked = 0;
    const presigner = new S3Presigner({ region: 'eu-central-1', credentials: async () => (asked++, creds) });
    await expect(getSignedUrl(presigner, new GetObjectCommand({ Bucket: 'ab', Key: 'k' }))).rejects.toThrow(/Bucket: length must be between 3 and 63/);
    await expect(getSignedUrl(presigner, new GetObjectCommand({ Bucket: 'photos', Key: 'k' }), { expiresIn: 604_801 })).rejects.toBeInstanceOf(ParamValidationError);
    expect(asked).toBe(0);
  });

  it('needs a region or an S4 endpoint', async () => {
    const saved = [process.env.AWS_REGION, process.env.AWS_DEFAULT_REGION];
    delete process.env.AWS_REGION;
    delete process.env.AWS_DEFAULT_REGION;
    try {
      await expect(getSignedUrl(new S3Presigner({ credentials: creds }), commands[0]!)).rejects.toThrow(/S3: a region is required/);
    } finally {
      if (saved[0] !== undefined) process.env.AWS_REGION = saved[0];
      if (saved[1] !== undefined) process.env.AWS_DEFAULT_REGION = saved[1];
    }
  });

  it('has no send path: no send(), no transport', () => {
    const presigner = new S3Presigner({ region: 'eu-central-1', credentials: creds }) as unknown as Record<string, unknown>;
    expect(presigner.send).toBeUndefined();
    expect(presigner.transport).toBeUndefined();
  });
});
