import type { Method } from '#generated/lexicons/com/atproto/server/checkAccountStatus.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { lifecycleError } from './lifecycle-errors.js'
import { sessionAccount } from './session-account.js'

/** The state of the caller's account and repo: activation, DID validity, counts of blocks, records and blobs. */
export const checkAccountStatus: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth }) => {
    const account = await sessionAccount(ctx, auth)
    const body = await ctx.lifecycle.status(account.did).catch(lifecycleError)
    return { encoding: 'application/json', body }
  },
}
