/**
 * Inbound service auth: a short-lived JWT signed by the `#atproto` key in the issuer's DID
 * document (the `#atproto_label` key when the issuer is `<did>#atproto_labeler`, as a
 * moderation service signs), addressed to this PDS (`aud`) for one method (`lxm`). Used where a caller proves
 * it controls a DID without a session here: an account moving in (createAccount), another
 * service uploading a blob for a user (uploadBlob). Unlike the reference, a token is
 * accepted once: its `jti` is remembered (in the database, so across processes) until it expires.
 *
 * @see https://atproto.com/specs/xrpc#inter-service-authentication-jwt
 * @module
 */
import type { IncomingMessage } from 'node:http'
import { verifyJwt, XRPCError } from '@atproto/xrpc-server'
import { decodeJwt } from 'jose'
import type { Database } from '#src/db/database.js'
import { isUniqueViolation } from '#src/db/unique-violation.js'
import { AuthRequiredError } from '#src/errors.js'
import { type DidResolver, signingKeyOf } from '#src/identity/index.js'

/** What a verified service token proves. */
export interface ServiceCaller {
  /** The issuer, without any `#serviceId`. */
  did: string
  lxm: string
}

/** A token may not live longer than this (getServiceAuth grants at most an hour), plus clock skew. */
const MAX_LIFETIME_MS = 65 * 60 * 1000
/** How often expired `jti`s are swept, at most. */
const SWEEP_EVERY_MS = 60 * 1000

/**
 * Whether the request's bearer token is a service token (it names a method) rather than a
 * session token; only a hint for choosing the verifier, never a verification.
 */
export function isServiceToken(req: IncomingMessage): boolean {
  const token = bearer(req)
  if (!token) return false
  try {
    return typeof decodeJwt(token).lxm === 'string'
  } catch {
    return false
  }
}

/**
 * @example
 * const caller = await ctx.serviceAuth.verify(req, 'com.atproto.repo.uploadBlob')
 */
export class ServiceAuthVerifier {
  private lastSweep = 0

  constructor(private readonly deps: { db: Database; serviceDid: string; dids: Pick<DidResolver, 'resolve'> }) {}

  /**
   * Verifies `Authorization: Bearer <service JWT>` for method `lxm`: signature by the
   * issuer's current key, audience this PDS (bare or `#atproto_pds`), not a session,
   * OAuth or DPoP token, a `jti` not seen before. Throws a 401 XRPC error otherwise.
   */
  async verify(req: IncomingMessage, lxm: string): Promise<ServiceCaller> {
    const token = bearer(req)
    if (!token) throw new AuthRequiredError('Authentication Required')
    // @NOTE verifyJwt JSON-parses the header and payload unguarded: a malformed one would be a 500
    if (!isWellFormedJwt(token)) throw new AuthRequiredError('Poorly formatted JWT', 'BadJwt')
    let payload: Awaited<ReturnType<typeof verifyJwt>>
    try {
      payload = await verifyJwt(token, null, lxm, async (iss, forceRefresh) => {
        const [did = '', serviceId] = iss.split('#')
        // @NOTE a labeler (a moderation service) signs as `<did>#atproto_labeler`, with its label key
        const keyId = serviceId === 'atproto_labeler' ? 'atproto_label' : 'atproto'
        const doc = await this.deps.dids.resolve(did, { fresh: forceRefresh }).catch(() => null)
        const key = doc ? signingKeyOf(doc, keyId) : undefined
        if (!key) throw new AuthRequiredError(`Could not resolve the signing key of ${did}`, 'BadJwtIss')
        return key
      })
    } catch (err) {
      if (err instanceof XRPCError) throw err
      throw new AuthRequiredError('Service JWT could not be verified', 'BadJwt', { cause: err })
    }
    const { serviceDid } = this.deps
    if (payload.aud !== serviceDid && payload.aud !== `${serviceDid}#atproto_pds`) {
      throw new AuthRequiredError('The service token is addressed to another service', 'BadJwtAudience')
    }
    const expiresAt = payload.exp * 1000
    if (expiresAt - Date.now() > MAX_LIFETIME_MS) {
      throw new AuthRequiredError('The service token lives longer than an hour', 'BadJwt')
    }
    if (typeof payload.jti !== 'string' || payload.jti.length === 0 || payload.jti.length > 128) {
      throw new AuthRequiredError('The service token has no jti', 'BadJwt')
    }
    const did = payload.iss.split('#')[0] as string
    await this.remember(did, payload.jti, expiresAt)
    return { did, lxm }
  }

  private async remember(iss: string, jti: string, expiresAt: number): Promise<void> {
    const now = Date.now()
    if (now - this.lastSweep > SWEEP_EVERY_MS) {
      this.lastSweep = now
      await this.deps.db.deleteFrom('serviceAuthJti').where('expiresAt', '<', new Date(now).toISOString()).execute()
    }
    try {
      await this.deps.db
        .insertInto('serviceAuthJti')
        .values({ iss, jti, expiresAt: new Date(expiresAt).toISOString() })
        .execute()
    } catch (err) {
      if (isUniqueViolation(err)) throw new AuthRequiredError('This service token was already used', 'JwtReplayed')
      throw err
    }
  }
}

function bearer(req: IncomingMessage): string | undefined {
  const [scheme, token, extra] = (req.headers.authorization ?? '').split(' ')
  return scheme?.toLowerCase() === 'bearer' && token && extra === undefined ? token : undefined
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
