import { error, type Method } from '#generated/lexicons/com/atproto/server/refreshSession.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { InvalidRequestError, ResponseType } from '#src/errors.js'
import { sessionView } from './session-view.js'

/** Trades a refresh token for a new access and refresh token; the old one stops working after a short grace. */
export const refreshSession: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.refresh({ req }),
  handler: async ({ ctx, auth }) => {
    if (auth.credentials.type !== 'refresh') throw new InvalidRequestError('A refresh token is required')
    const { did, tokenId, sessionId } = auth.credentials
    const account = await ctx.accounts.getAccount(did)
    if (!account) throw new InvalidRequestError(`Could not find the account ${did}`)
    if (account.takedownRef !== null)
      throw error('AccountTakedown', 'Account has been taken down', { status: ResponseType.AuthenticationRequired })
    const tokens = await ctx.sessions.rotate(did, sessionId, tokenId)
    if (tokens === 'revoked') throw error('ExpiredToken', 'Token has been revoked')
    if (tokens === 'reused') {
      throw error('ExpiredToken', 'Token was already used: the session has been revoked')
    }
    return { encoding: 'application/json', body: { ...tokens, ...(await sessionView(ctx, account)) } }
  },
}
