/**
 * The auth verifiers handlers name in their `auth` field. Each reads the request's
 * Authorization header and returns the credentials the handler receives, or throws the
 * XRPC error a client expects: no token is 401 AuthenticationRequired, an expired one
 * 400 ExpiredToken (what @atproto/api refreshes on), a forged or misused one 401 InvalidToken.
 *
 * @module
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { parseReqNsid } from '@atproto/xrpc-server'
import { AuthRequiredError, ForbiddenError, InvalidRequestError } from '#src/errors.js'
import { AccessTokenError, looksDpopBound } from './oauth/access-token.js'
import { DpopError, type DpopVerifier } from './oauth/dpop.js'
import type { TokenService } from './oauth/token-service.js'
import { assertMethodAllowed, PasswordSessionRequiredError } from './scopes/method-permissions.js'
import { ScopeMissingError, ScopePermissions } from './scopes/scope-permissions.js'
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

  constructor(
    private readonly tokens: TokenSigner,
    adminPassword: string,
    private readonly oauth?: { tokens: TokenService; dpop: DpopVerifier },
  ) {
    this.adminDigest = digest(`admin:${adminPassword}`)
  }

  /**
   * A session access token (or app-password session) of an account, or a DPoP-bound OAuth
   * access token (`Authorization: DPoP <token>` with its proof) whose scopes allow the method.
   */
  async accessStandard({ req }: VerifierInput): Promise<Credentials<'access'>> {
    if (this.oauth && req.headers.authorization?.startsWith('DPoP ')) return this.verifyOAuth(req, this.oauth)
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
    const [scheme, encoded] = header.split(' ')
    if (scheme?.toLowerCase() !== 'basic' || !encoded)
      throw new AuthRequiredError('Admin basic auth required', 'InvalidToken')
    // @NOTE compare digests, so neither content nor length leaks through timing
    if (!timingSafeEqual(digest(Buffer.from(encoded, 'base64').toString('utf8')), this.adminDigest)) {
      throw new AuthRequiredError('Invalid admin credentials', 'InvalidToken')
    }
    return { credentials: { type: 'admin' } }
  }

  private async verifyOAuth(
    req: IncomingMessage,
    oauth: { tokens: TokenService; dpop: DpopVerifier },
  ): Promise<Credentials<'access'>> {
    const res = (req as IncomingMessage & { res?: ServerResponse }).res
    res?.setHeader('dpop-nonce', oauth.dpop.nonces.current())
    const [, token, extra] = (req.headers.authorization ?? '').split(' ')
    const challenge = (error: string, message: string) => {
      res?.setHeader('www-authenticate', `DPoP error="${error}", error_description="${message}"`)
      return new AuthRequiredError(message, error === 'invalid_token' ? 'InvalidToken' : error)
    }
    if (!token || extra !== undefined) throw challenge('invalid_token', 'Expected DPoP <access token>')
    let claims: Awaited<ReturnType<TokenService['verifyAccess']>>
    try {
      claims = await oauth.tokens.verifyAccess(token)
    } catch (err) {
      if (!(err instanceof AccessTokenError)) throw err
      throw challenge('invalid_token', err.message)
    }
    try {
      const { jkt } = await oauth.dpop.verify(req.headers.dpop, {
        method: req.method ?? 'GET',
        path: (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/',
        accessToken: token,
      })
      if (jkt !== claims.jkt)
        throw new DpopError('invalid_dpop_proof', 'DPoP proof is signed by another key than the token is bound to')
    } catch (err) {
      if (!(err instanceof DpopError)) throw err
      throw challenge(err.code, err.message)
    }
    const permissions = new ScopePermissions(claims.scope)
    try {
      assertMethodAllowed(permissions, parseReqNsid(req), req)
    } catch (err) {
      if (err instanceof ScopeMissingError || err instanceof PasswordSessionRequiredError) {
        throw new ForbiddenError(err.message, undefined, { cause: err })
      }
      throw err
    }
    return {
      credentials: {
        type: 'access',
        did: claims.did,
        scope: claims.scope,
        oauth: { clientId: claims.clientId, tokenId: claims.tokenId, permissions },
      },
    }
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
      // @NOTE a stolen DPoP-bound token is useless without its key: never accept it as a Bearer token
      if (looksDpopBound(token)) {
        throw new AuthRequiredError(
          'This access token is DPoP-bound: send it as "Authorization: DPoP" with a proof',
          'InvalidToken',
          { cause: err },
        )
      }
      // @NOTE 400 ExpiredToken (not 401) is what the reference answers and what clients refresh on
      if (err.reason === 'expired') throw new InvalidRequestError('Token has expired', 'ExpiredToken', { cause: err })
      throw new AuthRequiredError('Token could not be verified', 'InvalidToken', { cause: err })
    }
  }
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest()
}
