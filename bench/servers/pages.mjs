// Serves list pages generated on the fly, so paginating 100,000 items needs no 100,000 real
// objects (creating them in moto would take far longer than the benchmark itself):
//   S3 ListObjectsV2           GET  /<bucket>?list-type=2&max-keys=&continuation-token=
//   MediaStore Data ListItems  GET  /data/?MaxResults=&NextToken=
//   Kinesis ListStreams        POST /  (X-Amz-Target: Kinesis_20131202.ListStreams)
// Each list holds TOTAL items (argv[2], default 100000); item i is the same on every call.
// The responses have the shape and members of the real services' (documents 000, 004 and the
// Kinesis 2013-12-02 API; ListStreams answers both HasMoreStreams and NextToken, as Kinesis
// does today). Plain Node, run in a child process. Prints its endpoint on the first line.
import { createServer } from 'node:http';

const TOTAL = Number(process.argv[2] ?? 100_000);
const pad = (i) => String(i).padStart(7, '0');
const clamp = (v, max) => Math.max(1, Math.min(max, Number(v) || max));
const startOf = (token) => (token ? Number(String(token).replace(/^\D+/, '')) || 0 : 0);

function listObjectsV2(q) {
  const max = clamp(q.get('max-keys'), 1000);
  const start = startOf(q.get('continuation-token') ?? q.get('start-after'));
  const end = Math.min(TOTAL, start + max);
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">',
    `<Name>bench</Name><Prefix></Prefix><KeyCount>${end - start}</KeyCount><MaxKeys>${max}</MaxKeys><IsTruncated>${end < TOTAL}</IsTruncated>`,
  ];
  if (q.get('continuation-token')) parts.push(`<ContinuationToken>${q.get('continuation-token')}</ContinuationToken>`);
  if (end < TOTAL) parts.push(`<NextContinuationToken>t${end}</NextContinuationToken>`);
  for (let i = start; i < end; i++) {
    parts.push(`<Contents><Key>clips/2025/object-${pad(i)}.mp4</Key><LastModified>2025-11-21T12:00:00.000Z</LastModified><ETag>&quot;${(i * 2654435761 >>> 0).toString(16).padStart(8, '0')}d41d8cd98f00b204e9800998&quot;</ETag><Size>${1000 + (i % 5000)}</Size><StorageClass>STANDARD</StorageClass></Contents>`);
  }
  parts.push('</ListBucketResult>');
  return { type: 'application/xml', body: parts.join('') };
}

function listItems(q) {
  const max = clamp(q.get('MaxResults'), 1000);
  const start = startOf(q.get('NextToken'));
  const end = Math.min(TOTAL, start + max);
  const Items = [];
  for (let i = start; i < end; i++) {
    Items.push({ Name: `segment-${pad(i)}.ts`, Type: 'OBJECT', ETag: `${(i * 2654435761 >>> 0).toString(16)}d41d8cd98f00b204`, LastModified: 1763726400 + i, ContentType: 'video/mp2t', ContentLength: 1000 + (i % 5000) });
  }
  return { type: 'application/json', body: JSON.stringify(end < TOTAL ? { Items, NextToken: `n${end}` } : { Items }) };
}

function listStreams(input) {
  const max = clamp(input.Limit, 10000);
  const start = input.NextToken ? startOf(input.NextToken) : input.ExclusiveStartStreamName ? startOf(input.ExclusiveStartStreamName) + 1 : 0;
  const end = Math.min(TOTAL, start + max);
  const StreamNames = [];
  for (let i = start; i < end; i++) StreamNames.push(`stream-${pad(i)}`);
  const out = { StreamNames, HasMoreStreams: end < TOTAL };
  if (end < TOTAL) out.NextToken = `s${end}`;
  return { type: 'application/x-amz-json-1.1', body: JSON.stringify(out) };
}

let requests = 0;
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    const url = new URL(req.url, 'http://x');
    let out;
    try {
      if (req.method === 'POST' && req.headers['x-amz-target'] === 'Kinesis_20131202.ListStreams') out = listStreams(JSON.parse(Buffer.concat(chunks).toString() || '{}'));
      else if (req.method === 'GET' && url.searchParams.get('list-type') === '2') out = listObjectsV2(url.searchParams);
      else if (req.method === 'GET' && url.pathname.startsWith('/data')) out = listItems(url.searchParams);
    } catch (e) {
      out = undefined;
    }
    const id = `pages-${++requests}`;
    if (!out) return res.writeHead(400, { 'content-type': 'application/json', 'x-amzn-requestid': id }).end('{"__type":"ValidationException","message":"not served by the bench fake"}');
    res.writeHead(200, { 'content-type': out.type, 'content-length': Buffer.byteLength(out.body), 'x-amzn-requestid': id, 'x-amz-request-id': id }).end(out.body);
  });
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`http://127.0.0.1:${server.address().port}\n`));
for (const s of ['SIGINT', 'SIGTERM']) process.once(s, () => server.close(() => process.exit(0)) && setTimeout(() => process.exit(0), 500).unref());
