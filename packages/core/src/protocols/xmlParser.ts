import { fromUtf8 } from '../body/bytes.js';
import { ResponseParseError } from '../errors/transportErrors.js';
import { isUnsafeKey } from './coerce.js';
import { snippet } from './json.js';

// A small XML reader for service responses, in place of a general XML library (which would
// be most of a browser bundle: fast-xml-parser is about 22 KB gzipped, this is under 1 KB).
// Service documents are plain: elements, text, the five named entities and character
// references, CDATA, comments and the declaration. Attributes are skipped (no output member
// lives in one), a document type declaration is refused, and so is an element name that
// would reach a prototype.

const MAX_DEPTH = 200;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
// `<name attrs>`, `</name>` or `<name attrs/>`; quoted attribute values may hold `>`.
// The lookahead ends the name where a name must end: without it a run of `<` or name
// characters with no `>` (a hostile or cut body) backtracks quadratically — 64 KiB of `<`
// held the event loop for 17 s.
const TAG = /<(\/?)([^\s/>]+)(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/y;

interface Open {
  name: string;
  kids: Record<string, unknown>;
  text: string;
  hasKids: boolean;
}

/**
 * Parses an XML response into a plain tree: an element with child elements becomes an
 * object (a name seen twice becomes an array, in document order), an element with only text
 * becomes its text (`''` when empty; values stay text, the output shape decides what is a
 * number, a date or a boolean, so an ETag that looks like a number is never mangled).
 * Whitespace between elements is dropped; text is otherwise kept exactly as sent.
 */
export function parseXml(body: Uint8Array): Record<string, unknown> {
  const text = fromUtf8(body);
  if (!text.trim()) return {};
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new ResponseParseError('The response XML has a document type declaration, which is refused');
  try {
    if (!/^\s*</.test(text)) throw new Error('not XML');
    return read(text);
  } catch (e) {
    if (e instanceof ResponseParseError) throw e;
    // The reason in the (redacted) message, not as a cause: a cause's text is not redacted.
    throw new ResponseParseError(`The response is not valid XML (${(e as Error).message}): ${snippet(text)}`);
  }
}

function read(text: string): Record<string, unknown> {
  const root: Open = { name: '', kids: {}, text: '', hasKids: false };
  const stack = [root];
  let top = root;
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const end = lt < 0 ? text.length : lt;
    if (end > i) top.text += decode(text.slice(i, end));
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) i = after(text, '-->', lt);
    else if (text.startsWith('<![CDATA[', lt)) {
      i = after(text, ']]>', lt);
      top.text += text.slice(lt + 9, i - 3);
    } else if (text[lt + 1] === '?') i = after(text, '?>', lt);
    else {
      TAG.lastIndex = lt;
      const m = TAG.exec(text);
      if (!m || text[lt + 1] === '!') throw new Error(`bad markup at ${lt}`);
      i = TAG.lastIndex;
      const [, closing, name, selfClosing] = m as unknown as [string, string, string, string];
      if (!closing) {
        if (isUnsafeKey(name)) throw new ResponseParseError(`The response XML has an element named ${name}, which is refused`);
        if (stack.length > MAX_DEPTH) throw new ResponseParseError('The response XML is nested too deeply');
        stack.push((top = { name, kids: {}, text: '', hasKids: false }));
      } else if (name !== top.name) throw new Error(`</${name}> closes <${top.name}>`);
      if (closing || selfClosing) {
        const done = stack.pop()!;
        top = stack[stack.length - 1]!;
        add(top, done.name, done.hasKids ? withText(done) : done.text);
      }
    }
  }
  if (stack.length > 1) throw new Error(`<${top.name}> is not closed`);
  if (root.text.trim()) throw new Error('text outside the root element');
  return root.kids;
}

function add(parent: Open, name: string, value: unknown): void {
  const kids = parent.kids;
  parent.hasKids = true;
  // A value is an array only when its name repeats (element values are text or objects).
  const prev = kids[name];
  if (!Object.hasOwn(kids, name)) kids[name] = value;
  else if (Array.isArray(prev)) prev.push(value);
  else kids[name] = [prev, value];
}

// Mixed content (text beside child elements) keeps its text under `#text`.
function withText(el: Open): Record<string, unknown> {
  if (el.text.trim()) el.kids['#text'] = el.text;
  return el.kids;
}

function after(text: string, close: string, from: number): number {
  const at = text.indexOf(close, from);
  if (at < 0) throw new Error(`unterminated markup at ${from}`);
  return at + close.length;
}

function decode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (NAMED[e] ?? m),
  );
}

/**
 * A 2xx whose body is an HTML page (a proxy's, a captive portal's) is not the service's answer,
 * though it may parse as XML: a PutObject that never reached S3 must not read as stored.
 */
export function refuseHtmlPage(body: Uint8Array): void {
  const head = fromUtf8(body.subarray(0, 512)).trimStart().slice(0, 15).toLowerCase();
  if (head.startsWith('<!doctype html') || /^<html[\s>]/.test(head)) {
    throw new ResponseParseError(`The response is an HTML page, not the service's answer (a proxy or a portal in the way?): ${snippet(fromUtf8(body))}`);
  }
}

/** The single root element's name and content. */
export function rootOf(tree: Record<string, unknown>): [string, Record<string, unknown>] {
  const name = Object.keys(tree)[0];
  if (!name) return ['', {}];
  const content = tree[name];
  return [name, content && typeof content === 'object' ? (content as Record<string, unknown>) : {}];
}
