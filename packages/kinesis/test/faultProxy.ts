// A fault-injecting HTTP proxy in front of kinesalite: it throttles a share of whole
// PutRecords requests (400 ProvisionedThroughputExceededException, nothing forwarded) and, in
// the others, fails a share of the records: those are not forwarded, and the answer merges
// their ErrorCode entries with kinesalite's results for the rest, in request order. So a
// record is stored once only if the producer retries exactly the failed ones.
import { createServer, request, type IncomingMessage, type Server } from 'node:http';

export interface FaultProxy {
  endpoint: string;
  stats: { requests: number; throttled: number; failedRecords: number; forwardedRecords: number };
  stop(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function forward(target: URL, req: IncomingMessage, payload: Buffer): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = { ...req.headers, host: target.host, 'content-length': String(payload.byteLength) };
    const r = request({ hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers }, async (res) => {
      resolve({ status: res.statusCode ?? 500, headers: res.headers as Record<string, string>, body: await body(res) });
    });
    r.on('error', reject);
    r.end(payload);
  });
}

export async function startFaultProxy(upstream: string, opts: { throttleShare: number; failShare: number; seed?: number }): Promise<FaultProxy> {
  const target = new URL(upstream);
  // A seeded generator: a failing run replays the same faults.
  let s = opts.seed ?? 22;
  const rand = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const stats = { requests: 0, throttled: 0, failedRecords: 0, forwardedRecords: 0 };
  const server: Server = createServer(async (req, res) => {
    try {
      const payload = await body(req);
      const isPut = req.headers['x-amz-target'] === 'Kinesis_20131202.PutRecords';
      if (!isPut) {
        const up = await forward(target, req, payload);
        res.writeHead(up.status, { 'content-type': up.headers['content-type'] ?? 'application/x-amz-json-1.1' }).end(up.body);
        return;
      }
      stats.requests++;
      if (rand() < opts.throttleShare) {
        stats.throttled++;
        res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify({ __type: 'ProvisionedThroughputExceededException', message: 'Rate exceeded for stream (injected)' }));
        return;
      }
      const input = JSON.parse(payload.toString('utf8')) as { Records: unknown[] };
      const fail = input.Records.map(() => rand() < opts.failShare);
      const kept = input.Records.filter((_, i) => !fail[i]);
      let results: Array<Record<string, string>> = [];
      if (kept.length > 0) {
        const up = await forward(target, req, Buffer.from(JSON.stringify({ ...input, Records: kept })));
        if (up.status !== 200) {
          res.writeHead(up.status, { 'content-type': 'application/x-amz-json-1.1' }).end(up.body);
          return;
        }
        results = (JSON.parse(up.body.toString('utf8')) as { Records: Array<Record<string, string>> }).Records;
      }
      stats.forwardedRecords += kept.length;
      let k = 0;
      const merged = fail.map((f) => {
        if (!f) return results[k++]!;
        stats.failedRecords++;
        return rand() < 0.5
          ? { ErrorCode: 'ProvisionedThroughputExceededException', ErrorMessage: 'Rate exceeded for shard (injected)' }
          : { ErrorCode: 'InternalFailure', ErrorMessage: 'Internal service failure (injected)' };
      });
      const failed = merged.filter((m) => m.ErrorCode).length;
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify({ FailedRecordCount: failed, Records: merged }));
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stats,
    stop: () => new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}
