import type { Method } from '#generated/lexicons/com/atproto/admin/getAccountInfo.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { InvalidRequestError } from '#src/errors.js'
import { moderatorAuth } from './admin-call.js'

/** The admin view of one account: handle, email, invites, deactivation. */
export const getAccountInfo: Method<AppContext, AuthResult> = {
  auth: moderatorAuth('com.atproto.admin.getAccountInfo'),
  handler: async ({ ctx, params }) => {
    const view = await ctx.admin.accounts.view(params.did)
    if (!view) throw new InvalidRequestError('Account not found', 'NotFound')
    return { encoding: 'application/json', body: view }
  },
}
