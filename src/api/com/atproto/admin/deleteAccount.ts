import type { Method } from '#generated/lexicons/com/atproto/admin/deleteAccount.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { actorOf, adminAuth, adminCall } from './admin-call.js'

/** Deletes an account. @NOTE answers 501 until account deletion (issue 10) is merged */
export const deleteAccount: Method<AppContext, AuthResult> = {
  auth: adminAuth,
  handler: async ({ ctx, auth, input, req }) => {
    await adminCall(() => ctx.admin.deleteAccount(actorOf(auth, req), input.body.did))
  },
}
