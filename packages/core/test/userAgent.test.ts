// The User-Agent of requests from Node: the AWS SDKs' fields (sdk, ua/2.1, os, lang, md, api,
// app), sent as User-Agent (no x-amz-user-agent, which S3 would want signed), never signed; the app id from the config or
// AWS_SDK_UA_APP_ID, refused at construction when it is no user-agent token of 1..50 characters.
import { afterEach, describe, expect, it } from 'vitest';
import { ParamValidationError, type HttpRequest } from '../src/index.js';
import corePackage from '../package.json';
import { creds, EchoCommand, TestClient } from './testService.js';

const sent: HttpRequest[] = [];
const transport = async (req: HttpRequest) => {
  sent.push(req);
  return { status: 200, headers: {}, body: new TextEncoder().encode('{}') };
};
const saved = process.env.AWS_SDK_UA_APP_ID;
afterEach(() => {
  sent.length = 0;
  if (saved === undefined) delete process.env.AWS_SDK_UA_APP_ID;
  else process.env.AWS_SDK_UA_APP_ID = saved;
});

describe('User-Agent', () => {
  it('names Skiff and its version, the OS, Node, the service, and the app; it is not signed', async () => {
    const client = new TestClient({ region: 'us-east-1', credentials: creds, transport, userAgentAppId: 'billing-2' });
    await client.send(new EchoCommand({ Name: 'abc' }));
    const h = sent[0]!.headers;
    expect(h['user-agent']).toMatch(new RegExp(`^skiff-js/${corePackage.version.replace(/\./g, '\\.')} ua/2\\.1 os/${process.platform}#\\S+ lang/js md/nodejs#${process.versions.node.replace(/\./g, '\\.')} api/test#\\S+ app/billing-2$`));
    expect(h['x-amz-user-agent']).toBeUndefined();
    const signedHeaders = /SignedHeaders=([^,]+)/.exec(h.authorization!)![1]!.split(';');
    expect(signedHeaders).not.toContain('user-agent');
    expect(signedHeaders).not.toContain('x-amz-user-agent');
  });

  it('takes AWS_SDK_UA_APP_ID when the config names none, and names no app without either', async () => {
    process.env.AWS_SDK_UA_APP_ID = 'from-env';
    await new TestClient({ region: 'us-east-1', credentials: creds, transport }).send(new EchoCommand({ Name: 'abc' }));
    expect(sent[0]!.headers['user-agent']).toMatch(/ app\/from-env$/);
    delete process.env.AWS_SDK_UA_APP_ID;
    await new TestClient({ region: 'us-east-1', credentials: creds, transport }).send(new EchoCommand({ Name: 'abc' }));
    expect(sent[1]!.headers['user-agent']).not.toMatch(/ app\//);
  });

  it('refuses an app id that is no token of 1..50 characters when the client is built', () => {
    for (const bad of ['', 'has space', 'x'.repeat(51), 'new\nline']) {
      expect(() => new TestClient({ region: 'us-east-1', credentials: creds, transport, userAgentAppId: bad })).toThrow(ParamValidationError);
    }
    process.env.AWS_SDK_UA_APP_ID = 'bad id';
    expect(() => new TestClient({ region: 'us-east-1', credentials: creds, transport })).toThrow(/AWS_SDK_UA_APP_ID: must be 1 to 50 characters/);
  });
});
