// The S4 bucket-name and object-key rules (document 004, "Bucket Naming Rules" and
// "Object Key Naming Rules"), one check per rule so a ParamValidationError names the rule
// that was broken. Pure functions: S3Client uses isDnsSafeBucket to pick the addressing.

type Rule = readonly [test: (s: string) => boolean, message: string];

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Each rule passes when the name obeys it. */
export const BUCKET_RULES: readonly Rule[] = [
  [(s) => s !== '.' && s !== '..', 'must not be "." or ".."'],
  [(s) => !s.includes('/'), 'must not contain "/"'],
  [(s) => s.length >= 3 && s.length <= 63, 'length must be between 3 and 63 characters'],
  [(s) => /^[a-z0-9.-]*$/.test(s), 'may contain only lowercase letters, numbers, dots (.) and hyphens (-)'],
  [(s) => /^[a-z0-9](.*[a-z0-9])?$/.test(s), 'must begin and end with a letter or number'],
  [(s) => !s.includes('..'), 'must not contain two adjacent periods'],
  [(s) => !IPV4.test(s), 'must not be formatted as an IP address'],
  [(s) => !s.startsWith('xn--'), 'must not start with the prefix "xn--"'],
  [(s) => !s.endsWith('-s3alias'), 'must not end with the suffix "-s3alias"'],
];

/** The document counts key length in characters; we count Unicode code points. */
export const MAX_KEY_LENGTH = 1024;

export const KEY_RULES: readonly Rule[] = [
  [(s) => countCodePoints(s) >= 1 && countCodePoints(s) <= MAX_KEY_LENGTH, `length must be between 1 and ${MAX_KEY_LENGTH} characters`],
  // "Any UTF-8 characters": a lone UTF-16 surrogate has no UTF-8 form.
  [(s) => !LONE_SURROGATE.test(s), 'must be valid Unicode (a lone surrogate has no UTF-8 form)'],
  [(s) => s !== '..', 'must not be ".."'],
  [(s) => !s.startsWith('../'), 'must not begin with "../"'],
  [(s) => !s.endsWith('/..'), 'must not end with "/.."'],
  [(s) => !s.includes('/./') && !s.includes('/../'), 'must not contain "/./" or "/../"'],
  [(s) => !s.includes('//'), 'must not contain consecutive forward slashes "//"'],
];

function countCodePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The messages of the rules a value breaks (empty when it is valid). */
export function brokenRules(rules: readonly Rule[], s: string): string[] {
  return rules.filter(([ok]) => !ok(s)).map(([, message]) => message);
}

export const isValidBucketName = (s: string): boolean => brokenRules(BUCKET_RULES, s).length === 0;

/**
 * Whether a bucket can be put in the host name (virtual-hosted addressing): a valid name that
 * is one DNS label. A dotted name is DNS-safe over plain HTTP only: over TLS it would not
 * match the `*.s3.<region>.s4.mega.io` certificate.
 */
export function isDnsSafeBucket(bucket: string, tls: boolean): boolean {
  if (!isValidBucketName(bucket)) return false;
  return tls ? !bucket.includes('.') : true;
}
