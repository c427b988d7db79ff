import type { ScopePermissions } from './scopes/scope-permissions.js'

/**
 * What an auth verifier proves about a request; handlers receive it as `auth`.
 * Each variant names how the caller proved itself. OAuth and service credentials join
 * this union as they are built.
 */
export type AuthResult =
  | { credentials: { type: 'none' } }
  /**
   * a session access token (or app password session) of an account hosted here; `oauth` is
   * set when it is a DPoP-bound OAuth access token, whose `permissions` the handlers consult
   */
  | { credentials: { type: 'access'; did: string; scope: string; sessionId?: string; oauth?: OAuthCredential } }
  /** a session refresh token; `tokenId` is its `jti`, `sessionId` its login session */
  | { credentials: { type: 'refresh'; did: string; tokenId: string; sessionId: string } }
  /** the admin password, over HTTP basic auth */
  | { credentials: { type: 'admin' } }
  /** a service JWT from the configured moderation service (`PDS_MOD_SERVICE_DID`), for admin methods */
  | { credentials: { type: 'modService'; did: string } }
  /** a service-auth JWT of `did` for method `lxm` (verified against its DID document, used once) */
  | { credentials: { type: 'service'; did: string; lxm: string } }

/** What an OAuth access token adds to the access credentials. */
export interface OAuthCredential {
  clientId: string
  /** The token family (`oauth_token.id`): revoking it ends the token at once. */
  tokenId: string
  /** What the granted scopes allow. */
  permissions: ScopePermissions
}
