// MediaStoreDataPresigner: the same URLs as a MediaStoreDataClient's getSignedUrl, without the send path.
import { describe, expect, it } from 'vitest';
import { ParamValidationError, SkiffError, type Command } from '@skiff/core';
import {
  DeleteObjectCommand,
  DescribeObjectCommand,
  GetObjectCommand,
  getSignedUrl,
  MediaStoreDataClient,
  MediaStoreDataPresigner,
  PutObjectCommand,
  type MediaStoreDataClientConfig,
} from '../src/index.js';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const clock = () => new Date('2026-11-21T12:00:00Z');

const configs: Array<[string, MediaStoreDataClientConfig]> = [
  ['an AWS data endpoint (region from its host)', { endpoint: 'https://abcdefghijklmn.data.mediastore.us-west-2.amazonaws.com' }],
  ['an endpoint without a scheme', { endpoint: 'abcdefghijklmn.data.mediastore.eu-west-1.amazonaws.com' }],
  ['a local endpoint with a base path and a region', { endpoint: 'http://127.0.0.1:8080/containers/movies/', region: 'us-east-1' }],
];

const commands: Array<Command<unknown, unknown>> = [
  new GetObjectCommand({ Path: 'clips/a_b~1.mp4', Range: 'bytes=0-99' }),
  new PutObjectCommand({ Path: '/uploads/new.bin', ContentType: 'video/mp4', CacheControl: 'no-cache' } as never),
  new DescribeObjectCommand({ Path: 'clips/a.mp4' }),
  new DeleteObjectCommand({ Path: 'clips/a.mp4' }),
] as Array<Command<unknown, unknown>>;

describe('MediaStoreDataPresigner', () => {
  for (const [what, config] of configs) {
    it(`makes the URL a MediaStoreDataClient makes, byte for byte: ${what}`, async () => {
      const client = new MediaStoreDataClient({ ...config, credentials, clock });
      const presigner = new MediaStoreDataPresigner({ ...config, credentials, clock });
      expect(presigner.config.endpoint).toBe(client.config.endpoint);
      expect(presigner.config.region).toBe(client.config.region);
      for (const command of commands) {
        const url = await getSignedUrl(presigner, command, { expiresIn: 120 });
        expect(url).toBe(await getSignedUrl(client, command, { expiresIn: 120 }));
      }
      client.destroy();
    });
  }

  it('checks input and expiresIn before reading credentials', async () => {
    let asked = 0;
    const presigner = new MediaStoreDataPresigner({ endpoint: 'https://abcdefghijklmn.data.mediastore.us-west-2.amazonaws.com', credentials: async () => (asked++, credentials) });
    await expect(getSignedUrl(presigner, new GetObjectCommand({ Path: 'a/../b' }))).rejects.toBeInstanceOf(ParamValidationError);
    await expect(getSignedUrl(presigner, new GetObjectCommand({ Path: 'a' }), { expiresIn: 0 })).rejects.toThrow(/expiresIn must be a whole number/);
    expect(asked).toBe(0);
  });

  it('with validation off, still refuses a path that would leave the container', async () => {
    const presigner = new MediaStoreDataPresigner({ endpoint: 'https://x.data.mediastore.us-west-2.amazonaws.com', credentials, validation: false });
    await expect(getSignedUrl(presigner, new GetObjectCommand({ Path: 'a/../../other/b' }))).rejects.toThrow(/cannot leave its container/);
    expect(await getSignedUrl(presigner, new GetObjectCommand({ Path: 'a/b' }))).toMatch(/^https:\/\/x\.data\.mediastore\.us-west-2\.amazonaws\.com\/a\/b\?/);
  });

  it('needs an endpoint, as the client does', () => {
    expect(() => new MediaStoreDataPresigner({} as never)).toThrow(SkiffError);
    expect(() => new MediaStoreDataPresigner({ endpoint: 'https://' })).toThrow(/MediaStoreDataPresigner: endpoint 'https:\/\/' is not a valid URL/);
  });

  it('has no send path: no send(), no transport', () => {
    const presigner = new MediaStoreDataPresigner({ endpoint: 'https://x.data.mediastore.us-west-2.amazonaws.com', credentials }) as unknown as Record<string, unknown>;
    expect(presigner.send).toBeUndefined();
    expect(presigner.transport).toBeUndefined();
  });
});
