// IAM Identity Center (SSO) profiles: `sso_session` (with an `[sso-session]` section) or the
// legacy `sso_start_url`. The token `aws sso login` cached in ~/.aws/sso/cache/<sha1>.json
// (sha1 of the session name, or of the start URL for legacy profiles) is exchanged for role
// credentials with the portal's GetRoleCredentials, through @skiff/sso.
//
// An `sso_session` profile's token that has expired, or expires within 5 minutes, is refreshed
// first with SSO OIDC CreateToken (grantType refresh_token, through @skiff/sso-oidc), from the
// refreshToken, clientId and clientSecret `aws sso login` cached beside it, and written back
// to the same file. This is what v3 (@aws-sdk/token-providers fromSso) and botocore
// (SSOTokenProvider) do. Where this differs from them:
// - The registration's expiry (registrationExpiresAt) is checked before calling CreateToken,
//   as botocore does; v3 does not check it and lets CreateToken fail.
// - Refresh material that is missing, or an expired registration, falls back to the cached
//   token while it has not expired, as botocore does; v3 throws at once.
// - A failed refresh is not retried for 30 s per cache file; v3 keeps one such time for the
//   whole process (its comment says sessions may then hold each other back).
// - The file is written atomically (a temporary file renamed over it, mode 0600), so that a
//   crash or a concurrent reader never sees half a token; v3 and botocore write it in place.
//   Like v3, a failed write leaves the new token in use for this call only.
// - expiresAt is written as the AWS CLI writes it (ISO-8601 UTC, whole seconds).
// Legacy sso_start_url profiles are never refreshed (nor in v3 and botocore): their cache holds
// no refresh material.
// Both packages are optional peers of core, loaded on first need (platform/node.ts), as
// @skiff/sts is; browsers have no credential chain, so nothing loads them there.
import { loadSso, loadSsoOidc } from '#platform';
import { redact, registerSecret } from '../errors/redact.js';
import type { CredentialProvider, Credentials } from './Credentials.js';
import { CredentialsError } from './CredentialsError.js';
import { homeDir, loadSharedConfig, profileName } from './sharedConfig.js';

export interface SsoOptions {
  profile?: string;
  /** Replaces the loaded @skiff/sso module (an object with SSOClient and GetRoleCredentialsCommand). */
  ssoModule?: unknown;
  /** Replaces the loaded @skiff/sso-oidc module (an object with SSOOIDCClient and CreateTokenCommand). */
  ssoOidcModule?: unknown;
}

/** A token within this much of its expiry (5 minutes) is refreshed (v3's EXPIRE_WINDOW_MS). A literal, not 5 * 60_000: a bundler keeps an unused expression. */
const EXPIRE_WINDOW_MS = 300_000;
/** A failed refresh is not tried again sooner than this (v3's and botocore's 30 s). */
const REFRESH_RETRY_MS = 30_000;
const lastRefreshFailure = /* @__PURE__ */ new Map<string, number>();
/** Refreshes under way, per cache file: concurrent callers share one CreateToken (a refresh
 * token may be good for one use only). */
const refreshing = /* @__PURE__ */ new Map<string, Promise<string>>();

/** The cache file's fields, as the AWS CLI writes them. */
interface CachedToken {
  startUrl?: string;
  region?: string;
  accessToken?: string;
  expiresAt?: string;
  clientId?: string;
  clientSecret?: string;
  registrationExpiresAt?: string;
  refreshToken?: string;
  [other: string]: unknown;
}

interface Sendable<T> {
  send(command: unknown): Promise<T>;
  destroy(): void;
}
interface SsoModule {
  SSOClient: new (config: Record<string, unknown>) => Sendable<{ roleCredentials?: { accessKeyId?: string; secretAccessKey?: string; sessionToken?: string; expiration?: number } }>;
  GetRoleCredentialsCommand: new (input: Record<string, unknown>) => unknown;
}
interface SsoOidcModule {
  SSOOIDCClient: new (config: Record<string, unknown>) => Sendable<{ accessToken?: string; expiresIn?: number; refreshToken?: string }>;
  CreateTokenCommand: new (input: Record<string, unknown>) => unknown;
}

async function load<M>(given: unknown, loader: () => Promise<unknown>, pkg: string, what: string): Promise<M> {
  if (given) return given as M;
  try {
    return (await loader()) as M;
  } catch (e) {
    throw new CredentialsError(`${what} needs ${pkg}: install it beside @skiff/core (${(e as Error).message.split('\n')[0]})`);
  }
}

