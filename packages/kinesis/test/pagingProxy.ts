// kinesalite answers DescribeStream with every shard and HasMoreShards false, whatever the
// Limit. To page over a real server's shards, this proxy in front of it applies the
// document's paging rules (DescribeStream: Limit, ExclusiveStartShardId, HasMoreShards)
// to kinesalite's answer, and passes every other request through untouched.
import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PagingProxy {
  endpoint: string;
  /** The DescribeStream inputs it saw. */
  seen: Array<{ Limit?: number; ExclusiveStartShardId?: string }>;
  close(): Promise<void>;
}

const body = (m: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    m.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
  });

export async function startPagingProxy(target: string): Promise<PagingProxy> {
  const seen: PagingProxy['seen'] = [];
  const upstream = new URL(target);
  const server = createServer(async (req, res) => {
    const input = await body(req);
    const describe = req.headers['x-amz-target'] === 'Kinesis_20131202.DescribeStream';
    const up = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, async (answer) => {
      let out = await body(answer);
      if (describe && answer.statusCode === 200) {
        const { Limit = 100, ExclusiveStartShardId } = JSON.parse(input.toString()) as { Limit?: number; ExclusiveStartShardId?: string };
        seen.push({ Limit, ExclusiveStartShardId });
        const doc = JSON.parse(out.toString()) as { StreamDescription: { Shards: Array<{ ShardId: string }>; HasMoreShards: boolean } };
        const all = doc.StreamDescription.Shards;
        const start = ExclusiveStartShardId ? all.findIndex((s) => s.ShardId === ExclusiveStartShardId) + 1 : 0;
        doc.StreamDescription.Shards = all.slice(start, start + Limit);
        doc.StreamDescription.HasMoreShards = start + Limit < all.length;
        out = Buffer.from(JSON.stringify(doc));
      }
      const headers = { ...answer.headers, 'content-length': String(out.byteLength) };
      res.writeHead(answer.statusCode ?? 500, headers).end(out);
    });
    up.on('error', () => res.writeHead(502).end());
    up.end(input);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
