import type { Method } from '#generated/lexicons/com/atproto/admin/sendEmail.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { actorOf, adminCall, moderatorAuth } from './admin-call.js'

/** Mails a message to an account's email address, through the outbox; audited. */
export const sendEmail: Method<AppContext, AuthResult> = {
  auth: moderatorAuth('com.atproto.admin.sendEmail'),
  handler: async ({ ctx, auth, input, req }) => {
    await adminCall(() => ctx.admin.sendEmail(actorOf(auth, req), input.body))
    return { encoding: 'application/json', body: { sent: true } }
  },
}
