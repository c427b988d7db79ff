import { AccountEmailError } from '#src/account/account-email.js'
import { EmailTokenError } from '#src/account/email-tokens.js'
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
 * The DID of the session calling. @NOTE app-password sessions never get here: these methods
 * need a full session, which src/auth/method-access.ts checks for every verifier.
 */
export function accessDid(auth: AuthResult): string {
  if (auth.credentials.type !== 'access') throw new InvalidRequestError('An access token is required')
  return auth.credentials.did
}
