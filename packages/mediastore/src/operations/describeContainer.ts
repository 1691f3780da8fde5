import * as z from 'zod/mini';
import { createCommand, defineOperation } from '@skiff/core';
import { ContainerNotFoundException, InternalServerError } from '../errors.js';
import { ContainerShape, containerName, type Container } from '../shapes.js';

/** [DescribeContainer](https://docs.aws.amazon.com/mediastore/latest/apireference/API_DescribeContainer.html): 000 § DescribeContainer. */
export interface DescribeContainerInput {
  /** Optional in both documents (000 "Required: No", 001 without [REQUIRED]); the service answers ContainerNotFoundException without it. */
  ContainerName?: string;
}
export interface DescribeContainerOutput {
  Container?: Container;
}

export const DescribeContainer = /* @__PURE__ */ defineOperation<DescribeContainerInput, DescribeContainerOutput>({
  name: 'DescribeContainer',
  input: () => ({ ContainerName: z.optional(containerName()) }),
  output: { Container: ContainerShape },
  errors: [ContainerNotFoundException, InternalServerError],
});
export const DescribeContainerCommand = /* @__PURE__ */ createCommand(DescribeContainer);
export type DescribeContainerCommand = InstanceType<typeof DescribeContainerCommand>;
