import { error, type Method } from '#generated/lexicons/com/atproto/identity/resolveDid.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { InvalidRequestError, UpstreamFailureError } from '#src/errors.js'
import { DidResolutionError, UnsupportedDidError } from '#src/identity/index.js'

/** The DID document of any did:plc or did:web, as its method serves it (cached briefly). */
export const resolveDid: Method<AppContext, AuthResult> = async ({ ctx, params }) => {
  try {
    const didDoc = await ctx.identity.dids.resolve(params.did)
    if (!didDoc) throw error('DidNotFound', `DID not found: ${params.did}`)
    return { encoding: 'application/json', body: { didDoc } }
  } catch (err) {
    if (err instanceof UnsupportedDidError) throw new InvalidRequestError(err.message, undefined, { cause: err })
    if (err instanceof DidResolutionError) throw new UpstreamFailureError(err.message, undefined, { cause: err })
    throw err
  }
}
