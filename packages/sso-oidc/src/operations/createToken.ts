// https://docs.aws.amazon.com/singlesignon/latest/OIDCAPIReference/API_CreateToken.html
import * as z from 'zod/mini';
import { createCommand, decodeJson, defineOperation, str } from '@skiff/core';
import * as e from '../errors.js';

export interface CreateTokenInput {
  /** From RegisterClient. */
  clientId: string;
  /** From RegisterClient (sensitive). */
  clientSecret: string;
  /** `refresh_token`, or `urn:ietf:params:oauth:grant-type:device_code`. */
  grantType: string;
  /** The Device Code grant's code, from StartDeviceAuthorization. */
  deviceCode?: string;
  /** The Authorization Code grant's code. */
  code?: string;
  /** The Refresh Token grant's token (sensitive). */
  refreshToken?: string;
  /** The scopes asked for (all the client registered when absent). */
  scope?: string[];
  /** The Authorization Code grant's redirect URI. */
  redirectUri?: string;
  /** The Authorization Code grant's PKCE verifier (sensitive). */
  codeVerifier?: string;
}

export interface CreateTokenOutput {
  accessToken?: string;
  /** `Bearer`. */
  tokenType?: string;
  /** Seconds until accessToken expires. */
  expiresIn?: number;
  refreshToken?: string;
  idToken?: string;
}

/**
 * `POST /token` with a JSON body, unsigned (the client secret authenticates the client).
 * clientId, clientSecret and grantType are required; the reference (and botocore's model)
 * give no length or pattern for any member, so only emptiness is refused.
 */
export const CreateToken = /* @__PURE__ */ defineOperation<CreateTokenInput, CreateTokenOutput>({
  name: 'CreateToken',
  input: () => ({
    clientId: str({ min: 1 }),
    clientSecret: str({ min: 1 }),
    grantType: str({ min: 1 }),
    deviceCode: z.optional(z.string()),
    code: z.optional(z.string()),
    refreshToken: z.optional(z.string()),
    scope: z.optional(z.array(z.string())),
    redirectUri: z.optional(z.string()),
    codeVerifier: z.optional(z.string()),
  }),
  http: { method: 'POST', path: '/token' },
  noAuth: true,
  output: { accessToken: 'string', tokenType: 'string', expiresIn: 'integer', refreshToken: 'string', idToken: 'string' },
  decodeJson,
  errors: [
    e.InvalidRequestException, e.InvalidClientException, e.InvalidGrantException, e.UnauthorizedClientException, e.UnsupportedGrantTypeException,
    e.InvalidScopeException, e.AuthorizationPendingException, e.SlowDownException, e.AccessDeniedException, e.ExpiredTokenException, e.InternalServerException,
  ],
});

export const CreateTokenCommand = /* @__PURE__ */ createCommand(CreateToken);
export type CreateTokenCommand = InstanceType<typeof CreateTokenCommand>;
