// The STS calls the chain makes, through @skiff/sts loaded on first need (core does not
// depend on it: it is an optional peer, see platform/node.ts loadSts). Options may inject a
// client instead, as tests and applications with their own STS setup do.
import { loadSts } from '#platform';
import type { Credentials } from './Credentials.js';
import { CredentialsError } from './CredentialsError.js';

interface StsAnswer {
  Credentials?: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string; Expiration: Date };
}
interface StsModule {
  STSClient: new (config: Record<string, unknown>) => { send(command: unknown): Promise<StsAnswer>; destroy(): void };
  AssumeRoleCommand: new (input: Record<string, unknown>) => unknown;
  AssumeRoleWithWebIdentityCommand: new (input: Record<string, unknown>) => unknown;
}

export interface StsOptions {
  /** The region STS is called in (default: the profile's, AWS_REGION, else us-east-1). */
  stsRegion?: string;
  /** Replaces the loaded @skiff/sts module (an object with STSClient and the commands). */
  stsModule?: unknown;
}

async function stsModule(options: StsOptions): Promise<StsModule> {
  if (options.stsModule) return options.stsModule as StsModule;
  try {
    return (await loadSts()) as StsModule;
  } catch (e) {
    throw new CredentialsError(`This profile needs STS: install @skiff/sts beside @skiff/core (${(e as Error).message.split('\n')[0]})`);
  }
}

function toCredentials(out: StsAnswer, what: string): Credentials {
  const c = out.Credentials;
  if (!c?.AccessKeyId || !c.SecretAccessKey) throw new CredentialsError(`${what}: STS returned no credentials`);
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration };
}

async function call(options: StsOptions, region: string | undefined, credentials: Credentials | undefined, make: (m: StsModule) => unknown, what: string): Promise<Credentials> {
  const m = await stsModule(options);
  // AssumeRoleWithWebIdentity is unsigned by AWS credentials; STS accepts it signed by none
  // too, but the client signs every request, so it gets throwaway keys.
  const client = new m.STSClient({ region: options.stsRegion ?? region ?? 'us-east-1', credentials: credentials ?? { accessKeyId: 'anonymous', secretAccessKey: 'anonymous' } });
  try {
    return toCredentials(await client.send(make(m)), what);
  } catch (e) {
    if (e instanceof CredentialsError) throw e;
    throw new CredentialsError(`${what}: ${(e as Error).name}: ${(e as Error).message}`);
  } finally {
    client.destroy();
  }
}

export function assumeRole(options: StsOptions, region: string | undefined, source: Credentials, input: Record<string, unknown>): Promise<Credentials> {
  return call(options, region, source, (m) => new m.AssumeRoleCommand(input), `AssumeRole ${String(input.RoleArn)}`);
}

export function assumeRoleWithWebIdentity(options: StsOptions, region: string | undefined, input: Record<string, unknown>): Promise<Credentials> {
  return call(options, region, undefined, (m) => new m.AssumeRoleWithWebIdentityCommand(input), `AssumeRoleWithWebIdentity ${String(input.RoleArn)}`);
}

/** A session name when the profile gives none, as v3 makes them. */
export const defaultSessionName = () => `skiff-session-${Date.now()}`;
