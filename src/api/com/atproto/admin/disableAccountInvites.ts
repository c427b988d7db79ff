import type { Method } from '#generated/lexicons/com/atproto/admin/disableAccountInvites.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { actorOf, adminCall, moderatorAuth } from './admin-call.js'

/** Stops an account from getting new invite codes (its existing codes still work). */
export const disableAccountInvites: Method<AppContext, AuthResult> = {
  auth: moderatorAuth('com.atproto.admin.disableAccountInvites'),
  handler: async ({ ctx, auth, input, req }) => {
    const { account, note } = input.body
    await adminCall(() => ctx.admin.invites.setAccountInvitesDisabled(actorOf(auth, req), account, true, note))
  },
}
