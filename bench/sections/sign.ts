// SigV4 header signing and presigned URLs, no network: operations per second.
// Skiff: signRequest from @skiff/core, getSignedUrl from @skiff/s4-s3.
// v3: the SignatureV4 instance a v3 KinesisClient configures for itself (client.config.signer,
// the same object its signing middleware calls) on the same request; presigning through
// @aws-sdk/s3-request-presigner's getSignedUrl.
import { KinesisClient as AwsKinesis } from '@aws-sdk/client-kinesis';
import { GetObjectCommand as AwsGetObject, S3Client as AwsS3 } from '@aws-sdk/client-s3';
import { getSignedUrl as awsGetSignedUrl } from '@aws-sdk/s3-request-presigner';
import { signRequest } from '@skiff/core';
import { GetObjectCommand, S3Client, getSignedUrl } from '@skiff/s4-s3';
import { median, opsPerCpuSecond } from '../lib/measure.js';
import type { Section } from '../lib/section.js';
import { CREDENTIALS } from '../lib/servers.js';

const HOST = 'kinesis.us-east-1.amazonaws.com';
const BODY = JSON.stringify({ StreamName: 'events', PartitionKey: 'user-1', Data: Buffer.alloc(100, 42).toString('base64') });
const HEADERS = { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'Kinesis_20131202.PutRecord' };

type SmithySigner = { sign(req: unknown, o: unknown): Promise<{ headers: Record<string, string> }> };

export const sign: Section = {
  id: 'sign',
  title: 'SigV4 signing and presigning (no network)',
  async run(o) {
    const body = new TextEncoder().encode(BODY);
    const skiffSign = () =>
      signRequest({ method: 'POST', url: `https://${HOST}/`, headers: { ...HEADERS, 'content-length': String(body.length) }, body }, { credentials: CREDENTIALS, date: new Date(), region: 'us-east-1', service: 'kinesis' });
    const awsKinesis = new AwsKinesis({ region: 'us-east-1', credentials: CREDENTIALS });
    const signer = (await (awsKinesis.config.signer as (a: unknown) => Promise<SmithySigner>)({})) as SmithySigner;
    const awsSign = () =>
      signer.sign(
        { method: 'POST', protocol: 'https:', hostname: HOST, path: '/', query: {}, headers: { ...HEADERS, host: HOST, 'content-length': String(body.length) }, body: BODY },
        { signingDate: new Date(), signingRegion: 'us-east-1', signingService: 'kinesis' },
      );
    // Same endpoint for both, so both sign the same host.
    const endpoint = 'https://s3.eu-central-1.s4.mega.io';
    const s3 = new S3Client({ region: 'eu-central-1', endpoint, credentials: CREDENTIALS, forcePathStyle: true });
    const awsS3 = new AwsS3({ region: 'eu-central-1', endpoint, credentials: CREDENTIALS, forcePathStyle: true });
    const skiffPresign = () => getSignedUrl(s3, new GetObjectCommand({ Bucket: 'media', Key: 'clips/a.mp4' }), { expiresIn: 3600 });
    const awsPresign = () => awsGetSignedUrl(awsS3, new AwsGetObject({ Bucket: 'media', Key: 'clips/a.mp4' }), { expiresIn: 3600 });
    // Both must produce something usable before they are timed.
    if (!(await skiffSign()).headers.authorization || !(await awsSign()).headers.authorization) throw new Error('signing produced no Authorization header');
    if (!(await skiffPresign()).includes('X-Amz-Signature=') || !(await awsPresign()).includes('X-Amz-Signature=')) throw new Error('presigning produced no signature');

    const ms = o.quick ? 300 : 1000;
    const cases = [
      { name: 'SigV4 sign, Kinesis PutRecord request', skiff: skiffSign, aws: awsSign },
      { name: 'Presign S3 GetObject URL', skiff: skiffPresign, aws: awsPresign },
    ];
    const rows = [];
    for (const c of cases) {
      await opsPerCpuSecond(c.skiff, ms / 2);
      await opsPerCpuSecond(c.aws, ms / 2);
      const s: number[] = [];
      const a: number[] = [];
      for (let r = 0; r < o.rounds; r++) {
        if (r % 2) a.push(await opsPerCpuSecond(c.aws, ms));
        s.push(await opsPerCpuSecond(c.skiff, ms));
        if (!(r % 2)) a.push(await opsPerCpuSecond(c.aws, ms));
        o.log(`  ${c.name}, round ${r + 1}: Skiff ${s.at(-1)!.toFixed(0)}/s, v3 ${a.at(-1)!.toFixed(0)}/s`);
      }
      rows.push({ name: c.name, metric: 'operations per CPU-second', better: 'higher' as const, skiff: median(s), aws: median(a), ratio: median(s.map((x, i) => x / a[i]!)) });
    }
    s3.destroy();
    awsS3.destroy();
    awsKinesis.destroy();
    return rows;
  },
};
