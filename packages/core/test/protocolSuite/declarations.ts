// Turns one suite of botocore's protocol tests (a model fragment in botocore's JSON form) into
// the declarations a Skiff service package would write by hand: a ServiceSpec with the suite's
// protocol, and one operation per case. Only what the declaration format can say is carried
// over; what it cannot say shows up as a failing case, not as a special case here.
import * as z from 'zod/mini';
import { awsJson1_0, awsJson1_1, decodeJson, defineOperation, jsonBody, list, map, member, restJson1, struct, type TimestampFormat, type InputBinding, type Operation, type OutputBinding, type ServiceSpec, type Shape } from '../../src/index.js';
import { awsQuery, restXml } from '../../src/xml.js';

export interface BotoShape {
  type: string;
  members?: Record<string, BotoMember>;
  member?: BotoMember;
  key?: BotoMember;
  value?: BotoMember;
  payload?: string;
  flattened?: boolean;
  locationName?: string;
  xmlNamespace?: { uri: string; prefix?: string };
  timestampFormat?: string;
  streaming?: boolean;
  exception?: boolean;
  error?: { code?: string };
}

export interface BotoMember {
  shape: string;
  location?: 'uri' | 'querystring' | 'header' | 'headers' | 'statusCode';
  locationName?: string;
  flattened?: boolean;
  xmlNamespace?: { uri: string; prefix?: string };
  xmlAttribute?: boolean;
  jsonvalue?: boolean;
  idempotencyToken?: boolean;
  hostLabel?: boolean;
  timestampFormat?: string;
}

export interface Suite {
  description: string;
  metadata: { protocol: string; apiVersion: string; jsonVersion?: string; targetPrefix?: string; xmlNamespace?: string };
  shapes: Record<string, BotoShape>;
  clientEndpoint?: string;
}

export interface Given {
  name: string;
  http: { method: string; requestUri: string; responseCode?: number };
  input?: { shape: string; locationName?: string; xmlNamespace?: { uri: string } };
  output?: { shape: string };
  endpoint?: { hostPrefix: string };
}

/** The service a suite declares, sending through `transport`. */
export function serviceOf(suite: Suite): ServiceSpec {
  const m = suite.metadata;
  const protocol =
    m.protocol === 'json'
      ? (m.jsonVersion === '1.0' ? awsJson1_0 : awsJson1_1)({ targetPrefix: m.targetPrefix ?? '' })
      : m.protocol === 'rest-json'
        ? restJson1({ jsonBody })
        : m.protocol === 'rest-xml'
          ? restXml({ xmlDeclaration: false })
          : awsQuery({ version: m.apiVersion });
  return { name: 'ProtocolSuite', signingName: 'suite', protocol, endpoint: () => 'https://example.com' };
}

/** A Skiff shape for a botocore shape; recursive shapes become cyclic objects. */
export function shapeOf(shapes: Record<string, BotoShape>, name: string, m?: BotoMember, seen = new Map<string, Shape>()): Shape {
  const inner = targetOf(shapes, name, m, seen);
  const s = shapes[name]!;
  const timestampFormat = FORMATS[m?.timestampFormat ?? s.timestampFormat ?? ''];
  const scalarName = typeof inner === 'string' ? m?.locationName : undefined;
  if (!scalarName && !timestampFormat && !m?.xmlAttribute && !m?.xmlNamespace) return inner;
  return member(inner, { name: scalarName ?? (m?.xmlAttribute ? m.locationName : undefined), timestampFormat, xmlAttribute: m?.xmlAttribute, xmlNamespace: m?.xmlNamespace });
}

const FORMATS: Record<string, TimestampFormat | undefined> = { iso8601: 'date-time', rfc822: 'http-date', unixTimestamp: 'epoch-seconds' };

function targetOf(shapes: Record<string, BotoShape>, name: string, member?: BotoMember, seen = new Map<string, Shape>()): Shape {
  const s = shapes[name]!;
  const named = (sh: Shape): Shape => {
    const xmlName = member?.locationName;
    if (xmlName && typeof sh === 'object') return { ...sh, xmlName } as Shape;
    return sh;
  };
  switch (s.type) {
    case 'string':
    case 'character':
      return 'string';
    case 'integer':
    case 'long':
    case 'short':
    case 'byte':
      return 'integer';
    case 'float':
    case 'double':
      return 'double';
    case 'boolean':
      return 'boolean';
    case 'timestamp':
      return 'timestamp';
    case 'blob':
      return 'blob';
    case 'list': {
      const item = s.member!;
      return named(list(shapeOf(shapes, item.shape, item, seen), { member: item.locationName, flattened: member?.flattened ?? s.flattened }));
    }
    case 'map':
      return named(map(shapeOf(shapes, s.value!.shape, s.value, seen), { key: s.key?.locationName, value: s.value?.locationName, flattened: member?.flattened ?? s.flattened }));
    case 'structure': {
      if (s.members === undefined) return 'any';
      const cached = seen.get(name);
      if (cached) return cached;
      const members: Record<string, Shape> = {};
      const out = struct(members);
      seen.set(name, out);
      for (const [k, m] of Object.entries(s.members)) members[k] = shapeOf(shapes, m.shape, m, seen);
      return named(out);
    }
    default:
      return 'any';
  }
}

