/**
 * What the PLC-operation handlers share: the caller's own account, which must be hosted
 * here (deactivated accounts included: moving in is done while deactivated).
 *
 * @module
 */
import type { Account } from '#src/account/account-service.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { AuthRequiredError, InvalidRequestError } from '#src/errors.js'

/** The caller's account. @throws AuthRequiredError without an access token, InvalidRequestError when not hosted here */
export async function callerAccount(ctx: AppContext, auth: AuthResult): Promise<Account> {
  if (auth.credentials.type !== 'access') throw new AuthRequiredError('An access token is required')
  const account = await ctx.accounts.getAccount(auth.credentials.did)
  if (!account) throw new InvalidRequestError('Account not found', 'AccountNotFound')
  if (account.takedownRef !== null) throw new InvalidRequestError('Account has been taken down', 'AccountTakedown')
  return account
}
