import type { Method } from '#generated/lexicons/com/atproto/server/getSession.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { InvalidRequestError } from '#src/errors.js'
import { sessionView } from './session-view.js'

/** Who the access token belongs to, and the state of that account. */
export const getSession: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth }) => {
    if (auth.credentials.type !== 'access') throw new InvalidRequestError('An access token is required')
    const account = await ctx.accounts.getAccount(auth.credentials.did)
    if (!account) throw new InvalidRequestError(`Could not find the account ${auth.credentials.did}`)
    const { oauth } = auth.credentials
    const includeEmail = oauth
      ? oauth.permissions.allowsAccount({ attr: 'email', action: 'read' })
      : auth.credentials.scope === 'com.atproto.access'
    return { encoding: 'application/json', body: await sessionView(ctx, account, includeEmail) }
  },
}
