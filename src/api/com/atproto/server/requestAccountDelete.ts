import type { Method } from '#generated/lexicons/com/atproto/server/requestAccountDelete.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { accessDid, emailFlow } from './email-errors.js'

/** Mails the code that deleteAccount requires. */
export const requestAccountDelete: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth }) => {
    const did = accessDid(auth)
    await emailFlow(() => ctx.accountEmail.requestAccountDelete(did))
  },
}
