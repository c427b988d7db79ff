import type { Method } from '#generated/lexicons/com/atproto/admin/enableAccountInvites.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { actorOf, adminCall, moderatorAuth } from './admin-call.js'

/** Lets an account get new invite codes again. */
export const enableAccountInvites: Method<AppContext, AuthResult> = {
  auth: moderatorAuth('com.atproto.admin.enableAccountInvites'),
  handler: async ({ ctx, auth, input, req }) => {
    const { account, note } = input.body
    await adminCall(() => ctx.admin.invites.setAccountInvitesDisabled(actorOf(auth, req), account, false, note))
  },
}
