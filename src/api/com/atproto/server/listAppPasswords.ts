import { error, type Method } from '#generated/lexicons/com/atproto/server/listAppPasswords.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { sessionAccount } from './session-account.js'

/** The account's app passwords (names, dates, privilege; never the passwords). */
export const listAppPasswords: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth }) => {
    const account = await sessionAccount(ctx, auth)
    if (account.takedownRef !== null) {
      throw error('AccountTakedown', 'Account has been taken down')
    }
    return { encoding: 'application/json', body: { passwords: await ctx.appPasswords.list(account.did) } }
  },
}
