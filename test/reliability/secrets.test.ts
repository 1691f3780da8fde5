// Secrets never leave in an error: servers that echo what they received (as real S3 does in
// SignatureDoesNotMatch, as careless proxies and hostile servers do) must not put the access
// key, the secret key, the session token or a signature into an error's message, stack,
// JSON, details, cause or console output. Each case here checks its own error at once; the
// setup file's scan checks every error and log line of every file again at the end.
import { describe, expect, it } from 'vitest';
import type { Client } from '@skiff/core';
import { faultServer, type Exchange } from './support/faultServer.js';
import { count, CREDENTIALS, failure, leaksIn, noteSignature, textsOf } from './support/registry.js';
import { SERVICES, type ServiceCase } from './support/services.js';

/** What the request carried that must never come back in an error. */
function secretsOf(x: Exchange) {
  const auth = String(x.req.headers.authorization ?? '');
  return {
    auth,
    signature: /Signature=([0-9a-f]{64})/.exec(auth)?.[1] ?? 'no-signature',
    token: String(x.req.headers['x-amz-security-token'] ?? ''),
    headers: Object.entries(x.req.headers)
      .map(([k, v]) => `${k}: ${String(v)}`)
      .join('\n'),
  };
}

type Echo = { name: string; status: number; write(svc: ServiceCase, x: Exchange): void };

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const ECHOES: Echo[] = [
  {
    // Real S3 answers a bad signature with all of this.
    name: "S3's SignatureDoesNotMatch document (access key, string to sign, signature, canonical request)",
    status: 403,
    write: (svc, x) => {
      const s = secretsOf(x);
      const canonical = `${x.req.method}\n${x.req.url}\n\n${s.headers}`;
      const body =
        svc.protocol === 'xml' || svc.protocol === 'query'
          ? `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><AWSAccessKeyId>${CREDENTIALS.accessKeyId}</AWSAccessKeyId><StringToSign>AWS4-HMAC-SHA256\n20250101T000000Z\n20250101/us-east-1/s3/aws4_request\nabc</StringToSign><SignatureProvided>${s.signature}</SignatureProvided><StringToSignBytes>41 57 53 34</StringToSignBytes><CanonicalRequest>${xmlEscape(canonical)}</CanonicalRequest><CanonicalRequestBytes>47 45 54</CanonicalRequestBytes><RequestId>r1</RequestId><HostId>h1</HostId></Error>`
          : JSON.stringify({ __type: 'InvalidSignatureException', message: `The request signature we calculated does not match the signature you provided. The Canonical String for this request should have been\n'${canonical}'\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n...'\n`, SignatureProvided: s.signature, AWSAccessKeyId: CREDENTIALS.accessKeyId });
      const type = svc.protocol === 'json' || svc.protocol === 'restJson' ? 'application/json' : 'application/xml';
      x.res.writeHead(403, { 'content-type': type, ...(svc.protocol === 'restJson' ? { 'x-amzn-errortype': 'InvalidSignatureException' } : {}) }).end(body);
    },
  },
  {
    name: 'an error message that quotes the Authorization header and the session token',
    status: 400,
    write: (svc, x) => {
      const s = secretsOf(x);
      const message = `Invalid header 'Authorization: ${s.auth}' with X-Amz-Security-Token: ${s.token}`;
      const e = svc.errorBody(400, 'AccessDenied', xmlEscape(message));
      x.res.writeHead(400, e.headers).end(svc.protocol === 'json' || svc.protocol === 'restJson' ? JSON.stringify({ __type: 'AccessDeniedException', message }) : e.body);
    },
  },
  {
    name: 'error details (extra members) holding every request header',
    status: 400,
    write: (svc, x) => {
      const s = secretsOf(x);
      const headers = Object.fromEntries(Object.entries(x.req.headers).map(([k, v]) => [k, String(v)]));
      const body =
        svc.protocol === 'json' || svc.protocol === 'restJson'
          ? JSON.stringify({ __type: 'ValidationException', message: 'bad request', requestHeaders: headers, token: s.token, sig: s.signature })
          : `<Error><Code>InvalidRequest</Code><Message>bad request</Message><Authorization>${xmlEscape(s.auth)}</Authorization><SecurityToken>${s.token}</SecurityToken><Sig>${s.signature}</Sig><Key>${CREDENTIALS.accessKeyId}</Key></Error>`;
      x.res.writeHead(400, { 'content-type': 'application/xml' }).end(body);
    },
  },
  {
    name: "a proxy's 502 HTML page that prints the request headers",
    status: 502,
    write: (_svc, x) => {
      const s = secretsOf(x);
      x.res.writeHead(502, { 'content-type': 'text/html' }).end(`<html><body><h1>502 Bad Gateway</h1><pre>${xmlEscape(s.headers)}</pre></body></html>`);
    },
  },
  {
    name: 'a proxy page that starts with the signature and the token (cut short in the message)',
    status: 502,
    write: (_svc, x) => {
      const s = secretsOf(x);
      x.res.writeHead(502, { 'content-type': 'text/plain' }).end(`${'-'.repeat(170)} Signature=${s.signature} ${s.token} ${CREDENTIALS.accessKeyId}`);
    },
  },
  {
    name: 'a 200 that is not JSON/XML and echoes the Authorization header',
    status: 200,
    write: (_svc, x) => {
      const s = secretsOf(x);
      x.res.writeHead(200, { 'content-type': 'application/json' }).end(`{"echo": "${s.auth}", "token": "${s.token}" <broken`);
    },
  },
  {
    name: 'a 200 whose whole body is the access key id',
    status: 200,
    write: (_svc, x) => x.res.writeHead(200, { 'content-type': 'application/json' }).end(CREDENTIALS.accessKeyId),
  },
  {
    name: 'a 200 whose whole body is the session token',
    status: 200,
    write: (_svc, x) => x.res.writeHead(200, { 'content-type': 'application/json' }).end(secretsOf(x).token),
  },
];

