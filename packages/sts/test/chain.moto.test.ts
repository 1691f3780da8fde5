// The credential chain end to end against moto: assume-role profiles, web identity and
// IMDS (moto serves /latest/api/token and the security-credentials paths), each signing a
// real GetCallerIdentity with what it got.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromIni, fromInstanceMetadata, fromNodeProviderChain, fromTokenFile } from '@skiff/core';
import { startMoto, type Peer } from '@skiff/testkit';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GetCallerIdentityCommand, STSClient } from '../src/index.js';

let moto: Peer;
const saved = { ...process.env };
beforeAll(async () => {
  moto = await startMoto();
});
afterAll(async () => {
  await moto?.stop();
});
beforeEach(() => {
  for (const k of Object.keys(process.env)) if (k.startsWith('AWS_')) delete process.env[k];
  process.env.AWS_ENDPOINT_URL_STS = moto.endpoint;
  process.env.AWS_REGION = 'us-east-1';
});
afterEach(() => {
  process.env = { ...saved };
});

function files(config: string, credentials = '') {
  const dir = mkdtempSync(join(tmpdir(), 'skiff-chain-'));
  writeFileSync(join(dir, 'config'), config);
  writeFileSync(join(dir, 'credentials'), credentials);
  process.env.AWS_CONFIG_FILE = join(dir, 'config');
  process.env.AWS_SHARED_CREDENTIALS_FILE = join(dir, 'credentials');
  return dir;
}

async function whoAmI(credentials: Awaited<ReturnType<ReturnType<typeof fromIni>>>) {
  const sts = new STSClient({ credentials });
  try {
    return await sts.send(new GetCallerIdentityCommand({}));
  } finally {
    sts.destroy();
  }
}

describe('credential chain against moto', () => {
  it('GetCallerIdentity with static keys', async () => {
    const out = await whoAmI({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'secret' });
    expect(out.Account).toMatch(/^\d{12}$/);
    expect(out.Arn).toMatch(/^arn:aws:(iam|sts)::/);
  });

  it('an assume-role profile chained through two source profiles, with external id, session name and duration', async () => {
    files(
      '[profile base]\naws_access_key_id = AKIABASE\naws_secret_access_key = s-base\n' +
        '[profile middle]\nrole_arn = arn:aws:iam::123456789012:role/middle\nsource_profile = base\n' +
        '[profile top]\nrole_arn = arn:aws:iam::123456789012:role/top\nsource_profile = middle\nexternal_id = ext-1234\nrole_session_name = skiff-top\nduration_seconds = 1800\n',
    );
    const creds = await fromIni({ profile: 'top' })();
    expect(creds.accessKeyId).not.toBe('AKIABASE');
    expect(creds.sessionToken).toBeTruthy();
    expect(creds.expiration!.getTime()).toBeGreaterThan(Date.now());
    const out = await whoAmI(creds);
    expect(out.Arn).toBe('arn:aws:sts::123456789012:assumed-role/top/skiff-top');
  });

  it('mfa_serial asks the MFA callback for a code', async () => {
    files('[default]\naws_access_key_id = AKIABASE\naws_secret_access_key = s\n[profile mfa]\nrole_arn = arn:aws:iam::123456789012:role/mfa\nsource_profile = default\nmfa_serial = arn:aws:iam::123456789012:mfa/me\nrole_session_name = m\n'.replace('role_session_name = m', 'role_session_name = mm'));
    const asked: string[] = [];
    const creds = await fromIni({ profile: 'mfa', mfaCodeProvider: async (serial) => (asked.push(serial), '123456') })();
    expect(asked).toEqual(['arn:aws:iam::123456789012:mfa/me']);
    expect((await whoAmI(creds)).Arn).toBe('arn:aws:sts::123456789012:assumed-role/mfa/mm');
    await expect(fromIni({ profile: 'mfa' })()).rejects.toThrow(/mfaCodeProvider/);
  });

  it('credential_source = Environment', async () => {
    files('[profile envsrc]\nrole_arn = arn:aws:iam::123456789012:role/envsrc\ncredential_source = Environment\nrole_session_name = e1\n');
    process.env.AWS_ACCESS_KEY_ID = 'AKIAENV';
    process.env.AWS_SECRET_ACCESS_KEY = 's-env';
    process.env.AWS_PROFILE = 'envsrc';
    // The environment's keys win in the chain; the profile alone assumes the role with them.
    expect((await fromNodeProviderChain()()).accessKeyId).toBe('AKIAENV');
    expect((await whoAmI(await fromIni()())).Arn).toBe('arn:aws:sts::123456789012:assumed-role/envsrc/e1');
  });

  it('web identity from AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN, and from a profile', async () => {
    const dir = files('[profile wi]\nrole_arn = arn:aws:iam::123456789012:role/wi-profile\nrole_session_name = wp\n');
    writeFileSync(join(dir, 'token'), 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJza2lmZiJ9.c2ln\n');
    writeFileSync(process.env.AWS_CONFIG_FILE!, `[profile wi]\nrole_arn = arn:aws:iam::123456789012:role/wi-profile\nrole_session_name = wp\nweb_identity_token_file = ${join(dir, 'token')}\n`);
    process.env.AWS_WEB_IDENTITY_TOKEN_FILE = join(dir, 'token');
    process.env.AWS_ROLE_ARN = 'arn:aws:iam::123456789012:role/wi-env';
    process.env.AWS_ROLE_SESSION_NAME = 'we';
    const fromEnvToken = await fromNodeProviderChain()();
    expect((await whoAmI(fromEnvToken)).Arn).toMatch(/assumed-role\/wi-env\/we$/);
    expect((await whoAmI(await fromTokenFile()())).Arn).toMatch(/assumed-role\/wi-env\/we$/);
    const fromProfile = await fromIni({ profile: 'wi' })();
    expect((await whoAmI(fromProfile)).Arn).toMatch(/assumed-role\/wi-profile\/wp$/);
  });

  it('EC2 instance metadata (IMDSv2 token, role, credentials) from moto, last in the chain', async () => {
    files('');
    process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT = moto.endpoint;
    const direct = await fromInstanceMetadata()();
    expect(direct.accessKeyId).toBeTruthy();
    expect(direct.sessionToken).toBeTruthy();
    const chained = await fromNodeProviderChain()();
    expect(chained.accessKeyId).toBeTruthy();
    expect((await whoAmI(chained)).Account).toMatch(/^\d{12}$/);
    process.env.AWS_EC2_METADATA_DISABLED = 'true';
    await expect(fromNodeProviderChain()()).rejects.toThrow(/instance metadata: EC2 instance metadata: disabled/);
  });

  it('a source_profile loop and a missing source profile are CredentialsErrors naming the profiles', async () => {
    files('[profile a]\nrole_arn = arn:aws:iam::123456789012:role/a\nsource_profile = b\n[profile b]\nrole_arn = arn:aws:iam::123456789012:role/b\nsource_profile = a\n[profile c]\nrole_arn = arn:aws:iam::123456789012:role/c\nsource_profile = nope\n');
    await expect(fromIni({ profile: 'a' })()).rejects.toMatchObject({ name: 'CredentialsError', message: expect.stringMatching(/loop \(a -> b -> a\)/) });
    await expect(fromIni({ profile: 'c' })()).rejects.toThrow(/source_profile "nope" does not exist/);
  });
});
