/**
 * What an auth verifier proves about a request; handlers receive it as `auth`.
 * Each variant names how the caller proved itself. OAuth and service credentials join
 * this union as they are built.
 */
export type AuthResult =
  | { credentials: { type: 'none' } }
  /** a session access token (or app password session) of an account hosted here */
  | { credentials: { type: 'access'; did: string; scope: string; sessionId?: string } }
  /** a session refresh token; `tokenId` is its `jti`, `sessionId` its login session */
  | { credentials: { type: 'refresh'; did: string; tokenId: string; sessionId: string } }
  /** the admin password, over HTTP basic auth */
  | { credentials: { type: 'admin' } }
  /** a service JWT from the configured moderation service (`PDS_MOD_SERVICE_DID`), for admin methods */
  | { credentials: { type: 'modService'; did: string } }
  /** a service-auth JWT of `did` for method `lxm` (verified against its DID document, used once) */
  | { credentials: { type: 'service'; did: string; lxm: string } }
