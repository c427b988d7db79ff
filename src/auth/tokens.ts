/**
 * Session tokens: HS256 JWTs signed with the PDS's JWT secret. An access token
 * (`typ: at+jwt`, scope `com.atproto.access`) lives about 2 hours; a refresh token
 * (`typ: refresh+jwt`, scope `com.atproto.refresh`, with a `jti` naming its database
 * row) about 90 days. Both carry `sub` = the account DID, `aud` = the service DID and `sid` =
 * the login session, which every request checks is still live (so revocation is immediate).
 *
 * @module
 */
import { randomBytes } from 'node:crypto'
import { errors, jwtVerify, SignJWT } from 'jose'

/** The scope of a session access token. */
export const ACCESS_SCOPE = 'com.atproto.access'
/** The scope of the narrow access token a taken-down account gets (`createSession` with `allowTakendown`). */
export const TAKENDOWN_SCOPE = 'com.atproto.takendown'
/** The scope of a session refresh token. */
export const REFRESH_SCOPE = 'com.atproto.refresh'

/** How long an access token lives. */
export const ACCESS_TOKEN_TTL_MS = 2 * 60 * 60 * 1000
/** How long a refresh token lives. */
export const REFRESH_TOKEN_TTL_MS = 90 * 24 * 60 * 60 * 1000

const TYP = { access: 'at+jwt', refresh: 'refresh+jwt' } as const

/** Most verified tokens remembered (about 0.5 KB each); the oldest goes first. */
const VERIFIED_CACHE_SIZE = 5_000

/** Which kind of token. */
export type TokenKind = keyof typeof TYP

/** What a verified token says. */
export interface TokenClaims {
  did: string
  scope: string
  /** The `jti` (refresh tokens only). */
  tokenId?: string
  /**
   * The login session (`sid`). A refresh token from before sessions had ids names its session
   * by its `jti`; such an access token has none.
   */
  sessionId?: string
}

/** A token failed verification: expired, or invalid (bad signature, audience, type...). */
export class TokenError extends Error {
  constructor(
    readonly reason: 'expired' | 'invalid',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.name = 'TokenError'
  }
}

/** A fresh, unguessable refresh token id. */
export function newTokenId(): string {
  return randomBytes(24).toString('base64url')
}

/**
 * Signs and verifies the session JWTs of one service.
 *
 * @example
 * const tokens = new TokenSigner({ secret: secrets.jwtSecret, serviceDid: config.serviceDid })
 * const jwt = await tokens.createAccessToken('did:plc:...')
 * const { did } = await tokens.verify(jwt, 'access')
 */
export class TokenSigner {
  private readonly key: Uint8Array
  private readonly serviceDid: string
  // @NOTE a token's claims are a function of its exact text, which was signed with our secret;
  // only its expiry depends on the time, so that alone is checked again on every use
  private readonly verified = new Map<string, { kind: TokenKind; claims: TokenClaims; expiresAt: number }>()

  constructor(opts: { secret: string; serviceDid: string }) {
    this.key = new TextEncoder().encode(opts.secret)
    this.serviceDid = opts.serviceDid
  }

  /** An access token for `did` in session `sessionId`, valid for {@link ACCESS_TOKEN_TTL_MS}. */
  createAccessToken(did: string, sessionId: string, scope = ACCESS_SCOPE): Promise<string> {
    return new SignJWT({ scope, sid: sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: TYP.access })
      .setAudience(this.serviceDid)
      .setSubject(did)
      .setIssuedAt()
      .setExpirationTime(new Date(Date.now() + ACCESS_TOKEN_TTL_MS))
      .sign(this.key)
  }

  /** A refresh token for `did` with id `tokenId` in session `sessionId`, valid until `expiresAt`. */
  createRefreshToken(did: string, sessionId: string, tokenId: string, expiresAt: Date): Promise<string> {
    return new SignJWT({ scope: REFRESH_SCOPE, sid: sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: TYP.refresh })
      .setAudience(this.serviceDid)
      .setSubject(did)
      .setJti(tokenId)
      .setIssuedAt()
      .setExpirationTime(expiresAt)
      .sign(this.key)
  }

  /**
   * Checks signature, type, audience, expiry and subject; throws {@link TokenError}. A token
   * verified before is only checked for expiry again (whether its session is still live is
   * the verifier's check, on every request).
   */
  async verify(token: string, kind: TokenKind): Promise<TokenClaims> {
    const hit = this.verified.get(token)
    if (hit && hit.kind === kind && hit.expiresAt > Date.now()) return hit.claims
    if (hit) this.verified.delete(token)
    return this.verifyFully(token, kind)
  }

  /** {@link verify} without the cache: jose checks the signature and the claims, then we remember them. */
  private async verifyFully(token: string, kind: TokenKind): Promise<TokenClaims> {
    let payload: Record<string, unknown>
    try {
      ;({ payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        typ: TYP[kind],
        audience: this.serviceDid,
      }))
    } catch (err) {
      if (err instanceof errors.JWTExpired) throw new TokenError('expired', 'Token has expired', { cause: err })
      throw new TokenError('invalid', 'Token could not be verified', { cause: err })
    }
    const { sub, scope, jti, sid } = payload
    if (typeof sub !== 'string' || !sub.startsWith('did:') || typeof scope !== 'string') {
      throw new TokenError('invalid', 'Malformed token')
    }
    if (sid !== undefined && typeof sid !== 'string') throw new TokenError('invalid', 'Malformed token')
    let claims: TokenClaims
    if (kind === 'refresh') {
      if (typeof jti !== 'string' || scope !== REFRESH_SCOPE) throw new TokenError('invalid', 'Bad token scope')
      claims = { did: sub, scope, tokenId: jti, sessionId: sid ?? jti }
    } else {
      claims = sid === undefined ? { did: sub, scope } : { did: sub, scope, sessionId: sid }
    }
    // @NOTE jose accepts a token without exp (it never expires); ours all have one, and one without is not remembered
    if (typeof payload.exp === 'number') {
      if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value as string)
      this.verified.set(token, { kind, claims: Object.freeze(claims), expiresAt: payload.exp * 1000 })
    }
    return claims
  }
}
