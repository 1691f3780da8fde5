// Skiff and botocore (the machine's python3) over the same config/credentials/env fixtures:
// the credentials, region and endpoint each resolves must agree. IMDS and containers are
// off in both (AWS_EC2_METADATA_DISABLED), so only the fixture decides.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromNodeProviderChain, type HttpRequest } from '@skiff/core';
import { afterEach, describe, expect, it } from 'vitest';
import { GetCallerIdentityCommand, STSClient } from '../src/index.js';

interface Fixture {
  name: string;
  config?: string;
  credentials?: string;
  env?: Record<string, string>;
  /** Where botocore raises on purpose and Skiff does not: why, and what Skiff resolves instead. */
  differs?: { why: string; skiff: unknown };
}

const K = (id: string) => `aws_access_key_id = ${id}\naws_secret_access_key = secret-${id}\n`;
const fixtures: Fixture[] = [
  { name: 'env keys only', env: { AWS_ACCESS_KEY_ID: 'AKIAENV', AWS_SECRET_ACCESS_KEY: 's-env', AWS_DEFAULT_REGION: 'eu-west-1' } },
  { name: 'env keys with session token win over the files', credentials: `[default]\n${K('AKIAFILE')}`, env: { AWS_ACCESS_KEY_ID: 'AKIAENV', AWS_SECRET_ACCESS_KEY: 's-env', AWS_SESSION_TOKEN: 't-env', AWS_DEFAULT_REGION: 'eu-west-1' } },
  { name: 'default profile in the credentials file, region in config', credentials: `[default]\n${K('AKIADEF')}`, config: '[default]\nregion = us-west-2\n' },
  { name: 'AWS_PROFILE selects a profile', credentials: `[default]\n${K('AKIADEF')}[work]\n${K('AKIAWORK')}`, config: '[profile work]\nregion = ap-southeast-2\n', env: { AWS_PROFILE: 'work' } },
  { name: 'credentials file keys win over the config file', credentials: `[default]\n${K('AKIACRED')}`, config: `[default]\n${K('AKIACONF')}region = eu-central-1\n` },
  { name: 'static keys in the config file only', config: `[profile cfg]\n${K('AKIACFG')}aws_session_token = t-cfg\nregion = sa-east-1\n`, env: { AWS_PROFILE: 'cfg' } },
  { name: '[name] without "profile" in the config file is no profile', config: `[work]\n${K('AKIANOPE')}region = eu-west-3\n[default]\nregion = eu-north-1\n`, credentials: `[work]\n${K('AKIAWORK')}`, env: { AWS_PROFILE: 'work' } },
  { name: '[profile default] in the config file', config: `[profile default]\n${K('AKIAPDEF')}region = ca-central-1\n` },
  { name: 'AWS_DEFAULT_REGION wins over the profile region', credentials: `[default]\n${K('AKIADEF')}`, config: '[default]\nregion = us-west-2\n', env: { AWS_DEFAULT_REGION: 'eu-south-1' } },
  { name: 'comments, blank lines, spaces and CRLF', credentials: `# top\r\n\r\n[default]\r\n  aws_access_key_id=AKIASPACE  \r\n; note\r\naws_secret_access_key =   s-space\r\n`, config: '[default]\r\nregion=us-east-2\r\n' },
  { name: 'keys are case-insensitive', credentials: '[default]\nAWS_ACCESS_KEY_ID = AKIAUPPER\nAws_Secret_Access_Key = s-upper\n', config: '[default]\nRegion = eu-west-2\n' },
  { name: 'missing secret: no credentials from that profile', credentials: '[default]\naws_access_key_id = AKIAHALF\n', config: '[default]\nregion = us-east-1\n', differs: { why: 'botocore raises PartialCredentialsError; v3, like Skiff, treats the profile as having no static keys and goes on down the chain', skiff: null } },
  { name: 'malformed lines are skipped', credentials: `garbage before any section\n[default]\nnot a key value\n${K('AKIAMAL')}`, config: '[default]\nregion = us-east-1\n', differs: { why: "botocore's configparser refuses the whole file; v3, like Skiff, skips lines it cannot read", skiff: ['AKIAMAL', 'secret-AKIAMAL', null] } },
  { name: 'endpoint: AWS_ENDPOINT_URL_STS', credentials: `[default]\n${K('AKIAEP')}`, env: { AWS_DEFAULT_REGION: 'us-east-1', AWS_ENDPOINT_URL_STS: 'http://sts.example.test:8080', AWS_ENDPOINT_URL: 'http://global.example.test' } },
  { name: 'endpoint: AWS_ENDPOINT_URL', credentials: `[default]\n${K('AKIAEP')}`, env: { AWS_DEFAULT_REGION: 'us-east-1', AWS_ENDPOINT_URL: 'http://global.example.test' } },
  { name: 'endpoint: services section beats the profile endpoint_url', credentials: `[default]\n${K('AKIAEP')}`, config: '[default]\nregion = us-east-1\nendpoint_url = http://profile.example.test\nservices = local\n[services local]\nsts =\n  endpoint_url = http://svc.example.test:9000\n' },
  { name: 'endpoint: env global beats the services section', credentials: `[default]\n${K('AKIAEP')}`, config: '[default]\nregion = us-east-1\nservices = local\n[services local]\nsts =\n  endpoint_url = http://svc.example.test:9000\n', env: { AWS_ENDPOINT_URL: 'http://global.example.test' } },
  { name: 'endpoint: the profile endpoint_url', credentials: `[default]\n${K('AKIAEP')}`, config: '[default]\nregion = us-east-1\nendpoint_url = http://profile.example.test\n' },
  { name: 'endpoint: a services section for another service only', credentials: `[default]\n${K('AKIAEP')}`, config: '[default]\nregion = us-east-1\nservices = local\n[services local]\ns3 =\n  endpoint_url = http://s3.example.test\n' },
  { name: 'endpoint: AWS_IGNORE_CONFIGURED_ENDPOINT_URLS', credentials: `[default]\n${K('AKIAEP')}`, config: '[default]\nregion = us-east-1\nendpoint_url = http://profile.example.test\n', env: { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true', AWS_ENDPOINT_URL_STS: 'http://sts.example.test' } },
  { name: 'endpoint: ignore_configured_endpoint_urls in the profile', credentials: `[default]\n${K('AKIAEP')}`, config: '[default]\nregion = us-east-1\nignore_configured_endpoint_urls = true\nendpoint_url = http://profile.example.test\n' },
  { name: 'a named profile that does not exist', credentials: `[default]\n${K('AKIADEF')}`, env: { AWS_PROFILE: 'ghost', AWS_DEFAULT_REGION: 'us-east-1' }, differs: { why: 'botocore raises ProfileNotFound at once; Skiff, like v3, reports the missing profile as one failed source of the chain', skiff: null } },
  { name: 'credential_process', config: `[default]\nregion = us-west-1\ncredential_process = "${process.execPath}" -e "console.log(JSON.stringify({Version:1,AccessKeyId:'AKIAPROC',SecretAccessKey:'s-proc',SessionToken:'t-proc'}))"\n` },
];

const BOTOCORE = `
import json, botocore.session
s = botocore.session.Session()
out = {}
try:
    c = s.get_credentials()
    out['creds'] = None if c is None else [c.access_key, c.secret_key, c.token]
except Exception as e:
    out['creds'] = 'error'
try:
    out['region'] = s.get_config_variable('region')
except Exception:
    out['region'] = 'error'
try:
    out['endpoint'] = s.create_client('sts', region_name=out['region'] or 'us-east-1', aws_access_key_id='x', aws_secret_access_key='y').meta.endpoint_url
except Exception as e:
    out['endpoint'] = 'error'
print(json.dumps(out))
`;

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

function fixtureEnv(f: Fixture): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'skiff-cmp-'));
  writeFileSync(join(dir, 'config'), f.config ?? '');
  writeFileSync(join(dir, 'credentials'), f.credentials ?? '');
  return { AWS_CONFIG_FILE: join(dir, 'config'), AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'), AWS_EC2_METADATA_DISABLED: 'true', ...f.env };
}

