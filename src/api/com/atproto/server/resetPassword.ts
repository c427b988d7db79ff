import type { Method } from '#generated/lexicons/com/atproto/server/resetPassword.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { emailFlow } from './email-errors.js'

/** Sets a new password with the code requestPasswordReset mailed; every session of the account ends. */
export const resetPassword: Method<AppContext, AuthResult> = async ({ ctx, input }) => {
  const { token, password } = input.body
  await emailFlow(() => ctx.accountEmail.resetPassword(token, password))
}
