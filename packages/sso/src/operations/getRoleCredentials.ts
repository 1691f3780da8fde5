// https://docs.aws.amazon.com/singlesignon/latest/PortalAPIReference/API_GetRoleCredentials.html
import { createCommand, decodeJson, defineOperation, str } from '@skiff/core';
import { InvalidRequestException, ResourceNotFoundException, TooManyRequestsException, UnauthorizedException } from '../errors.js';

export interface GetRoleCredentialsInput {
  /** The friendly name of the role assigned to the user (query `role_name`). */
  roleName: string;
  /** The AWS account the role is in (query `account_id`). */
  accountId: string;
  /** The access token SSO OIDC CreateToken issued (header `x-amz-sso_bearer_token`). */
  accessToken: string;
}

export interface RoleCredentials {
  accessKeyId?: string;
  secretAccessKey?: string;
  sessionToken?: string;
  /** When the credentials expire, in milliseconds since the epoch (the API's `long`). */
  expiration?: number;
}

export interface GetRoleCredentialsOutput {
  roleCredentials?: RoleCredentials;
}

/**
 * `GET /federation/credentials?role_name=&account_id=`, unsigned: the bearer token is the
 * authorisation. The reference (and botocore's model) give the three members as required
 * strings with no length or pattern; an empty one is refused here, as no role, account or
 * token is empty.
 */
export const GetRoleCredentials = /* @__PURE__ */ defineOperation<GetRoleCredentialsInput, GetRoleCredentialsOutput>({
  name: 'GetRoleCredentials',
  input: () => ({
    accountId: str({ min: 1 }),
    roleName: str({ min: 1 }),
    accessToken: str({ min: 1 }),
  }),
  http: { method: 'GET', path: '/federation/credentials' },
  // The query follows the members' order above: account_id first, as core's request sent it
  // before this package (v3 and botocore send role_name first; the order means nothing to the
  // service).
  bindings: {
    accountId: { in: 'query', name: 'account_id' },
    roleName: { in: 'query', name: 'role_name' },
    accessToken: { in: 'header', name: 'x-amz-sso_bearer_token' },
  },
  noAuth: true,
  output: { roleCredentials: { struct: { accessKeyId: 'string', secretAccessKey: 'string', sessionToken: 'string', expiration: 'integer' } } },
  decodeJson,
  errors: [InvalidRequestException, UnauthorizedException, TooManyRequestsException, ResourceNotFoundException],
});

export const GetRoleCredentialsCommand = /* @__PURE__ */ createCommand(GetRoleCredentials);
export type GetRoleCredentialsCommand = InstanceType<typeof GetRoleCredentialsCommand>;
