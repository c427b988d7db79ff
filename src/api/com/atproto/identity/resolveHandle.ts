import { error, type Method } from '#generated/lexicons/com/atproto/identity/resolveHandle.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { handleToDid } from './identity-access.js'

/**
 * The DID of a handle: hosted handles from the database; others by DNS TXT or HTTPS
 * well-known. A handle under our own domains that no account holds is not found.
 */
export const resolveHandle: Method<AppContext, AuthResult> = async ({ ctx, params }) => {
  const did = await handleToDid(ctx, params.handle)
  if (did === undefined) throw error('HandleNotFound', 'Unable to resolve handle')
  return { encoding: 'application/json', body: { did } }
}
