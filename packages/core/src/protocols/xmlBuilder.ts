import type { Shape } from '../operation/Shape.js';

export function escapeXml(s: string): string {
  return s.replace(/[&<>"'\r\n]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;', '\n': '&#10;' })[c]!);
}

/** Element text: `&`, `<`, `>` escaped (and CR/LF, which a parser would otherwise normalise);
 * quotes stay as they are, as botocore writes them (an ETag is `"…"`). */
export function escapeXmlText(s: string): string {
  return s.replace(/[&<>\r\n]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;', '\n': '&#10;' })[c]!);
}

function scalar(v: unknown): string {
  if (v instanceof Date) return v.toISOString();
  return escapeXmlText(String(v));
}

/** Writes one member as XML, following the shape for list wrapping and element names. */
export function writeXml(name: string, value: unknown, shape?: Shape): string {
  if (value === undefined || value === null) return '';
  const el = typeof shape === 'object' && shape.xmlName ? shape.xmlName : name;
  if (Array.isArray(value)) {
    const ls = shape && typeof shape === 'object' && 'list' in shape ? shape : undefined;
    const itemName = ls?.member ?? 'member';
    if (ls?.flattened) return value.map((v) => writeXml(el, v, ls.list)).join('');
    return `<${el}>${value.map((v) => writeXml(itemName, v, ls?.list)).join('')}</${el}>`;
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    const members = shape && typeof shape === 'object' && 'struct' in shape ? shape.struct : {};
    return `<${el}>${writeMembers(value as Record<string, unknown>, members)}</${el}>`;
  }
  return `<${el}>${scalar(value)}</${el}>`;
}

/** Members in the order the shape declares them (as the SDKs write them), then any others. */
function writeMembers(value: Record<string, unknown>, members: Record<string, Shape>): string {
  const keys = [...Object.keys(members).filter((k) => k in value), ...Object.keys(value).filter((k) => !(k in members))];
  return keys.map((k) => writeXml(k, value[k], members[k])).join('');
}

/** A whole document: `[<?xml …?>]<Root xmlns="…">members</Root>`. */
export function xmlDocument(root: string, value: Record<string, unknown>, members: Record<string, Shape> = {}, namespace?: string, declaration = true): string {
  const head = declaration ? '<?xml version="1.0" encoding="UTF-8"?>' : '';
  return `${head}<${root}${namespace ? ` xmlns="${namespace}"` : ''}>${writeMembers(value, members)}</${root}>`;
}
