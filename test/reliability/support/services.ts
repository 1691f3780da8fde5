// The five service clients as the fault table drives them: how to build a client against a
// local server, one replayable call and the success answer a healthy server gives it, how
// the service's protocol writes an error, and the throttling codes the package declares.
import type { ServerResponse } from 'node:http';
import { COMMON_THROTTLING_CODES, type Client, type ClientConfig, type Command, type ServiceSpec } from '@skiff/core';
import * as kinesis from '@skiff/kinesis';
import * as mediastore from '@skiff/mediastore';
import * as data from '@skiff/mediastore-data';
import * as s3 from '@skiff/s4-s3';
import * as iam from '@skiff/s4-iam';
import { CREDENTIALS, noteError, noteLog, noteSignature } from './registry.js';

export type Protocol = 'json' | 'restJson' | 'xml' | 'query';

export interface ServiceCase {
  name: string;
  protocol: Protocol;
  /** The package's exports (error classes are looked up here by code). */
  module: Record<string, unknown>;
  spec: ServiceSpec;
  client(endpoint: string, extra?: Partial<ClientConfig>): Client;
  /** A call that is safe to repeat (its body is bytes): what a retry may resend. */
  probe(): Command<unknown, unknown>;
  /** The healthy answer to the probe, and a check that the client read it. */
  answer(res: ServerResponse): void;
  answerBody(): { status: number; headers: Record<string, string>; body: string };
  check(out: unknown): boolean;
  /** Writes an error as the service's protocol does. */
  error(res: ServerResponse, status: number, code: string, message?: string, headers?: Record<string, string>): void;
  errorBody(status: number, code: string, message?: string): { headers: Record<string, string>; body: string };
  /** The class name a plain 500 with no code becomes, and the code a server fault carries. */
  serverFaultCode: string;
  /** Throttling codes and the status they come with, as the package declares them. */
  throttling: Array<{ code: string; status: number }>;
  /** Codes that look like throttling but mean something else for this service: never retried. */
  notThrottling: Array<{ code: string; status: number }>;
}

/** Hooks every client of the suite carries: signatures, retried errors and log lines go to the registry. */
export function observed(extra: Partial<ClientConfig> = {}): Partial<ClientConfig> {
  return {
    region: 'us-east-1',
    credentials: { ...CREDENTIALS },
    retry: { baseDelay: 1, throttlingBaseDelay: 1, maxDelay: 5_000 },
    requestTimeout: 5_000,
    logger: { debug: noteLog, warn: noteLog },
    ...extra,
    hooks: {
      ...extra.hooks,
      afterResponse: async (ctx) => {
        const sig = /Signature=([0-9a-f]{64})/.exec(ctx.request.headers.authorization ?? '')?.[1];
        if (sig) noteSignature(sig);
        await extra.hooks?.afterResponse?.(ctx);
      },
      beforeRetry: async (ctx) => {
        noteError(ctx.error, 'beforeRetry');
        await extra.hooks?.beforeRetry?.(ctx);
      },
    },
  };
}

const json = (res: ServerResponse, status: number, doc: unknown, headers: Record<string, string> = {}, type = 'application/x-amz-json-1.1') => {
  const body = JSON.stringify(doc);
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'x-amzn-requestid': 'req-1', ...headers });
  res.end(body);
};
const xml = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body), 'x-amz-request-id': 'req-1', ...headers });
  res.end(body);
};
const send = (res: ServerResponse, status: number, r: { headers: Record<string, string>; body: string }, headers: Record<string, string> = {}) => {
  res.writeHead(status, { ...r.headers, 'content-length': Buffer.byteLength(r.body), ...headers });
  res.end(r.body);
};

/** Codes the package declares as error classes that the core retries as throttling. */
function declaredThrottling(module: Record<string, unknown>, spec: ServiceSpec): string[] {
  const codes = new Set([...COMMON_THROTTLING_CODES, ...(spec.throttlingCodes ?? [])]);
  return Object.values(module)
    .map((v) => (v as { code?: unknown } | undefined)?.code)
    .filter((c): c is string => typeof c === 'string' && codes.has(c));
}

