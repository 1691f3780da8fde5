// Shared bits of the s4-iam tests: credentials, a client over a capturing transport, and
// the decoded form body of a captured request.
import { captureTransport, type Captured } from '@skiff/testkit';
import type { HttpResponse } from '@skiff/core';
import { IAMClient, type IAMClientConfig } from '../src/index.js';

export const creds = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

export const ARN = 'arn:aws:iam::123456789012:policy/GoldenReadOnly';

export function xmlResponse(xml: string, status = 200): HttpResponse {
  return { status, headers: { 'content-type': 'text/xml' }, body: new TextEncoder().encode(xml) };
}

/** An empty success answer of the Query protocol for `action`. */
export function emptyAnswer(action: string): HttpResponse {
  return xmlResponse(`<${action}Response xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ResponseMetadata><RequestId>0000000000000001</RequestId></ResponseMetadata></${action}Response>`);
}

export function capturingClient(respond?: Parameters<typeof captureTransport>[0], config: IAMClientConfig = {}) {
  const cap = captureTransport(respond ?? ((req) => emptyAnswer(formOf(req).get('Action') ?? '')));
  const client = new IAMClient({ region: 'eu-central-1', credentials: creds, transport: cap.transport, maxAttempts: 1, ...config });
  return { cap, client };
}

/** The form parameters of a captured request, in body order. */
export function formOf(req: Captured): URLSearchParams {
  return new URLSearchParams(new TextDecoder().decode(req.body));
}

export function formEntries(req: Captured): Array<[string, string]> {
  return [...formOf(req).entries()];
}