async function run(svc: ServiceCase, echo: Echo): Promise<{ err: Error; client: Client; signature: string }> {
  let signature = '';
  const server = await faultServer((x) => {
    signature = secretsOf(x).signature;
    echo.write(svc, x);
  });
  const client = svc.client(server.url, { maxAttempts: 1 });
  try {
    const err = (await failure(client.send(svc.probe()), `${svc.name}: ${echo.name}`)) as Error;
    return { err, client, signature };
  } finally {
    client.destroy();
    await server.close();
  }
}

describe.each(SERVICES.map((s) => [s.name, s] as const))('%s: secrets stay out of errors', (_n, svc) => {
  it.concurrent.each(ECHOES.map((e) => [e.name, e] as const))('%s', async (_e, echo) => {
    const { err, signature } = await run(svc, echo);
    expect(err).toBeInstanceOf(Error);
    const texts = textsOf(err);
    for (const t of texts) {
      expect(leaksIn(t), t.slice(0, 300)).toEqual([]);
      expect(t).not.toContain(signature);
      expect(t).not.toContain(CREDENTIALS.secretAccessKey);
      expect(t).not.toContain(CREDENTIALS.sessionToken);
      expect(t).not.toContain(CREDENTIALS.accessKeyId);
    }
    count('secrets.echoing servers survived');
  });
});

describe('the scan itself can fail (it is not vacuous)', () => {
  it('flags a secret, a fragment of one, a signature and a cut Signature= value', () => {
    const sig = 'deadbeef'.repeat(8);
    noteSignature(sig);
    expect(leaksIn(`sig ${sig.slice(8, 30)}`)).toEqual([`signature fragment '${sig.slice(8, 28)}…'`]);
    expect(leaksIn(`x ${CREDENTIALS.secretAccessKey} y`).length).toBeGreaterThan(0);
    expect(leaksIn(`token ${CREDENTIALS.sessionToken.slice(5, 20)}…`).length).toBeGreaterThan(0);
    expect(leaksIn('Signature=abcdef0123')).toEqual(['an unredacted Signature= value']);
    expect(leaksIn('Signature=[redacted]')).toEqual([]);
    expect(textsOf(Object.assign(new Error('m'), { cause: new Error(`inner ${CREDENTIALS.accessKeyId}`) })).some((t) => leaksIn(t).length > 0)).toBe(true);
  });
});
