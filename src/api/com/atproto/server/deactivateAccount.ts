import type { Method } from '#generated/lexicons/com/atproto/server/deactivateAccount.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { lifecycleError } from './lifecycle-errors.js'
import { sessionAccount } from './session-account.js'

/**
 * Deactivates the caller's account: its repo is no longer served (RepoDeactivated) and
 * writes are refused until activateAccount. `deleteAfter` asks for deletion after that date.
 */
export const deactivateAccount: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth, input }) => {
    const account = await sessionAccount(ctx, auth)
    await ctx.lifecycle.deactivate(account.did, { deleteAfter: input.body.deleteAfter }).catch(lifecycleError)
  },
}
