// https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
import { createCommand, defineOperation } from '@skiff/core';

export type GetCallerIdentityInput = Record<never, never>;

export interface GetCallerIdentityOutput {
  UserId?: string;
  Account?: string;
  Arn?: string;
}

export const GetCallerIdentity = /* @__PURE__ */ defineOperation<GetCallerIdentityInput, GetCallerIdentityOutput>({
  name: 'GetCallerIdentity',
  input: () => ({}),
  output: { UserId: 'string', Account: 'string', Arn: 'string' },
});

export const GetCallerIdentityCommand = /* @__PURE__ */ createCommand(GetCallerIdentity);
export type GetCallerIdentityCommand = InstanceType<typeof GetCallerIdentityCommand>;
