import type { Method } from '#generated/lexicons/com/atproto/admin/sendEmail.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { actorOf, adminCall, moderatorAuth } from './admin-call.js'

/** Mails an account. @NOTE answers 501 until the mail transport (issue 10) is merged */
export const sendEmail: Method<AppContext, AuthResult> = {
  auth: moderatorAuth('com.atproto.admin.sendEmail'),
  handler: async ({ ctx, auth, input, req }) => {
    await adminCall(() => ctx.admin.sendEmail(actorOf(auth, req), input.body.recipientDid))
    return { encoding: 'application/json', body: { sent: false } }
  },
}
