import type { Method } from '#generated/lexicons/com/atproto/server/deleteAccount.js'
import { consumeEmailToken, EmailTokenError } from '#src/account/email-tokens.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { AuthRequiredError, InvalidRequestError } from '#src/errors.js'
import { lifecycleError } from './lifecycle-errors.js'

/**
 * Deletes an account for good, given its DID, its password (not an app password) and the
 * code requestAccountDelete mailed: records, blobs, sessions and the rest are removed, the
 * firehose says `#account deleted`, and the handle is free again.
 */
export const deleteAccount: Method<AppContext, AuthResult> = async ({ ctx, input }) => {
  const { did, password, token } = input.body
  const login = await ctx.accounts.login(did, password)
  // @NOTE one answer for an unknown DID, a wrong password and an app password, so none can be probed
  if (!login || login.did !== did || login.appPassword !== null) throw new AuthRequiredError('Invalid did or password')
  try {
    await consumeEmailToken(ctx.db, did, 'delete_account', token)
  } catch (err) {
    if (err instanceof EmailTokenError) throw new InvalidRequestError(err.message, err.errorName, { cause: err })
    throw err
  }
  await ctx.lifecycle.delete(did).catch(lifecycleError)
}
