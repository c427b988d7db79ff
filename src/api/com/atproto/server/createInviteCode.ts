import type { Method } from '#generated/lexicons/com/atproto/server/createInviteCode.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { actorOf, adminAuth, adminCall } from '../admin/admin-call.js'

/** Admin: issues an invite code good for `useCount` accounts (audited). */
export const createInviteCode: Method<AppContext, AuthResult> = {
  auth: adminAuth,
  handler: async ({ ctx, auth, input, req }) => {
    const { useCount, forAccount } = input.body
    const [created] = await adminCall(() =>
      ctx.admin.invites.create(actorOf(auth, req), {
        codeCount: 1,
        useCount,
        forAccounts: forAccount && forAccount !== 'admin' ? [forAccount] : undefined,
      }),
    )
    return { encoding: 'application/json', body: { code: created?.codes[0] as string } }
  },
}
