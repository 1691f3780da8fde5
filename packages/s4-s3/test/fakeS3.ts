// A tiny in-process S3 for the Upload tests: single PUTs and the multipart calls, with S4's
// part rules checked, aws-chunked bodies decoded by testkit's verifier, and hooks to delay or
// fail a request. It records every request, so a test can check their order and overlap.
import type { HttpRequest, HttpResponse, Transport } from '@skiff/core';
import { readAll } from '@skiff/core';
import { awsChunkedOptionsOf, verifyAwsChunked } from '@skiff/testkit';

const MiB = 1024 * 1024;
const enc = (s: string) => new TextEncoder().encode(s);

export interface FakeS3 {
  transport: Transport;
  objects: Map<string, Uint8Array>;
  uploads: Map<string, Map<number, Uint8Array>>;
  log: Array<{ op: string; part?: number; at: number; done?: number }>;
  maxInFlightParts: number;
}

export function fakeS3(secret: string, hooks: { beforePart?: (part: number) => Promise<void> | void; partStatus?: (part: number) => number | undefined } = {}): FakeS3 {
  const s: FakeS3 = { transport: undefined as never, objects: new Map(), uploads: new Map(), log: [], maxInFlightParts: 0 };
  let inFlight = 0;
  let ids = 0;
  s.transport = async (req: HttpRequest): Promise<HttpResponse> => {
    const url = new URL(req.url);
    const key = decodeURIComponent(url.pathname.slice(1));
    const bucket = url.hostname.split('.')[0]; // virtual-hosted
    const q = url.searchParams;
    const entry: FakeS3['log'][number] = { op: '', at: s.log.length };
    s.log.push(entry);
    const body = async () => {
      const { bytes } = await readAll(req.body as never);
      // A copy: the client may reuse its part buffers once a part is acknowledged.
      return req.headers['x-amz-content-sha256']?.startsWith('STREAMING-') ? verifyAwsChunked(bytes, awsChunkedOptionsOf(req.headers, secret)).data! : bytes.slice();
    };
    const ok = (xml = '', headers: Record<string, string> = {}): HttpResponse => ({ status: 200, headers, body: enc(xml) });
    if (req.method === 'POST' && q.has('uploads')) {
      entry.op = 'CreateMultipartUpload';
      const id = `upload-${++ids}`;
      s.uploads.set(id, new Map());
      return ok(`<InitiateMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${key}</Key><UploadId>${id}</UploadId></InitiateMultipartUploadResult>`);
    }
    if (req.method === 'PUT' && q.has('partNumber')) {
      const part = Number(q.get('partNumber'));
      Object.assign(entry, { op: 'UploadPart', part });
      inFlight++;
      s.maxInFlightParts = Math.max(s.maxInFlightParts, inFlight);
      try {
        const data = await body();
        await hooks.beforePart?.(part);
        const status = hooks.partStatus?.(part);
        if (status) return { status, headers: {}, body: enc(`<Error><Code>${status >= 500 ? 'InternalError' : 'InvalidPart'}</Code><Message>part ${part} refused</Message></Error>`) };
        s.uploads.get(q.get('uploadId')!)!.set(part, data);
        return ok('', { etag: `"etag-${part}"` });
      } finally {
        inFlight--;
        entry.done = s.log.length;
      }
    }
    if (req.method === 'POST' && q.has('uploadId')) {
      entry.op = 'CompleteMultipartUpload';
      const xml = new TextDecoder().decode(await body());
      const numbers = [...xml.matchAll(/<PartNumber>(\d+)<\/PartNumber>/g)].map((m) => Number(m[1]));
      const parts = s.uploads.get(q.get('uploadId')!)!;
      // S4's part rules: 1..N with no gap, all but the last of one size ≥ 5 MiB, the last no larger.
      const sizes = numbers.map((n) => parts.get(n)?.length ?? -1);
      const bad = numbers.some((n, i) => n !== i + 1) || sizes.some((z) => z < 0) || sizes.slice(0, -1).some((z) => z !== sizes[0] || z < 5 * MiB) || sizes.at(-1)! > sizes[0]!;
      if (bad) return { status: 400, headers: {}, body: enc(`<Error><Code>InvalidPart</Code><Message>parts ${numbers} sizes ${sizes}</Message></Error>`) };
      const all = new Uint8Array(sizes.reduce((a, b) => a + b, 0));
      let o = 0;
      for (const n of numbers) all.set(parts.get(n)!, (o += parts.get(n)!.length) - parts.get(n)!.length);
      s.objects.set(key, all);
      s.uploads.delete(q.get('uploadId')!);
      return ok(`<CompleteMultipartUploadResult><Location>https://${url.host}/${key}</Location><Bucket>${bucket}</Bucket><Key>${key}</Key><ETag>"done-${numbers.length}"</ETag></CompleteMultipartUploadResult>`);
    }
    if (req.method === 'DELETE' && q.has('uploadId')) {
      entry.op = 'AbortMultipartUpload';
      s.uploads.delete(q.get('uploadId')!);
      return { status: 204, headers: {}, body: null };
    }
    if (req.method === 'PUT') {
      entry.op = 'PutObject';
      s.objects.set(key, await body());
      return ok('', { etag: '"single"' });
    }
    return { status: 400, headers: {}, body: enc('<Error><Code>InvalidRequest</Code><Message>fake S3</Message></Error>') };
  };
  return s;
}
