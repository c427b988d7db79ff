import { error, type Method } from '#generated/lexicons/com/atproto/server/createSession.js'
import { AccountEmailError } from '#src/account/account-email.js'
import type { Account } from '#src/account/account-service.js'
import { EmailTokenError } from '#src/account/email-tokens.js'
import { appPasswordGrant } from '#src/auth/app-passwords.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { AuthRequiredError, ResponseType } from '#src/errors.js'
import { sessionView } from './session-view.js'

/**
 * Logs in with a handle, email address or DID and the account password, or an app password
 * (then the session's scope is the app password's, and it may not manage the account).
 */
export const createSession: Method<AppContext, AuthResult> = async ({ ctx, input }) => {
  const { identifier, password, authFactorToken, allowTakendown } = input.body
  const account = await ctx.accounts.login(identifier, password)
  // @NOTE one answer for an unknown account and a wrong password, so neither can be probed
  if (!account) throw new AuthRequiredError('Invalid identifier or password')
  if (account.takedownRef !== null && !allowTakendown) {
    throw error('AccountTakedown', 'Account has been taken down', { status: ResponseType.AuthenticationRequired })
  }
  // @NOTE a taken-down account gets only a narrow token to read its own data (allowTakendown)
  if (account.takedownRef !== null) {
    const tokens = await ctx.sessions.createTakendown(account.did)
    return { encoding: 'application/json', body: { ...tokens, ...(await sessionView(ctx, account, false)) } }
  }
  // @NOTE after the password: a code is only mailed to someone who knows it. App passwords,
  // made for apps that cannot ask for a code, skip it (as on Bluesky) and cannot manage the account
  if (account.appPassword === null) await signInFactor(ctx, account, authFactorToken)
  const grant = account.appPassword ? appPasswordGrant(account.appPassword) : undefined
  const tokens = await ctx.sessions.create(account.did, grant)
  return {
    encoding: 'application/json',
    body: { ...tokens, ...(await sessionView(ctx, account, account.appPassword === null)) },
  }
}

/** The email sign-in factor: 401 AuthFactorTokenRequired (and a mailed code), or 401 for a bad code. */
async function signInFactor(ctx: AppContext, account: Account, token: string | undefined): Promise<void> {
  try {
    await ctx.accountEmail.checkSignInFactor(account, token)
  } catch (err) {
    // @NOTE a refused code is a failed sign-in: 401, like a wrong password
    if (err instanceof EmailTokenError) throw new AuthRequiredError(err.message, err.errorName, { cause: err })
    if (err instanceof AccountEmailError && err.reason === 'AuthFactorTokenRequired') {
      throw error(err.reason, err.message, { status: ResponseType.AuthenticationRequired, cause: err })
    }
    if (err instanceof AccountEmailError) throw new AuthRequiredError(err.message, undefined, { cause: err })
    throw err
  }
}