/**
 * A service error as `Name: message`, scrubbed of every secret this provider handled. SSO
 * OIDC's errors carry OAuth's error_description instead of a message.
 */
function describe(e: unknown, secrets: readonly (string | undefined)[]): string {
  const err = e as Error & { details?: Record<string, unknown> };
  const description = err.details?.error_description;
  const message = err.message === err.name && typeof description === 'string' ? description : err.message;
  return redact(`${err.name}: ${message}`, secrets.filter((s): s is string => !!s));
}

/** ISO-8601 UTC in whole seconds, as the AWS CLI writes expiresAt. */
const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function fromSso(options: SsoOptions = {}): CredentialProvider {
  return async () => {
    const name = profileName(options.profile);
    const config = await loadSharedConfig();
    const p = config.profiles[name];
    if (!p || (!p.sso_session && !p.sso_start_url)) throw new CredentialsError(`Profile "${name}" is no SSO profile (sso_session or sso_start_url)`);
    let region = p.sso_region;
    let cacheKey = p.sso_start_url;
    let startUrl = p.sso_start_url;
    const session = p.sso_session;
    if (session) {
      const s = config.ssoSessions[session];
      if (!s) throw new CredentialsError(`Profile "${name}": sso-session "${session}" is not in the config file`);
      if (p.sso_region && s.sso_region && p.sso_region !== s.sso_region) throw new CredentialsError(`Profile "${name}": sso_region differs from its sso-session's`);
      region = s.sso_region ?? region;
      startUrl = s.sso_start_url ?? startUrl;
      cacheKey = session;
    }
    if (!p.sso_account_id || !p.sso_role_name || !region || !cacheKey) throw new CredentialsError(`Profile "${name}" lacks sso_account_id, sso_role_name, sso_region or the start URL`);
    const login = `run aws sso login${session ? ` --sso-session ${session}` : ''}`;
    const { join } = process.getBuiltinModule('node:path');
    const file = join(homeDir(), '.aws', 'sso', 'cache', `${process.getBuiltinModule('node:crypto').createHash('sha1').update(cacheKey).digest('hex')}.json`);
    let cached: CachedToken;
    try {
      cached = JSON.parse(await process.getBuiltinModule('node:fs/promises').readFile(file, 'utf8')) as CachedToken;
      if (!cached || typeof cached !== 'object') throw new Error('not an object');
    } catch {
      throw new CredentialsError(`Profile "${name}": no cached SSO token (${login})`);
    }
    for (const s of [cached.accessToken, cached.refreshToken, cached.clientSecret]) if (typeof s === 'string') registerSecret(s);
    const expiresMs = typeof cached.expiresAt === 'string' ? Date.parse(cached.expiresAt) : NaN;
    if (typeof cached.accessToken !== 'string' || !cached.accessToken || Number.isNaN(expiresMs)) throw new CredentialsError(`Profile "${name}": the cached SSO token has no accessToken or expiresAt (${login})`);

    let accessToken = cached.accessToken;
    const now = Date.now();
    if (expiresMs - now <= EXPIRE_WINDOW_MS) {
      if (!session) {
        // As v3's legacy path: a token inside the window is as good as expired, and not refreshed.
        throw new CredentialsError(
          `Profile "${name}": the cached SSO token ${expiresMs <= now ? 'has expired' : 'expires within 5 minutes'} (run aws sso login); a legacy sso_start_url profile's token is not refreshed (configure an sso-session for that)`,
        );
      }
      let pending = refreshing.get(file);
      if (!pending) {
        pending = refreshed({ options, name, session, region, startUrl, file, cached, expiresMs, login }).finally(() => refreshing.delete(file));
        refreshing.set(file, pending);
      }
      accessToken = await pending;
    }

    const m = await load<SsoModule>(options.ssoModule, loadSso, '@skiff/sso', `Profile "${name}" (SSO)`);
    const client = new m.SSOClient({ region });
    let out;
    try {
      out = await client.send(new m.GetRoleCredentialsCommand({ accountId: p.sso_account_id, roleName: p.sso_role_name, accessToken }));
    } catch (e) {
      throw new CredentialsError(`Profile "${name}": SSO GetRoleCredentials failed: ${describe(e, [accessToken])}${(e as Error).name === 'UnauthorizedException' ? ` (${login})` : ''}`);
    } finally {
      client.destroy();
    }
    const rc = out.roleCredentials;
    if (!rc?.accessKeyId || !rc.secretAccessKey) throw new CredentialsError(`Profile "${name}": SSO GetRoleCredentials returned no credentials`);
    const c: Credentials = { accessKeyId: rc.accessKeyId, secretAccessKey: rc.secretAccessKey, sessionToken: rc.sessionToken };
    if (typeof rc.expiration === 'number') c.expiration = new Date(rc.expiration);
    return c;
  };
}

