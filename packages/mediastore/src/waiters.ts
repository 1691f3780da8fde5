import { createWaiter } from '@skiff/core';
import { DescribeContainerCommand } from './operations/describeContainer.js';

// MediaStore's documents name no waiters; these poll DescribeContainer (000: "While the
// service is creating the container, the status is CREATING. When an endpoint is
// available, the status changes to ACTIVE").

/**
 * Until the container is ACTIVE (its Endpoint is then known). A container not found yet is
 * polled again, so this can follow CreateContainer at once; DELETING is a failure, since
 * that container will never become active. Other errors are thrown.
 */
export const waitUntilContainerActive = /* @__PURE__ */ createWaiter(DescribeContainerCommand, {
  minDelay: 1,
  maxDelay: 20,
  acceptor: ({ output, error }) => {
    if (error) return error.name === 'ContainerNotFoundException' ? 'RETRY' : undefined;
    const status = output?.Container?.Status;
    return status === 'ACTIVE' ? 'SUCCESS' : status === 'DELETING' ? 'FAILURE' : 'RETRY';
  },
});

/** Until DescribeContainer answers ContainerNotFoundException (after DeleteContainer). Other errors are thrown. */
export const waitUntilContainerNotExists = /* @__PURE__ */ createWaiter(DescribeContainerCommand, {
  minDelay: 1,
  maxDelay: 20,
  acceptor: ({ error }) => (error ? (error.name === 'ContainerNotFoundException' ? 'SUCCESS' : undefined) : 'RETRY'),
});
