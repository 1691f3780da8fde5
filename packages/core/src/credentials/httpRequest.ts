// A small HTTP(S) client for the metadata endpoints (IMDS, container credentials): node:http
// with a hard time-out, so a provider never waits on an endpoint that is not there.

export interface SmallResponse {
  status: number;
  body: string;
}

export function httpRequest(url: string, opts: { method?: string; headers?: Record<string, string>; timeoutMs?: number } = {}): Promise<SmallResponse> {
  const u = new URL(url);
  const mod = process.getBuiltinModule(u.protocol === 'https:' ? 'node:https' : 'node:http') as typeof import('node:http');
  return new Promise((resolve, reject) => {
    const req = mod.request(u, { method: opts.method ?? 'GET', headers: opts.headers, timeout: opts.timeoutMs ?? 1000 }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        // Metadata answers are small: a big one is not what we asked for.
        if (size > 1 << 20) req.destroy(new Error(`${u.host}: answer larger than 1 MiB`));
        else chunks.push(c);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`${u.host} did not answer within ${opts.timeoutMs ?? 1000} ms`)));
    req.on('error', reject);
    req.end();
  });
}

/** The credential JSON of IMDS and the container endpoint (AccessKeyId, SecretAccessKey, Token, Expiration). */
export function parseMetadataCredentials(body: string, source: string) {
  let j: Record<string, unknown>;
  try {
    j = JSON.parse(body) as Record<string, unknown>;
  } catch {
    throw new Error(`${source}: the answer is not JSON`);
  }
  if (typeof j.AccessKeyId !== 'string' || typeof j.SecretAccessKey !== 'string') throw new Error(`${source}: the answer has no AccessKeyId and SecretAccessKey`);
  const token = typeof j.Token === 'string' ? j.Token : undefined;
  const expiration = typeof j.Expiration === 'string' ? new Date(j.Expiration) : undefined;
  return { accessKeyId: j.AccessKeyId, secretAccessKey: j.SecretAccessKey, ...(token ? { sessionToken: token } : {}), ...(expiration && !Number.isNaN(expiration.getTime()) ? { expiration } : {}) };
}
