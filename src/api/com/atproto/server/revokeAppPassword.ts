import type { Method } from '#generated/lexicons/com/atproto/server/revokeAppPassword.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { sessionAccount } from './session-account.js'

/** Deletes an app password: the sessions opened with it end at once. Revoking an unknown name is a no-op. */
export const revokeAppPassword: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth, input }) => {
    const account = await sessionAccount(ctx, auth)
    await ctx.appPasswords.revoke(account.did, input.body.name)
  },
}
