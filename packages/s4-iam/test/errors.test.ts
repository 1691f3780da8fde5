// Every documented error code arrives as its own class, with the service's message, fault,
// status and request id; the service's ValidationError stays a service error.
import { describe, expect, it } from 'vitest';
import * as iam from '../src/index.js';
import { AttachUserPolicyCommand, GetPolicyCommand, isServiceError, ListAttachedUserPoliciesCommand, ListPoliciesCommand, ParamValidationError, ServiceError } from '../src/index.js';
import { ARN, capturingClient, xmlResponse } from './helpers.js';

// The S4 error format (S4 document, section 1) and IAM's Query form (moto, AWS).
const s4Error = (code: string, message: string) => `<?xml version="1.0" encoding="UTF-8"?>
<Error>
<Code>${code}</Code>
<Message>${message}</Message>
<Resource>/</Resource>
<RequestId>HC0000000000000001</RequestId>
</Error>`;
const queryError = (code: string, message: string) =>
  `<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>req-42</RequestId></ErrorResponse>`;

// [code, HTTP status, fault, a command that documents it]
const documented: Array<[string, number, 'client' | 'server', { input: unknown }]> = [
  // Section 3, per action.
  ['ValidationError', 400, 'client', new GetPolicyCommand({ PolicyArn: ARN })],
  ['InvalidInput', 400, 'client', new GetPolicyCommand({ PolicyArn: ARN })],
  ['NoSuchEntity', 404, 'client', new GetPolicyCommand({ PolicyArn: ARN })],
  ['MalformedInput', 400, 'client', new ListPoliciesCommand({ Marker: '1' })],
  ['AccountProblem', 403, 'client', new ListAttachedUserPoliciesCommand({ UserName: 'alice' })],
  ['InvalidArgument', 400, 'client', new AttachUserPolicyCommand({ UserName: 'alice', PolicyArn: ARN })],
  ['InternalError', 500, 'server', new AttachUserPolicyCommand({ UserName: 'alice', PolicyArn: ARN })],
  // IAM's codes of these actions.
  ['LimitExceeded', 409, 'client', new AttachUserPolicyCommand({ UserName: 'alice', PolicyArn: ARN })],
  ['ServiceFailure', 500, 'server', new GetPolicyCommand({ PolicyArn: ARN })],
  ['PolicyNotAttachable', 400, 'client', new AttachUserPolicyCommand({ UserName: 'alice', PolicyArn: ARN })],
  // Section 1, any S4 service.
  ['InvalidURI', 400, 'client', new ListPoliciesCommand({})],
  ['NoSuchAccessPoint', 404, 'client', new ListPoliciesCommand({})],
  ['InvalidAction', 400, 'client', new ListPoliciesCommand({})],
  ['IncompleteSignature', 403, 'client', new ListPoliciesCommand({})],
  ['InternalFailure', 500, 'server', new ListPoliciesCommand({})],
  ['InvalidAccessKeyId', 403, 'client', new ListPoliciesCommand({})],
  ['InvalidRequest', 400, 'client', new ListPoliciesCommand({})],
  ['MissingParameter', 400, 'client', new ListPoliciesCommand({})],
  ['MissingSecurityHeader', 400, 'client', new ListPoliciesCommand({})],
  ['SignatureDoesNotMatch', 403, 'client', new ListPoliciesCommand({})],
  ['AccessDenied', 403, 'client', new ListPoliciesCommand({})],
  ['RequestTimeTooSkewed', 403, 'client', new ListPoliciesCommand({})],
  ['AuthorizationQueryParametersError', 400, 'client', new ListPoliciesCommand({})],
  ['NoSuchBucket', 404, 'client', new ListPoliciesCommand({})],
  ['NoSuchKey', 404, 'client', new ListPoliciesCommand({})],
  ['RequestTimeout', 400, 'client', new ListPoliciesCommand({})],
];

describe('typed service errors', () => {
  it.each(documented)('%s (%i)', async (code, status, fault, command) => {
    for (const body of [s4Error(code, `about ${code}`), queryError(code, `about ${code}`)]) {
      const { cap, client } = capturingClient(xmlResponse(body, status));
      const err = (await client.send(command as never).catch((e: unknown) => e)) as ServiceError;
      const Cls = (iam as unknown as Record<string, new (...a: never[]) => unknown>)[code];
      expect(Cls).toBeTypeOf('function');
      expect(err).toBeInstanceOf(Cls);
      expect(err).toBeInstanceOf(ServiceError);
      expect(err).not.toBeInstanceOf(ParamValidationError);
      expect(err.name).toBe(code);
      expect(err.message).toBe(`about ${code}`);
      expect(err.$fault).toBe(fault);
      expect(isServiceError(err, code)).toBe(true);
      expect(err.$metadata.httpStatusCode).toBe(status);
      expect(err.$metadata.requestId).toBe(body.startsWith('<?xml') ? 'HC0000000000000001' : 'req-42');
      expect(cap.requests).toHaveLength(1);
    }
  });

  it('retries the transient ones (InternalError, 5xx) and then succeeds', async () => {
    const { cap, client } = capturingClient(
      (_req, n) =>
        n === 1
          ? xmlResponse(s4Error('InternalError', 'try again'), 500)
          : xmlResponse('<GetPolicyResponse><GetPolicyResult><Policy><PolicyName>P</PolicyName></Policy></GetPolicyResult></GetPolicyResponse>'),
      { maxAttempts: 3, retry: { baseDelay: 1, maxDelay: 2 } },
    );
    const out = await client.send(new GetPolicyCommand({ PolicyArn: ARN }));
    expect(out.Policy?.PolicyName).toBe('P');
    expect(out.$metadata.attempts).toBe(2);
    expect(cap.requests).toHaveLength(2);
  });

  it('does not retry NoSuchEntity', async () => {
    const { cap, client } = capturingClient(xmlResponse(queryError('NoSuchEntity', 'The user with name nobody cannot be found.'), 404), { maxAttempts: 3 });
    const err = await client.send(new ListAttachedUserPoliciesCommand({ UserName: 'nobody' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(iam.NoSuchEntity);
    expect(cap.requests).toHaveLength(1);
  });

  it('an undocumented code is still a ServiceError named after it', async () => {
    const { client } = capturingClient(xmlResponse(queryError('EntityTemporarilyUnmodifiable', 'busy'), 409));
    const err = (await client.send(new AttachUserPolicyCommand({ UserName: 'alice', PolicyArn: ARN })).catch((e: unknown) => e)) as ServiceError;
    expect(err).toBeInstanceOf(ServiceError);
    expect(err.name).toBe('EntityTemporarilyUnmodifiable');
    expect(isServiceError(err, 'EntityTemporarilyUnmodifiable')).toBe(true);
  });

  it('a body that is not XML becomes an error named after the status, never a success', async () => {
    const { client } = capturingClient({ status: 503, headers: {}, body: new TextEncoder().encode('upstream down') });
    const err = (await client.send(new ListPoliciesCommand({})).catch((e: unknown) => e)) as ServiceError;
    expect(isServiceError(err)).toBe(true);
    expect(err.$fault).toBe('server');
    expect(err.$metadata.httpStatusCode).toBe(503);
  });

  it('JSON.stringify of an error holds no credentials', async () => {
    const { client } = capturingClient(xmlResponse(queryError('AccessDenied', 'no'), 403));
    const err = await client.send(new ListPoliciesCommand({})).catch((e: unknown) => e);
    expect(JSON.stringify(err)).not.toContain('wJalrXUtnFEMI');
  });
});
