import type { Method } from '#generated/lexicons/app/bsky/actor/getPreferences.js'
import { getPreferences as readPreferences } from '#src/account/preferences.js'
import { ACCESS_SCOPE } from '#src/auth/tokens.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { InvalidRequestError } from '#src/errors.js'

/**
 * The caller's AppView preferences, held here (a request whose atproto-proxy header names
 * another AppView was forwarded before reaching this handler).
 */
export const getPreferences: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth }) => {
    if (auth.credentials.type !== 'access') throw new InvalidRequestError('An access token is required')
    const { did, scope } = auth.credentials
    const preferences = await readPreferences(ctx.db, did, { fullAccess: scope === ACCESS_SCOPE })
    return { encoding: 'application/json', body: { preferences } }
  },
}
