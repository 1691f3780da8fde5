// A 1 GiB streamed upload to moto (started here, stopped at the end), each run in a fresh
// child process so its peak RSS is its own: `npx tsx bench/s3-upload.bench.ts [--size MiB]`.
//   Skiff PutObject: one request, a Node Readable with ContentLength, sent aws-chunked with
//     signed 64 KiB chunks (STREAMING-AWS4-HMAC-SHA256-PAYLOAD);
//   Skiff Upload: multipart, 8 MiB parts, 4 in flight, the stream's length not given;
//   AWS SDK v3 lib-storage Upload, same parts, as the reference.
// moto keeps each object in memory and decodes aws-chunked in Python, so the wall-clock figure
// is mostly moto's; the client's own cost shows in its CPU seconds per GiB.
// `runChild()` is also what `npm run bench` (bench/run.ts, section upload) measures with, there
// against bench/servers/s3sink.mjs (which discards the bytes) and with v3's PutObject as well.
import { spawn } from 'node:child_process';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const MiB = 1024 * 1024;
const BUCKET = 'bench-upload';
const creds = { accessKeyId: 'AKIABENCH', secretAccessKey: 'bench-secret' };
export type Scenario = 'skiff-put' | 'skiff-upload' | 'aws-upload' | 'aws-put';
export interface Result { ms: number; cpuMs: number; baseRss: number; peakRss: number; etag?: string }
/** Parts of the Upload scenarios. */
export const PART_SIZE = 8 * MiB;
export const QUEUE_SIZE = 4;

/** `size` bytes in 1 MiB pieces, produced as they are read (fresh buffers, as a file stream gives). */
function source(size: number): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= size) return void this.push(null);
      const n = Math.min(MiB, size - sent);
      const b = Buffer.allocUnsafe(n).fill(sent / MiB);
      sent += n;
      this.push(b);
    },
  });
}

async function child(scenario: Scenario, endpoint: string, size: number): Promise<Result> {
  const Key = `${scenario}.bin`;
  let run: () => Promise<{ ETag?: string }>;
  let warm: () => Promise<unknown>;
  if (scenario === 'aws-upload' || scenario === 'aws-put') {
    const { S3Client, PutObjectCommand } = await import('@aws-sdk/client-s3');
    const { Upload } = await import('@aws-sdk/lib-storage');
    const client = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: creds, requestChecksumCalculation: 'WHEN_REQUIRED' });
    warm = () => client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'warm.bin', Body: source(MiB), ContentLength: MiB }));
    run = scenario === 'aws-put'
      ? () => client.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body: source(size), ContentLength: size }))
      : () => new Upload({ client, params: { Bucket: BUCKET, Key, Body: source(size) }, partSize: PART_SIZE, queueSize: QUEUE_SIZE }).done();
  } else {
    const s3 = await import('@skiff/s4-s3');
    const client = new s3.S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: creds, requestTimeout: 600_000 });
    warm = () => client.send(new s3.PutObjectCommand({ Bucket: BUCKET, Key: 'warm.bin', Body: source(MiB), ContentLength: MiB }));
    run = scenario === 'skiff-put'
      ? () => client.send(new s3.PutObjectCommand({ Bucket: BUCKET, Key, Body: source(size), ContentLength: size }))
      : () => new s3.Upload({ client, params: { Bucket: BUCKET, Key, Body: source(size) }, partSize: PART_SIZE, queueSize: QUEUE_SIZE }).done();
  }
  // One 1 MiB PutObject first, outside the measurement: the client's fixed costs (modules it
  // loads with its first request, as Skiff loads undici; connections; compiled code) are not
  // the upload's memory.
  await warm();
  global.gc?.();
  const baseRss = process.memoryUsage.rss();
  let peakRss = baseRss;
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 20);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const out = await run();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(timer);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, baseRss, peakRss, etag: out.ETag };
}

/** One scenario in a fresh child process (killed after `timeoutMs`). */
export function runChild(scenario: Scenario, endpoint: string, size: number, timeoutMs = 600_000): Promise<Result> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...process.execArgv, '--expose-gc', fileURLToPath(import.meta.url), '--child', scenario, '--endpoint', endpoint, '--size', String(size / MiB)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const timer = setTimeout(() => p.kill('SIGKILL'), timeoutMs);
    p.stdout.on('data', (d) => (out += d));
    p.on('exit', (code, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code === 0 && line) resolve(JSON.parse(line.slice(7)));
      else reject(new Error(`${scenario} exited with ${code ?? signal}${signal === 'SIGKILL' ? ` (over ${timeoutMs / 1000} s)` : ''}: ${out}`));
    });
  });
}

const isMain = !!process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) await main();

async function main() {
  const { values } = parseArgs({ options: { child: { type: 'string' }, endpoint: { type: 'string' }, size: { type: 'string', default: '1024' } } });
  const size = Number(values.size) * MiB;

  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  if (values.child) {
    const r = await child(values.child as Scenario, values.endpoint!, size);
    process.stdout.write(`RESULT ${JSON.stringify(r)}\n`);
    process.exit(0);
  }

  const { startMoto } = await import('@skiff/testkit');
  const s3 = await import('@skiff/s4-s3');
  const moto = await startMoto();
  const admin = new s3.S3Client({ region: 'us-east-1', endpoint: moto.endpoint, forcePathStyle: true, credentials: creds });
  try {
    await admin.send(new s3.CreateBucketCommand({ Bucket: BUCKET }));
    const rows: string[][] = [];
    const labels: Partial<Record<Scenario, string>> = {
      'skiff-put': 'Skiff PutObject (aws-chunked, signed)',
      'skiff-upload': 'Skiff Upload (8 MiB × 4)',
      'aws-upload': 'AWS SDK v3 lib-storage Upload (8 MiB × 4)',
    };
    for (const scenario of Object.keys(labels) as Scenario[]) {
      const r = await runChild(scenario, moto.endpoint, size);
      const head = await admin.send(new s3.HeadObjectCommand({ Bucket: BUCKET, Key: `${scenario}.bin` }));
      if (head.ContentLength !== size) throw new Error(`${scenario}: moto holds ${head.ContentLength} bytes, not ${size}`);
      // Free moto's memory before the next run.
      await admin.send(new s3.DeleteObjectCommand({ Bucket: BUCKET, Key: `${scenario}.bin` }));
      rows.push([
        String(labels[scenario]),
        (size / MiB / (r.ms / 1000)).toFixed(0),
        (r.cpuMs / 1000 / (size / (1024 * MiB))).toFixed(2),
        ((r.peakRss - r.baseRss) / MiB).toFixed(1),
        (r.peakRss / MiB).toFixed(0),
      ]);
    }
    const header = [`${size / MiB} MiB streamed to moto`, 'MiB/s', 'client CPU s/GiB', 'peak RSS growth MiB', 'peak RSS MiB'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
    console.log([line(header), `|${widths.map((w, i) => (i ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|')}|`, ...rows.map(line)].join('\n'));
  } finally {
    admin.destroy();
    await moto.stop();
  }
}
