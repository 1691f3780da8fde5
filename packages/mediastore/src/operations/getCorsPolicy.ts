import { createCommand, defineOperation } from '@skiff/core';
import { ContainerInUseException, ContainerNotFoundException, CorsPolicyNotFoundException, InternalServerError } from '../errors.js';
import { containerName, type CorsRule } from '../shapes.js';

/** [GetCorsPolicy](https://docs.aws.amazon.com/mediastore/latest/apireference/API_GetCorsPolicy.html): 000 § GetCorsPolicy. */
export interface GetCorsPolicyInput {
  ContainerName: string;
}
export interface GetCorsPolicyOutput {
  CorsPolicy?: CorsRule[];
}

export const GetCorsPolicy = /* @__PURE__ */ defineOperation<GetCorsPolicyInput, GetCorsPolicyOutput>({
  name: 'GetCorsPolicy',
  input: () => ({ ContainerName: containerName() }),
  errors: [ContainerInUseException, ContainerNotFoundException, CorsPolicyNotFoundException, InternalServerError],
});
export const GetCorsPolicyCommand = /* @__PURE__ */ createCommand(GetCorsPolicy);
export type GetCorsPolicyCommand = InstanceType<typeof GetCorsPolicyCommand>;
