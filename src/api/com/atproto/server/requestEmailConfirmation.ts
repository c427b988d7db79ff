import type { Method } from '#generated/lexicons/com/atproto/server/requestEmailConfirmation.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { accessDid, emailFlow } from './email-errors.js'

/** Mails a code that confirms the account's email address (confirmEmail takes it). */
export const requestEmailConfirmation: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth }) => {
    const did = accessDid(auth)
    await emailFlow(() => ctx.accountEmail.requestConfirmation(did))
  },
}
