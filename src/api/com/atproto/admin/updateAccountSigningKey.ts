import type { Method } from '#generated/lexicons/com/atproto/admin/updateAccountSigningKey.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { actorOf, adminAuth, adminCall } from './admin-call.js'

/** Points the account's DID document at another signing key (did:plc, through the PLC directory). */
export const updateAccountSigningKey: Method<AppContext, AuthResult> = {
  auth: adminAuth,
  handler: async ({ ctx, auth, input, req }) => {
    await adminCall(() => ctx.admin.updateSigningKey(actorOf(auth, req), input.body.did, input.body.signingKey))
  },
}
