// Local servers for the tour and the scripts. Each is started on a free port of 127.0.0.1
// and remembered, so one stopAll() (on success, on failure, on Ctrl-C) stops exactly the
// servers this process started: the in-process MediaStore server, and the kinesalite and
// moto child processes (by their own PIDs).
import { startMediaStoreLocal } from '@skiff/mediastore-local';
import { findMotoPython, startKinesalite, startMoto } from '@skiff/testkit';

export interface LocalServer {
  name: string;
  endpoint: string;
  /** The signing region the server expects (any for kinesalite and moto). */
  region: string;
  stop(): Promise<void>;
}

/** The keys the local servers accept. kinesalite and moto take any; mediastore-local takes test/test. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };

const running = new Set<LocalServer>();

function remember(server: LocalServer): LocalServer {
  running.add(server);
  return server;
}

/** The MediaStore server of this repository, in this process (both planes on one port). */
export async function mediaStoreServer(options: { creatingDelayMs?: number } = {}): Promise<LocalServer> {
  const s = await startMediaStoreLocal({ creatingDelayMs: options.creatingDelayMs ?? 300 });
  return remember({ name: 'mediastore-local', endpoint: s.endpoint, region: s.region, stop: () => s.close() });
}

/** kinesalite (an npm package) in a child process. Streams stay CREATING/UPDATING for `delayMs`. */
export async function kinesisServer(options: { delayMs?: number } = {}): Promise<LocalServer> {
  const ms = options.delayMs ?? 300;
  const p = await startKinesalite({ createStreamMs: ms, updateStreamMs: ms, deleteStreamMs: ms });
  return remember({ name: 'kinesalite', endpoint: p.endpoint, region: 'us-east-1', stop: () => p.stop() });
}

/**
 * Why moto cannot run here, or undefined when it can. moto (S3 and IAM) comes from the
 * machine's python3 (`python3 -m moto.server`), not from npm. SKIFF_NO_MOTO=1 pretends it is
 * missing, to see what the tour does then.
 */
export function motoMissing(): string | undefined {
  if (process.env.SKIFF_NO_MOTO === '1') return 'SKIFF_NO_MOTO=1 is set';
  if (!findMotoPython()) return 'moto is not installed (no python3 here can run `python3 -m moto.server`; install it with `pip install "moto[server]"`)';
  return undefined;
}

/** moto (S3 and IAM with the AWS managed policies loaded) in a child process. */
export async function motoServer(): Promise<LocalServer> {
  const why = motoMissing();
  if (why) throw new Error(why);
  const p = await startMoto();
  return remember({ name: 'moto', endpoint: p.endpoint, region: 'us-east-1', stop: () => p.stop() });
}

/** Stops every server this process started (each once; errors are reported, not thrown). */
export async function stopAll(): Promise<void> {
  const all = [...running];
  running.clear();
  await Promise.all(
    all.map((s) =>
      s.stop().catch((e: unknown) => {
        console.error(`could not stop ${s.name}: ${e instanceof Error ? e.message : String(e)}`);
      }),
    ),
  );
}

/**
 * For the short scripts: the endpoint in `envVar` when it is set (your own server, with the
 * credentials of the default chain: AWS_ACCESS_KEY_ID…), else a local server started here.
 */
export async function endpointFor(envVar: string, start: () => Promise<LocalServer>): Promise<{ endpoint: string; region?: string; credentials?: typeof LOCAL_CREDENTIALS }> {
  const given = process.env[envVar];
  if (given) {
    // An S4 endpoint names its region (the S3 and IAM clients read it from the host).
    const region = process.env.AWS_REGION ?? (/\.s4\.mega\.io$/.test(new URL(given).hostname) ? undefined : 'us-east-1');
    return { endpoint: given, region, credentials: process.env.AWS_ACCESS_KEY_ID ? undefined : LOCAL_CREDENTIALS };
  }
  const s = await start();
  console.log(`(no ${envVar} given: started ${s.name} at ${s.endpoint}; it stops when this script ends)`);
  return { endpoint: s.endpoint, region: s.region, credentials: LOCAL_CREDENTIALS };
}

/** Runs a script's main(), then stops the servers it started, also on failure and on Ctrl-C. */
export function runScript(main: () => Promise<void>): void {
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping the local servers`);
    void stopAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  main().then(
    async () => {
      await stopAll();
      process.exit(0);
    },
    async (e: unknown) => {
      console.error(`\n✗ ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
      await stopAll();
      process.exit(1);
    },
  );
}
