import type { Method } from '#generated/lexicons/com/atproto/identity/resolveHandle.js'
import { isDid } from '#generated/runtime/index.js'
import { normalizeHandle, serviceDomainOf } from '#src/account/handle.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { resolveHandleExternally } from '#src/identity/index.js'

/**
 * The DID of a handle: hosted handles from the database; others by DNS TXT or HTTPS
 * well-known. A handle under our own domains that no account holds is not found.
 */
export const resolveHandle: Method<AppContext, AuthResult> = async ({ ctx, params }) => {
  const handle = normalizeHandle(params.handle)
  const account = await ctx.accounts.getAccount(handle)
  let did = account && ctx.availability.handleResolves(account) ? account.did : undefined
  if (!account && serviceDomainOf(handle, ctx.config.serviceHandleDomains) === undefined) {
    const found = await resolveHandleExternally(handle)
    if (found !== null && isDid(found)) did = found
  }
  if (did === undefined) return { status: 400, error: 'HandleNotFound', message: 'Unable to resolve handle' }
  return { encoding: 'application/json', body: { did } }
}
