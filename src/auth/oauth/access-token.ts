/**
 * OAuth access tokens: short-lived HS256 JWTs (`typ: at+jwt`) bound to a DPoP key
 * (`cnf.jkt`) and naming their token family (`sid`), so revoking the family ends them at
 * once. The key is derived from the PDS JWT secret and differs from the session tokens' key,
 * so neither kind can pass for the other.
 *
 * @module
 */
import { createHmac, randomBytes } from 'node:crypto'
import { errors, jwtVerify, SignJWT } from 'jose'

/** How long an OAuth access token lives (the atproto profile's ceiling is 30 minutes). */
export const OAUTH_ACCESS_TTL_MS = 15 * 60_000

/** What a verified OAuth access token says. */
export interface OAuthAccessClaims {
  did: string
  scope: string
  clientId: string
  /** The token family (`oauth_token.id`). */
  tokenId: string
  /** The DPoP key thumbprint the token is bound to. */
  jkt: string
  expiresAt: Date
}

/** An access token failed verification. */
export class AccessTokenError extends Error {
  constructor(
    readonly reason: 'expired' | 'invalid',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.name = 'AccessTokenError'
  }
}

/**
 * Signs and verifies OAuth access tokens.
 *
 * @example
 * const token = await signer.sign({ did, scope, clientId, tokenId, jkt })
 * const claims = await signer.verify(token)
 */
export class AccessTokenSigner {
  private readonly key: Uint8Array

  constructor(
    secret: string,
    private readonly issuer: string,
    private readonly audience: string,
  ) {
    this.key = createHmac('sha256', secret).update('oauth-access-token').digest()
  }

  async sign(claims: Omit<OAuthAccessClaims, 'expiresAt'>): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + OAUTH_ACCESS_TTL_MS)
    const token = await new SignJWT({
      scope: claims.scope,
      client_id: claims.clientId,
      sid: claims.tokenId,
      cnf: { jkt: claims.jkt },
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' })
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setSubject(claims.did)
      .setJti(randomBytes(12).toString('base64url'))
      .setIssuedAt()
      .setExpirationTime(expiresAt)
      .sign(this.key)
    return { token, expiresAt }
  }

  /** @throws AccessTokenError */
  async verify(token: string): Promise<OAuthAccessClaims> {
    let payload: Record<string, unknown>
    try {
      ;({ payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        typ: 'at+jwt',
        issuer: this.issuer,
        audience: this.audience,
      }))
    } catch (err) {
      if (err instanceof errors.JWTExpired)
        throw new AccessTokenError('expired', 'Access token has expired', { cause: err })
      throw new AccessTokenError('invalid', 'Access token could not be verified', { cause: err })
    }
    const { sub, scope, client_id, sid, cnf, exp } = payload
    const jkt = (cnf as { jkt?: unknown } | undefined)?.jkt
    if (
      typeof sub !== 'string' ||
      typeof scope !== 'string' ||
      typeof client_id !== 'string' ||
      typeof sid !== 'string' ||
      typeof jkt !== 'string' ||
      typeof exp !== 'number'
    ) {
      throw new AccessTokenError('invalid', 'Malformed access token')
    }
    return { did: sub, scope, clientId: client_id, tokenId: sid, jkt, expiresAt: new Date(exp * 1000) }
  }
}

/** Whether `token` looks like a DPoP-bound OAuth access token (its payload has `cnf`), without verifying it. */
export function looksDpopBound(token: string): boolean {
  const [, payload] = token.split('.')
  if (!payload) return false
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    return typeof claims === 'object' && claims !== null && 'cnf' in claims
  } catch {
    return false
  }
}
