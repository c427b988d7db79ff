import type { Method } from '#generated/lexicons/com/atproto/server/activateAccount.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { lifecycleError } from './lifecycle-errors.js'
import { sessionAccount } from './session-account.js'

/** Activates the caller's account again (or for the first time, after a move here); relays are told to resynchronise. */
export const activateAccount: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth }) => {
    const account = await sessionAccount(ctx, auth)
    await ctx.lifecycle.activate(account.did).catch(lifecycleError)
  },
}
