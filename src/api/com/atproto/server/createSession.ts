import type { Method } from '#generated/lexicons/com/atproto/server/createSession.js'
import { appPasswordGrant } from '#src/auth/app-passwords.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { AuthRequiredError } from '#src/errors.js'
import { sessionView } from './session-view.js'

/**
 * Logs in with a handle, email address or DID and the account password, or an app password
 * (then the session's scope is the app password's, and it may not manage the account).
 */
export const createSession: Method<AppContext, AuthResult> = async ({ ctx, input }) => {
  const { identifier, password, allowTakendown } = input.body
  const account = await ctx.accounts.login(identifier, password)
  // @NOTE one answer for an unknown account and a wrong password, so neither can be probed
  if (!account) throw new AuthRequiredError('Invalid identifier or password')
  if (account.takedownRef !== null && !allowTakendown) {
    throw new AuthRequiredError('Account has been taken down', 'AccountTakedown')
  }
  // @NOTE a taken-down account gets only a narrow token to read its own data (allowTakendown)
  if (account.takedownRef !== null) {
    const tokens = await ctx.sessions.createTakendown(account.did)
    return { encoding: 'application/json', body: { ...tokens, ...(await sessionView(ctx, account, false)) } }
  }
  const grant = account.appPassword ? appPasswordGrant(account.appPassword) : undefined
  const tokens = await ctx.sessions.create(account.did, grant)
  return {
    encoding: 'application/json',
    body: { ...tokens, ...(await sessionView(ctx, account, account.appPassword === null)) },
  }
}
