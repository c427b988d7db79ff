import type { Method } from '#generated/lexicons/com/atproto/admin/disableInviteCodes.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { actorOf, adminCall, moderatorAuth } from './admin-call.js'

/** Disables the named codes and every code of the named accounts. */
export const disableInviteCodes: Method<AppContext, AuthResult> = {
  auth: moderatorAuth('com.atproto.admin.disableInviteCodes'),
  handler: async ({ ctx, auth, input, req }) => {
    await adminCall(() => ctx.admin.invites.disable(actorOf(auth, req), input.body))
  },
}
