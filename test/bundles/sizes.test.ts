// Size budgets of one client + one command in a browser bundle (performance.md), and the
// names that must not be in it: undici and node: modules in any browser bundle, the XML
// parser in a JSON service's bundle, other operations' declarations in any of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle, composition, ensureBuilt, kb, mentionsName, operationNames, userProject, type BundleResult } from './bundle.js';

interface Case {
  name: string;
  pkg: string;
  /** Budget in KB (1 KB = 1000 bytes, as performance.md), gzip -9: the test fails above it. */
  budget: number;
  /** The operations the entry uses; every other operation of the package must be absent. */
  uses: string[];
  json: boolean;
  /** A presigner: none of the send path (transport, retries, response parsing) may be there. */
  sendsNothing?: boolean;
  source: string;
}

const cases: Case[] = [
  {
    name: 'Kinesis PutRecord',
    pkg: 'kinesis',
    budget: 15,
    uses: ['PutRecord'],
    json: true,
    source: `import { KinesisClient, PutRecordCommand } from '@skiff/kinesis';
const client = new KinesisClient({ region: 'us-east-1' });
export const run = (data) => client.send(new PutRecordCommand({ StreamName: 'events', PartitionKey: 'user-1', Data: data }));`,
  },
  {
    name: 'MediaStore ListContainers',
    pkg: 'mediastore',
    budget: 15,
    uses: ['ListContainers'],
    json: true,
    source: `import { MediaStoreClient, ListContainersCommand } from '@skiff/mediastore';
const client = new MediaStoreClient({ region: 'us-east-1' });
export const run = () => client.send(new ListContainersCommand({ MaxResults: 10 }));`,
  },
  {
    name: 'MediaStore Data GetObject',
    pkg: 'mediastore-data',
    budget: 15,
    uses: ['GetObject'],
    json: true,
    source: `import { MediaStoreDataClient, GetObjectCommand } from '@skiff/mediastore-data';
const client = new MediaStoreDataClient({ region: 'us-east-1', endpoint: 'https://abc.data.mediastore.us-east-1.amazonaws.com' });
export const run = async () => (await client.send(new GetObjectCommand({ Path: 'clips/a.mp4', Range: 'bytes=0-1023' }))).Body.transformToByteArray();`,
  },
  {
    // Not a performance.md case: the MediaStore Data presigner, held to the presign budget.
    name: 'MediaStore Data presign GetObject',
    pkg: 'mediastore-data',
    budget: 15,
    uses: ['GetObject'],
    json: true,
    sendsNothing: true,
    source: `import { MediaStoreDataPresigner, GetObjectCommand, getSignedUrl } from '@skiff/mediastore-data';
const presigner = new MediaStoreDataPresigner({ endpoint: 'https://abc.data.mediastore.us-east-1.amazonaws.com' });
export const run = () => getSignedUrl(presigner, new GetObjectCommand({ Path: 'clips/a.mp4' }), { expiresIn: 3600 });`,
  },
  {
    name: 'S3 GetObject',
    pkg: 's4-s3',
    budget: 22,
    uses: ['GetObject'],
    json: false,
    source: `import { S3Client, GetObjectCommand } from '@skiff/s4-s3';
const client = new S3Client({ region: 'eu-central-1' });
export const run = async () => (await client.send(new GetObjectCommand({ Bucket: 'media', Key: 'a.txt' }))).Body.transformToString();`,
  },
  {
    name: 'IAM ListPolicies',
    pkg: 's4-iam',
    budget: 22,
    uses: ['ListPolicies'],
    json: false,
    source: `import { IAMClient, ListPoliciesCommand } from '@skiff/s4-iam';
const client = new IAMClient({ region: 'eu-central-1' });
export const run = () => client.send(new ListPoliciesCommand({ Scope: 'Local', MaxItems: 100 }));`,
  },
  {
    // The budget case: a page that only hands out URLs presigns with an S3Presigner, which
    // builds and signs requests as an S3Client does but holds no send path.
    name: 'S3 presign GetObject',
    pkg: 's4-s3',
    budget: 15,
    uses: ['GetObject'],
    json: false,
    sendsNothing: true,
    source: `import { S3Presigner, GetObjectCommand, getSignedUrl } from '@skiff/s4-s3';
const presigner = new S3Presigner({ region: 'eu-central-1' });
export const run = () => getSignedUrl(presigner, new GetObjectCommand({ Bucket: 'media', Key: 'a.txt' }), { expiresIn: 3600 });`,
  },
  {
    // getSignedUrl with a full S3Client, as contract.md writes it: the client's send() brings
    // the request path (retries, transport, XML errors), so it is held to the client budget.
    name: 'S3 presign with an S3Client',
    pkg: 's4-s3',
    budget: 22,
    uses: ['GetObject'],
    json: false,
    source: `import { S3Client, GetObjectCommand, getSignedUrl } from '@skiff/s4-s3';
const client = new S3Client({ region: 'eu-central-1' });
export const run = () => getSignedUrl(client, new GetObjectCommand({ Bucket: 'media', Key: 'a.txt' }), { expiresIn: 3600 });`,
  },
];

