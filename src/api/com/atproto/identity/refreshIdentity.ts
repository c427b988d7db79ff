import type { Method } from '#generated/lexicons/com/atproto/identity/refreshIdentity.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { identityInfo } from './identity-access.js'

/**
 * {@link identityInfo} resolved again from the source, replacing what was cached.
 * @NOTE it needs a session: anonymous, anyone could make our resolvers refetch (DNS, HTTPS,
 * the PLC directory) at will; the cached reads (resolveIdentity, resolveDid, resolveHandle) stay open
 */
export const refreshIdentity: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, input }) => ({
    encoding: 'application/json',
    body: await identityInfo(ctx, input.body.identifier, true),
  }),
}
