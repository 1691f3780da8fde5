// Waiters over DescribeStream, as the document advises ("use DescribeStream to check the
// stream status"): CreateStream leaves a stream CREATING, DeleteStream leaves it DELETING.
import { createWaiter } from '@skiff/core';
import { DescribeStreamCommand } from './operations/describeStream.js';

/** Until the stream is ACTIVE. A stream that is DELETING will never be: that is a failure. */
export const waitUntilStreamExists = /* @__PURE__ */ createWaiter(DescribeStreamCommand, {
  minDelay: 1,
  maxDelay: 10,
  acceptor: ({ output, error }) => {
    if (error) return error.name === 'ResourceNotFoundException' ? 'RETRY' : undefined;
    const status = output?.StreamDescription?.StreamStatus;
    return status === 'ACTIVE' ? 'SUCCESS' : status === 'DELETING' ? 'FAILURE' : 'RETRY';
  },
});

/** Until DescribeStream answers ResourceNotFoundException. */
export const waitUntilStreamNotExists = /* @__PURE__ */ createWaiter(DescribeStreamCommand, {
  minDelay: 1,
  maxDelay: 10,
  acceptor: ({ error }) => (error ? (error.name === 'ResourceNotFoundException' ? 'SUCCESS' : undefined) : 'RETRY'),
});
