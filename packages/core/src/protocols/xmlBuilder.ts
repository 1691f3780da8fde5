import { toBase64, utf8 } from '../body/bytes.js';
import type { Shape, TimestampFormat } from '../operation/Shape.js';
import { formatTimestamp, wireName } from './timestamps.js';

export function escapeXml(s: string): string {
  return s.replace(/[&<>"'\r\n]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;', '\n': '&#10;' })[c]!);
}

/** Element text: `&`, `<`, `>` escaped (and CR/LF, which a parser would otherwise normalise);
 * quotes stay as they are, as botocore writes them (an ETag is `"…"`). */
export function escapeXmlText(s: string): string {
  return s.replace(/[&<>\r\n]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;', '\n': '&#10;' })[c]!);
}

function scalar(v: unknown, shape: Shape | undefined, format: TimestampFormat | undefined): string {
  if (v instanceof Date) return String(formatTimestamp(v, format ?? 'date-time'));
  if (shape === 'blob') return toBase64(typeof v === 'string' ? utf8(v) : (v as Uint8Array));
  return escapeXmlText(String(v));
}

/** Writes one member as XML, following the shape for list wrapping and element names. */
export function writeXml(name: string, value: unknown, shape?: Shape): string {
  if (value === undefined || value === null) return '';
  const el = wireName(shape) || name;
  let format: TimestampFormat | undefined;
  let ns = '';
  if (typeof shape === 'object' && 'of' in shape) {
    format = shape.timestampFormat;
    if (shape.xmlNamespace) ns = ` xmlns${shape.xmlNamespace.prefix ? `:${shape.xmlNamespace.prefix}` : ''}="${escapeXml(shape.xmlNamespace.uri)}"`;
    shape = shape.of;
  }
  if (value instanceof Uint8Array) return `<${el}${ns}>${scalar(value, 'blob', format)}</${el}>`;
  const ms = shape && typeof shape === 'object' && 'map' in shape ? shape : undefined;
  if (ms && typeof value === 'object') {
    // <el><entry><key>k</key><value>v</value></entry></el>, or flattened: <el><key>…</key><value>…</value></el> per entry.
    const entry = ([k, v]: [string, unknown]) => `${writeXml(ms.key ?? 'key', k, 'string')}${writeXml(ms.value ?? 'value', v, ms.map)}`;
    const entries = Object.entries(value as Record<string, unknown>);
    if (ms.flattened) return entries.map((e) => `<${el}${ns}>${entry(e)}</${el}>`).join('');
    return `<${el}${ns}>${entries.map((e) => `<entry>${entry(e)}</entry>`).join('')}</${el}>`;
  }
  if (Array.isArray(value)) {
    const ls = shape && typeof shape === 'object' && 'list' in shape ? shape : undefined;
    const itemName = ls?.member ?? 'member';
    if (ls?.flattened) return value.map((v) => writeXml(el, v, ls.list)).join('');
    return `<${el}${ns}>${value.map((v) => writeXml(itemName, v, ls?.list)).join('')}</${el}>`;
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    const members = shape && typeof shape === 'object' && 'struct' in shape ? shape.struct : {};
    return `<${el}${ns}${attributes(value as Record<string, unknown>, members)}>${writeMembers(value as Record<string, unknown>, members)}</${el}>`;
  }
  return `<${el}${ns}>${scalar(value, shape, format)}</${el}>`;
}

function isAttribute(shape: Shape | undefined): boolean {
  return typeof shape === 'object' && 'of' in shape && shape.xmlAttribute === true;
}

/** The members declared as XML attributes, as ` name="value"`. */
function attributes(value: Record<string, unknown>, members: Record<string, Shape>): string {
  let out = '';
  for (const [k, s] of Object.entries(members)) {
    const v = value[k];
    if (v !== undefined && v !== null && isAttribute(s)) out += ` ${wireName(s) || k}="${escapeXml(v instanceof Date ? String(formatTimestamp(v, (s as { timestampFormat?: TimestampFormat }).timestampFormat ?? 'date-time')) : String(v))}"`;
  }
  return out;
}

/** Members in the order the shape declares them (as the SDKs write them), then any others. */
function writeMembers(value: Record<string, unknown>, members: Record<string, Shape>): string {
  const keys = [...Object.keys(members).filter((k) => k in value && !isAttribute(members[k])), ...Object.keys(value).filter((k) => !(k in members))];
  return keys.map((k) => writeXml(k, value[k], members[k])).join('');
}

/** A whole document: `[<?xml …?>]<Root xmlns="…">members</Root>`. */
export function xmlDocument(root: string, value: Record<string, unknown>, members: Record<string, Shape> = {}, namespace?: string, declaration = true): string {
  const head = declaration ? '<?xml version="1.0" encoding="UTF-8"?>' : '';
  return `${head}<${root}${namespace ? ` xmlns="${namespace}"` : ''}${attributes(value, members)}>${writeMembers(value, members)}</${root}>`;
}
