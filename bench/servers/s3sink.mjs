// A discarding S3 endpoint for the streamed-upload benchmark: it answers the five calls an
// upload makes (PutObject, CreateMultipartUpload, UploadPart, CompleteMultipartUpload,
// AbortMultipartUpload) and throws the bytes away, so a 1 GiB upload measures the client,
// not a server's storage. Plain Node, no dependencies; run in a child process (its CPU is not
// the client's). Prints its endpoint on the first line; GET /_stats tells what arrived.
import { createServer } from 'node:http';

let stats = { requests: 0, bodyBytes: 0, decodedBytes: 0, payloadModes: {} };
let uploads = 0;

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/_stats') {
    const body = JSON.stringify(stats);
    if (url.searchParams.has('reset')) stats = { requests: 0, bodyBytes: 0, decodedBytes: 0, payloadModes: {} };
    return res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  }
  let n = 0;
  req.on('data', (d) => (n += d.length));
  req.on('end', () => {
    stats.requests++;
    stats.bodyBytes += n;
    const mode = req.headers['x-amz-content-sha256'] ?? '(none)';
    const key = mode.length === 64 ? 'sha256 of the body' : mode;
    stats.payloadModes[key] = (stats.payloadModes[key] ?? 0) + 1;
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) !== n) {
      return res.writeHead(400, { 'content-type': 'application/xml' }).end(`<Error><Code>IncompleteBody</Code><Message>got ${n} of ${declared} bytes</Message></Error>`);
    }
    // Object data arrives in PUTs (PutObject, UploadPart); POSTs carry the multipart XML.
    if (req.method === 'PUT') stats.decodedBytes += Number(req.headers['x-amz-decoded-content-length'] ?? n);
    const h = { 'x-amz-request-id': `sink-${stats.requests}` };
    const q = url.searchParams;
    if (req.method === 'POST' && q.has('uploads')) {
      const id = `upload-${++uploads}`;
      return res
        .writeHead(200, { ...h, 'content-type': 'application/xml' })
        .end(`<?xml version="1.0" encoding="UTF-8"?><InitiateMultipartUploadResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Bucket>bench</Bucket><Key>${url.pathname.split('/').slice(2).join('/')}</Key><UploadId>${id}</UploadId></InitiateMultipartUploadResult>`);
    }
    if (req.method === 'POST' && q.has('uploadId')) {
      return res
        .writeHead(200, { ...h, 'content-type': 'application/xml' })
        .end(`<?xml version="1.0" encoding="UTF-8"?><CompleteMultipartUploadResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Location>http://x/bench/k</Location><Bucket>bench</Bucket><Key>k</Key><ETag>"etag-mp"</ETag></CompleteMultipartUploadResult>`);
    }
    if (req.method === 'DELETE') return res.writeHead(204, h).end();
    if (req.method === 'PUT') return res.writeHead(200, { ...h, etag: `"etag-${stats.requests}"`, 'content-length': '0' }).end();
    res.writeHead(400, { ...h, 'content-type': 'application/xml' }).end('<Error><Code>NotImplemented</Code><Message>sink</Message></Error>');
  });
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`http://127.0.0.1:${server.address().port}\n`));
for (const s of ['SIGINT', 'SIGTERM']) process.once(s, () => server.close(() => process.exit(0)) && setTimeout(() => process.exit(0), 500).unref());
