// Small requests against real local servers, both SDKs on the same server in the same run:
// Kinesis PutRecord (kinesalite), MediaStore ListContainers (the repository's MediaStore
// server, SigV4-verifying), IAM ListPolicies (moto, Query protocol, XML responses).
import { createRequire } from 'node:module';
import { CreatePolicyCommand, IAMClient as AwsIAM, ListPoliciesCommand as AwsListPolicies } from '@aws-sdk/client-iam';
import { KinesisClient as AwsKinesis, PutRecordCommand as AwsPutRecord } from '@aws-sdk/client-kinesis';
import { ListContainersCommand as AwsListContainers, MediaStoreClient as AwsMediaStore } from '@aws-sdk/client-mediastore';
import { signRequest } from '@skiff/core';
import { CreateStreamCommand, KinesisClient, PutRecordCommand, waitUntilStreamExists } from '@skiff/kinesis';
import { CreateContainerCommand, ListContainersCommand, MediaStoreClient, waitUntilContainerActive } from '@skiff/mediastore';
import { IAMClient, ListPoliciesCommand } from '@skiff/s4-iam';
import { awsConfig, skiffConfig } from '../lib/aws.js';
import { compareRequests } from '../lib/compareRequests.js';
import { load, median } from '../lib/measure.js';
import type { Section } from '../lib/section.js';
import { CREDENTIALS, startKinesalite, startMediaStore, startMoto } from '../lib/servers.js';

/**
 * The floor under any SDK on this machine in this run: undici's request() (the transport
 * Skiff uses) sending one PutRecord prepared and signed once, 32 in flight. kinesalite checks
 * that an Authorization header is there, not the signature, so it serves it like any other.
 */
async function undiciFloor(endpoint: string, Data: Uint8Array, ms: number): Promise<number> {
  // undici as core depends on it (the bench has no dependency of its own on it).
  type Undici = {
    Agent: new (o: { connections: number }) => { close(): Promise<void> };
    request(url: string, o: Record<string, unknown>): Promise<{ statusCode: number; body: { text(): Promise<string> } }>;
  };
  const { Agent, request } = createRequire(import.meta.resolve('@skiff/core'))('undici') as Undici;
  const agent = new Agent({ connections: 128 });
  const body = new TextEncoder().encode(JSON.stringify({ StreamName: 'bench', PartitionKey: 'user-1', Data: Buffer.from(Data).toString('base64') }));
  const signed = await signRequest(
    { method: 'POST', url: `${endpoint}/`, headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'Kinesis_20131202.PutRecord', 'content-length': String(body.length) }, body },
    { credentials: CREDENTIALS, date: new Date(), region: 'us-east-1', service: 'kinesis' },
  );
  const { host: _host, ...headers } = signed.headers;
  const send = async () => {
    const r = await request(endpoint, { dispatcher: agent, method: 'POST', path: '/', headers, body });
    await r.body.text();
    if (r.statusCode !== 200) throw new Error(`undici floor: HTTP ${r.statusCode}`);
  };
  await load(send, { concurrency: 8, count: 500, maxMs: 2000 });
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const r = await load(send, { concurrency: 32, count: 3000, maxMs: ms });
    runs.push(r.cpuMs / r.n);
  }
  await agent.close();
  return median(runs);
}

export const kinesis: Section = {
  id: 'kinesis',
  title: 'Kinesis PutRecord (kinesalite)',
  async run(o) {
    const server = await startKinesalite();
    const skiff = new KinesisClient(skiffConfig(server.endpoint));
    const aws = new AwsKinesis(awsConfig(server.endpoint));
    try {
      await skiff.send(new CreateStreamCommand({ StreamName: 'bench', ShardCount: 4 }));
      await waitUntilStreamExists({ client: skiff, maxWaitTime: 60 }, { StreamName: 'bench' });
      const Data = new Uint8Array(100).fill(42);
      let i = 0;
      const r = await compareRequests(
        o,
        'Kinesis PutRecord (100 B)',
        {
          skiff: () => skiff.send(new PutRecordCommand({ StreamName: 'bench', PartitionKey: `user-${i++ % 1000}`, Data })),
          aws: () => aws.send(new AwsPutRecord({ StreamName: 'bench', PartitionKey: `user-${i++ % 1000}`, Data })),
        },
        { targets: { 32: { cpuMs: 0.1, ratio: 4 } }, serverPid: server.pid, serverName: 'kinesalite' },
      );
      const floor = await undiciFloor(server.endpoint, Data, o.quick ? 1000 : 2500);
      const cpuRow = r.rows.find((x) => x.name.includes('32 in flight') && x.metric.startsWith('client CPU'))!;
      o.log(`  floor: undici request(), pre-signed, 32 in flight: ${floor.toFixed(3)} ms CPU/req`);
      r.notes.push(
        `Kinesis floor in the same run: undici request() alone (one PutRecord signed once, re-sent), 32 in flight: ${floor.toFixed(3)} ms client CPU per request. ` +
          `Skiff costs ${(cpuRow.skiff! / floor).toFixed(1)}× that floor, v3 ${(cpuRow.aws! / floor).toFixed(1)}×. performance.md puts this floor at 0.040 ms on its reference machine; ` +
          `scaled by the same factor Skiff would be ≈ ${((cpuRow.skiff! / floor) * 0.04).toFixed(3)} ms there (an estimate, not a measurement).`,
      );
      return r;
    } finally {
      skiff.destroy();
      aws.destroy();
      await server.stop();
    }
  },
};

export const mediastore: Section = {
  id: 'mediastore',
  title: 'MediaStore ListContainers (mediastore-local)',
  async run(o) {
    const server = await startMediaStore();
    const skiff = new MediaStoreClient(skiffConfig(server.endpoint));
    const aws = new AwsMediaStore(awsConfig(server.endpoint));
    try {
      for (let i = 0; i < 10; i++) {
        await skiff.send(new CreateContainerCommand({ ContainerName: `bench_${i}` }));
        await waitUntilContainerActive({ client: skiff, maxWaitTime: 30 }, { ContainerName: `bench_${i}` });
      }
      return await compareRequests(
        o,
        'MediaStore ListContainers (10 containers)',
        { skiff: () => skiff.send(new ListContainersCommand({})), aws: () => aws.send(new AwsListContainers({})) },
        { serverPid: server.pid, serverName: 'mediastore-local, verifying every signature' },
      );
    } finally {
      skiff.destroy();
      aws.destroy();
      await server.stop();
    }
  },
};

export const iam: Section = {
  id: 'iam',
  title: 'S4 IAM ListPolicies (moto)',
  async run(o) {
    // Without the ~1,000 AWS managed policies: moto would walk them all on every call.
    const server = await startMoto({ MOTO_IAM_LOAD_MANAGED_POLICIES: 'false' });
    const skiff = new IAMClient(skiffConfig(server.endpoint));
    const aws = new AwsIAM(awsConfig(server.endpoint));
    try {
      const document = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });
      for (let i = 0; i < 10; i++) await aws.send(new CreatePolicyCommand({ PolicyName: `bench-${i}`, PolicyDocument: document }));
      return await compareRequests(
        o,
        'IAM ListPolicies (10 policies)',
        { skiff: () => skiff.send(new ListPoliciesCommand({ Scope: 'Local' })), aws: () => aws.send(new AwsListPolicies({ Scope: 'Local' })) },
        { serverPid: server.pid, serverName: 'moto, Python' },
      );
    } finally {
      skiff.destroy();
      aws.destroy();
      await server.stop();
    }
  },
};
