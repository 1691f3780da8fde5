// S3 GetObject and PutObject of 1 MiB against moto, 4 requests in flight: throughput and the
// client's CPU per MiB. Each SDK with its defaults: Skiff signs a 1 MiB byte body whole
// (SHA-256) and adds Content-MD5; v3 signs the SHA-256 and adds its default CRC32 checksum.
import { GetObjectCommand as AwsGetObject, PutObjectCommand as AwsPutObject, S3Client as AwsS3 } from '@aws-sdk/client-s3';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@skiff/s4-s3';
import { awsConfig, skiffConfig } from '../lib/aws.js';
import { load, median, MiB, type LoadResult } from '../lib/measure.js';
import type { Section } from '../lib/section.js';
import { startMoto } from '../lib/servers.js';
import type { Row } from '../lib/table.js';

export const s3: Section = {
  id: 's3',
  title: 'S3 GetObject / PutObject 1 MiB (moto)',
  async run(o) {
    const server = await startMoto({ MOTO_IAM_LOAD_MANAGED_POLICIES: 'false' });
    const skiff = new S3Client(skiffConfig(server.endpoint));
    const aws = new AwsS3({ ...awsConfig(server.endpoint), forcePathStyle: true });
    try {
      const Bucket = 'bench';
      await skiff.send(new CreateBucketCommand({ Bucket }));
      const body = new Uint8Array(MiB);
      for (let i = 0; i < body.length; i += 4096) body[i] = i & 255;
      await skiff.send(new PutObjectCommand({ Bucket, Key: 'one-mib', Body: body }));
      const get = {
        skiff: async () => {
          const r = await skiff.send(new GetObjectCommand({ Bucket, Key: 'one-mib' }));
          if ((await r.Body!.transformToByteArray()).length !== MiB) throw new Error('Skiff GetObject: short body');
        },
        aws: async () => {
          const r = await aws.send(new AwsGetObject({ Bucket, Key: 'one-mib' }));
          if ((await r.Body!.transformToByteArray()).length !== MiB) throw new Error('v3 GetObject: short body');
        },
      };
      let k = 0;
      const put = {
        skiff: () => skiff.send(new PutObjectCommand({ Bucket, Key: `put-${k++ % 16}`, Body: body })),
        aws: () => aws.send(new AwsPutObject({ Bucket, Key: `put-${k++ % 16}`, Body: body })),
      };
      const rows: Row[] = [];
      for (const [name, sides] of [['S3 GetObject 1 MiB', get], ['S3 PutObject 1 MiB', put]] as const) {
        const res = { skiff: [] as LoadResult[], aws: [] as LoadResult[] };
        const opts = { concurrency: 4, count: o.quick ? 40 : 200, maxMs: o.quick ? 1500 : 4000 };
        for (let r = 0; r < o.rounds; r++) {
          for (const side of r % 2 ? (['aws', 'skiff'] as const) : (['skiff', 'aws'] as const)) {
            await load(sides[side], { concurrency: 4, count: 8, maxMs: 2000 });
            res[side].push(await load(sides[side], opts));
          }
          const f = (x: LoadResult) => `${((x.n * 1000) / x.ms).toFixed(0)} MiB/s, ${(x.cpuMs / x.n).toFixed(2)} ms CPU/MiB`;
          o.log(`  ${name}, round ${r + 1}: Skiff ${f(res.skiff.at(-1)!)}; v3 ${f(res.aws.at(-1)!)}`);
        }
        const mibs = (x: LoadResult) => (x.n * 1000) / x.ms;
        const cpu = (x: LoadResult) => x.cpuMs / x.n;
        const ratio = (f: (x: LoadResult) => number) => median(res.skiff.map((s, i) => f(s) / f(res.aws[i]!)));
        rows.push({ name: `${name}, 4 in flight`, metric: 'MiB/s', better: 'higher', skiff: median(res.skiff.map(mibs)), aws: median(res.aws.map(mibs)), ratio: ratio(mibs) });
        rows.push({ name: `${name}, 4 in flight`, metric: 'client CPU ms/MiB', better: 'lower', skiff: median(res.skiff.map(cpu)), aws: median(res.aws.map(cpu)), ratio: ratio(cpu), digits: 2 });
      }
      return rows;
    } finally {
      skiff.destroy();
      aws.destroy();
      await server.stop();
    }
  },
};
