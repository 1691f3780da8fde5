import { createHmac, timingSafeEqual } from 'node:crypto';
import { EMPTY_SHA256, canonicalRequest, headerValues, sha256Hex, type SignedRequestParts } from './canonicalRequest.js';
import {
  contentSha256Mismatch,
  incompleteSignature,
  invalidSignature,
  missingAuthenticationToken,
  unrecognizedClient,
  validationError,
} from './errors.js';

export interface Credential {
  accessKeyId: string;
  secretAccessKey: string;
  /** When set, a request with these keys must carry exactly this token. */
  sessionToken?: string;
}

export interface SigV4Options {
  credentials: readonly Credential[];
  region: string;
  service: string;
  now: () => Date;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
const UNSIGNED = 'UNSIGNED-PAYLOAD';
const SKEW_MS = 15 * 60 * 1000;
const MAX_PRESIGN_SECONDS = 604_800;

/**
 * A request whose authentication has been parsed and whose key, scope and time have been
 * checked. The signature is checked as early as possible: `verifyEarly` settles it without
 * the body when the payload hash is declared (UNSIGNED-PAYLOAD, an `x-amz-content-sha256`
 * value, a presigned URL), so an upload can be refused before a byte of it is read;
 * otherwise `verify` settles it once the body's SHA-256 is known.
 */
export interface SigV4Check {
  accessKeyId: string;
  /** True when the signature is verified; false when it needs the body hash. Throws when it is wrong. */
  verifyEarly(): boolean;
  /** Verifies with the body's SHA-256 (hex); also checks a declared x-amz-content-sha256. Idempotent. */
  verify(bodySha256: string): void;
}

/** Parses and checks a request's SigV4 authentication (Authorization header or presigned query). */
export function beginSigV4(req: SignedRequestParts, options: SigV4Options): SigV4Check {
  const query = parseQuery(req.rawQuery);
  const headers = headerValues(req.headers);
  const presigned = query.has('X-Amz-Algorithm') || query.has('X-Amz-Signature');
  const auth = presigned ? fromQuery(query) : fromHeader(headers);

  const scope = auth.credential.split('/');
  if (scope.length !== 5) {
    throw incompleteSignature(`Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${auth.credential}'`);
  }
  const [accessKeyId, scopeDate, scopeRegion, scopeService, terminator] = scope as [string, string, string, string, string];
  const cred = options.credentials.find((c) => c.accessKeyId === accessKeyId);
  if (!cred) throw unrecognizedClient('The security token included in the request is invalid.');
  const token = presigned ? query.get('X-Amz-Security-Token') : headers.get('x-amz-security-token');
  // A key given without a session token is a long-term key: a request that carries a token
  // for it was signed for other credentials, so it is refused like a wrong token.
  if (token !== cred.sessionToken && !(cred.sessionToken === undefined && token === undefined)) {
    throw unrecognizedClient('The security token included in the request is invalid.');
  }

  if (scopeDate !== auth.amzDate.slice(0, 8)) {
    throw invalidSignature(
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scopeDate}' != '${auth.amzDate.slice(0, 8)}', from '${auth.amzDate}'.`,
    );
  }
  if (scopeRegion !== options.region) {
    throw invalidSignature(`Credential should be scoped to a valid region, not '${scopeRegion}'. This server's region is '${options.region}'.`);
  }
  if (scopeService !== options.service) throw invalidSignature(`Credential should be scoped to correct service: '${options.service}'.`);
  if (terminator !== 'aws4_request') {
    throw invalidSignature(`Credential should be scoped with a valid terminator: 'aws4_request', not '${terminator}'.`);
  }
  if (!auth.signedHeaders.includes('host')) {
    throw invalidSignature(`'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.`);
  }
  checkTime(auth.amzDate, presigned ? auth.expires : undefined, options.now());

