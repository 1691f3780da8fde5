import { describe, expect, it } from 'vitest';
import { canonicalQuery, canonicalUri, headerValues } from '../src/canonicalRequest.js';
import { startMediaStoreLocal } from '../src/index.js';
import { activeContainer, data, send } from './helpers/http.js';
import { signHeaders } from './helpers/testSigner.js';

describe('canonical request pieces', () => {
  it('encodes the wire path once more and normalises it (non-S3 rules)', () => {
    expect(canonicalUri('/_data/movies/a%7Eb.txt')).toBe('/_data/movies/a%257Eb.txt');
    expect(canonicalUri('/a b/$x')).toBe('/a%20b/%24x');
    expect(canonicalUri('//premium/./canada/../usa/')).toBe('/premium/usa/');
    expect(canonicalUri('/')).toBe('/');
    expect(canonicalUri('/a/..')).toBe('/');
  });

  it('sorts and re-encodes the query, dropping what is asked', () => {
    expect(canonicalQuery('b=2&a=%7E&a=1&c')).toBe('a=1&a=~&b=2&c=');
    expect(canonicalQuery('Path=premium%2Fcanada&MaxResults=10')).toBe('MaxResults=10&Path=premium%2Fcanada');
    expect(canonicalQuery('X-Amz-Signature=abc&x=1', ['X-Amz-Signature'])).toBe('x=1');
    expect(canonicalQuery('q=a+b')).toBe('q=a%2Bb'); // `+` is a plus, not a space, in SigV4
  });

  it('joins repeated headers and collapses spaces', () => {
    const v = headerValues([
      ['My-Header', ' a   b '],
      ['my-header', 'c'],
    ]);
    expect(v.get('my-header')).toBe('a b,c');
  });
});

it('verifies a data-plane request whose path is percent-encoded on the wire', async () => {
  const server = await startMediaStoreLocal({ creatingDelayMs: 0 });
  try {
    const endpoint = (await activeContainer(server.endpoint, 'enc')).Endpoint;
    const put = await data(endpoint, 'PUT', 'a%7Eb.txt', { body: 'tilde' });
    expect(put.status).toBe(200);
    // The object path is the decoded one.
    expect(server.state.find('enc')!.objects.has('a~b.txt')).toBe(true);
    expect((await data(endpoint, 'GET', 'a~b.txt')).body.toString()).toBe('tilde');

    // A signer that encodes the path only once (S3's rule) is refused.
    const url = `${endpoint}/a%7Eb.txt`;
    const headers = signHeaders({ method: 'GET', url: url.replace('%7E', '~') });
    const res = await send(url, { headers });
    expect(res.json().__type).toBe('InvalidSignatureException');
  } finally {
    await server.close();
  }
});
