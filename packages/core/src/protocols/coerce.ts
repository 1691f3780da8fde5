import { ResponseParseError } from '../errors/transportErrors.js';
import { fromBase64 } from '../body/bytes.js';
import type { Shape } from '../operation/Shape.js';
import { wireName } from './timestamps.js';

// Keys that would reach an object's prototype if assigned: never copied from a response.
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

export function isUnsafeKey(k: string): boolean {
  return UNSAFE.has(k);
}

/** Timestamps arrive as epoch seconds (JSON), ISO-8601 (XML) or HTTP dates (headers). */
export function parseTimestamp(v: unknown): Date | unknown {
  if (v instanceof Date) return v;
  if (typeof v === 'number') return new Date(Math.round(v * 1000));
  if (typeof v === 'string') {
    const s = v.trim();
    if (/^-?\d+(\.\d+)?$/.test(s)) return new Date(Math.round(Number(s) * 1000));
    const t = Date.parse(s);
    return Number.isNaN(t) ? v : new Date(t);
  }
  return v;
}

/**
 * Lenient coercion of a parsed value (JSON or XML tree) to a shape. What does not fit is
 * passed through rather than rejected: outputs are never validated strictly.
 * `xml` turns text into numbers/booleans and single elements into one-item lists.
 */
export function coerce(value: unknown, shape: Shape | undefined, xml = false): unknown {
  if (value === undefined || value === null) return value;
  if (!shape || shape === 'any') return copySafe(value);
  if (typeof shape === 'string') {
    // An element given twice for one value (<IsTruncated> twice) has no one meaning: refused
    // rather than handed out as a list in a boolean member.
    if (xml && Array.isArray(value)) throw new ResponseParseError(`An element for a single ${shape} value appears ${value.length} times`);
    switch (shape) {
      case 'timestamp':
        return parseTimestamp(value);
      case 'blob':
        return typeof value === 'string' ? fromBase64(value) : value;
      case 'integer':
      case 'double': {
        if (typeof value === 'number') return value;
        const n = Number(value);
        return typeof value === 'string' && value.trim() !== '' && !Number.isNaN(n) ? n : value;
      }
      case 'boolean':
        return value === 'true' ? true : value === 'false' ? false : value;
      case 'string':
        return typeof value === 'object' ? textOf(value) : typeof value === 'string' ? value : String(value);
    }
  }
  if ('decode' in shape) return shape.decode(value);
  if ('of' in shape) return coerce(value, shape.of, xml);
  if ('list' in shape) {
    let items: unknown = value;
    if (xml && !shape.flattened) {
      // <Wrapper><member>…</member><member>…</member></Wrapper>; an empty wrapper is ''.
      items = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[shape.member ?? 'member'] : undefined;
      if (items === undefined) return [];
    }
    const arr = Array.isArray(items) ? items : [items];
    return arr.map((v) => coerce(v, shape.list, xml));
  }
  if ('map' in shape) {
    const out: Record<string, unknown> = {};
    if (xml) {
      const entries = shape.flattened ? value : (value as Record<string, unknown>).entry;
      for (const e of (Array.isArray(entries) ? entries : entries ? [entries] : []) as Record<string, unknown>[]) {
        const k = String(e[shape.key ?? 'key'] ?? '');
        if (!isUnsafeKey(k)) out[k] = coerce(e[shape.value ?? 'value'], shape.map, xml);
      }
      return out;
    }
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (!isUnsafeKey(k)) out[k] = coerce(v, shape.map, xml);
    return out;
  }
  if (typeof value !== 'object') return xml && value === '' ? {} : value;
  return coerceStruct(value as Record<string, unknown>, shape.struct, xml);
}

export function coerceStruct(value: Record<string, unknown>, members: Record<string, Shape>, xml = false): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const targets = xmlTargets(members, xml);
  for (const [k, v] of Object.entries(value)) {
    if (isUnsafeKey(k) || (xml && k.startsWith('@_'))) continue;
    const target = Object.hasOwn(targets, k) ? targets[k] : undefined;
    if (target) out[target.name] = coerce(v, target.shape, xml);
    // An undeclared member named like an Object method (hasOwnProperty, toString) would shadow it on the output.
    else if (!(k in Object.prototype)) out[k] = copySafe(v);
  }
  return out;
}

// XML element names can differ from member names (xmlName); map element → member.
const targetCache = new WeakMap<object, Record<string, { name: string; shape: Shape }>>();
function xmlTargets(members: Record<string, Shape>, xml: boolean): Record<string, { name: string; shape: Shape }> {
  let t = targetCache.get(members);
  if (!t) {
    t = {};
    for (const [name, shape] of Object.entries(members)) {
      const el = (xml ? wireName(shape) : typeof shape === 'object' && 'of' in shape ? shape.name : undefined) || name;
      t[el] = { name, shape };
    }
    targetCache.set(members, t);
  }
  return t;
}

function textOf(v: object): string {
  const t = (v as Record<string, unknown>)['#text'];
  return t === undefined ? '' : String(t);
}

// No AWS document nests anywhere near this deep; a hostile one that does is refused here
// rather than overflowing the stack (which read as a retried NetworkError).
const MAX_DEPTH = 500;

/** A deep copy that drops prototype-reaching keys. */
export function copySafe(v: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) throw new ResponseParseError(`The response nests deeper than ${MAX_DEPTH} levels`);
  if (Array.isArray(v)) return v.map((x) => copySafe(x, depth + 1));
  if (v && typeof v === 'object' && !(v instanceof Date) && !(v instanceof Uint8Array)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (!isUnsafeKey(k)) out[k] = copySafe(x, depth + 1);
    return out;
  }
  return v;
}
