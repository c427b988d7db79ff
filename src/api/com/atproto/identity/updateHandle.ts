import type { Method } from '#generated/lexicons/com/atproto/identity/updateHandle.js'
import { AccountError } from '#src/account/errors.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { InvalidRequestError, UpstreamFailureError } from '#src/errors.js'
import { PlcError } from '#src/identity/index.js'

/**
 * Gives the caller's account a new handle: one under our domains that is free, or a domain
 * the caller controls whose DNS TXT or well-known already names their DID.
 */
export const updateHandle: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, input, auth }) => {
    if (auth.credentials.type !== 'access') throw new InvalidRequestError('An access token is required')
    try {
      await ctx.accounts.updateHandle(auth.credentials.did, input.body.handle)
    } catch (err) {
      if (err instanceof AccountError) {
        const name = err.reason === 'InvalidRequest' ? undefined : err.reason
        throw new InvalidRequestError(err.message, name, { cause: err })
      }
      if (err instanceof PlcError) {
        throw new UpstreamFailureError(`The PLC directory refused the new handle: ${err.message}`, undefined, {
          cause: err,
        })
      }
      throw err
    }
  },
}
