/**
 * What an auth verifier proves about a request; handlers receive it as `auth`.
 * Only anonymous access exists so far; session, OAuth, admin and service credentials
 * join this union as they are built.
 */
export type AuthResult = {
  credentials: { type: 'none' }
}
