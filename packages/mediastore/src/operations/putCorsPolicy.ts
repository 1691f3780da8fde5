import { createCommand, defineOperation } from '@skiff/core';
import { ContainerInUseException, ContainerNotFoundException, InternalServerError } from '../errors.js';
import { containerName, corsPolicy, type CorsRule } from '../shapes.js';

/** [PutCorsPolicy](https://docs.aws.amazon.com/mediastore/latest/apireference/API_PutCorsPolicy.html): 000 § PutCorsPolicy and § CorsRule. */
export interface PutCorsPolicyInput {
  ContainerName: string;
  /** 1..100 rules; the first rule that applies wins. */
  CorsPolicy: CorsRule[];
}
export interface PutCorsPolicyOutput {}

export const PutCorsPolicy = /* @__PURE__ */ defineOperation<PutCorsPolicyInput, PutCorsPolicyOutput>({
  name: 'PutCorsPolicy',
  input: () => ({ ContainerName: containerName(), CorsPolicy: corsPolicy() }),
  errors: [ContainerNotFoundException, ContainerInUseException, InternalServerError],
});
export const PutCorsPolicyCommand = /* @__PURE__ */ createCommand(PutCorsPolicy);
export type PutCorsPolicyCommand = InstanceType<typeof PutCorsPolicyCommand>;
