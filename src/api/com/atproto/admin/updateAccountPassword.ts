import type { Method } from '#generated/lexicons/com/atproto/admin/updateAccountPassword.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { actorOf, adminAuth, adminCall } from './admin-call.js'

/** Sets a new password and ends the account's sessions. */
export const updateAccountPassword: Method<AppContext, AuthResult> = {
  auth: adminAuth,
  handler: async ({ ctx, auth, input, req }) => {
    await adminCall(() => ctx.admin.updatePassword(actorOf(auth, req), input.body.did, input.body.password))
  },
}
