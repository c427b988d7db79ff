/**
 * Inter-service auth: a short-lived JWT signed by the atproto signing key in the issuer's
 * DID document. Used where a caller proves it controls a DID that is not (yet) hosted here,
 * e.g. an account moving in.
 *
 * @see https://atproto.com/specs/xrpc#inter-service-authentication-jwt
 * @module
 */
import type { IncomingMessage } from 'node:http'
import { verifyJwt, XRPCError } from '@atproto/xrpc-server'
import { AuthRequiredError } from '#src/errors.js'
import { type DidResolver, signingKeyOf } from '#src/identity/index.js'

/**
 * Verifies the request's `Authorization: Bearer <service JWT>`: audience `serviceDid`,
 * method `lxm`, signature by the issuer's current signing key. Returns the issuer DID;
 * throws a 401 XRPC error otherwise.
 *
 * @example
 * const iss = await verifyServiceAuth(req, { serviceDid: config.serviceDid, lxm: 'com.atproto.server.createAccount', dids })
 */
export async function verifyServiceAuth(
  req: IncomingMessage,
  opts: { serviceDid: string; lxm: string; dids: DidResolver },
): Promise<string> {
  const header = req.headers.authorization
  if (!header) throw new AuthRequiredError('Authentication Required')
  const [scheme, token] = header.split(' ')
  if (scheme?.toLowerCase() !== 'bearer' || !token)
    throw new AuthRequiredError('Expected a Bearer token', 'InvalidToken')
  // @NOTE verifyJwt JSON-parses the header and payload unguarded: a malformed one would be a 500
  if (!isWellFormedJwt(token)) throw new AuthRequiredError('Poorly formatted JWT', 'BadJwt')
  try {
    const payload = await verifyJwt(token, opts.serviceDid, opts.lxm, async (iss, forceRefresh) => {
      const did = iss.split('#')[0] as string
      const doc = await opts.dids.resolve(did, { fresh: forceRefresh }).catch(() => null)
      const key = doc ? signingKeyOf(doc) : undefined
      if (!key) throw new AuthRequiredError(`Could not resolve the signing key of ${did}`, 'BadJwtIss')
      return key
    })
    return payload.iss.split('#')[0] as string
  } catch (err) {
    if (err instanceof XRPCError) throw err
    throw new AuthRequiredError('Service JWT could not be verified', 'BadJwt', { cause: err })
  }
}

/** Three base64url parts, the first two JSON objects. */
function isWellFormedJwt(token: string): boolean {
  const parts = token.split('.')
  if (parts.length !== 3) return false
  return parts.slice(0, 2).every((part) => {
    if (!/^[A-Za-z0-9_-]+$/.test(part)) return false
    try {
      const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
      return typeof value === 'object' && value !== null && !Array.isArray(value)
    } catch {
      return false
    }
  })
}
