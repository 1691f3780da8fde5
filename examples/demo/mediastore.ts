// The MediaStore part of the tour: a container on the control plane (with its waiter), then
// a live STREAMING upload on the data plane, read while it is still arriving, and a range.
import { createHash } from 'node:crypto';
import { CreateContainerCommand, MediaStoreClient, waitUntilContainerActive } from '@skiff/mediastore';
import { dataClientForContainer, GetObjectCommand, ObjectNotFoundException, PutObjectCommand, type MediaStoreDataClient } from '@skiff/mediastore-data';
import { LOCAL_CREDENTIALS, type LocalServer } from '../lib/servers.js';
import { note, step } from '../lib/report.js';

const CONTAINER = 'skiff_tour';
const SEGMENT = 'live/segment-000.ts';
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Deterministic bytes, so what comes back can be compared with what went up. */
export function pattern(length: number, seed: number): Uint8Array {
  const b = new Uint8Array(length);
  for (let i = 0; i < length; i++) b[i] = (i * 31 + seed * 7 + (i >> 8)) & 255;
  return b;
}

export async function mediaStoreTour(server: LocalServer): Promise<void> {
  const config = { region: server.region, endpoint: server.endpoint, credentials: LOCAL_CREDENTIALS };
  const control = new MediaStoreClient(config);
  let data: MediaStoreDataClient | undefined;
  try {
    await step(`CreateContainer "${CONTAINER}", then waitUntilContainerActive`, async () => {
      const created = await control.send(new CreateContainerCommand({ ContainerName: CONTAINER }));
      note(`CreateContainer → ${created.Container?.Status} (${created.Container?.ARN})`);
      const waited = await waitUntilContainerActive({ client: control, maxWaitTime: 30, minDelay: 0.1, maxDelay: 0.5 }, { ContainerName: CONTAINER });
      note(`waitUntilContainerActive → ${waited.state}`);
      // The data plane has an endpoint per container: DescribeContainer gives it.
      data = await dataClientForContainer(config, CONTAINER);
      note(`data endpoint (DescribeContainer): ${data.config.endpoint}`);
    });

    const first = pattern(256 * 1024, 1);
    const rest = pattern(768 * 1024, 2);
    const whole = new Uint8Array([...first, ...rest]);

    await step('PutObject with UploadAvailability STREAMING, read live by GetObject while it uploads', async () => {
      let release!: () => void;
      const released = new Promise<void>((r) => (release = r));
      // An encoder's output: the first 256 KiB now, the rest only once a viewer has seen them.
      async function* encoder() {
        yield first;
        await released;
        for (let i = 0; i < rest.length; i += 64 * 1024) yield rest.subarray(i, i + 64 * 1024);
      }
      const upload = data!.send(new PutObjectCommand({ Path: SEGMENT, Body: encoder(), ContentType: 'video/MP2T', UploadAvailability: 'STREAMING' }));
      upload.catch(() => undefined); // awaited below; a failure here must not go unhandled first
      // A STREAMING object can be read as soon as its upload has begun.
      let got;
      for (const deadline = Date.now() + 15_000; !got && Date.now() < deadline; ) {
        got = await data!.send(new GetObjectCommand({ Path: SEGMENT })).catch((e: unknown) => (e instanceof ObjectNotFoundException ? undefined : Promise.reject(e)));
        if (!got) await new Promise((r) => setTimeout(r, 10));
      }
      if (!got?.Body) throw new Error(`${SEGMENT} never became readable while it was uploading`);
      // In Node the Body is a Node Readable: its async iterator reads it piece by piece.
      const reader = got.Body[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
      const seen: Uint8Array[] = [];
      let total = 0;
      while (total < first.length) {
        const { value, done } = await reader.next();
        if (done) break;
        seen.push(value);
        total += value.length;
      }
      note(`GetObject read ${total} bytes while the upload was still waiting for the encoder`);
      if (total !== first.length) throw new Error(`expected ${first.length} bytes before the upload went on, got ${total}`);
      release();
      for (;;) {
        const { value, done } = await reader.next();
        if (done) break;
        seen.push(value);
        total += value.length;
      }
      const put = await upload;
      const read = Buffer.concat(seen);
      if (!read.equals(whole)) throw new Error(`the live read got ${read.length} bytes that differ from the ${whole.length} uploaded`);
      note(`upload done: ${whole.length} bytes, ContentSHA256 ${put.ContentSHA256?.slice(0, 16)}… (checked by the client)`);
      note(`the live reader followed it to the end: ${read.length} bytes, identical`);
      if (put.ContentSHA256 !== sha256(whole)) throw new Error('ContentSHA256 is not the SHA-256 of what was sent');
    });

    await step('GetObject with Range bytes=300000-300099', async () => {
      const got = await data!.send(new GetObjectCommand({ Path: SEGMENT, Range: 'bytes=300000-300099' }));
      const bytes = await got.Body!.transformToByteArray();
      note(`${got.StatusCode} ${got.ContentRange}, ${bytes.length} bytes`);
      if (got.StatusCode !== 206 || !Buffer.from(bytes).equals(Buffer.from(whole.subarray(300000, 300100)))) throw new Error('the range is not the uploaded bytes 300000..300099');
      note('the same bytes as uploaded at that offset');
    });
  } finally {
    control.destroy();
    data?.destroy();
  }
}
