// An in-process S3 (path-style, over real HTTP) that keeps the multipart uploads it holds, so
// a test can count them on the server side after an Upload failed or was aborted. Each call
// can be made to misbehave through `fault`: answer an error, embed an <Error> in a 200, stall,
// or reset the connection.
import { faultServer, type Exchange, type FaultServer } from './faultServer.js';

export type Op = 'CreateMultipartUpload' | 'UploadPart' | 'CompleteMultipartUpload' | 'AbortMultipartUpload' | 'PutObject' | 'Other';

export interface MultipartServer {
  url: string;
  server: FaultServer;
  /** Upload ids still open (created, neither completed nor aborted). */
  open: Set<string>;
  created: number;
  aborted: number;
  completed: number;
  objects: Map<string, number>;
  calls: Op[];
  /** Decides per call: undefined answers normally. */
  fault?: (op: Op, x: Exchange, nth: number) => 'error500' | 'error503' | 'embedded' | 'stall' | 'reset' | undefined;
  close(): Promise<void>;
}

function opOf(method: string, url: URL): Op {
  const q = url.searchParams;
  if (method === 'POST' && q.has('uploads')) return 'CreateMultipartUpload';
  if (method === 'PUT' && q.has('partNumber')) return 'UploadPart';
  if (method === 'POST' && q.has('uploadId')) return 'CompleteMultipartUpload';
  if (method === 'DELETE' && q.has('uploadId')) return 'AbortMultipartUpload';
  if (method === 'PUT') return 'PutObject';
  return 'Other';
}

export async function multipartServer(): Promise<MultipartServer> {
  let ids = 0;
  const counts = new Map<Op, number>();
  const xmlOk = (x: Exchange, body: string, headers: Record<string, string> = {}) =>
    x.res.writeHead(200, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body), ...headers }).end(body);
  const xmlErr = (x: Exchange, status: number, code: string) => {
    const body = `<Error><Code>${code}</Code><Message>${code} (injected)</Message><RequestId>r</RequestId></Error>`;
    x.res.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body) }).end(body);
  };
  const s: MultipartServer = {
    url: '',
    server: undefined as never,
    open: new Set(),
    created: 0,
    aborted: 0,
    completed: 0,
    objects: new Map(),
    calls: [],
    close: () => s.server.close(),
  };
  s.server = await faultServer((x) => {
    const url = new URL(x.req.url ?? '/', 'http://local');
    const op = opOf(x.req.method ?? '', url);
    s.calls.push(op);
    const nth = (counts.get(op) ?? 0) + 1;
    counts.set(op, nth);
    const fault = s.fault?.(op, x, nth);
    if (fault === 'stall') return;
    if (fault === 'reset') return void x.socket.destroy();
    if (fault === 'error500') return xmlErr(x, 500, 'InternalError');
    if (fault === 'error503') return xmlErr(x, 503, 'ServiceUnavailable');
    const uploadId = url.searchParams.get('uploadId') ?? '';
    const key = decodeURIComponent(url.pathname.split('/').slice(2).join('/'));
    switch (op) {
      case 'CreateMultipartUpload': {
        const id = `up-${++ids}`;
        s.open.add(id);
        s.created++;
        return xmlOk(x, `<InitiateMultipartUploadResult><Bucket>bkt</Bucket><Key>${key}</Key><UploadId>${id}</UploadId></InitiateMultipartUploadResult>`);
      }
      case 'UploadPart':
        if (!s.open.has(uploadId)) return xmlErr(x, 404, 'NoSuchUpload');
        return x.res.writeHead(200, { etag: `"part-${url.searchParams.get('partNumber')}"`, 'content-length': 0 }).end();
      case 'CompleteMultipartUpload':
        if (fault === 'embedded') return xmlOk(x, '<Error><Code>InternalError</Code><Message>We encountered an internal error. Please try again.</Message></Error>');
        if (!s.open.delete(uploadId)) return xmlErr(x, 404, 'NoSuchUpload');
        s.completed++;
        s.objects.set(key, x.body.length);
        return xmlOk(x, `<CompleteMultipartUploadResult><Bucket>bkt</Bucket><Key>${key}</Key><ETag>"done"</ETag></CompleteMultipartUploadResult>`);
      case 'AbortMultipartUpload':
        if (s.open.delete(uploadId)) s.aborted++;
        return x.res.writeHead(204).end();
      case 'PutObject':
        s.objects.set(key, x.body.length);
        return x.res.writeHead(200, { etag: '"single"', 'content-length': 0 }).end();
      default:
        return xmlErr(x, 400, 'InvalidRequest');
    }
  });
  s.url = s.server.url;
  return s;
}
