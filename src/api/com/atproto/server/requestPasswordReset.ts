import type { Method } from '#generated/lexicons/com/atproto/server/requestPasswordReset.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { emailFlow } from './email-errors.js'

/**
 * Mails a password-reset code to the account with this address, if there is one. The
 * answer (and its timing) is the same either way, so addresses cannot be probed.
 */
export const requestPasswordReset: Method<AppContext, AuthResult> = async ({ ctx, input }) => {
  await emailFlow(() => ctx.accountEmail.requestPasswordReset(input.body.email))
}
