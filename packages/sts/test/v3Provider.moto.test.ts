// A credential provider of the AWS SDK v3 (@aws-sdk/credential-providers) given to a Skiff
// client unchanged: fromTemporaryCredentials assumes a role at moto's STS with v3's own
// client, and the Skiff client signs GetCallerIdentity with what it returned (expiration and
// all: Skiff caches and refreshes it as its own providers).
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { startMoto, type Peer } from '@skiff/testkit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GetCallerIdentityCommand, STSClient } from '../src/index.js';

let moto: Peer;
beforeAll(async () => {
  moto = await startMoto();
});
afterAll(async () => {
  await moto?.stop();
});

it("takes a v3 credential provider as it is (v3's fromTemporaryCredentials against moto)", async () => {
  let calls = 0;
  const v3 = fromTemporaryCredentials({
    masterCredentials: { accessKeyId: 'AKIAV3MASTER', secretAccessKey: 'v3-master-secret' },
    params: { RoleArn: 'arn:aws:iam::123456789012:role/v3-role', RoleSessionName: 'v3-session', DurationSeconds: 900 },
    clientConfig: { region: 'us-east-1', endpoint: moto.endpoint },
  });
  const provider = async () => {
    calls++;
    return v3();
  };
  const sts = new STSClient({ region: 'us-east-1', endpoint: moto.endpoint, credentials: provider });
  try {
    const first = await sts.send(new GetCallerIdentityCommand({}));
    expect(first.Arn).toBe('arn:aws:sts::123456789012:assumed-role/v3-role/v3-session');
    await sts.send(new GetCallerIdentityCommand({}));
    expect(calls).toBe(1); // cached until near its expiration, as Skiff's own providers are
  } finally {
    sts.destroy();
  }
});
