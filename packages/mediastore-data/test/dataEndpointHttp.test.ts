// dataClientForContainer and a plain-http data endpoint: refused when the control plane was
// reached over https (the session token would travel unencrypted), taken with a warning when
// the caller addressed the control plane over http itself (a local MediaStore server).
import { describe, expect, it } from 'vitest';
import type { HttpRequest } from '@skiff/core';
import { dataClientForContainer } from '../src/index.js';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: 'token-value-1234567890' };
const answering = (endpoint: string) => {
  const sent: HttpRequest[] = [];
  const transport = async (req: HttpRequest) => {
    sent.push(req);
    return { status: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: new TextEncoder().encode(JSON.stringify({ Container: { Endpoint: endpoint, Status: 'ACTIVE', Name: 'movies' } })) };
  };
  return { sent, transport };
};

describe('dataClientForContainer with a plain http data endpoint', () => {
  it('is refused when the control plane answered over https', async () => {
    const { transport } = answering('http://abc.data.mediastore.us-east-1.amazonaws.com');
    await expect(dataClientForContainer({ region: 'us-east-1', credentials, transport }, 'movies')).rejects.toThrow(/plain http data endpoint .* refused, it would send the credentials unencrypted/);
  });

  it('is taken, with a warning, from a control plane the caller addressed over http', async () => {
    const { transport } = answering('http://127.0.0.1:4566/_data/movies');
    const warnings: string[] = [];
    const client = await dataClientForContainer({ region: 'us-east-1', credentials, transport, endpoint: 'http://127.0.0.1:4566', logger: { warn: (m: string) => warnings.push(m) } }, 'movies');
    expect(client.config.endpoint).toBe('http://127.0.0.1:4566/_data/movies');
    expect(warnings).toEqual([expect.stringMatching(/plain http; requests and their session token go unencrypted/)]);
  });

  it('takes an https endpoint without a word', async () => {
    const { transport } = answering('https://abc.data.mediastore.us-east-1.amazonaws.com');
    const warnings: string[] = [];
    const client = await dataClientForContainer({ region: 'us-east-1', credentials, transport, logger: { warn: (m: string) => warnings.push(m) } }, 'movies');
    expect(client.config.endpoint).toBe('https://abc.data.mediastore.us-east-1.amazonaws.com');
    expect(warnings).toEqual([]);
  });
});
