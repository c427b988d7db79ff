import type { Method } from '#generated/lexicons/com/atproto/server/updateEmail.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { accessDid, emailFlow } from './email-errors.js'

/**
 * Changes the account's email address (unconfirmed until confirmEmail) and/or turns the
 * email sign-in factor on or off. Needs requestEmailUpdate's code when the address is confirmed.
 */
export const updateEmail: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth, input }) => {
    const did = accessDid(auth)
    const { email, token, emailAuthFactor } = input.body
    await emailFlow(() => ctx.accountEmail.update(did, { email, token, emailAuthFactor }))
  },
}
