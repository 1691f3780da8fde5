import { InputChecker } from './InputChecker.js';
import { validationError } from './errors.js';
import type { Container } from './MediaStoreState.js';

// seed-decisions: an optional leading `/`, length 0..900 (000's pattern required it).
const FOLDER_PATH = /\/?(?:[A-Za-z0-9_.\-~]+\/){0,10}(?:[A-Za-z0-9_.\-~]+)?\/?/;
const TOKEN_LIFETIME_MS = 15 * 60 * 1000; // 000: "Tokens expire after 15 minutes."

type Item = Record<string, unknown> & { Name: string; Type: 'OBJECT' | 'FOLDER' };

/**
 * 000 ListItems: the objects directly in a folder and the folders under it. Folders exist
 * only as prefixes of object paths. Items come sorted by name (a folder before an object of
 * the same name), so a token can name the last item returned.
 */
export function listItems(container: Container, query: URLSearchParams): Record<string, unknown> {
  const check = new InputChecker();
  // seed-decisions: all parameters are optional.
  const path = check.string('path', query.get('Path') ?? undefined, { min: 0, max: 900, pattern: FOLDER_PATH }) ?? '';
  const rawMax = query.get('MaxResults');
  let max = 1000; // 000: "the service defaults to pagination with a maximum of 1,000 results per page"
  if (rawMax !== null) {
    const n = /^\d+$/.test(rawMax) ? Number(rawMax) : NaN;
    if (Number.isNaN(n)) throw validationError(`Value '${rawMax}' at 'maxResults' failed to satisfy constraint: Member must be an integer`);
    max = check.integer('maxResults', n, { min: 1, max: 1000 }) ?? max;
  }
  const token = query.get('NextToken');
  check.done();

  const folder = path.replace(/^\/+|\/+$/g, '');
  const prefix = folder === '' ? '' : `${folder}/`;
  const byName = new Map<string, Item>();
  for (const [key, obj] of container.objects) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (slash >= 0) {
      const name = rest.slice(0, slash);
      byName.set(`${name}\u0000F`, { Name: name, Type: 'FOLDER' });
    } else {
      byName.set(`${rest}\u0001O`, {
        Name: rest,
        Type: 'OBJECT',
        ETag: obj.etag,
        LastModified: obj.lastModified.getTime() / 1000,
        ContentType: obj.contentType,
        ContentLength: obj.body.length,
      });
    }
  }
  const keys = [...byName.keys()].sort();
  const after = token === null ? undefined : decodeToken(token, folder);
  const start = after === undefined ? 0 : keys.findIndex((k) => k > after);
  const page = start < 0 ? [] : keys.slice(start, start + max);
  const out: Record<string, unknown> = { Items: page.map((k) => byName.get(k)) };
  const last = page[page.length - 1];
  if (last !== undefined && keys[keys.length - 1] !== last) out.NextToken = encodeToken(folder, last);
  return out;
}

// The token is opaque to clients: base64url of the folder, the last key returned and when
// it was issued (so it can expire as the documents say).
function encodeToken(folder: string, last: string): string {
  return Buffer.from(JSON.stringify({ f: folder, k: last, t: Date.now() })).toString('base64url');
}

function decodeToken(token: string, folder: string): string {
  let parsed: { f?: unknown; k?: unknown; t?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw validationError(`The NextToken is not valid: ${token}`);
  }
  if (typeof parsed?.k !== 'string' || typeof parsed.t !== 'number' || parsed.f !== folder) {
    throw validationError('The NextToken is not valid for this Path');
  }
  if (Date.now() - parsed.t > TOKEN_LIFETIME_MS) throw validationError('The NextToken has expired (tokens last 15 minutes)');
  return parsed.k;
}
