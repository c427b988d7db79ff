import type { Method } from '#generated/lexicons/com/atproto/server/createInviteCode.js'
import { createInviteCode as createCode } from '#src/account/invites.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { InvalidRequestError } from '#src/errors.js'

const MAX_USES = 10_000

/** Admin: issues an invite code good for `useCount` accounts. */
export const createInviteCode: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.adminBasic({ req }),
  handler: async ({ ctx, input }) => {
    const { useCount, forAccount = 'admin' } = input.body
    if (!Number.isInteger(useCount) || useCount < 1 || useCount > MAX_USES) {
      throw new InvalidRequestError(`useCount must be between 1 and ${MAX_USES}`)
    }
    if (forAccount !== 'admin' && !(await ctx.accounts.getAccount(forAccount))) {
      throw new InvalidRequestError(`Account not found: ${forAccount}`)
    }
    const code = await createCode(ctx.db, { hostname: ctx.config.hostname, useCount, forAccount })
    return { encoding: 'application/json', body: { code } }
  },
}
