import type { Method } from '#generated/lexicons/com/atproto/server/requestEmailUpdate.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { accessDid, emailFlow } from './email-errors.js'

/** Starts an email change: when the address is confirmed, mails it the code updateEmail requires. */
export const requestEmailUpdate: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth }) => {
    const did = accessDid(auth)
    const body = await emailFlow(() => ctx.accountEmail.requestUpdate(did))
    return { encoding: 'application/json', body }
  },
}
