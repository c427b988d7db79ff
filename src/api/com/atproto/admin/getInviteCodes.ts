import type { Method } from '#generated/lexicons/com/atproto/admin/getInviteCodes.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { adminCall, moderatorAuth } from './admin-call.js'

/** A page of every invite code with its uses, newest (`recent`) or most used (`usage`) first. */
export const getInviteCodes: Method<AppContext, AuthResult> = {
  auth: moderatorAuth('com.atproto.admin.getInviteCodes'),
  handler: async ({ ctx, params }) => {
    const page = await adminCall(() => ctx.admin.invites.list(params))
    return { encoding: 'application/json', body: page }
  },
}
