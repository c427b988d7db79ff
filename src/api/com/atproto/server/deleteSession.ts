import type { Method } from '#generated/lexicons/com/atproto/server/deleteSession.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { InvalidRequestError } from '#src/errors.js'

/** Logs out: the session ends, its refresh and access tokens stop working at once. */
export const deleteSession: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.refresh({ req }),
  handler: async ({ ctx, auth }) => {
    if (auth.credentials.type !== 'refresh') throw new InvalidRequestError('A refresh token is required')
    await ctx.sessions.revoke(auth.credentials.did, auth.credentials.sessionId)
  },
}
