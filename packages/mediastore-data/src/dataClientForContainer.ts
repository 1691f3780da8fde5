import { awsJson1_1, Client, createCommand, defineOperation, SkiffError, str, struct, type ClientConfig, type SendOptions, type ServiceSpec } from '@skiff/core';
import { ContainerNotFoundException, InternalServerError } from './errors.js';
import { MediaStoreDataClient } from './MediaStoreDataClient.js';

/** The container a data client was made for, as DescribeContainer describes it (000 "Container"). */
export interface ContainerDescription {
  Endpoint?: string;
  CreationTime?: Date;
  ARN?: string;
  Name?: string;
  Status?: 'ACTIVE' | 'CREATING' | 'DELETING' | (string & {});
}

/** The container exists but has no data endpoint yet (000: it gets one when it becomes ACTIVE). */
export class ContainerNotActiveError extends SkiffError {
  override name = 'ContainerNotActiveError' as const;
  constructor(
    message: string,
    readonly container: ContainerDescription,
  ) {
    super(message);
  }
}

// A control-plane declaration of its own, so this package does not depend on
// @skiff/mediastore: JSON 1.1 with X-Amz-Target MediaStore_20170901.DescribeContainer
// (seed-decisions "MediaStore X-Amz-Target"), signed as `mediastore`.
const controlPlane = (): ServiceSpec => ({
  name: 'MediaStore',
  signingName: 'mediastore',
  protocol: awsJson1_1({ targetPrefix: 'MediaStore_20170901' }),
  endpoint: (region) => `https://mediastore.${region}.amazonaws.com`,
});

const DescribeContainerCommand = /* @__PURE__ */ createCommand(
  /* @__PURE__ */ defineOperation<{ ContainerName: string }, { Container?: ContainerDescription }>({
    name: 'DescribeContainer',
    // 000 DescribeContainer: ContainerName 1..255 characters, `\w+`.
    input: () => ({ ContainerName: str({ min: 1, max: 255, pattern: /\w+/ }) }),
    output: { Container: /* @__PURE__ */ struct({ CreationTime: 'timestamp' }) },
    errors: [ContainerNotFoundException, InternalServerError],
  }),
);

/**
 * A data client for a container by name: sends DescribeContainer to the control plane
 * (`config.endpoint`, default `https://mediastore.<region>.amazonaws.com`) and returns a
 * MediaStoreDataClient for its Container.Endpoint, with the rest of `config` (credentials,
 * region, transport, retries…). The endpoint never changes, so keep the client.
 *
 * Throws ContainerNotFoundException for an unknown container, and ContainerNotActiveError
 * while it is still CREATING (no endpoint yet).
 */
export async function dataClientForContainer(config: ClientConfig, containerName: string, options?: SendOptions): Promise<MediaStoreDataClient> {
  const control = new Client(controlPlane(), config);
  try {
    const { Container: container = {} } = await control.send(new DescribeContainerCommand({ ContainerName: containerName }), options);
    if (!container.Endpoint) {
      throw new ContainerNotActiveError(
        `Container '${containerName}' has no data endpoint yet (status ${container.Status ?? 'unknown'}); it gets one when it is ACTIVE`,
        container,
      );
    }
    return new MediaStoreDataClient({ ...config, endpoint: checkedEndpoint(container.Endpoint, config) });
  } finally {
    control.destroy();
  }
}

/**
 * A plain `http://` data endpoint would carry the credentials' session token unencrypted.
 * AWS answers with https endpoints; an http one from a control plane reached over https is
 * refused (a misconfigured or hostile answer), and from a control plane the caller itself
 * addressed over http (a local MediaStore server) it is taken, with a warning to the logger.
 */
function checkedEndpoint(endpoint: string, config: ClientConfig): string {
  if (!/^http:/i.test(endpoint)) return endpoint;
  const controlOverHttp = /^http:/i.test(config.endpoint ?? '');
  if (!controlOverHttp) {
    throw new SkiffError(`DescribeContainer answered with a plain http data endpoint (${endpoint}) over https: refused, it would send the credentials unencrypted`);
  }
  config.logger?.warn?.(`MediaStoreData: the data endpoint ${endpoint} is plain http; requests and their session token go unencrypted`);
  return endpoint;
}
