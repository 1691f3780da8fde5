// IAM Identity Center (SSO) profiles: `sso_session` (with an `[sso-session]` section) or the
// legacy `sso_start_url`. The token `aws sso login` cached in ~/.aws/sso/cache/<sha1>.json
// (sha1 of the session name, or of the start URL for legacy profiles) is exchanged with the
// portal's GetRoleCredentials, whose wire format is restJson1: GET /federation/credentials
// with the token in x-amz-sso_bearer_token
// (https://docs.aws.amazon.com/singlesignon/latest/PortalAPIReference/API_GetRoleCredentials.html).
// Not done here: refreshing an expired token through SSO OIDC CreateToken (run `aws sso login`).
import type { CredentialProvider, Credentials } from './Credentials.js';
import { CredentialsError } from './CredentialsError.js';
import { httpRequest } from './httpRequest.js';
import { env, homeDir, loadSharedConfig, profileName } from './sharedConfig.js';

export interface SsoOptions {
  profile?: string;
}

export function fromSso(options: SsoOptions = {}): CredentialProvider {
  return async () => {
    const name = profileName(options.profile);
    const config = await loadSharedConfig();
    const p = config.profiles[name];
    if (!p || (!p.sso_session && !p.sso_start_url)) throw new CredentialsError(`Profile "${name}" is no SSO profile (sso_session or sso_start_url)`);
    let region = p.sso_region;
    let cacheKey = p.sso_start_url;
    if (p.sso_session) {
      const s = config.ssoSessions[p.sso_session];
      if (!s) throw new CredentialsError(`Profile "${name}": sso-session "${p.sso_session}" is not in the config file`);
      if (p.sso_region && s.sso_region && p.sso_region !== s.sso_region) throw new CredentialsError(`Profile "${name}": sso_region differs from its sso-session's`);
      region = s.sso_region ?? region;
      cacheKey = p.sso_session;
    }
    if (!p.sso_account_id || !p.sso_role_name || !region || !cacheKey) throw new CredentialsError(`Profile "${name}" lacks sso_account_id, sso_role_name, sso_region or the start URL`);
    const { join } = process.getBuiltinModule('node:path');
    const file = join(homeDir(), '.aws', 'sso', 'cache', `${process.getBuiltinModule('node:crypto').createHash('sha1').update(cacheKey).digest('hex')}.json`);
    let token: { accessToken?: string; expiresAt?: string };
    try {
      token = JSON.parse(await process.getBuiltinModule('node:fs/promises').readFile(file, 'utf8')) as typeof token;
    } catch {
      throw new CredentialsError(`Profile "${name}": no cached SSO token (run aws sso login${p.sso_session ? ` --sso-session ${p.sso_session}` : ''})`);
    }
    if (!token.accessToken || !token.expiresAt || Date.parse(token.expiresAt) <= Date.now()) throw new CredentialsError(`Profile "${name}": the cached SSO token has expired (run aws sso login)`);
    const base = (env('AWS_ENDPOINT_URL_SSO') ?? `https://portal.sso.${region}.amazonaws.com`).replace(/\/+$/, '');
    const url = `${base}/federation/credentials?account_id=${encodeURIComponent(p.sso_account_id)}&role_name=${encodeURIComponent(p.sso_role_name)}`;
    const res = await httpRequest(url, { headers: { 'x-amz-sso_bearer_token': token.accessToken }, timeoutMs: 10_000 });
    if (res.status !== 200) throw new CredentialsError(`SSO GetRoleCredentials for profile "${name}": HTTP ${res.status}`);
    const rc = (JSON.parse(res.body) as { roleCredentials?: { accessKeyId?: string; secretAccessKey?: string; sessionToken?: string; expiration?: number } }).roleCredentials;
    if (!rc?.accessKeyId || !rc.secretAccessKey) throw new CredentialsError(`SSO GetRoleCredentials for profile "${name}" returned no credentials`);
    const c: Credentials = { accessKeyId: rc.accessKeyId, secretAccessKey: rc.secretAccessKey, sessionToken: rc.sessionToken };
    if (rc.expiration) c.expiration = new Date(rc.expiration);
    return c;
  };
}