/** The operation a case's `given` declares. */
export function operationOf(suite: Suite, given: Given): Operation<Record<string, unknown>, Record<string, unknown>> {
  const shapes = suite.shapes;
  const [path, qs] = given.http.requestUri.split('?') as [string, string | undefined];
  const query: Record<string, string> = {};
  for (const pair of qs ? qs.split('&') : []) {
    const [k, v = ''] = pair.split('=');
    query[decodeURIComponent(k!)] = decodeURIComponent(v);
  }
  const inShape = given.input ? shapes[given.input.shape] : undefined;
  const outShape = given.output ? shapes[given.output.shape] : undefined;
  const rest = suite.metadata.protocol.startsWith('rest');

  const bindings: Record<string, InputBinding> = {};
  const inputShape: Record<string, Shape> = {};
  for (const [k, m] of Object.entries(inShape?.members ?? {})) {
    inputShape[k] = shapeOf(shapes, m.shape, m);
    if (!rest) continue;
    const wire = m.locationName ?? k;
    if (m.location === 'uri') bindings[k] = { in: 'path', name: wire, greedy: path.includes(`{${wire}+}`) };
    else if (m.location === 'querystring') bindings[k] = { in: 'query', name: wire };
    else if (m.location === 'header') bindings[k] = { in: 'header', name: wire };
    else if (m.location === 'headers') bindings[k] = { in: 'headers', prefix: m.locationName ?? '' };
    else if (inShape!.payload === k) {
      const t = shapes[m.shape]!.type;
      bindings[k] = { in: 'payload', kind: t === 'blob' ? 'blob' : t === 'string' ? 'string' : 'document' };
    }
  }

  const outputBindings: Record<string, OutputBinding> = {};
  const output: Record<string, Shape> = {};
  for (const [k, m] of Object.entries(outShape?.members ?? {})) {
    const t = shapes[m.shape]!.type;
    if (rest && m.location === 'header') {
      const type = t === 'integer' || t === 'long' || t === 'float' || t === 'double' || t === 'short' || t === 'byte' ? 'integer' : t === 'boolean' ? 'boolean' : t === 'timestamp' ? 'timestamp' : 'string';
      outputBindings[k] = { in: 'header', name: m.locationName ?? k, type };
    } else if (rest && m.location === 'headers') outputBindings[k] = { in: 'headers', prefix: m.locationName ?? '' };
    else if (rest && m.location === 'statusCode') outputBindings[k] = { in: 'status' };
    else if (rest && outShape!.payload === k) {
      outputBindings[k] = { in: 'payload', kind: t === 'blob' ? 'stream' : t === 'string' ? 'string' : 'document' };
      output[k] = shapeOf(shapes, m.shape, m);
    } else output[k] = shapeOf(shapes, m.shape, m);
  }

  // restXml: the document's root is the payload member's element, or the input's own name.
  let inputRoot: string | undefined;
  let namespace: string | undefined;
  let xmlShape: Record<string, Shape> | undefined = inputShape;
  if (inShape?.payload) {
    const pm = inShape.members![inShape.payload]!;
    const ps = shapes[pm.shape]!;
    inputRoot = pm.locationName ?? ps.locationName ?? pm.shape;
    namespace = (pm.xmlNamespace ?? ps.xmlNamespace)?.uri;
    const nested = shapeOf(shapes, pm.shape, pm);
    xmlShape = typeof nested === 'object' && 'struct' in nested ? nested.struct : undefined;
  } else if (inShape) {
    inputRoot = given.input?.locationName ?? inShape.locationName ?? given.input!.shape;
    namespace = (given.input?.xmlNamespace ?? inShape.xmlNamespace)?.uri;
  }

  return defineOperation<Record<string, unknown>, Record<string, unknown>>({
    name: given.name,
    input: () => z.record(z.string(), z.unknown()) as never,
    inputShape,
    output: outShape ? output : undefined,
    decodeJson,
    http: rest ? { method: given.http.method as 'GET', path, query } : undefined,
    bindings: rest ? bindings : undefined,
    outputBindings: rest ? outputBindings : undefined,
    xml: { inputRoot, namespace, inputShape: xmlShape },
  });
}

/** Params as a caller would give them: timestamps (epoch seconds in the suite) as Dates. */
export function paramsOf(shapes: Record<string, BotoShape>, name: string | undefined, v: unknown): unknown {
  if (name === undefined || v === null || v === undefined) return v;
  const s = shapes[name]!;
  if (s.type === 'timestamp' && typeof v === 'number') return new Date(v * 1000);
  if (s.type === 'list' && Array.isArray(v)) return v.map((x) => paramsOf(shapes, s.member!.shape, x));
  if (s.type === 'map' && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, paramsOf(shapes, s.value!.shape, x)]));
  if (s.type === 'structure' && typeof v === 'object' && s.members) {
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, paramsOf(shapes, s.members![k]?.shape, x)]));
  }
  return v;
}
