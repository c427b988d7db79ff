import type { Method } from '#generated/lexicons/app/bsky/actor/putPreferences.js'
import { PreferenceError, putPreferences as writePreferences } from '#src/account/preferences.js'
import { ACCESS_SCOPE } from '#src/auth/tokens.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { InvalidRequestError } from '#src/errors.js'

/**
 * Replaces the caller's AppView preferences (only `app.bsky.*` types; personal details
 * need a full session, not an app password).
 */
export const putPreferences: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth, input }) => {
    if (auth.credentials.type !== 'access') throw new InvalidRequestError('An access token is required')
    const { did, scope } = auth.credentials
    try {
      await writePreferences(ctx.db, did, input.body.preferences, { fullAccess: scope === ACCESS_SCOPE })
    } catch (err) {
      if (err instanceof PreferenceError) throw new InvalidRequestError(err.message, undefined, { cause: err })
      throw err
    }
  },
}
