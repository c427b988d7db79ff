import type { Method } from '#generated/lexicons/com/atproto/admin/updateAccountHandle.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { actorOf, adminAuth, adminCall } from './admin-call.js'

/** Gives an account a new handle (DID document updated through the PLC directory, `#identity` emitted). */
export const updateAccountHandle: Method<AppContext, AuthResult> = {
  auth: adminAuth,
  handler: async ({ ctx, auth, input, req }) => {
    await adminCall(() => ctx.admin.updateHandle(actorOf(auth, req), input.body.did, input.body.handle))
  },
}
