import type { Method } from '#generated/lexicons/com/atproto/identity/updateHandle.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { InvalidRequestError } from '#src/errors.js'
import { toIdentityXrpcError } from './identity-access.js'

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
      throw toIdentityXrpcError(err)
    }
  },
}
