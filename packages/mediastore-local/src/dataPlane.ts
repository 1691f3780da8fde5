import type { IncomingMessage, ServerResponse } from 'node:http';
import { objectNotFound, rangeNotSatisfiable, unknownOperation, validationError } from './errors.js';
import { listItems } from './listItems.js';
import type { Container, MediaStoreState, StoredObject } from './MediaStoreState.js';
import { parseRange } from './parseRange.js';
import { putObject } from './putObject.js';
import { readBody } from './readBody.js';
import type { SigV4Check } from './verifySigV4.js';

/**
 * Data endpoints are paths on the one port: `http://host:port/_data/<container>`. A client
 * appends the object path to that base, so `/_data/movies/premium/mlaw.avi` is the object
 * `premium/mlaw.avi` in the container `movies`. Container names are `\w+`, so the prefix
 * needs no escaping.
 */
export const DATA_PREFIX = '/_data/';

export interface DataRoute {
  container: string;
  /** The object path ('' for the container root, where ListItems lives). */
  path: string;
}

/**
 * Splits a raw request path into container and object path; undefined when it is not a data
 * path. This is the one place a request path becomes a container and an object path.
 *
 * Dot segments: the SDKs sign MediaStore requests with SigV4's rules for non-S3 services,
 * which remove `.` and `..` from the canonical URI (botocore signs `a/./b.txt` as `a/b.txt`),
 * so what a client authenticates, and means, is the resolved path. On the service each
 * container has its own host name, so a `..` can never reach another container. Here the
 * container is the first segment after `/_data/` and dot segments are resolved inside the
 * object path only (RFC 3986 remove_dot_segments); a `..` that would climb above the
 * container's root, or a dot segment in the container's place, is refused
 * (ValidationException), as is a percent-encoded `.`/`..` (not a dot segment to the signer,
 * and no valid folder name: 000 "Format: <folder name>/<folder name>/<file name>").
 */
export function dataRouteOf(rawPath: string): DataRoute | undefined {
  if (!rawPath.startsWith(DATA_PREFIX)) return undefined;
  // Empty segments are dropped, as SigV4's path normalisation drops them (botocore sends
  // `//premium/...` for a Path with a leading slash and signs `/premium/...`).
  const [rawContainer = '', ...rawSegments] = rawPath.slice(DATA_PREFIX.length).split('/').filter(Boolean);
  if (isDot(rawContainer)) throw validationError(`The path '${rawPath}' has a dot segment where the container name belongs`);
  const segments: string[] = [];
  for (const raw of rawSegments) {
    if (raw === '.') continue;
    if (raw === '..') {
      if (segments.pop() === undefined) throw validationError(`The path '${rawPath}' leads outside its container`);
      continue;
    }
    const segment = decode(raw);
    if (isDot(segment) || segment.includes('/')) throw validationError(`The path segment '${raw}' is not a valid folder or file name`);
    segments.push(segment);
  }
  return { container: decode(rawContainer), path: segments.join('/') };
}

const isDot = (segment: string) => segment === '.' || segment === '..';

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw validationError(`The path segment '${segment}' is not valid percent-encoding`);
  }
}

/** Runs one data-plane call (000 "AWS Elemental MediaStore Data Plane"). */
export async function handleDataPlane(
  req: IncomingMessage,
  res: ServerResponse,
  route: DataRoute,
  rawQuery: string,
  state: MediaStoreState,
  auth: SigV4Check | undefined,
  maxBodyBytes: number,
): Promise<void> {
  const method = req.method ?? 'GET';
  if (method === 'PUT' && route.path !== '') {
    // Checked before the body is read whenever the signature does not cover it.
    const verifiedEarly = auth ? auth.verifyEarly() : true;
    const container = state.getActive(route.container, 'data');
    return putObject(req, res, state, container, route.path, auth, verifiedEarly, maxBodyBytes);
  }
  // Every other call has no body; read what there is so the signature can cover it.
  const { sha256 } = await readBody(req, 1024 * 1024);
  auth?.verify(sha256);
  const container = state.getActive(route.container, 'data');

  if (route.path === '') {
    if (method !== 'GET') throw unknownOperation(`${method} is not supported on the container root (ListItems is GET)`);
    return sendJson(res, listItems(container, new URLSearchParams(rawQuery)));
  }
  switch (method) {
    case 'GET':
      return getObject(req, res, container, route.path);
    case 'HEAD':
      return describeObject(res, container, route.path);
    case 'DELETE': {
      if (!state.deleteObject(container, route.path)) throw notFound(route.path);
      res.writeHead(200, { 'Content-Length': '0' });
      return void res.end();
    }
    default:
      throw unknownOperation(`${method} is not a MediaStore data-plane operation`);
  }
}

const notFound = (path: string) => objectNotFound(`Could not perform an operation on an object that does not exist: ${path}`);

function objectHeaders(obj: StoredObject): Record<string, string> {
  return {
    'Content-Type': obj.contentType,
    'Content-Length': String(obj.body.length),
    ETag: obj.etag,
    'Last-Modified': obj.lastModified.toUTCString(),
    'Accept-Ranges': 'bytes',
    ...(obj.cacheControl !== undefined ? { 'Cache-Control': obj.cacheControl } : {}),
  };
}

/** 000 GetObject: 200 for the whole object, 206 with Content-Range for a range, 416 when unsatisfiable. */
function getObject(req: IncomingMessage, res: ServerResponse, container: Container, path: string): void {
  const live = container.liveUploads.get(path);
  if (live?.state === 'open') {
    // 002: a STREAMING upload is downloadable before it completes. Its length is not known
    // yet, so it is sent whole and chunked (a Range is not applied to it).
    res.writeHead(200, { 'Content-Type': live.contentType, ...(live.cacheControl ? { 'Cache-Control': live.cacheControl } : {}) });
    const stop = live.follow(
      (chunk) => res.write(chunk),
      (ok) => (ok ? res.end() : res.destroy()),
    );
    res.on('close', stop);
    return;
  }
  const obj = container.objects.get(path);
  if (!obj) throw notFound(path);
  const size = obj.body.length;
  const range = parseRange(req.headers.range, size);
  if (range === 'unsatisfiable') {
    throw rangeNotSatisfiable(`The requested content range is not valid: ${req.headers.range} for an object of ${size} bytes`, {
      'Content-Range': `bytes */${size}`,
    });
  }
  if (!range) {
    res.writeHead(200, objectHeaders(obj));
    return void res.end(obj.body);
  }
  // 000 shows the pattern `bytes=a-b/size`; the header is sent in the standard HTTP form
  // `bytes a-b/size`, which browsers and HTTP libraries read.
  res.writeHead(206, {
    ...objectHeaders(obj),
    'Content-Length': String(range.end - range.start + 1),
    'Content-Range': `bytes ${range.start}-${range.end}/${size}`,
  });
  res.end(obj.body.subarray(range.start, range.end + 1));
}

/** 000 DescribeObject: GetObject's headers without a body. */
function describeObject(res: ServerResponse, container: Container, path: string): void {
  const obj = container.objects.get(path);
  if (!obj) throw notFound(path);
  res.writeHead(200, objectHeaders(obj));
  res.end();
}

function sendJson(res: ServerResponse, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) });
  res.end(body);
}
