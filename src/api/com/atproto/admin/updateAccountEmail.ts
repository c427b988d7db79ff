import type { Method } from '#generated/lexicons/com/atproto/admin/updateAccountEmail.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { actorOf, adminAuth, adminCall } from './admin-call.js'

/** Sets an account's email address (to be confirmed again). */
export const updateAccountEmail: Method<AppContext, AuthResult> = {
  auth: adminAuth,
  handler: async ({ ctx, auth, input, req }) => {
    await adminCall(() => ctx.admin.updateEmail(actorOf(auth, req), input.body.account, input.body.email))
  },
}
