export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  /** When the credentials stop working; a provider's result is refreshed ahead of it. */
  expiration?: Date;
}

export type CredentialProvider = () => Promise<Credentials>;
