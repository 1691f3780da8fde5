// A small service declared for core tests: one JSON 1.1 operation, one REST-JSON operation.
import * as z from 'zod/mini';
import { awsJson1_1, Client, createCommand, defineOperation, defineServiceError, restJson1, jsonBody, str, int, type ClientConfig, type ServiceSpec } from '../src/index.js';

export const NotFound = defineServiceError('ResourceNotFoundException');
export const Throttled = defineServiceError('ProvisionedThroughputExceededException', 'client', { throttling: true });

export const jsonService: ServiceSpec = {
  name: 'Test',
  signingName: 'test',
  protocol: awsJson1_1({ targetPrefix: 'Test_20200101' }),
  endpoint: (r) => `https://test.${r}.example.com`,
  errors: [NotFound, Throttled],
};

export interface EchoInput {
  Name: string;
  Count?: number;
  Data?: Uint8Array | string;
}
export interface EchoOutput {
  Name?: string;
  When?: Date;
  Blob?: Uint8Array;
  Items?: string[];
  Next?: string;
}

export const Echo = defineOperation<EchoInput, EchoOutput>({
  name: 'Echo',
  input: () => z.object({ Name: str({ min: 1, max: 8, pattern: /[a-z]+/ }), Count: z.optional(int({ min: 1, max: 10 })), Data: z.optional(z.union([z.instanceof(Uint8Array), z.string()])) }),
  output: { When: 'timestamp', Blob: 'blob' },
});
export const EchoCommand = createCommand(Echo);

export class TestClient extends Client {
  constructor(config: ClientConfig) {
    super(jsonService, config);
  }
}

export const restService: ServiceSpec = { ...jsonService, protocol: restJson1({ jsonBody }) };
export const Fetch = defineOperation<{ Path: string; Range?: string }, { Body?: unknown; ContentLength?: number; StatusCode?: number }>({
  name: 'Fetch',
  input: () => z.object({ Path: z.string(), Range: z.optional(z.string()) }),
  http: { method: 'GET', path: '/{Path+}' },
  bindings: { Path: { in: 'path', name: 'Path', greedy: true }, Range: { in: 'header', name: 'Range' } },
  outputBindings: { Body: { in: 'payload', kind: 'stream' }, ContentLength: { in: 'header', name: 'Content-Length', type: 'integer' }, StatusCode: { in: 'status' } },
});
export const FetchCommand = createCommand(Fetch);

export const creds = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
