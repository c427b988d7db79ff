import type { Method } from '#generated/lexicons/com/atproto/admin/searchAccounts.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { moderatorAuth } from './admin-call.js'

/** A page of accounts in DID order, those whose email starts with `email` when it is given. */
export const searchAccounts: Method<AppContext, AuthResult> = {
  auth: moderatorAuth('com.atproto.admin.searchAccounts'),
  handler: async ({ ctx, params }) => {
    const page = await ctx.admin.accounts.search({ email: params.email, limit: params.limit, cursor: params.cursor })
    const accounts = await ctx.admin.accounts.views(page.accounts.map((account) => account.did))
    return { encoding: 'application/json', body: page.cursor ? { accounts, cursor: page.cursor } : { accounts } }
  },
}
