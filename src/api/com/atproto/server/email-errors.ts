import { AccountEmailError } from '#src/account/account-email.js'
import { EmailTokenError } from '#src/account/email-tokens.js'
import { ACCESS_SCOPE } from '#src/auth/tokens.js'
import type { AuthResult } from '#src/auth/types.js'
import { AuthRequiredError, InvalidRequestError } from '#src/errors.js'

/**
 * Runs an email flow and turns its refusals into the XRPC errors the Lexicons name:
 * `AccountEmailError` by its reason, `EmailTokenError` as `InvalidToken` / `ExpiredToken`.
 */
export async function emailFlow<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (err) {
    if (err instanceof AccountEmailError) {
      if (err.reason === 'AuthFactorTokenRequired') throw new AuthRequiredError(err.message, err.reason, { cause: err })
      throw new InvalidRequestError(err.message, err.reason === 'InvalidRequest' ? undefined : err.reason, {
        cause: err,
      })
    }
    if (err instanceof EmailTokenError) throw new InvalidRequestError(err.message, err.errorName, { cause: err })
    throw err
  }
}

/**
 * The DID of a full session (not an app password's), which the account-management
 * methods require.
 */
export function fullSessionDid(auth: AuthResult): string {
  if (auth.credentials.type !== 'access') throw new InvalidRequestError('An access token is required')
  // @NOTE an app password is for third-party apps: it must not change the email or password of the account
  if (auth.credentials.scope !== ACCESS_SCOPE) throw new AuthRequiredError('Bad token scope', 'InvalidToken')
  return auth.credentials.did
}