// A string only the XML parser of core holds (its refusal of a DOCTYPE).
const XML_PARSER_MARKER = 'document type declaration';
// Strings only the send path holds: Client.send's time-out, the retry back-off's sleep, the
// response body readers, the browser transport's refusal of dot segments.
const SEND_PATH_MARKERS = ['timed out after', 'The request was aborted', 'The response body was cut short', 'fetch cannot send a path'];

describe('browser bundles: one client + one command', () => {
  let project: ReturnType<typeof userProject>;
  const measured: Array<{ name: string; raw: number; gzip: number; budget: number }> = [];

  beforeAll(() => {
    ensureBuilt();
    project = userProject();
  }, 600_000);

  afterAll(() => {
    project?.cleanup();
    if (measured.length) {
      const rows = measured.map((m) => `  ${m.name.padEnd(34)} ${kb(m.raw).padStart(8)} KB min  ${kb(m.gzip).padStart(6)} KB gzip  (budget ${m.budget} KB) ${m.gzip <= m.budget * 1000 ? 'ok' : 'OVER'}`);
      console.log(`browser bundle sizes (esbuild --bundle --minify --platform=browser --format=esm, gzip -9):\n${rows.join('\n')}`);
    }
  });

  for (const c of cases) {
    describe(c.name, () => {
      let r: BundleResult;
      beforeAll(async () => {
        r = await bundle(project.dir, c.name.replace(/\W+/g, '-'), c.source);
        measured.push({ name: c.name, raw: r.raw, gzip: r.gzip, budget: c.budget });
      }, 120_000);

      it(`stays within its ${c.budget} KB budget gzipped`, () => {
        const gap = r.gzip - c.budget * 1000;
        const detail = `${c.name}: ${kb(r.gzip)} KB gzip (${kb(r.raw)} KB minified), budget ${c.budget} KB${gap > 0 ? ` — over by ${kb(gap)} KB` : ' — met'}; largest inputs (minified bytes):\n${composition(r)}`;
        console.log(detail);
        expect(r.gzip, detail).toBeLessThanOrEqual(c.budget * 1000);
      });

      it("takes core's entries for bundlers (dist/index.js, browser platform built in), not Node's file, no undici, no node: modules", () => {
        expect(r.inputs).toContain('packages/core/dist/index.js');
        expect(r.inputs.filter((p) => /core\/dist\/node/.test(p))).toEqual([]);
        expect(r.inputs.filter((p) => /(^|\/)undici\//.test(p))).toEqual([]);
        expect(r.builtins).toEqual([]);
        expect(r.code).not.toMatch(/\bundici\b/);
        expect(r.code).not.toMatch(/["'`]node:/);
      });

      it('holds no other operation of the package', () => {
        const others = operationNames(c.pkg).filter((n) => !c.uses.includes(n));
        expect(others.length).toBeGreaterThan(0);
        expect(others.filter((n) => mentionsName(r.code, n))).toEqual([]);
        for (const n of c.uses) expect(mentionsName(r.code, n), `${n} itself should be in the bundle`).toBe(true);
      });

      // Every operation here has flat input: core walks its members, and zod's object type
      // (about 1.2 KB gzip) stays out. An operation with a structure member or a rule across
      // members would bring it, rightly; none of these has one.
      it("holds no zod object type (core walks the operation's members)", () => {
        expect(r.code).not.toContain('"$ZodObject"');
        expect(r.code).toContain('"$ZodString"');
      });

      if (c.sendsNothing) {
        it('holds no send path: no transport, retries or response parsing', () => {
          expect(SEND_PATH_MARKERS.filter((m) => r.code.includes(m))).toEqual([]);
          expect(r.code).not.toContain(XML_PARSER_MARKER);
        });
      }

      it(c.json ? 'holds no XML parser (a JSON service)' : 'holds no fast-xml-parser', () => {
        expect(r.inputs.filter((p) => p.includes('fast-xml-parser'))).toEqual([]);
        if (c.json) {
          expect(r.inputs.filter((p) => p.startsWith('packages/core/dist/xml.'))).toEqual([]);
          expect(r.code).not.toContain(XML_PARSER_MARKER);
        }
      });
    });
  }
});