  // The payload hashes the signer may have used, when they are known without the body.
  const declared = presigned ? query.get('X-Amz-Content-Sha256') : headers.get('x-amz-content-sha256');
  if (declared !== undefined && declared !== UNSIGNED && !/^[0-9a-f]{64}$/i.test(declared)) {
    // e.g. STREAMING-AWS4-HMAC-SHA256-PAYLOAD: MediaStore takes no aws-chunked bodies.
    throw validationError(`x-amz-content-sha256 '${declared}' is not supported: send UNSIGNED-PAYLOAD or the body's SHA-256`);
  }
  // Payload hashes the signer may have used that are known without reading the body, and
  // whether they are the only possibility (so failing them is final).
  let early: string[] = [];
  let earlyIsFinal = false;
  if (declared !== undefined) {
    // The canonical request carries the declared value exactly as it was sent.
    early = [declared];
    earlyIsFinal = true;
  } else if (presigned) {
    // Presigners sign before there is a body: botocore's generic SigV4 query signing (its
    // mediastore-data presign) hashes the empty body, also for a PUT; S3-style presigners
    // (the v3 request presigner) use UNSIGNED-PAYLOAD. A presign made with the body in hand
    // hashes that body, so for a request with a body its hash is tried last, once it is read.
    const hasBody = headers.has('transfer-encoding') || Number(headers.get('content-length') ?? 0) > 0;
    early = [EMPTY_SHA256, UNSIGNED];
    earlyIsFinal = !hasBody;
  }

  const signingKey = deriveKey(cred.secretAccessKey, scopeDate, scopeRegion, scopeService);
  // Some presigners (AWS IoT's, aws-c-auth's `omit_session_token`) append the session token
  // after signing, so a presigned URL is also tried with the token left out.
  const omissions = !presigned ? [[]] : token === undefined ? [['X-Amz-Signature']] : [['X-Amz-Signature'], ['X-Amz-Signature', 'X-Amz-Security-Token']];
  const attempt = (payloadHash: string): { ok: boolean; creq: string; sts: string } => {
    let first: { ok: boolean; creq: string; sts: string } | undefined;
    for (const omit of omissions) {
      const r = attemptWith(payloadHash, omit);
      if (r.ok) return r;
      first ??= r;
    }
    return first!;
  };
  const attemptWith = (payloadHash: string, omit: string[]): { ok: boolean; creq: string; sts: string } => {
    const creq = canonicalRequest(req, auth.signedHeaders, payloadHash, omit);
    const sts = [ALGORITHM, auth.amzDate, `${scopeDate}/${scopeRegion}/${scopeService}/aws4_request`, sha256Hex(creq)].join('\n');
    const expected = createHmac('sha256', signingKey).update(sts).digest();
    const given = Buffer.from(auth.signature, 'hex');
    return { ok: given.length === expected.length && timingSafeEqual(given, expected), creq, sts };
  };
  const mismatch = ({ creq, sts }: { creq: string; sts: string }) =>
    invalidSignature(
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.' +
        `\n\nThe Canonical String for this request should have been\n'${creq}'\n\nThe String-to-Sign should have been\n'${sts}'\n`,
    );

  let verified = false;
  return {
    accessKeyId,
    verifyEarly() {
      if (verified) return true;
      const results = early.map(attempt);
      if (results.some((r) => r.ok)) return (verified = true);
      if (earlyIsFinal) throw mismatch(results[0]!);
      return false;
    },
    verify(bodySha256: string) {
      if (!verified) {
        const hashes = earlyIsFinal ? early : [bodySha256, ...early];
        const results = hashes.map(attempt);
        if (!results.some((r) => r.ok)) throw mismatch(results[0]!);
        verified = true;
      }
      // A declared body hash is signed, so the body must match it.
      if (declared !== undefined && declared !== UNSIGNED && declared.toLowerCase() !== bodySha256) {
        throw contentSha256Mismatch(`The provided 'x-amz-content-sha256' header does not match what was computed.`);
      }
    },
  };
}

interface ParsedAuth {
  credential: string;
  signedHeaders: string[];
  signature: string;
  amzDate: string;
  expires?: number;
}

