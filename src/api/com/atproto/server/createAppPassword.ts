import { error, type Method } from '#generated/lexicons/com/atproto/server/createAppPassword.js'
import { AppPasswordError } from '#src/auth/app-passwords.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { InvalidRequestError } from '#src/errors.js'
import { sessionAccount } from './session-account.js'

/** Makes an app password for a third-party client; the password is shown only in this answer. */
export const createAppPassword: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth, input }) => {
    const account = await sessionAccount(ctx, auth)
    if (account.takedownRef !== null) {
      throw error('AccountTakedown', 'Account has been taken down')
    }
    try {
      const created = await ctx.appPasswords.create(account.did, input.body.name, input.body.privileged ?? false)
      return { encoding: 'application/json', body: created }
    } catch (err) {
      if (err instanceof AppPasswordError) throw new InvalidRequestError(err.message, undefined, { cause: err })
      throw err
    }
  },
}
