/**
 * What the com.atproto.identity handlers share: a handle's DID the way this PDS knows it
 * (its own accounts first, then DNS and HTTPS for handles outside its domains), and the
 * bi-directionally checked identity of a handle or DID.
 *
 * @module
 */
import { EmailTokenError } from '#src/account/email-tokens.js'
import { AccountError } from '#src/account/errors.js'
import { normalizeHandle, serviceDomainOf } from '#src/account/handle.js'
import type { AppContext } from '#src/context.js'
import { InvalidRequestError, UpstreamFailureError } from '#src/errors.js'
import { type DidDocument, DidResolutionError, handleOf, PlcError, UnsupportedDidError } from '#src/identity/index.js'

/** A handle that does not resolve, or a mismatch, is reported with this in place of the handle. */
export const INVALID_HANDLE = 'handle.invalid'

/** The DID `handle` names, or undefined. `fresh` skips the cache of external answers. */
export async function handleToDid(ctx: AppContext, handle: string, fresh = false): Promise<string | undefined> {
  const normalized = normalizeHandle(handle)
  const account = await ctx.accounts.getAccount(normalized)
  // @NOTE a taken-down account's handle stops resolving, as the reference answers
  if (account) return ctx.availability.handleResolves(account) ? account.did : undefined
  if (serviceDomainOf(normalized, ctx.config.serviceHandleDomains) !== undefined) return undefined
  return (await ctx.identity.handles.resolve(normalized, { fresh })) ?? undefined
}

/**
 * The DID, verified handle and DID document of a handle or DID. The handle is the one the
 * document claims, and only if it resolves back to the DID; else `handle.invalid`.
 *
 * @throws InvalidRequestError named HandleNotFound or DidNotFound; UpstreamFailureError when resolution failed
 */
export async function identityInfo(
  ctx: AppContext,
  identifier: string,
  fresh = false,
): Promise<{ did: string; handle: string; didDoc: DidDocument }> {
  let did = identifier
  if (!identifier.startsWith('did:')) {
    const found = await handleToDid(ctx, identifier, fresh)
    if (found === undefined) throw new InvalidRequestError('Unable to resolve handle', 'HandleNotFound')
    did = found
  }
  let didDoc: DidDocument | null
  try {
    didDoc = await ctx.identity.dids.resolve(did, { fresh })
  } catch (err) {
    if (err instanceof UnsupportedDidError) throw new InvalidRequestError(err.message, undefined, { cause: err })
    if (err instanceof DidResolutionError) throw new UpstreamFailureError(err.message, undefined, { cause: err })
    throw err
  }
  if (!didDoc) throw new InvalidRequestError(`DID not found: ${did}`, 'DidNotFound')
  const claimed = handleOf(didDoc)
  const verified = claimed !== undefined && (await handleToDid(ctx, claimed, fresh)) === did
  return { did, handle: verified ? normalizeHandle(claimed) : INVALID_HANDLE, didDoc }
}

/**
 * Maps the domain errors of handle and PLC operations to XRPC errors; anything else is
 * returned as is. A directory that refuses an operation (4xx) is the client's problem; one
 * that cannot be reached is a 502.
 */
export function toIdentityXrpcError(err: unknown): unknown {
  if (err instanceof AccountError) {
    return new InvalidRequestError(err.message, err.reason === 'InvalidRequest' ? undefined : err.reason, {
      cause: err,
    })
  }
  if (err instanceof EmailTokenError) return new InvalidRequestError(err.message, err.errorName, { cause: err })
  if (err instanceof PlcError) {
    if (err.status !== undefined && err.status >= 400 && err.status < 500) {
      return new InvalidRequestError(`The PLC directory refused the operation: ${err.message}`, undefined, {
        cause: err,
      })
    }
    return new UpstreamFailureError(`The PLC directory failed: ${err.message}`, undefined, { cause: err })
  }
  return err
}