const jsonError = (status: number, code: string, message = `${code} (injected)`) => ({
  headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'req-err' },
  body: JSON.stringify({ __type: code, message }),
});
const xmlError = (status: number, code: string, message = `${code} (injected)`) => ({
  headers: { 'content-type': 'application/xml', 'x-amz-request-id': 'req-err' },
  body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>req-err</RequestId></Error>`,
});
const queryError = (status: number, code: string, message = `${code} (injected)`) => ({
  headers: { 'content-type': 'text/xml', 'x-amzn-requestid': 'req-err' },
  body: `<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>${status >= 500 ? 'Receiver' : 'Sender'}</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>req-err</RequestId></ErrorResponse>`,
});

export const DATA_BASE = '/_data/box';

const kinesisCase: ServiceCase = {
  name: 'Kinesis',
  protocol: 'json',
  module: kinesis as unknown as Record<string, unknown>,
  spec: kinesis.kinesisService,
  client: (endpoint, extra) => new kinesis.KinesisClient(observed({ endpoint, ...extra })),
  probe: () => new kinesis.ListStreamsCommand({ Limit: 10 }) as Command<unknown, unknown>,
  answerBody: () => ({ status: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: JSON.stringify({ StreamNames: ['s1'], HasMoreStreams: false }) }),
  answer: (res) => json(res, 200, { StreamNames: ['s1'], HasMoreStreams: false }),
  check: (out) => (out as kinesis.ListStreamsOutput).StreamNames?.[0] === 's1',
  error: (res, status, code, message, headers) => send(res, status, jsonError(status, code, message), headers),
  errorBody: jsonError,
  serverFaultCode: 'InternalFailure',
  throttling: [],
  notThrottling: [{ code: 'ResourceInUseException', status: 400 }],
};

const mediaStoreCase: ServiceCase = {
  name: 'MediaStore',
  protocol: 'json',
  module: mediastore as unknown as Record<string, unknown>,
  spec: mediastore.mediaStoreService,
  client: (endpoint, extra) => new mediastore.MediaStoreClient(observed({ endpoint, ...extra })),
  probe: () => new mediastore.ListContainersCommand({ MaxResults: 10 }) as Command<unknown, unknown>,
  answerBody: () => ({ status: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: JSON.stringify({ Containers: [{ Name: 'c1', Status: 'ACTIVE', CreationTime: 1_700_000_000 }] }) }),
  answer: (res) => json(res, 200, { Containers: [{ Name: 'c1', Status: 'ACTIVE', CreationTime: 1_700_000_000 }] }),
  check: (out) => {
    const c = (out as mediastore.ListContainersOutput).Containers?.[0];
    return c?.Name === 'c1' && c.CreationTime instanceof Date;
  },
  error: (res, status, code, message, headers) => send(res, status, jsonError(status, code, message), headers),
  errorBody: jsonError,
  serverFaultCode: 'InternalServerError',
  throttling: [],
  notThrottling: [{ code: 'ContainerInUseException', status: 400 }],
};

const dataCase: ServiceCase = {
  name: 'MediaStoreData',
  protocol: 'restJson',
  module: data as unknown as Record<string, unknown>,
  spec: data.mediaStoreDataService,
  client: (endpoint, extra) => new data.MediaStoreDataClient(observed({ endpoint: `${endpoint}${DATA_BASE}`, ...extra }) as data.MediaStoreDataClientConfig),
  probe: () => new data.ListItemsCommand({ Path: 'clips/', MaxResults: 5 }) as Command<unknown, unknown>,
  answerBody: () => ({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ Items: [{ Name: 'a.ts', Type: 'OBJECT', ContentLength: 3, LastModified: 1_700_000_000 }] }) }),
  answer: (res) => json(res, 200, { Items: [{ Name: 'a.ts', Type: 'OBJECT', ContentLength: 3, LastModified: 1_700_000_000 }] }, {}, 'application/json'),
  check: (out) => (out as data.ListItemsOutput).Items?.[0]?.ContentLength === 3,
  // The data plane names its error in a header as well as in the body.
  error: (res, status, code, message, headers) => send(res, status, jsonError(status, code, message), { 'x-amzn-errortype': code, ...headers }),
  errorBody: (status, code, message) => {
    const e = jsonError(status, code, message);
    return { ...e, headers: { ...e.headers, 'x-amzn-errortype': code } };
  },
  serverFaultCode: 'InternalServerError',
  throttling: [],
  notThrottling: [{ code: 'ContainerNotFoundException', status: 404 }],
};

const LIST_V2 = '<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>bkt</Name><Prefix></Prefix><KeyCount>1</KeyCount><MaxKeys>5</MaxKeys><IsTruncated>false</IsTruncated><Contents><Key>a.txt</Key><LastModified>2024-05-01T10:00:00.000Z</LastModified><ETag>"0123"</ETag><Size>3</Size><StorageClass>STANDARD</StorageClass></Contents></ListBucketResult>';

const s3Case: ServiceCase = {
  name: 'S3',
  protocol: 'xml',
  module: s3 as unknown as Record<string, unknown>,
  spec: s3.s3Service,
  client: (endpoint, extra) => new s3.S3Client({ ...observed({ endpoint, ...extra }), forcePathStyle: true }),
  probe: () => new s3.ListObjectsV2Command({ Bucket: 'bkt', MaxKeys: 5 }) as Command<unknown, unknown>,
  answerBody: () => ({ status: 200, headers: { 'content-type': 'application/xml' }, body: LIST_V2 }),
  answer: (res) => xml(res, 200, LIST_V2),
  check: (out) => {
    const o = out as s3.ListObjectsV2Output;
    return o.Contents?.[0]?.Key === 'a.txt' && o.Contents[0].Size === 3 && o.IsTruncated === false;
  },
  error: (res, status, code, message, headers) => send(res, status, xmlError(status, code, message), headers),
  errorBody: xmlError,
  serverFaultCode: 'InternalError',
  throttling: [{ code: 'SlowDown', status: 503 }],
  notThrottling: [{ code: 'NoSuchBucket', status: 404 }],
};

const LIST_POLICIES = '<ListPoliciesResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ListPoliciesResult><IsTruncated>false</IsTruncated><Policies><member><PolicyName>ReadOnly</PolicyName><Arn>arn:aws:iam::aws:policy/ReadOnly</Arn><AttachmentCount>2</AttachmentCount><CreateDate>2015-02-06T18:40:58Z</CreateDate></member></Policies></ListPoliciesResult><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></ListPoliciesResponse>';

const iamCase: ServiceCase = {
  name: 'IAM',
  protocol: 'query',
  module: iam as unknown as Record<string, unknown>,
  spec: iam.iamService,
  client: (endpoint, extra) => new iam.IAMClient(observed({ endpoint, ...extra })),
  probe: () => new iam.ListPoliciesCommand({ MaxItems: 10 }) as Command<unknown, unknown>,
  answerBody: () => ({ status: 200, headers: { 'content-type': 'text/xml' }, body: LIST_POLICIES }),
  answer: (res) => xml(res, 200, LIST_POLICIES, { 'content-type': 'text/xml' }),
  check: (out) => {
    const p = (out as iam.ListPoliciesOutput).Policies?.[0];
    return p?.PolicyName === 'ReadOnly' && p.AttachmentCount === 2;
  },
  error: (res, status, code, message, headers) => send(res, status, queryError(status, code, message), headers),
  errorBody: queryError,
  serverFaultCode: 'InternalError',
  // IAM's own throttling code (the IAM API answers `Throttling`, 400).
  throttling: [{ code: 'Throttling', status: 400 }],
  // IAM's LimitExceeded means "too many policies attached": retrying cannot help.
  notThrottling: [{ code: 'LimitExceeded', status: 409 }, { code: 'MalformedInput', status: 400 }],
};

// Throttling codes the packages declare as classes, added to the table's explicit ones.
for (const c of [kinesisCase, mediaStoreCase, dataCase, s3Case, iamCase]) {
  for (const code of declaredThrottling(c.module, c.spec)) if (!c.throttling.some((t) => t.code === code)) c.throttling.push({ code, status: 400 });
}

export const SERVICES: readonly ServiceCase[] = [kinesisCase, mediaStoreCase, dataCase, s3Case, iamCase];

type ErrorClass = new (...a: never[]) => Error;

/** The class a probe's error arrives as: the operation's or the service's declared class for the code. */
export function classFor(svc: ServiceCase, code: string): ErrorClass | undefined {
  const declared = [...(svc.probe().operation.errors ?? []), ...(svc.spec.errors ?? [])];
  return declared.find((c) => (c as unknown as { code?: string }).code === code) as ErrorClass | undefined;
}
