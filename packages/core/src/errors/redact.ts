// Secrets must never reach a message, a log line or JSON.stringify(error). Everything that
// builds a message from request or response material passes it through here.
const PATTERNS: Array<[RegExp, string]> = [
  [/(Signature=|X-Amz-Signature=|chunk-signature=|x-amz-trailer-signature:)[0-9a-fA-F]+/gi, '$1[redacted]'],
  [/(X-Amz-Security-Token=|x-amz-security-token:\s*)[^&\s"]+/gi, '$1[redacted]'],
  [/(X-Amz-Credential=|Credential=)[A-Z0-9]{4,}/gi, '$1[redacted]'],
  [/(authorization:\s*)[^\n"]+/gi, '$1[redacted]'],
];

const registered = new Set<string>();

/** Remembers a secret value (secret key, session token) so that any later text is scrubbed of it. */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 8) registered.add(value);
}

/** `extra`: values known to this one call (the signature a request carried), scrubbed too. */
export function redact(text: string, extra: readonly string[] = []): string {
  let out = text;
  for (const [re, rep] of PATTERNS) out = out.replace(re, rep);
  for (const s of registered) if (out.includes(s)) out = out.split(s).join('[redacted]');
  for (const s of extra) {
    if (!s) continue;
    if (out.includes(s)) out = out.split(s).join('[redacted]');
    // A quoted signature may arrive cut short (a message keeps 200 characters): its pieces go too.
    out = out.replace(/[0-9a-fA-F]{8,}/g, (m) => (s.includes(m.toLowerCase()) ? '[redacted]' : m));
  }
  return out;
}

// Members a service echoes from the request it refused (S3's SignatureDoesNotMatch carries the
// access key id, the string to sign, the signature and the canonical request with every header).
const SENSITIVE_MEMBER = /^(?:AWSAccessKeyId|AccessKeyId|SecretAccessKey|SignatureProvided|Signature|StringToSign(?:Bytes)?|CanonicalRequest(?:Bytes)?|Authorization|Credential|(?:x-amz-)?Security-?Token|SessionToken)$/i;

/** A copy of parsed error material (details, nested) with every string redacted and echoed request secrets dropped. */
export function redactDeep<T>(value: T, extra: readonly string[] = [], depth = 0): T {
  if (typeof value === 'string') return redact(value, extra) as T;
  if (depth > 8 || value === null || typeof value !== 'object' || value instanceof Date || value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, extra, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = SENSITIVE_MEMBER.test(k) ? '[redacted]' : redactDeep(v, extra, depth + 1);
  return out as T;
}

/**
 * What an error keeps as its `cause`: a copy of the original with only its name, its redacted
 * message, its code and (so deep) its cause, the same way. A transport's own error may carry
 * the request it failed on (an axios-style error holds its config and headers): none of that
 * is reachable from a Skiff error, so `console.log(err)` shows no secret.
 */
export function scrubCause(e: unknown, extra: readonly string[] = [], depth = 0): Error | undefined {
  if (e == null || depth > 3) return undefined;
  const { name, message, code, cause } = e as { name?: unknown; message?: unknown; code?: unknown; cause?: unknown };
  const copy = new Error(redact(String(message ?? e), extra), { cause: scrubCause(cause, extra, depth + 1) });
  return Object.assign(copy, { name: String(name ?? 'Error'), code });
}
