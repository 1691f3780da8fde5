// The S3 part of the tour (MEGA S4's S3 API, here on moto): a 64 MiB file streamed up with
// the multipart Upload helper and a progress bar, listed with a paginator, and fetched back
// through a presigned URL with nothing but fetch.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { CreateBucketCommand, GetObjectCommand, getSignedUrl, paginateListObjectsV2, PutObjectCommand, S3Client, Upload } from '@skiff/s4-s3';
import { LOCAL_CREDENTIALS, type LocalServer } from '../lib/servers.js';
import { formatMiB, formatMs, MiB, note, progressPrinter, step } from '../lib/report.js';

const BUCKET = 'skiff-tour';
const BIG_KEY = 'videos/big.bin';
const SIZE = 64 * MiB;

export async function s3Tour(server: LocalServer): Promise<void> {
  // forcePathStyle: the bucket goes in the path (http://127.0.0.1:PORT/bucket/key), which is
  // what a local server on an IP address needs. Against S4, leave it out.
  const client = new S3Client({ region: server.region, endpoint: server.endpoint, forcePathStyle: true, credentials: LOCAL_CREDENTIALS });
  const dir = await mkdtemp(join(tmpdir(), 'skiff-tour-'));
  try {
    const file = join(dir, 'big.bin');
    const digest = await step(`generate a ${formatMiB(SIZE)} file of random bytes`, () => writeRandomFile(file, SIZE));

    await step(`CreateBucket "${BUCKET}", PutObject × 3 small objects`, async () => {
      const times: string[] = [];
      const timed = async (label: string, run: () => Promise<unknown>) => {
        const t0 = performance.now();
        await run();
        times.push(`${label} ${formatMs(performance.now() - t0)}`);
      };
      await timed('CreateBucket', () => client.send(new CreateBucketCommand({ Bucket: BUCKET })));
      for (const name of ['a', 'b', 'c']) {
        await timed(`PutObject ${name}`, () => client.send(new PutObjectCommand({ Bucket: BUCKET, Key: `notes/${name}.txt`, Body: `note ${name}`, ContentType: 'text/plain' })));
      }
      note(times.join(', '));
      note("(moto loads each part of its S3 backend on first use: its first requests take seconds)");
    });

    await step(`Upload ${formatMiB(SIZE)} from a file stream (multipart, 8 MiB parts, 4 at a time)`, async () => {
      const progress = progressPrinter(SIZE);
      const upload = new Upload({
        client,
        params: { Bucket: BUCKET, Key: BIG_KEY, Body: createReadStream(file), ContentLength: SIZE, ContentType: 'application/octet-stream' },
        partSize: 8 * MiB,
        queueSize: 4,
      });
      upload.on('httpUploadProgress', (p) => progress.update(p.loaded, p.part));
      try {
        const out = await upload.done();
        progress.end();
        note(`CompleteMultipartUpload → ETag ${out.ETag} (upload id ${upload.uploadId?.slice(0, 12)}…)`);
      } catch (e) {
        progress.end();
        throw e;
      }
    });

    await step('paginateListObjectsV2 with pageSize 2 (4 objects → 2 pages)', async () => {
      let pages = 0;
      const keys: string[] = [];
      for await (const page of paginateListObjectsV2({ client, pageSize: 2 }, { Bucket: BUCKET })) {
        pages++;
        for (const o of page.Contents ?? []) {
          keys.push(o.Key!);
          note(`page ${pages}: ${o.Key} ${o.Size} bytes, ${o.LastModified?.toISOString()}`);
        }
      }
      const big = keys.includes(BIG_KEY);
      if (keys.length !== 4 || pages !== 2 || !big) throw new Error(`expected 4 keys on 2 pages, got ${keys.length} on ${pages}`);
    });

    await step('getSignedUrl(GetObject, 5 minutes), then a plain fetch of that URL', async () => {
      const url = await getSignedUrl(client, new GetObjectCommand({ Bucket: BUCKET, Key: BIG_KEY }), { expiresIn: 300 });
      const shown = new URL(url);
      note(`${shown.origin}${shown.pathname}?${[...shown.searchParams.keys()].join('&')}`);
      const res = await fetch(url);
      if (!res.ok || !res.body) throw new Error(`fetch of the presigned URL answered ${res.status}`);
      const hash = createHash('sha256');
      let length = 0;
      const reader = res.body.getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) {
        hash.update(r.value);
        length += r.value.length;
      }
      const got = hash.digest('hex');
      note(`fetch → ${res.status}, ${formatMiB(length)}, SHA-256 ${got.slice(0, 16)}…`);
      if (got !== digest || length !== SIZE) throw new Error('the downloaded bytes are not the uploaded file');
      note('identical to the generated file');
    });
  } finally {
    client.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Writes `size` random bytes to `file` and returns their SHA-256 (hex). */
async function writeRandomFile(file: string, size: number): Promise<string> {
  const out = createWriteStream(file);
  const hash = createHash('sha256');
  for (let written = 0; written < size; written += MiB) {
    const chunk = randomBytes(Math.min(MiB, size - written));
    hash.update(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return hash.digest('hex');
}
