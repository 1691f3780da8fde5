import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachingProvider, defaultProvider, fromEnv, fromIni, resolveCredentials } from '../src/index.js';
import { parseIni } from '../src/platform/parseIni.js';

const saved = { ...process.env };
beforeEach(() => {
  for (const k of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_CONFIG_FILE']) delete process.env[k];
});
afterEach(() => {
  process.env = { ...saved };
});

function files(credentials: string, config = '') {
  const dir = mkdtempSync(join(tmpdir(), 'skiff-creds-'));
  writeFileSync(join(dir, 'credentials'), credentials);
  writeFileSync(join(dir, 'config'), config);
  process.env.AWS_SHARED_CREDENTIALS_FILE = join(dir, 'credentials');
  process.env.AWS_CONFIG_FILE = join(dir, 'config');
}

describe('credentials', () => {
  it('reads the environment, with a session token', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIAENV';
    process.env.AWS_SECRET_ACCESS_KEY = 'secret-env';
    process.env.AWS_SESSION_TOKEN = 'token-env';
    expect(await fromEnv()()).toEqual({ accessKeyId: 'AKIAENV', secretAccessKey: 'secret-env', sessionToken: 'token-env' });
  });

  it('reads a named profile from the shared files, credentials before config', async () => {
    files('[default]\naws_access_key_id = AKIADEF\naws_secret_access_key = s-def\n\n[work]\naws_access_key_id=AKIAWORK\naws_secret_access_key=s-work\n', '[profile other]\naws_access_key_id = AKIAOTHER\naws_secret_access_key = s-other\naws_session_token = t-other\n');
    expect(await fromIni()()).toEqual({ accessKeyId: 'AKIADEF', secretAccessKey: 's-def' });
    process.env.AWS_PROFILE = 'work';
    expect((await fromIni()()).accessKeyId).toBe('AKIAWORK');
    expect(await fromIni('other')()).toEqual({ accessKeyId: 'AKIAOTHER', secretAccessKey: 's-other', sessionToken: 't-other' });
    await expect(fromIni('missing')()).rejects.toThrow(/profile "missing"/);
  });

  it('the default chain prefers env vars, then falls back to the shared files', async () => {
    files('[default]\naws_access_key_id = AKIAFILE\naws_secret_access_key = s-file\n');
    expect((await defaultProvider()()).accessKeyId).toBe('AKIAFILE');
    process.env.AWS_ACCESS_KEY_ID = 'AKIAENV';
    process.env.AWS_SECRET_ACCESS_KEY = 's-env';
    expect((await defaultProvider()()).accessKeyId).toBe('AKIAENV');
  });

  it('with nothing configured, the chain fails with a message naming every source', async () => {
    files('');
    await expect(resolveCredentials(undefined)()).rejects.toThrow(/AWS_ACCESS_KEY_ID.*profile "default"/);
  });

  it('caches a provider and refreshes ahead of expiry, with one refresh for concurrent callers', async () => {
    let now = 0;
    let calls = 0;
    const p = cachingProvider(async () => {
      calls++;
      return { accessKeyId: `K${calls}`, secretAccessKey: 's', expiration: new Date(now + 60 * 60_000) };
    }, () => now);
    expect((await p()).accessKeyId).toBe('K1');
    expect((await p()).accessKeyId).toBe('K1');
    now += 56 * 60_000; // inside the 5-minute refresh window
    // The callers go on with the still-valid credentials while one refresh runs behind them.
    const [a, b] = await Promise.all([p(), p()]);
    expect([a.accessKeyId, b.accessKeyId]).toEqual(['K1', 'K1']);
    await new Promise((r) => setTimeout(r, 0));
    expect((await p()).accessKeyId).toBe('K2');
    expect(calls).toBe(2);
  });

  it('inside the refresh window, a refresh that hangs holds no caller, and a failing one is retried at most every 30 s', async () => {
    let now = 0;
    let calls = 0;
    let mode: 'ok' | 'hang' | 'fail' = 'ok';
    const p = cachingProvider(async () => {
      calls++;
      if (mode === 'hang') return new Promise<never>(() => {});
      if (mode === 'fail') throw new Error('sts down');
      return { accessKeyId: 'K', secretAccessKey: 's', expiration: new Date(now + 10 * 60_000) };
    }, () => now);
    await p();
    now += 6 * 60_000;
    mode = 'hang';
    for (let i = 0; i < 20; i++) expect((await p()).accessKeyId).toBe('K');
    expect(calls).toBe(2); // one refresh, still hanging: not one per call
    const q = cachingProvider(async () => {
      calls++;
      if (mode === 'fail') throw new Error('sts down');
      return { accessKeyId: 'Q', secretAccessKey: 's', expiration: new Date(now + 10 * 60_000) };
    }, () => now);
    mode = 'ok';
    await q();
    calls = 0;
    mode = 'fail';
    now += 6 * 60_000;
    for (let i = 0; i < 20; i++) {
      expect((await q()).accessKeyId).toBe('Q');
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(calls).toBe(1);
    now += 30_000;
    await q();
    expect(calls).toBe(2);
  });

  it('keeps still-valid credentials when a refresh fails', async () => {
    let now = 0;
    let fail = false;
    const p = cachingProvider(async () => {
      if (fail) throw new Error('sts down');
      return { accessKeyId: 'K', secretAccessKey: 's', expiration: new Date(now + 10 * 60_000) };
    }, () => now);
    await p();
    fail = true;
    now += 6 * 60_000;
    expect((await p()).accessKeyId).toBe('K');
    now += 5 * 60_000; // now expired
    await expect(p()).rejects.toThrow('sts down');
  });

  it('parses INI with comments, spacing and profile prefixes', () => {
    expect(parseIni('# c\n[profile a]\n KEY = v = w \n;x\n[b]\nk=1')).toEqual({ a: { key: 'v = w' }, b: { k: '1' } });
  });
});
