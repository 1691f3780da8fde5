// Starts @skiff/mediastore-local for one test file and hands out clients that reach it over
// the default (undici) transport.
import { startMediaStoreLocal, type MediaStoreLocal, type MediaStoreLocalOptions } from '@skiff/mediastore-local';
import { afterAll, beforeAll } from 'vitest';
import { MediaStoreClient, type MediaStoreClientConfig } from '../src/index.js';
import { creds } from './helpers.js';

export function useLocalServer(options: MediaStoreLocalOptions = {}) {
  const ctx = {} as { server: MediaStoreLocal; client: MediaStoreClient; newClient(config?: MediaStoreClientConfig): MediaStoreClient };
  const clients: MediaStoreClient[] = [];
  beforeAll(async () => {
    ctx.server = await startMediaStoreLocal(options);
    ctx.newClient = (config = {}) => {
      const c = new MediaStoreClient({ region: ctx.server.region, endpoint: ctx.server.endpoint, credentials: creds, ...config });
      clients.push(c);
      return c;
    };
    ctx.client = ctx.newClient();
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await ctx.server?.close();
  });
  return ctx;
}

/** Fast polling for the local server (its containers are CREATING for a few hundred ms). */
export const fast = { minDelay: 0.02, maxDelay: 0.1 };
