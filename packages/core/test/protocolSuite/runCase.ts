// Runs one case of botocore's protocol tests through a real client: an input case through a
// transport that captures the signed request, an output case through one that answers with
// the case's canned response. Returns undefined when the case passes, else why it does not.
import { Client, createCommand, isServiceError, type HttpRequest, type HttpResponse } from '../../src/index.js';
import { utf8 } from '../../src/index.js';
import { assertRequest, plain, sortKeys, type Serialized } from './compare.js';
import { operationOf, paramsOf, serviceOf, type Given, type Suite } from './declarations.js';

export interface Case {
  id: string;
  given: Given;
  params?: Record<string, unknown>;
  serialized?: Serialized;
  response?: { status_code: number; headers?: Record<string, string>; body?: string };
  result?: Record<string, unknown>;
  error?: Record<string, unknown>;
  errorCode?: string;
  errorMessage?: string;
}

const creds = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

class Captured extends Error {
  constructor(readonly request: HttpRequest) {
    super('captured');
  }
}

export async function runCase(suite: Suite, c: Case): Promise<string | undefined> {
  try {
    const op = operationOf(suite, c.given);
    const Cmd = createCommand(op);
    const service = serviceOf(suite);
    if (c.params !== undefined) {
      // The request is kept here: an error's cause is a scrubbed copy (redact.ts scrubCause).
      let request: HttpRequest | undefined;
      const transport = async (sent: HttpRequest): Promise<HttpResponse> => {
        request = sent;
        throw new Captured(sent);
      };
      const client = new Client(service, { region: 'us-east-1', credentials: creds, transport, validation: false, maxAttempts: 1, endpoint: suite.clientEndpoint });
      const input = paramsOf(suite.shapes, c.given.input?.shape, c.params) as Record<string, unknown>;
      try {
        await client.send(new Cmd(input));
      } catch (e) {
        if (!request) throw e;
      }
      if (!request) return 'no request was sent';
      const inShape = c.given.input ? suite.shapes[c.given.input.shape] : undefined;
      const listHeaders = new Set<string>();
      for (const [k, m] of Object.entries(inShape?.members ?? {})) {
        if (m.location === 'header' && suite.shapes[m.shape]!.type === 'list') listHeaders.add((m.locationName ?? k).toLowerCase());
      }
      await assertRequest(suite.metadata.protocol, request, c.serialized ?? {}, listHeaders);
      return undefined;
    }
    const r = c.response!;
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(r.headers ?? {})) headers[k.toLowerCase()] = v;
    const body = r.body ?? (suite.metadata.protocol === 'query' ? '<xml/>' : '');
    const transport = async (): Promise<HttpResponse> => ({ status: r.status_code, headers, body: utf8(body) });
    const client = new Client(service, { region: 'us-east-1', credentials: creds, transport, validation: false, maxAttempts: 1 });
    let out: unknown;
    try {
      out = await client.send(new Cmd({}));
    } catch (e) {
      if (c.errorCode === undefined) return `threw ${(e as Error).name}: ${(e as Error).message}`;
      if (!isServiceError(e)) return `threw ${(e as Error).name}, not a service error: ${(e as Error).message}`;
      if (e.name !== c.errorCode) return `error code ${e.name} != ${c.errorCode}`;
      if (c.errorMessage !== undefined && e.message !== c.errorMessage) return `error message ${e.message} != ${c.errorMessage}`;
      const details = (await plain(e.details ?? {})) as Record<string, unknown>;
      for (const [k, v] of Object.entries(c.error ?? {})) {
        if (/^message$/i.test(k)) continue;
        if (JSON.stringify(sortKeys(details[k])) !== JSON.stringify(sortKeys(v))) return `error member ${k}: ${JSON.stringify(details[k])} != ${JSON.stringify(v)}`;
      }
      return undefined;
    }
    if (c.errorCode !== undefined) return `no error thrown (expected ${c.errorCode})`;
    const got = await plain(out);
    const want = c.result ?? {};
    if (JSON.stringify(sortKeys(got)) !== JSON.stringify(sortKeys(want))) return `result ${JSON.stringify(sortKeys(got))} != ${JSON.stringify(sortKeys(want))}`;
    return undefined;
  } catch (e) {
    return `threw ${(e as Error).name}: ${(e as Error).message}`;
  }
}
