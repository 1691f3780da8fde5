// The local MediaStore server for integration tests, and a container made through its control
// plane (CreateContainer over JSON 1.1, as a user would; this package has no control client).
import { awsJson1_1, Client, createCommand, defineOperation } from '@skiff/core';
import { startMediaStoreLocal, type MediaStoreLocal } from '@skiff/mediastore-local';
import * as z from 'zod/mini';

export const KEYS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

const CreateContainerCommand = createCommand(
  defineOperation<{ ContainerName: string }, { Container?: { Endpoint?: string; Status?: string } }>({
    name: 'CreateContainer',
    input: () => z.object({ ContainerName: z.string() }),
  }),
);

export async function startLocal(): Promise<MediaStoreLocal> {
  return startMediaStoreLocal({ creatingDelayMs: 0 });
}

/** Creates a container through the control plane and returns its name. */
export async function createContainer(server: Pick<MediaStoreLocal, 'endpoint' | 'region'>, name: string): Promise<string> {
  const control = new Client(
    { name: 'MediaStore', signingName: 'mediastore', protocol: awsJson1_1({ targetPrefix: 'MediaStore_20170901' }), endpoint: () => server.endpoint },
    { region: server.region, credentials: KEYS, endpoint: server.endpoint },
  );
  try {
    await control.send(new CreateContainerCommand({ ContainerName: name }));
    return name;
  } finally {
    control.destroy();
  }
}
