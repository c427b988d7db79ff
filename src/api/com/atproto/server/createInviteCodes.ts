import type { Method } from '#generated/lexicons/com/atproto/server/createInviteCodes.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { actorOf, adminAuth, adminCall } from '../admin/admin-call.js'

/** Admin: issues `codeCount` codes of `useCount` uses for each of `forAccounts` (or for `admin`), audited. */
export const createInviteCodes: Method<AppContext, AuthResult> = {
  auth: adminAuth,
  handler: async ({ ctx, auth, input, req }) => {
    const codes = await adminCall(() => ctx.admin.invites.create(actorOf(auth, req), input.body))
    return { encoding: 'application/json', body: { codes } }
  },
}
