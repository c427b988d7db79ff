import type { Method } from '#generated/lexicons/com/atproto/server/reserveSigningKey.js'
import { ReservationLimitError } from '#src/account/signing-key-reservations.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { ResponseType, XRPCError } from '#src/errors.js'

/**
 * Reserves a repo signing key, for a DID moving here (its PLC operation can then name the
 * key before the account exists; createAccount with that DID uses it) or for a key rotation
 * (com.atproto.admin.updateAccountSigningKey). Public, as in the reference PDS; for a DID,
 * asking again answers the same key. Only the public key (a did:key) is returned.
 */
export const reserveSigningKey: Method<AppContext, AuthResult> = async ({ ctx, input }) => {
  try {
    const signingKey = await ctx.accounts.reservations.reserve(input.body.did)
    return { encoding: 'application/json', body: { signingKey } }
  } catch (err) {
    if (err instanceof ReservationLimitError) {
      throw new XRPCError(ResponseType.RateLimitExceeded, err.message, 'RateLimitExceeded', { cause: err })
    }
    throw err
  }
}
