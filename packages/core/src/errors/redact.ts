// Secrets must never reach a message, a log line or JSON.stringify(error). Everything that
// builds a message from request or response material passes it through here.
const PATTERNS: Array<[RegExp, string]> = [
  [/(Signature=|X-Amz-Signature=|chunk-signature=|x-amz-trailer-signature:)[0-9a-fA-F]{16,}/gi, '$1[redacted]'],
  [/(X-Amz-Security-Token=|x-amz-security-token:\s*)[^&\s"]+/gi, '$1[redacted]'],
  [/(X-Amz-Credential=|Credential=)[A-Z0-9]{4,}/gi, '$1[redacted]'],
  [/(authorization:\s*)[^\n"]+/gi, '$1[redacted]'],
];

const registered = new Set<string>();

/** Remembers a secret value (secret key, session token) so that any later text is scrubbed of it. */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 8) registered.add(value);
}

export function redact(text: string): string {
  let out = text;
  for (const [re, rep] of PATTERNS) out = out.replace(re, rep);
  for (const s of registered) if (out.includes(s)) out = out.split(s).join('[redacted]');
  return out;
}
