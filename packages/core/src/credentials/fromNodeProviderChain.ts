// Node's default credential chain, in the order of v3's fromNodeProviderChain: the
// environment; the profile's SSO, then its other kinds (fromIni); web identity from the
// environment; the container endpoint; EC2 instance metadata. Each source is its own module,
// imported statically: Node's one file of core holds them all (no chunk, no import(); see
// packaging.test.ts), and what costs at start is loaded by each source on first use (node:
// http, child_process, crypto, @skiff/sts, @skiff/sso, @skiff/sso-oidc). Browsers never get this chain (#platform).
import { fromContainerMetadata } from './fromContainerMetadata.js';
import { fromEnv } from './fromEnv.js';
import { fromIni } from './fromIni.js';
import { fromInstanceMetadata } from './fromInstanceMetadata.js';
import { fromSso, type SsoOptions } from './fromSso.js';
import { fromTokenFile } from './fromTokenFile.js';
import type { CredentialProvider, Credentials } from './Credentials.js';
import { CredentialsError } from './CredentialsError.js';
import type { IniOptions } from './fromIni.js';
import { env, loadSharedConfig, profileName } from './sharedConfig.js';

export type NodeChainOptions = IniOptions & SsoOptions;

export function fromNodeProviderChain(options: NodeChainOptions = {}): CredentialProvider {
  return async () => {
    const reasons: string[] = [];
    const attempt = async (source: string, get: () => Promise<Credentials>) => {
      try {
        return await get();
      } catch (e) {
        reasons.push(`${source}: ${(e as Error).message}`);
        return undefined;
      }
    };
    const found =
      (await attempt('environment', async () => fromEnv()())) ??
      (await attempt('profile', async () => {
        const name = profileName(options.profile);
        const p = (await loadSharedConfig()).profiles[name];
        if (p && (p.sso_session || p.sso_start_url)) return fromSso(options)();
        return fromIni(options)();
      })) ??
      (await attempt('web identity', async () => fromTokenFile(options)())) ??
      (await attempt('container', async () => fromContainerMetadata()())) ??
      // v3 skips IMDS when container variables are set and the container failed: not here
      // either, the container failure is the one reported.
      (env('AWS_CONTAINER_CREDENTIALS_RELATIVE_URI') || env('AWS_CONTAINER_CREDENTIALS_FULL_URI') ? undefined : await attempt('instance metadata', async () => fromInstanceMetadata()()));
    if (found) return found;
    throw new CredentialsError(`Could not load credentials from any provider: ${reasons.join('; ')}`);
  };
}
