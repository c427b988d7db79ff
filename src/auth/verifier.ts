/**
 * The auth verifiers handlers name in their `auth` field. Each reads the request's
 * Authorization header and returns the credentials the handler receives, or throws the
 * XRPC error a client expects: no token is 401 AuthenticationRequired, an expired one
 * 400 ExpiredToken (what @atproto/api refreshes on), a forged or misused one 401 InvalidToken.
 *
 * @module
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { AuthRequiredError, InvalidRequestError } from '#src/errors.js'
import { FailureThrottle } from './admin-throttle.js'
import { ACCESS_SCOPE, TokenError, type TokenKind, type TokenSigner } from './tokens.js'
import type { AuthResult } from './types.js'

/** The scopes an access token may carry to call the standard (non-privileged) methods. */
const STANDARD_SCOPES: ReadonlySet<string> = new Set([
  ACCESS_SCOPE,
  'com.atproto.appPass',
  'com.atproto.appPassPrivileged',
])

/** What every verifier receives (the rest of xrpc-server's auth context is ignored). */
export interface VerifierInput {
  req: IncomingMessage
}

type Credentials<T extends AuthResult['credentials']['type']> = Extract<AuthResult, { credentials: { type: T } }>

/**
 * @example
 * export const getSession: Method<AppContext, AuthResult> = {
 *   auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
 *   handler: ({ auth }) => ...,
 * }
 */
export class AuthVerifier {
  private readonly adminDigest: Buffer
  // @NOTE per client address; behind a proxy all clients share one, which still caps guessing
  private readonly adminFailures = new FailureThrottle()

  constructor(
    private readonly tokens: TokenSigner,
    adminPassword: string,
  ) {
    this.adminDigest = digest(`admin:${adminPassword}`)
  }

  /** A session access token (or app-password session) of an account. */
  async accessStandard({ req }: VerifierInput): Promise<Credentials<'access'>> {
    const claims = await this.verifyBearer(req, 'access')
    if (!STANDARD_SCOPES.has(claims.scope)) throw new AuthRequiredError('Bad token scope', 'InvalidToken')
    return { credentials: { type: 'access', did: claims.did, scope: claims.scope } }
  }

  /** A session refresh token. */
  async refresh({ req }: VerifierInput): Promise<Credentials<'refresh'>> {
    const claims = await this.verifyBearer(req, 'refresh')
    return { credentials: { type: 'refresh', did: claims.did, tokenId: claims.tokenId as string } }
  }

  /** No credentials at all, or a valid access token (an invalid one is still refused). */
  async optional({ req }: VerifierInput): Promise<Credentials<'none'> | Credentials<'access'>> {
    if (req.headers.authorization === undefined) return { credentials: { type: 'none' } }
    return this.accessStandard({ req })
  }

  /** The admin password over HTTP basic auth (user `admin`). */
  async adminBasic({ req }: VerifierInput): Promise<Credentials<'admin'>> {
    const header = req.headers.authorization
    if (!header) throw new AuthRequiredError('Authentication Required')
    const client = req.socket.remoteAddress ?? 'unknown'
    // @NOTE checked before the password, so a blocked client learns nothing from its guesses
    this.adminFailures.check(client)
    const [scheme, encoded] = header.split(' ')
    if (scheme?.toLowerCase() !== 'basic' || !encoded) {
      this.adminFailures.fail(client)
      throw new AuthRequiredError('Admin basic auth required', 'InvalidToken')
    }
    // @NOTE compare digests, so neither content nor length leaks through timing
    if (!timingSafeEqual(digest(Buffer.from(encoded, 'base64').toString('utf8')), this.adminDigest)) {
      this.adminFailures.fail(client)
      throw new AuthRequiredError('Invalid admin credentials', 'InvalidToken')
    }
    return { credentials: { type: 'admin' } }
  }

  private async verifyBearer(req: IncomingMessage, kind: TokenKind) {
    const header = req.headers.authorization
    if (!header) throw new AuthRequiredError('Authentication Required')
    const [scheme, token, extra] = header.split(' ')
    if (scheme?.toLowerCase() !== 'bearer' || !token || extra !== undefined) {
      throw new AuthRequiredError('Expected a Bearer token', 'InvalidToken')
    }
    try {
      return await this.tokens.verify(token, kind)
    } catch (err) {
      if (!(err instanceof TokenError)) throw err
      // @NOTE 400 ExpiredToken (not 401) is what the reference answers and what clients refresh on
      if (err.reason === 'expired') throw new InvalidRequestError('Token has expired', 'ExpiredToken', { cause: err })
      throw new AuthRequiredError('Token could not be verified', 'InvalidToken', { cause: err })
    }
  }
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest()
}
