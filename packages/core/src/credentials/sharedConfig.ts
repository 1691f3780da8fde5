// The shared config and credentials files, as the AWS SDKs read them
// (https://docs.aws.amazon.com/sdkref/latest/guide/file-format.html): `[profile name]`,
// `[default]`, `[sso-session name]` and `[services name]` sections in the config file,
// `[name]` in the credentials file, whose keys win over the config file's. Node only.

export type Section = Record<string, string>;

export interface SharedConfig {
  profiles: Record<string, Section>;
  ssoSessions: Record<string, Section>;
  /** `[services name]`: service key (`s3`, `sts`) to its sub-settings (`endpoint_url`). */
  services: Record<string, Record<string, Section>>;
}

/** Sections of an INI text by their header, with nested keys (`s3 =` then indented lines) as `s3.key`. */
export function parseSections(text: string): Record<string, Section> {
  const out: Record<string, Section> = Object.create(null);
  let section: Section | undefined;
  let parent: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const head = /^\[([^\]]+)\]$/.exec(line);
    if (head) {
      section = out[head[1]!.trim().replace(/\s+/g, ' ')] ??= Object.create(null);
      parent = undefined;
      continue;
    }
    const eq = line.indexOf('=');
    if (!section || eq <= 0) continue;
    const key = line.slice(0, eq).trim().toLowerCase();
    const value = line.slice(eq + 1).trim();
    const indented = /^\s/.test(raw);
    if (indented && parent) section[`${parent}.${key}`] = value;
    else {
      section[key] = value;
      parent = value === '' ? key : undefined;
    }
  }
  return out;
}

export function env(name: string): string | undefined {
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];
}

export function homeDir(): string {
  return env('HOME') ?? env('USERPROFILE') ?? process.getBuiltinModule('node:os').homedir();
}

/** Merges the two files into profiles (the credentials file's keys win), SSO sessions and services. */
export function buildSharedConfig(config: string | undefined, credentials: string | undefined): SharedConfig {
  const profiles: Record<string, Section> = Object.create(null);
  const ssoSessions: Record<string, Section> = Object.create(null);
  const services: Record<string, Record<string, Section>> = Object.create(null);
  for (const [head, values] of Object.entries(parseSections(config ?? ''))) {
    const m = /^(profile|sso-session|services) (.+)$/.exec(head);
    // In the config file a profile other than `default` is `[profile name]`; `[name]` is no profile.
    if (head === 'default') profiles.default = { ...values, ...profiles.default };
    else if (m?.[1] === 'profile') profiles[m[2]!] = { ...profiles[m[2]!], ...values };
    else if (m?.[1] === 'sso-session') ssoSessions[m[2]!] = values;
    else if (m?.[1] === 'services') {
      const byService: Record<string, Section> = Object.create(null);
      for (const [k, v] of Object.entries(values)) {
        const dot = k.indexOf('.');
        if (dot > 0) (byService[k.slice(0, dot)] ??= Object.create(null))[k.slice(dot + 1)] = v;
      }
      services[m[2]!] = byService;
    }
  }
  for (const [head, values] of Object.entries(parseSections(credentials ?? ''))) profiles[head] = { ...profiles[head], ...values };
  return { profiles, ssoSessions, services };
}

/** Reads and merges the shared files (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, else ~/.aws). */
export async function loadSharedConfig(): Promise<SharedConfig> {
  const { join } = process.getBuiltinModule('node:path');
  const { readFile } = process.getBuiltinModule('node:fs/promises');
  const read = (p: string) => readFile(p, 'utf8').catch(() => undefined);
  const [config, credentials] = await Promise.all([read(env('AWS_CONFIG_FILE') ?? join(homeDir(), '.aws', 'config')), read(env('AWS_SHARED_CREDENTIALS_FILE') ?? join(homeDir(), '.aws', 'credentials'))]);
  return buildSharedConfig(config, credentials);
}

/** The same, synchronously: a client's region and endpoint are settled once, on first need. */
export function loadSharedConfigSync(): SharedConfig {
  const { join } = process.getBuiltinModule('node:path');
  const { readFileSync } = process.getBuiltinModule('node:fs');
  const read = (p: string) => {
    try {
      return readFileSync(p, 'utf8');
    } catch {
      return undefined;
    }
  };
  return buildSharedConfig(read(env('AWS_CONFIG_FILE') ?? join(homeDir(), '.aws', 'config')), read(env('AWS_SHARED_CREDENTIALS_FILE') ?? join(homeDir(), '.aws', 'credentials')));
}

export const profileName = (name?: string) => name ?? env('AWS_PROFILE') ?? 'default';
