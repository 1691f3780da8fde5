// A Kinesis PutRecords endpoint that answers at once, for the producer benchmark: it measures
// the client's CPU, not a server's storage (kinesalite writes every record to LevelDB and
// would bound records/s long before either client does). POST / with
// X-Amz-Target: Kinesis_20131202.PutRecords and a JSON 1.1 body: every entry gets a ShardId
// (one of 4 shards, from its PartitionKey) and a SequenceNumber, FailedRecordCount 0, as
// Kinesis answers a request it stored whole. Entries without Data or PartitionKey, or more
// than 500 of them, answer 400 ValidationException. Plain Node, no dependencies; run in a
// child process (its CPU is not the client's). Prints its endpoint on the first line;
// GET /_stats tells what arrived (?reset zeroes it).
import { createServer } from 'node:http';

const fresh = () => ({ requests: 0, records: 0, dataBytes: 0, maxBatch: 0, contentTypes: {} });
let stats = fresh();
let seq = 0;

// Decoded length of a base64 string, without decoding it.
const b64Bytes = (s) => (s.length * 3) / 4 - (s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0);
const shardOf = (key) => {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) | 0;
  return `shardId-00000000000${h & 3}`;
};

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/_stats') {
    const body = JSON.stringify(stats);
    if (url.searchParams.has('reset')) stats = fresh();
    return res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  }
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    const id = `putrecords-${++stats.requests}`;
    const fail = (code, message) =>
      res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': id }).end(JSON.stringify({ __type: code, message }));
    if (req.method !== 'POST' || req.headers['x-amz-target'] !== 'Kinesis_20131202.PutRecords') return fail('UnknownOperationException', 'the bench stub answers PutRecords only');
    const type = req.headers['content-type'] ?? '(none)';
    stats.contentTypes[type] = (stats.contentTypes[type] ?? 0) + 1;
    let input;
    try {
      input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return fail('SerializationException', 'the body is not JSON');
    }
    const records = input?.Records;
    if (!Array.isArray(records) || records.length < 1 || records.length > 500) return fail('ValidationException', 'Records must hold 1..500 entries');
    if (typeof input.StreamName !== 'string' && typeof input.StreamARN !== 'string') return fail('ValidationException', 'StreamName or StreamARN is required');
    const parts = [];
    for (const r of records) {
      if (typeof r?.Data !== 'string' || typeof r.PartitionKey !== 'string' || r.PartitionKey.length < 1) return fail('ValidationException', 'every entry needs Data (base64) and a PartitionKey');
      stats.dataBytes += b64Bytes(r.Data);
      parts.push(`{"SequenceNumber":"4965${String(++seq).padStart(52, "0")}","ShardId":"${shardOf(r.PartitionKey)}"}`);
    }
    stats.records += records.length;
    stats.maxBatch = Math.max(stats.maxBatch, records.length);
    const body = `{"FailedRecordCount":0,"Records":[${parts.join(',')}],"EncryptionType":"NONE"}`;
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'content-length': Buffer.byteLength(body), 'x-amzn-requestid': id }).end(body);
  });
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`http://127.0.0.1:${server.address().port}\n`));
for (const s of ['SIGINT', 'SIGTERM']) process.once(s, () => server.close(() => process.exit(0)) && setTimeout(() => process.exit(0), 500).unref());
