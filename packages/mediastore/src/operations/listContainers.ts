import * as z from 'zod/mini';
import { createCommand, defineOperation } from '@skiff/core';
import { InternalServerError } from '../errors.js';
import { ContainerListShape, maxResults, paginationToken, type Container } from '../shapes.js';

/** [ListContainers](https://docs.aws.amazon.com/mediastore/latest/apireference/API_ListContainers.html): 000 § ListContainers; paginateListContainers pages through it. */
export interface ListContainersInput {
  MaxResults?: number;
  NextToken?: string;
}
export interface ListContainersOutput {
  Containers?: Container[];
  /** Present only when MaxResults was given and more containers remain. */
  NextToken?: string;
}

export const ListContainers = /* @__PURE__ */ defineOperation<ListContainersInput, ListContainersOutput>({
  name: 'ListContainers',
  input: () => ({ MaxResults: z.optional(maxResults()), NextToken: z.optional(paginationToken()) }),
  output: { Containers: ContainerListShape },
  errors: [InternalServerError],
});
export const ListContainersCommand = /* @__PURE__ */ createCommand(ListContainers);
export type ListContainersCommand = InstanceType<typeof ListContainersCommand>;
