/**
 * The auth verifiers handlers name in their `auth` field. Each reads the request's
 * Authorization header and returns the credentials the handler receives, or throws the
 * XRPC error a client expects: no token is 401 AuthenticationRequired, an expired one
 * 400 ExpiredToken (what @atproto/api refreshes on), a forged or misused one 401 InvalidToken.
 * Access tokens name their login session, checked live on every request, and the method
 * being called is checked against what the session may do ({@link assertMayCall}).
 *
 * @module
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { AuthRequiredError, ForbiddenError, InvalidRequestError } from '#src/errors.js'
import { FailureThrottle } from './admin-throttle.js'
import { APP_PASS_PRIVILEGED_SCOPE, APP_PASS_SCOPE, assertMayCall } from './method-access.js'
import { AccessTokenError, looksDpopBound } from './oauth/access-token.js'
import { DpopError, type DpopVerifier } from './oauth/dpop.js'
import type { TokenService } from './oauth/token-service.js'
import { assertMethodAllowed, PasswordSessionRequiredError } from './scopes/method-permissions.js'
import { ScopeMissingError, ScopePermissions } from './scopes/scope-permissions.js'
import type { ServiceAuthVerifier } from './service-auth.js'
import type { SessionService } from './sessions.js'
import { ACCESS_SCOPE, TAKENDOWN_SCOPE, TokenError, type TokenKind, type TokenSigner } from './tokens.js'
import type { AuthResult } from './types.js'

/** The scopes an access token may carry to call the standard (non-privileged) methods. */
const STANDARD_SCOPES: ReadonlySet<string> = new Set([ACCESS_SCOPE, APP_PASS_SCOPE, APP_PASS_PRIVILEGED_SCOPE])

/** What every verifier receives (the rest of xrpc-server's auth context is ignored). */
export interface VerifierInput {
  req: IncomingMessage
  /**
   * The method being authorised. Unset, it is the XRPC route the request matched (set it
   * where no route matched, e.g. when forwarding an atproto-proxy call).
   */
  nsid?: string
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
  private readonly adminFailures: FailureThrottle | undefined

  constructor(
    private readonly tokens: TokenSigner,
    adminPassword: string,
    private readonly sessions: SessionService,
    private readonly moderation?: ModerationAuthOptions,
    private readonly oauth?: { tokens: TokenService; dpop: DpopVerifier },
    /** Throttle failed admin logins (with the other limits: on in production, off in development mode). */
    throttleAdminFailures = true,
  ) {
    this.adminDigest = digest(`admin:${adminPassword}`)
    this.adminFailures = throttleAdminFailures ? new FailureThrottle() : undefined
  }

  /**
   * A session access token (or app-password session) of an account, whose session is still
   * live and may call the method; or a DPoP-bound OAuth access token (`Authorization: DPoP
   * <token>` with its proof) whose session is live and whose scopes allow the method.
   */
  async accessStandard({ req, nsid }: VerifierInput): Promise<Credentials<'access'>> {
    if (this.oauth && req.headers.authorization?.startsWith('DPoP ')) {
      return this.verifyOAuth(req, this.oauth, nsid ?? routedNsid(req))
    }
    const claims = await this.verifyBearer(req, 'access')
    if (!STANDARD_SCOPES.has(claims.scope)) throw new AuthRequiredError('Bad token scope', 'InvalidToken')
    const credentials = await this.liveSession(claims)
    if (credentials.takendown) throw new AuthRequiredError('Account has been taken down', 'AccountTakedown')
    assertMayCall(credentials, nsid ?? routedNsid(req))
    return {
      credentials: {
        type: credentials.type,
        did: credentials.did,
        scope: credentials.scope,
        sessionId: credentials.sessionId,
      },
    }
  }

  /** The credentials of an access token whose login session is still live. */
  private async liveSession(claims: { did: string; sessionId?: string }) {
    // @NOTE 400 ExpiredToken for a token without a session id (issued before sessions had
    // ids) or of a revoked session: clients then refresh, and a revoked session's refresh
    // fails the same way, which logs them out cleanly
    if (claims.sessionId === undefined) throw new InvalidRequestError('Token has expired', 'ExpiredToken')
    const session = await this.sessions.live(claims.did, claims.sessionId)
    if (!session) throw new InvalidRequestError('Token has been revoked', 'ExpiredToken')
    return {
      type: 'access' as const,
      did: session.did,
      scope: session.scope,
      sessionId: session.id,
      takendown: session.takendown,
    }
  }

  /** A session refresh token. */
  async refresh({ req }: VerifierInput): Promise<Credentials<'refresh'>> {
    const claims = await this.verifyBearer(req, 'refresh')
    return {
      credentials: {
        type: 'refresh',
        did: claims.did,
        tokenId: claims.tokenId as string,
        sessionId: claims.sessionId as string,
      },
    }
  }

  /** No credentials at all, or a valid access token (an invalid one is still refused). */
  async optional(input: VerifierInput): Promise<Credentials<'none'> | Credentials<'access'>> {
    if (input.req.headers.authorization === undefined) return { credentials: { type: 'none' } }
    return this.accessStandard(input)
  }

