/**
 * The OAuth error of RFC 6749 5.2 (and its extensions): an error code, a human description
 * and the HTTP status the endpoint answers with.
 *
 * @module
 */

/** OAuth error codes we answer with. */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_client_metadata'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'invalid_scope'
  | 'invalid_redirect_uri'
  | 'invalid_dpop_proof'
  | 'use_dpop_nonce'
  | 'access_denied'
  | 'invalid_token'
  | 'server_error'

/** An OAuth endpoint refused a request; rendered as `{ error, error_description }`. */
export class OAuthError extends Error {
  constructor(
    readonly code: OAuthErrorCode,
    readonly description: string,
    readonly status = code === 'invalid_client' ? 401 : 400,
    options?: ErrorOptions,
  ) {
    super(description, options)
    this.name = 'OAuthError'
  }

  /** The JSON body of the error response. */
  toJSON(): { error: OAuthErrorCode; error_description: string } {
    return { error: this.code, error_description: this.description }
  }
}
