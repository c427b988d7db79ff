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
import type { DidResolver } from '#src/identity/index.js'
import { verifyServiceAuth } from './service-auth.js'
import { ACCESS_SCOPE, TAKENDOWN_SCOPE, TokenError, type TokenKind, type TokenSigner } from './tokens.js'
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
    private readonly moderation?: ModerationAuthOptions,
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
    const [scheme, encoded] = header.split(' ')
    if (scheme?.toLowerCase() !== 'basic' || !encoded)
      throw new AuthRequiredError('Admin basic auth required', 'InvalidToken')
    // @NOTE compare digests, so neither content nor length leaks through timing
    if (!timingSafeEqual(digest(Buffer.from(encoded, 'base64').toString('utf8')), this.adminDigest)) {
      throw new AuthRequiredError('Invalid admin credentials', 'InvalidToken')
    }
    return { credentials: { type: 'admin' } }
  }

  /**
   * The sync reads' auth: nothing, the admin (basic), or an access token of an account,
   * including the narrow `com.atproto.takendown` one a taken-down account may still get.
   */
  async optionalUserOrAdmin({ req }: VerifierInput): Promise<Credentials<'none' | 'access' | 'admin'>> {
    const scheme = req.headers.authorization?.split(' ')[0]?.toLowerCase()
    if (scheme === undefined) return { credentials: { type: 'none' } }
    if (scheme === 'basic') return this.adminBasic({ req })
    const claims = await this.verifyBearer(req, 'access')
    if (!STANDARD_SCOPES.has(claims.scope) && claims.scope !== TAKENDOWN_SCOPE) {
      throw new AuthRequiredError('Bad token scope', 'InvalidToken')
    }
    return { credentials: { type: 'access', did: claims.did, scope: claims.scope } }
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
    const claims = await verifyServiceAuth(req, { serviceDid: moderation.serviceDid, lxm, dids: moderation.dids })
    // @NOTE a labeler signs as `<did>#atproto_labeler`; verifyServiceAuth answers the bare DID
    if (claims !== moderation.modServiceDid) throw new AuthRequiredError('Untrusted issuer', 'UntrustedIss')
    return { credentials: { type: 'modService', did: claims } }
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

/** What the moderator verifier needs to check a moderation service's JWT. */
export interface ModerationAuthOptions {
  /** Our DID: the audience a service JWT must name. */
  serviceDid: string
  /** `PDS_MOD_SERVICE_DID`; unset, only the admin password works on admin methods. */
  modServiceDid: string | undefined
  dids: DidResolver
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest()
}
