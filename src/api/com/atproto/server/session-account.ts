import type { Account } from '#src/account/account-service.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { AuthRequiredError, InvalidRequestError } from '#src/errors.js'

/**
 * The account of the session that made the request.
 *
 * @throws AuthRequiredError without an access token, InvalidRequestError when the account is gone
 */
export async function sessionAccount(ctx: AppContext, auth: AuthResult): Promise<Account> {
  if (auth.credentials.type !== 'access') throw new AuthRequiredError('An access token is required')
  const account = await ctx.accounts.getAccount(auth.credentials.did)
  if (!account) throw new InvalidRequestError(`Could not find the account ${auth.credentials.did}`)
  return account
}