async function skiff(env: Record<string, string>) {
  for (const k of Object.keys(process.env)) if (k.startsWith('AWS_')) delete process.env[k];
  Object.assign(process.env, env);
  let creds: unknown;
  try {
    const c = await fromNodeProviderChain()();
    creds = [c.accessKeyId, c.secretAccessKey, c.sessionToken ?? null];
  } catch {
    creds = null;
  }
  // Region and endpoint as a request shows them: its URL and the scope it is signed for.
  let seen: HttpRequest | undefined;
  const transport = async (req: HttpRequest) => {
    seen = req;
    return { status: 200, headers: {}, body: new TextEncoder().encode('<GetCallerIdentityResponse><GetCallerIdentityResult><Account>1</Account></GetCallerIdentityResult></GetCallerIdentityResponse>') };
  };
  const client = new STSClient({ credentials: { accessKeyId: 'x', secretAccessKey: 'y' }, transport, maxAttempts: 1 });
  let region: string | null = null;
  let endpoint: string | null = null;
  try {
    await client.send(new GetCallerIdentityCommand({}));
    region = /Credential=x\/\d+\/([^/]+)\/sts/.exec(seen!.headers.authorization!)![1]!;
    endpoint = seen!.url.replace(/\/$/, '');
  } catch {
    // No region: botocore's endpoint falls back to us-east-1 in this script; so does the comparison.
    const c2 = new STSClient({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' }, transport, maxAttempts: 1 });
    await c2.send(new GetCallerIdentityCommand({}));
    endpoint = seen!.url.replace(/\/$/, '');
  }
  return { creds, region, endpoint };
}

describe('Skiff resolves what botocore resolves', () => {
  it(`${fixtures.length} fixtures (at least 20)`, () => expect(fixtures.length).toBeGreaterThanOrEqual(20));
  for (const f of fixtures) {
    it(f.name, async () => {
      const env = fixtureEnv(f);
      const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('AWS_')));
      const r = spawnSync('python3', ['-c', BOTOCORE], { env: { ...clean, ...env }, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const b = JSON.parse(r.stdout) as { creds: unknown; region: string | null; endpoint: string };
      const s = await skiff(env);
      if (f.differs) {
        expect(b.creds, f.differs.why).toBe('error');
        expect(s.creds, f.differs.why).toEqual(f.differs.skiff);
      } else expect(s.creds).toEqual(b.creds);
      expect(s.region).toEqual(b.region);
      // botocore cannot make a client for a profile that does not exist; Skiff uses the default endpoint.
      if (b.endpoint === 'error') expect([f.differs !== undefined, s.endpoint]).toEqual([true, 'https://sts.us-east-1.amazonaws.com']);
      else expect(s.endpoint).toEqual(b.endpoint.replace(/\/$/, ''));
    });
  }
});
