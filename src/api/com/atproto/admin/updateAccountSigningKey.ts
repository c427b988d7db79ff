import type { Method } from '#generated/lexicons/com/atproto/admin/updateAccountSigningKey.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { actorOf, adminAuth, adminCall } from './admin-call.js'

/**
 * Rotates a hosted did:plc account onto `signingKey`, a key reserved here with
 * reserveSigningKey: the DID document, the stored key and the repo's head all move to it
 * (src/account/signing-key-rotation.ts). A key held elsewhere is refused.
 */
export const updateAccountSigningKey: Method<AppContext, AuthResult> = {
  auth: adminAuth,
  handler: async ({ ctx, auth, input, req }) => {
    await adminCall(() => ctx.admin.updateSigningKey(actorOf(auth, req), input.body.did, input.body.signingKey))
  },
}