function fromHeader(headers: Map<string, string>): ParsedAuth {
  const authorization = headers.get('authorization');
  if (!authorization) throw missingAuthenticationToken('Missing Authentication Token');
  const space = authorization.indexOf(' ');
  const algorithm = space < 0 ? authorization : authorization.slice(0, space);
  if (algorithm !== ALGORITHM) throw incompleteSignature(`Unsupported AWS 'algorithm': '${algorithm}'. Only ${ALGORITHM} is accepted.`);
  const fields = new Map<string, string>();
  for (const part of authorization.slice(space + 1).split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const missing = ['Credential', 'SignedHeaders', 'Signature'].filter((k) => !fields.get(k));
  const amzDate = headers.get('x-amz-date') ?? basicDate(headers.get('date'));
  if (!amzDate) missing.push('X-Amz-Date');
  if (missing.length > 0) {
    throw incompleteSignature(
      missing.map((k) => (k === 'X-Amz-Date' ? `Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.` : `Authorization header requires '${k}' parameter.`)).join(' ') +
        ` Authorization=${authorization}`,
    );
  }
  return {
    credential: fields.get('Credential')!,
    signedHeaders: fields.get('SignedHeaders')!.split(';'),
    signature: fields.get('Signature')!,
    amzDate: amzDate!,
  };
}

function fromQuery(query: Map<string, string>): ParsedAuth {
  const missing = ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Date', 'X-Amz-Expires', 'X-Amz-SignedHeaders', 'X-Amz-Signature'].filter(
    (k) => !query.get(k),
  );
  if (missing.length > 0) throw incompleteSignature(`AWS query-string parameters missing: ${missing.join(', ')}.`);
  if (query.get('X-Amz-Algorithm') !== ALGORITHM) throw incompleteSignature(`X-Amz-Algorithm only supports "${ALGORITHM}".`);
  const expires = Number(query.get('X-Amz-Expires'));
  if (!Number.isInteger(expires) || expires < 1 || expires > MAX_PRESIGN_SECONDS) {
    throw incompleteSignature(`X-Amz-Expires must be a whole number of seconds from 1 to ${MAX_PRESIGN_SECONDS} (a week).`);
  }
  return {
    credential: query.get('X-Amz-Credential')!,
    signedHeaders: query.get('X-Amz-SignedHeaders')!.split(';'),
    signature: query.get('X-Amz-Signature')!,
    amzDate: query.get('X-Amz-Date')!,
    expires,
  };
}

function checkTime(amzDate: string, expires: number | undefined, now: Date): void {
  const signedAt = parseBasicDate(amzDate);
  if (signedAt === undefined) throw incompleteSignature(`Date must be in ISO-8601 'basic format'. Got '${amzDate}'. See http://en.wikipedia.org/wiki/ISO_8601`);
  const t = now.getTime();
  if (signedAt > t + SKEW_MS) {
    throw invalidSignature(`Signature not yet current: ${amzDate} is still later than ${fmt(t + SKEW_MS)} (${fmt(t)} + 15 min.)`);
  }
  if (expires !== undefined) {
    if (t > signedAt + expires * 1000) throw invalidSignature(`Signature expired: ${fmt(signedAt + expires * 1000)} is now earlier than ${fmt(t)} (presigned URL, X-Amz-Expires=${expires})`);
  } else if (signedAt < t - SKEW_MS) {
    throw invalidSignature(`Signature expired: ${amzDate} is now earlier than ${fmt(t - SKEW_MS)} (${fmt(t)} - 15 min.)`);
  }
}

/** `YYYYMMDDTHHMMSSZ` → epoch ms. */
function parseBasicDate(s: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, se] = m.map(Number) as number[];
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, se!);
}

/** The Date header may stand in for X-Amz-Date when it is itself in ISO-8601 basic format. */
function basicDate(date: string | undefined): string | undefined {
  return date !== undefined && parseBasicDate(date) !== undefined ? date : undefined;
}

const fmt = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function deriveKey(secret: string, date: string, region: string, service: string): Buffer {
  const h = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
  return h(h(h(h(`AWS4${secret}`, date), region), service), 'aws4_request');
}

function parseQuery(rawQuery: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const piece of rawQuery.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const dec = (s: string) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    };
    out.set(dec(eq < 0 ? piece : piece.slice(0, eq)), eq < 0 ? '' : dec(piece.slice(eq + 1)));
  }
  return out;
}
