// The Skiff tour: `npm run demo` at the repository root (or, with the packages built,
// `pnpm --filter @skiff/examples exec tsx demo/tour.ts`).
//
// It starts the local servers (the MediaStore server of this repository, kinesalite, and
// moto for S3 and IAM), runs every package against them, stops them (also on failure and on
// Ctrl-C), and prints what each step did and how long it took.
//
// Exit status: 0 only when every part ran and passed; 1 when a step failed; 2 when a part
// was skipped (moto missing: the MediaStore and Kinesis parts still run); 130 on Ctrl-C.
import { performance } from 'node:perf_hooks';
import { iamTour } from './iam.js';
import { kinesisTour } from './kinesis.js';
import { mediaStoreTour } from './mediastore.js';
import { s3Tour } from './s3.js';
import { formatMs, heading, printTimings } from '../lib/report.js';
import { kinesisServer, mediaStoreServer, motoMissing, motoServer, stopAll, type LocalServer } from '../lib/servers.js';

const EXIT_FAILED = 1;
const EXIT_SKIPPED = 2;

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopping = true;
    console.error(`\n${signal === 'SIGINT' ? 'Ctrl-C' : signal}: stopping the local servers…`);
    void stopAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

async function main(): Promise<number> {
  const t0 = performance.now();
  console.log('Skiff tour: MediaStore, MediaStore Data, Kinesis, S4 S3 and S4 IAM against local servers');

  const noMoto = motoMissing();
  heading('Local servers');
  const started = performance.now();
  // Started side by side; allSettled so that none is still starting when a failure stops them all.
  const settled = await Promise.allSettled([mediaStoreServer(), kinesisServer(), noMoto ? Promise.resolve(undefined) : motoServer()]);
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  const [mediastore, kinesis, moto] = settled.map((r) => (r as PromiseFulfilledResult<LocalServer | undefined>).value) as [LocalServer, LocalServer, LocalServer | undefined];
  for (const s of [mediastore, kinesis, moto].filter((s): s is LocalServer => !!s)) console.log(`  ${s.name.padEnd(17)} ${s.endpoint}`);
  if (noMoto) console.log(`  moto              NOT STARTED: ${noMoto}; S3 and IAM will be skipped`);
  console.log(`  up in ${formatMs(performance.now() - started)}`);

  heading('MediaStore + MediaStore Data', '@skiff/mediastore, @skiff/mediastore-data', 'MediaStore');
  await mediaStoreTour(mediastore);

  heading('Kinesis', '@skiff/kinesis');
  await kinesisTour(kinesis);

  if (moto) {
    heading('S4 S3', '@skiff/s4-s3 on moto', 'S3');
    await s3Tour(moto);
    heading('S4 IAM', '@skiff/s4-iam on moto', 'IAM');
    await iamTour(moto);
  }

  printTimings();
  const total = formatMs(performance.now() - t0);
  if (noMoto) {
    const bar = '!'.repeat(78);
    console.log(`\n${bar}\n!! S3 and IAM were SKIPPED: ${noMoto}.`);
    console.log('!! They need moto (`python3 -m moto.server`), which comes from python3, not npm.');
    console.log(`!! MediaStore and Kinesis passed in ${total}; the tour is incomplete (exit ${EXIT_SKIPPED}).\n${bar}`);
    return EXIT_SKIPPED;
  }
  console.log(`\nTour complete: every step passed in ${total}.`);
  return 0;
}

let code: number = EXIT_FAILED;
try {
  code = await main();
} catch (e) {
  if (!stopping) {
    printTimings();
    const err = e as Error & { $metadata?: { httpStatusCode?: number } };
    console.error(`\n✗ The tour failed: ${err?.name ?? 'Error'}: ${err?.message ?? String(e)}${err?.$metadata?.httpStatusCode ? ` (HTTP ${err.$metadata.httpStatusCode})` : ''}`);
    if (process.env.SKIFF_DEBUG) console.error(err?.stack);
    else console.error('  (SKIFF_DEBUG=1 prints the stack)');
  }
  code = EXIT_FAILED;
} finally {
  if (!stopping) await stopAll();
}
if (!stopping) process.exit(code);
