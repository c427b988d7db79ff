import type { Method } from '#generated/lexicons/com/atproto/server/confirmEmail.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { accessDid, emailFlow } from './email-errors.js'

/** Confirms the account's email address with the code requestEmailConfirmation mailed. */
export const confirmEmail: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth, input }) => {
    const did = accessDid(auth)
    const { email, token } = input.body
    await emailFlow(() => ctx.accountEmail.confirm(did, email, token))
  },
}
