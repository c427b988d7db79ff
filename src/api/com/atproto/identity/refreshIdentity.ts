import type { Method } from '#generated/lexicons/com/atproto/identity/refreshIdentity.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { identityInfo } from './identity-access.js'

/** {@link identityInfo} resolved again from the source, replacing what was cached. */
export const refreshIdentity: Method<AppContext, AuthResult> = async ({ ctx, input }) => ({
  encoding: 'application/json',
  body: await identityInfo(ctx, input.body.identifier, true),
})
