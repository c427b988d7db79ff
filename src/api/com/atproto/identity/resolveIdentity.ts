import type { Method } from '#generated/lexicons/com/atproto/identity/resolveIdentity.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { identityInfo } from './identity-access.js'

/** A handle or DID with its DID document and bi-directionally verified handle (cached answers allowed). */
export const resolveIdentity: Method<AppContext, AuthResult> = async ({ ctx, params }) => ({
  encoding: 'application/json',
  body: await identityInfo(ctx, params.identifier),
})
