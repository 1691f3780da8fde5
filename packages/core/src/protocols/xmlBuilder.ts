import type { Shape } from '../operation/Shape.js';

export function escapeXml(s: string): string {
  return s.replace(/[&<>"'\r\n]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;', '\n': '&#10;' })[c]!);
}

function scalar(v: unknown): string {
  if (v instanceof Date) return v.toISOString();
  return escapeXml(String(v));
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
    const inner = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => writeXml(k, v, members[k]))
      .join('');
    return `<${el}>${inner}</${el}>`;
  }
  return `<${el}>${scalar(value)}</${el}>`;
}

/** A whole document: `<Root xmlns="…">members</Root>`. */
export function xmlDocument(root: string, value: Record<string, unknown>, members: Record<string, Shape> = {}, namespace?: string): string {
  const inner = Object.entries(value)
    .map(([k, v]) => writeXml(k, v, members[k]))
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><${root}${namespace ? ` xmlns="${namespace}"` : ''}>${inner}</${root}>`;
}
