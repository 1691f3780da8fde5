import * as z from 'zod/mini';
import { createCommand, defineOperation } from '@skiff/core';
import { ContainerInUseException, InternalServerError, LimitExceededException } from '../errors.js';
import { ContainerShape, containerName, tagList, type Container, type Tag } from '../shapes.js';

/** [CreateContainer](https://docs.aws.amazon.com/mediastore/latest/apireference/API_CreateContainer.html): 000 § CreateContainer, Tags from 001 § create_container. */
export interface CreateContainerInput {
  ContainerName: string;
  Tags?: Tag[];
}
export interface CreateContainerOutput {
  /** Status is CREATING at first, and there is no Endpoint until it is ACTIVE (waitUntilContainerActive). */
  Container?: Container;
}

export const CreateContainer = /* @__PURE__ */ defineOperation<CreateContainerInput, CreateContainerOutput>({
  name: 'CreateContainer',
  input: () => ({ ContainerName: containerName(), Tags: z.optional(tagList()) }),
  output: { Container: ContainerShape },
  errors: [ContainerInUseException, LimitExceededException, InternalServerError],
});
export const CreateContainerCommand = /* @__PURE__ */ createCommand(CreateContainer);
export type CreateContainerCommand = InstanceType<typeof CreateContainerCommand>;