  /** The admin password over HTTP basic auth (user `admin`). */
  async adminBasic({ req }: VerifierInput): Promise<Credentials<'admin'>> {
    const header = req.headers.authorization
    if (!header) throw new AuthRequiredError('Authentication Required')
    // @NOTE express's req.ip follows X-Forwarded-For only from the proxies in PDS_TRUST_PROXY, so
    // clients behind our own reverse proxy are told apart
    const client = (req as { ip?: string }).ip ?? req.socket.remoteAddress ?? 'unknown'
    // @NOTE checked before the password, so a blocked client learns nothing from its guesses
    this.adminFailures?.check(client)
    const [scheme, encoded] = header.split(' ')
    // @NOTE only a wrong password counts as a guess: a session token sent to an admin method is not,
    // or anyone could lock the admin out by calling admin routes with their own token
    if (scheme?.toLowerCase() !== 'basic' || !encoded) {
      throw new AuthRequiredError('Admin basic auth required', 'InvalidToken')
    }
    // @NOTE compare digests, so neither content nor length leaks through timing
    if (!timingSafeEqual(digest(Buffer.from(encoded, 'base64').toString('utf8')), this.adminDigest)) {
      this.adminFailures?.fail(client)
      throw new AuthRequiredError('Invalid admin credentials', 'InvalidToken')
    }
    return { credentials: { type: 'admin' } }
  }

  /**
   * The sync reads' auth: nothing, the admin (basic), or an access token of an account,
   * including the narrow `com.atproto.takendown` one a taken-down account may still get.
   */
  async optionalUserOrAdmin({ req, nsid }: VerifierInput): Promise<Credentials<'none' | 'access' | 'admin'>> {
    const scheme = req.headers.authorization?.split(' ')[0]?.toLowerCase()
    if (scheme === undefined) return { credentials: { type: 'none' } }
    if (scheme === 'basic') return this.adminBasic({ req })
    if (scheme === 'dpop') return this.accessStandard({ req, nsid })
    const claims = await this.verifyBearer(req, 'access')
    if (claims.scope === TAKENDOWN_SCOPE) {
      const { takendown: _, ...credentials } = await this.liveSession(claims)
      return { credentials }
    }
    return this.accessStandard({ req, nsid })
  }

  /**
   * The moderator methods' auth (as the reference): the admin password over basic auth, or a
   * Bearer service JWT whose issuer is the configured moderation service, for method `lxm`.
   */
  async moderator({ req }: VerifierInput, lxm: string): Promise<Credentials<'admin' | 'modService'>> {
    const scheme = req.headers.authorization?.split(' ')[0]?.toLowerCase()
    if (scheme !== 'bearer') return this.adminBasic({ req })
    const moderation = this.moderation
    if (!moderation?.modServiceDid) throw new AuthRequiredError('Untrusted issuer', 'UntrustedIss')
    const { did: claims } = await moderation.serviceAuth.verify(req, lxm)
    // @NOTE a labeler signs as `<did>#atproto_labeler`; the verifier answers the bare DID
    if (claims !== moderation.modServiceDid) throw new AuthRequiredError('Untrusted issuer', 'UntrustedIss')
    return { credentials: { type: 'modService', did: claims } }
  }

  private async verifyOAuth(
    req: IncomingMessage,
    oauth: { tokens: TokenService; dpop: DpopVerifier },
    nsid: string | undefined,
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
      // @NOTE an OAuth session may call only what a method's name tells its scopes allow
      if (nsid === undefined) throw new PasswordSessionRequiredError('this method')
      assertMethodAllowed(permissions, nsid, req)
    } catch (err) {
      if (err instanceof ScopeMissingError || err instanceof PasswordSessionRequiredError) {
        throw new ForbiddenError(err.message, undefined, { cause: err })
      }
      throw err
    }
    const oauthCredential = { clientId: claims.clientId, tokenId: claims.tokenId, permissions }
    return { credentials: { type: 'access', did: claims.did, scope: claims.scope, oauth: oauthCredential } }
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
          {
            cause: err,
          },
        )
      }
      // @NOTE 400 ExpiredToken (not 401) is what the reference answers and what clients refresh on
      if (err.reason === 'expired') throw new InvalidRequestError('Token has expired', 'ExpiredToken', { cause: err })
      throw new AuthRequiredError('Token could not be verified', 'InvalidToken', { cause: err })
    }
  }
}

/** The NSID of the XRPC route express matched (`/xrpc/<nsid>`, as registered, so exactly cased). */
function routedNsid(req: IncomingMessage): string | undefined {
  const path = (req as { route?: { path?: unknown } }).route?.path
  return typeof path === 'string' && path.startsWith('/xrpc/') ? path.slice('/xrpc/'.length) : undefined
}

/** What the moderator verifier needs to check a moderation service's JWT. */
export interface ModerationAuthOptions {
  /** `PDS_MOD_SERVICE_DID`; unset, only the admin password works on admin methods. */
  modServiceDid: string | undefined
  /** Checks service JWTs (audience us, method, issuer key, single use). */
  serviceAuth: ServiceAuthVerifier
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest()
}
