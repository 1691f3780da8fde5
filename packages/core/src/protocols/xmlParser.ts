import { XMLParser } from 'fast-xml-parser';
import { fromUtf8 } from '../body/bytes.js';
import { ResponseParseError } from '../errors/transportErrors.js';
import { isUnsafeKey } from './coerce.js';
import { snippet } from './json.js';

let parser: XMLParser | undefined;

function getParser(): XMLParser {
  return (parser ??= new XMLParser({
    ignoreAttributes: true,
    // Values stay text: the output shape decides what is a number, a date or a boolean,
    // so an ETag or a key that looks like a number is never mangled.
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
  }));
}

/**
 * Parses an XML response into a plain tree. A document type declaration is refused outright
 * (services never send one; it is how entity-expansion attacks arrive), and element names
 * that would reach a prototype are dropped.
 */
export function parseXml(body: Uint8Array): Record<string, unknown> {
  const text = fromUtf8(body);
  if (!text.trim()) return {};
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new ResponseParseError('The response XML has a document type declaration, which is refused');
  let tree: unknown;
  try {
    const valid = /^\s*</.test(text);
    if (!valid) throw new Error('not XML');
    tree = getParser().parse(text);
  } catch (e) {
    throw new ResponseParseError(`The response is not valid XML: ${snippet(text)}`, { cause: e });
  }
  return clean(tree) as Record<string, unknown>;
}

// Drops whitespace-only text between elements (kept as `#text` because values are not
// trimmed) and prototype-reaching names.
function clean(v: unknown, depth = 0): unknown {
  if (depth > 200) throw new ResponseParseError('The response XML is nested too deeply');
  if (Array.isArray(v)) return v.map((x) => clean(x, depth + 1));
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (isUnsafeKey(k)) continue;
      if (k === '#text' && typeof x === 'string' && !x.trim()) continue;
      out[k] = clean(x, depth + 1);
    }
    const keys = Object.keys(out);
    if (keys.length === 1 && keys[0] === '#text') return out['#text'];
    return out;
  }
  return v;
}

/** The single root element's name and content. */
export function rootOf(tree: Record<string, unknown>): [string, Record<string, unknown>] {
  const name = Object.keys(tree)[0];
  if (!name) return ['', {}];
  const content = tree[name];
  return [name, content && typeof content === 'object' ? (content as Record<string, unknown>) : {}];
}