interface RefreshContext {
  options: SsoOptions;
  name: string;
  session: string;
  region: string;
  startUrl: string | undefined;
  file: string;
  cached: CachedToken;
  expiresMs: number;
  login: string;
}

/**
 * The access token to use for a session's token that expires within the window: a new one from
 * CreateToken (written back to the cache file), or the cached one while it has not expired and
 * no refresh can be had (botocore's rule).
 */
async function refreshed(r: RefreshContext): Promise<string> {
  const { cached, name, session, login } = r;
  const stillValid = r.expiresMs > Date.now();
  const fallback = (why: string): string => {
    if (stillValid) return cached.accessToken!;
    throw new CredentialsError(`Profile "${name}": the cached SSO token of sso-session "${session}" has expired and ${why} (${login})`);
  };
  const missing = (['refreshToken', 'clientId', 'clientSecret', 'registrationExpiresAt'] as const).filter((k) => typeof cached[k] !== 'string' || !cached[k]);
  if (missing.length) return fallback(`cannot be refreshed: the cache file has no ${missing.join(', ')}`);
  const registrationMs = Date.parse(cached.registrationExpiresAt!);
  if (!(registrationMs > Date.now())) return fallback(`cannot be refreshed: the client registration ${Number.isNaN(registrationMs) ? 'has an unreadable expiry' : `expired at ${cached.registrationExpiresAt}`}`);
  const failedAt = lastRefreshFailure.get(r.file);
  if (failedAt !== undefined && Date.now() - failedAt < REFRESH_RETRY_MS) return fallback('a refresh failed less than 30 s ago');

  const step = `refreshing it with SSO OIDC CreateToken`;
  const m = await load<SsoOidcModule>(r.options.ssoOidcModule, loadSsoOidc, '@skiff/sso-oidc', `Profile "${name}" (${step})`);
  const client = new m.SSOOIDCClient({ region: r.region });
  let out;
  try {
    out = await client.send(new m.CreateTokenCommand({ clientId: cached.clientId, clientSecret: cached.clientSecret, grantType: 'refresh_token', refreshToken: cached.refreshToken }));
    if (typeof out.accessToken !== 'string' || !out.accessToken || typeof out.expiresIn !== 'number') throw Object.assign(new Error('the answer has no accessToken or expiresIn'), { name: 'InvalidAnswer' });
  } catch (e) {
    lastRefreshFailure.set(r.file, Date.now());
    // As both SDKs: a token that has not expired yet is still used when its refresh fails.
    if (stillValid) return cached.accessToken!;
    throw new CredentialsError(
      `Profile "${name}": the cached SSO token of sso-session "${session}" has expired; ${step} failed: ${describe(e, [cached.accessToken, cached.refreshToken, cached.clientSecret])} (${login})`,
    );
  } finally {
    client.destroy();
  }
  lastRefreshFailure.delete(r.file);
  registerSecret(out.accessToken);
  registerSecret(out.refreshToken);
  // The AWS CLI's field names. As v3 and botocore, the refresh token is the one CreateToken
  // returned (none when it returned none); the other fields are kept.
  const { refreshToken: _old, ...rest } = cached;
  const next: CachedToken = {
    ...rest,
    startUrl: cached.startUrl ?? r.startUrl,
    region: cached.region ?? r.region,
    accessToken: out.accessToken,
    expiresAt: isoSeconds(Date.now() + out.expiresIn! * 1000),
    ...(out.refreshToken ? { refreshToken: out.refreshToken } : {}),
  };
  await writeAtomically(r.file, next);
  return out.accessToken;
}

/** A temporary file beside the cache file, renamed over it. A failed write is ignored, as v3 ignores it. */
async function writeAtomically(file: string, token: CachedToken): Promise<void> {
  const fs = process.getBuiltinModule('node:fs/promises');
  const tmp = `${file}.${process.pid}.${process.getBuiltinModule('node:crypto').randomBytes(4).toString('hex')}.tmp`;
  try {
    await fs.writeFile(tmp, JSON.stringify(token, null, 2), { mode: 0o600, flag: 'wx' });
    await fs.rename(tmp, file);
  } catch {
    await fs.rm(tmp, { force: true }).catch(() => {});
  }
}
