import { error, type Method } from '#generated/lexicons/com/atproto/server/getServiceAuth.js'
import { assertMayRequestServiceAuth } from '#src/auth/method-access.js'
import {
  isServiceAudience,
  issueServiceToken,
  SERVICE_TOKEN_MAX_TTL_MS,
  SERVICE_TOKEN_METHODLESS_MAX_TTL_MS,
} from '#src/auth/service-tokens.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { InvalidRequestError } from '#src/errors.js'

/**
 * A service-auth JWT for the caller, signed with their repo key, for another service to
 * verify: `aud` that service's DID (or `did#serviceId`), `lxm` the one method it is good
 * for, `exp` at most an hour ahead (a minute without `lxm`). Protected methods get none.
 */
export const getServiceAuth: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth, params }) => {
    if (auth.credentials.type !== 'access') throw new InvalidRequestError('An access token is required')
    const { did } = auth.credentials
    const { aud, exp, lxm } = params
    if (!isServiceAudience(aud)) {
      throw new InvalidRequestError('aud must be a did:plc or did:web DID, or a did#serviceId reference')
    }
    if (exp !== undefined) {
      // @NOTE exp is in seconds since the epoch, like the JWT claim
      const ttl = exp * 1000 - Date.now()
      if (ttl < 0) throw error('BadExpiration', 'The expiration is in the past')
      if (ttl > SERVICE_TOKEN_MAX_TTL_MS) {
        throw error('BadExpiration', 'The expiration may be at most an hour ahead')
      }
      if (lxm === undefined && ttl > SERVICE_TOKEN_METHODLESS_MAX_TTL_MS) {
        throw error('BadExpiration', 'A token bound to no method (no lxm) may expire at most a minute ahead')
      }
    }
    // @NOTE never for a protected method, and for others only what the session could call itself
    assertMayRequestServiceAuth(auth.credentials, lxm)
    const token = await issueServiceToken(ctx.accounts, { iss: did, aud, lxm: lxm ?? null, exp })
    return { encoding: 'application/json', body: { token } }
  },
}
