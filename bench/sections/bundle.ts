// Browser bundle sizes of one client + one command, measured as ../shared/design/performance.md
// does and with the bundle test's own code (test/bundles/bundle.ts): esbuild --bundle --minify
// --platform=browser --format=esm over the packages as a user installs them, gzip -9. The v3
// entries do the same with @aws-sdk/client-*.
import { symlinkSync, mkdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { bundle, userProject } from '../../test/bundles/bundle.js';
import type { Section } from '../lib/section.js';
import { ROOT } from '../lib/servers.js';
import type { Row } from '../lib/table.js';

interface Case {
  name: string;
  budget: number;
  skiff: string;
  aws: string;
}

const CASES: Case[] = [
  {
    name: 'Kinesis PutRecord',
    budget: 15,
    skiff: `import { KinesisClient, PutRecordCommand } from '@skiff/kinesis';
const client = new KinesisClient({ region: 'us-east-1' });
export const run = (data) => client.send(new PutRecordCommand({ StreamName: 'events', PartitionKey: 'user-1', Data: data }));`,
    aws: `import { KinesisClient, PutRecordCommand } from '@aws-sdk/client-kinesis';
const client = new KinesisClient({ region: 'us-east-1' });
export const run = (data) => client.send(new PutRecordCommand({ StreamName: 'events', PartitionKey: 'user-1', Data: data }));`,
  },
  {
    name: 'MediaStore ListContainers',
    budget: 15,
    skiff: `import { MediaStoreClient, ListContainersCommand } from '@skiff/mediastore';
const client = new MediaStoreClient({ region: 'us-east-1' });
export const run = () => client.send(new ListContainersCommand({ MaxResults: 10 }));`,
    aws: `import { MediaStoreClient, ListContainersCommand } from '@aws-sdk/client-mediastore';
const client = new MediaStoreClient({ region: 'us-east-1' });
export const run = () => client.send(new ListContainersCommand({ MaxResults: 10 }));`,
  },
  {
    name: 'MediaStore Data GetObject',
    budget: 15,
    skiff: `import { MediaStoreDataClient, GetObjectCommand } from '@skiff/mediastore-data';
const client = new MediaStoreDataClient({ region: 'us-east-1', endpoint: 'https://abc.data.mediastore.us-east-1.amazonaws.com' });
export const run = async () => (await client.send(new GetObjectCommand({ Path: 'clips/a.mp4', Range: 'bytes=0-1023' }))).Body.transformToByteArray();`,
    aws: `import { MediaStoreDataClient, GetObjectCommand } from '@aws-sdk/client-mediastore-data';
const client = new MediaStoreDataClient({ region: 'us-east-1', endpoint: 'https://abc.data.mediastore.us-east-1.amazonaws.com' });
export const run = async () => (await client.send(new GetObjectCommand({ Path: 'clips/a.mp4', Range: 'bytes=0-1023' }))).Body.transformToByteArray();`,
  },
  {
    name: 'S3 GetObject',
    budget: 22,
    skiff: `import { S3Client, GetObjectCommand } from '@skiff/s4-s3';
const client = new S3Client({ region: 'eu-central-1' });
export const run = async () => (await client.send(new GetObjectCommand({ Bucket: 'media', Key: 'a.txt' }))).Body.transformToString();`,
    aws: `import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
const client = new S3Client({ region: 'eu-central-1' });
export const run = async () => (await client.send(new GetObjectCommand({ Bucket: 'media', Key: 'a.txt' }))).Body.transformToString();`,
  },
  {
    // Skiff presigns with an S3Presigner (no send path); v3's getSignedUrl needs a client.
    name: 'S3 presign GetObject',
    budget: 15,
    skiff: `import { S3Presigner, GetObjectCommand, getSignedUrl } from '@skiff/s4-s3';
const presigner = new S3Presigner({ region: 'eu-central-1' });
export const run = () => getSignedUrl(presigner, new GetObjectCommand({ Bucket: 'media', Key: 'a.txt' }), { expiresIn: 3600 });`,
    aws: `import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
const client = new S3Client({ region: 'eu-central-1' });
export const run = () => getSignedUrl(client, new GetObjectCommand({ Bucket: 'media', Key: 'a.txt' }), { expiresIn: 3600 });`,
  },
  {
    name: 'S3 presign with an S3Client',
    budget: 22,
    skiff: `import { S3Client, GetObjectCommand, getSignedUrl } from '@skiff/s4-s3';
const client = new S3Client({ region: 'eu-central-1' });
export const run = () => getSignedUrl(client, new GetObjectCommand({ Bucket: 'media', Key: 'a.txt' }), { expiresIn: 3600 });`,
    aws: `import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
const client = new S3Client({ region: 'eu-central-1' });
export const run = () => getSignedUrl(client, new GetObjectCommand({ Bucket: 'media', Key: 'a.txt' }), { expiresIn: 3600 });`,
  },
  {
    name: 'IAM ListPolicies',
    budget: 22,
    skiff: `import { IAMClient, ListPoliciesCommand } from '@skiff/s4-iam';
const client = new IAMClient({ region: 'eu-central-1' });
export const run = () => client.send(new ListPoliciesCommand({ Scope: 'Local', MaxItems: 100 }));`,
    aws: `import { IAMClient, ListPoliciesCommand } from '@aws-sdk/client-iam';
const client = new IAMClient({ region: 'eu-central-1' });
export const run = () => client.send(new ListPoliciesCommand({ Scope: 'Local', MaxItems: 100 }));`,
  },
];

const AWS_PACKAGES = ['client-kinesis', 'client-mediastore', 'client-mediastore-data', 'client-s3', 'client-iam', 's3-request-presigner'];

export const bundles: Section = {
  id: 'bundle',
  title: 'Browser bundle sizes (esbuild, gzip -9)',
  async run(o) {
    const project = userProject();
    try {
      // The v3 packages, linked into the same user project from the root's node_modules.
      mkdirSync(join(project.dir, 'node_modules', '@aws-sdk'), { recursive: true });
      for (const p of AWS_PACKAGES) {
        const pkgDir = realpathSync(join(ROOT, 'node_modules', '@aws-sdk', p));
        symlinkSync(pkgDir, join(project.dir, 'node_modules', '@aws-sdk', p), 'dir');
      }
      const rows: Row[] = [];
      for (const c of CASES) {
        const id = c.name.replace(/\W+/g, '-');
        const s = await bundle(project.dir, `skiff-${id}`, c.skiff);
        const a = await bundle(project.dir, `aws-${id}`, c.aws);
        o.log(`  ${c.name}: Skiff ${(s.gzip / 1000).toFixed(2)} KB gzip (${(s.raw / 1000).toFixed(1)} KB min), v3 ${(a.gzip / 1000).toFixed(2)} KB gzip (${(a.raw / 1000).toFixed(1)} KB min)`);
        rows.push({ name: `browser bundle: ${c.name}`, metric: 'KB gzip -9', better: 'lower', skiff: s.gzip / 1000, aws: a.gzip / 1000, digits: 1, target: `≤ ${c.budget} KB`, met: s.gzip <= c.budget * 1000 });
      }
      return rows;
    } finally {
      project.cleanup();
    }
  },
};
