/**
 * Token families: the code exchange (PKCE S256, single-use codes, a reused code revokes what
 * it issued), refresh rotation (single-use refresh tokens; presenting a rotated one revokes
 * the whole family), revocation, and the check a resource request makes.
 *
 * @module
 */
import { createHash } from 'node:crypto'
import type { Database } from '#src/db/database.js'
import {
  AccessTokenError,
  type AccessTokenSigner,
  OAUTH_ACCESS_TTL_MS,
  type OAuthAccessClaims,
} from './access-token.js'
import { type ClientAuth, sameClientAuth } from './client-auth.js'
import type { OAuthClient } from './clients.js'
import { OAuthError } from './errors.js'
import type { RequestStore } from './requests.js'
import { randomToken, safeEqual, sha256Hex } from './secrets.js'

/** Longest session of a public client (the atproto profile's ceiling). */
export const PUBLIC_SESSION_TTL_MS = 14 * 24 * 60 * 60_000
/** Longest session of a confidential client. */
export const CONFIDENTIAL_SESSION_TTL_MS = 180 * 24 * 60 * 60_000

/** The token endpoint's answer. */
export interface TokenResponse {
  access_token: string
  token_type: 'DPoP'
  expires_in: number
  refresh_token: string
  scope: string
  sub: string
}

/** A granted app, for the /account page. */
export interface GrantView {
  clientId: string
  scope: string
  createdAt: string
  updatedAt: string
  /** Live token families (sessions) of the app. */
  sessions: number
}

/**
 * @example
 * const tokens = await service.exchangeCode(client, params, { dpopJkt, clientAuth })
 */
export class TokenService {
  constructor(
    private readonly db: Database,
    private readonly requests: RequestStore,
    private readonly signer: AccessTokenSigner,
  ) {}

  /** `grant_type=authorization_code`. @throws OAuthError */
  async exchangeCode(
    client: OAuthClient,
    params: Record<string, string | undefined>,
    binding: { dpopJkt: string; clientAuth: ClientAuth },
  ): Promise<TokenResponse> {
    const { code, code_verifier: verifier, redirect_uri: redirectUri } = params
    if (!code) throw new OAuthError('invalid_request', 'code is required')
    const request = await this.requests.takeByCode(code)
    if (!request) {
      // @NOTE a code presented twice may be stolen: end the session it already started
      const codeHash = sha256Hex(code)
      const { numDeletedRows } = await this.db
        .deleteFrom('oauthToken')
        .where('codeHash', '=', codeHash)
        .executeTakeFirst()
      if (numDeletedRows > 0n)
        throw new OAuthError('invalid_grant', 'Code was already used; the session it started is revoked')
      throw new OAuthError('invalid_grant', 'Invalid or expired code')
    }
    if (request.clientId !== client.id) throw new OAuthError('invalid_grant', 'The code was issued to another client')
    if (redirectUri !== request.parameters.redirect_uri)
      throw new OAuthError('invalid_grant', 'redirect_uri does not match the request')
    if (!verifier || !/^[A-Za-z0-9._~-]{43,128}$/.test(verifier)) {
      throw new OAuthError('invalid_grant', 'code_verifier must be 43 to 128 unreserved characters')
    }
    const challenge = createHash('sha256').update(verifier).digest('base64url')
    if (!safeEqual(challenge, request.parameters.code_challenge))
      throw new OAuthError('invalid_grant', 'PKCE code_verifier does not match')
    if (request.dpopJkt !== binding.dpopJkt)
      throw new OAuthError('invalid_grant', 'DPoP key differs from the one used at PAR')
    if (!sameClientAuth(request.clientAuth, binding.clientAuth))
      throw new OAuthError('invalid_grant', 'Client authentication differs from PAR')
    const now = new Date()
    const refresh = randomToken('ref-')
    const id = randomToken('tok-', 16)
    const lifetime = client.confidential ? CONFIDENTIAL_SESSION_TTL_MS : PUBLIC_SESSION_TTL_MS
    const scope = request.parameters.scope
    await this.db.transaction().execute(async (trx) => {
      // @NOTE ended sessions of the account are swept here, so the table needs no timer
      await trx
        .deleteFrom('oauthToken')
        .where('did', '=', request.did)
        .where('expiresAt', '<=', now.toISOString())
        .execute()
      await trx
        .insertInto('oauthToken')
        .values({
          id,
          did: request.did,
          clientId: client.id,
          clientAuth: JSON.stringify(binding.clientAuth),
          scope,
          included: request.parameters.included.join(' '),
          dpopJkt: binding.dpopJkt,
          codeHash: sha256Hex(code),
          refreshHash: sha256Hex(refresh),
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
          expiresAt: new Date(now.getTime() + lifetime).toISOString(),
        })
        .execute()
      await trx
        .insertInto('oauthGrant')
        .values({
          did: request.did,
          clientId: client.id,
          scope,
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
        })
        .onConflict((oc) => oc.columns(['did', 'clientId']).doUpdateSet({ scope, updatedAt: now.toISOString() }))
        .execute()
    })
    const included = request.parameters.included.join(' ')
    return this.respond(
      { id, did: request.did, clientId: client.id, scope, included, dpopJkt: binding.dpopJkt },
      refresh,
    )
  }

  /** `grant_type=refresh_token`. @throws OAuthError */
  async refresh(
    client: OAuthClient,
    params: Record<string, string | undefined>,
    binding: { dpopJkt: string; clientAuth: ClientAuth },
  ): Promise<TokenResponse> {
    const presented = params.refresh_token
    if (!presented) throw new OAuthError('invalid_request', 'refresh_token is required')
    const hash = sha256Hex(presented)
    const next = randomToken('ref-')
    const row = await this.db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('oauthToken').selectAll().where('refreshHash', '=', hash).executeTakeFirst()
      if (!current) {
        const used = await trx
          .selectFrom('oauthUsedRefresh')
          .select('tokenId')
          .where('refreshHash', '=', hash)
          .executeTakeFirst()
        if (used) {
          await trx.deleteFrom('oauthToken').where('id', '=', used.tokenId).execute()
          return 'reused' as const
        }
        return null
      }
      if (current.clientId !== client.id) return null
      if (Date.parse(current.expiresAt) <= Date.now()) return null
      if (current.dpopJkt !== binding.dpopJkt) return 'key' as const
      if (!sameClientAuth(JSON.parse(current.clientAuth) as ClientAuth, binding.clientAuth)) return 'auth' as const
      const { numUpdatedRows } = await trx
        .updateTable('oauthToken')
        .set({ refreshHash: sha256Hex(next), updatedAt: new Date().toISOString() })
        .where('id', '=', current.id)
        .where('refreshHash', '=', hash)
        .executeTakeFirst()
      if (numUpdatedRows === 0n) return null
      await trx.insertInto('oauthUsedRefresh').values({ refreshHash: hash, tokenId: current.id }).execute()
      return current
    })
    if (row === 'reused')
      throw new OAuthError('invalid_grant', 'Refresh token was already used; the session is revoked')
    if (row === 'key') throw new OAuthError('invalid_grant', 'The refresh token is bound to another DPoP key')
    if (row === 'auth') throw new OAuthError('invalid_grant', 'Client authentication differs from the session')
    if (!row) throw new OAuthError('invalid_grant', 'Invalid or expired refresh token')
    return this.respond(row, next)
  }

  /** RFC 7009: ends the family of an access or refresh token of `clientId`; unknown tokens are ignored. */
  async revoke(token: string, clientId: string): Promise<void> {
    if (token.startsWith('ref-')) {
      const hash = sha256Hex(token)
      const used = await this.db
        .selectFrom('oauthUsedRefresh')
        .select('tokenId')
        .where('refreshHash', '=', hash)
        .executeTakeFirst()
      let query = this.db.deleteFrom('oauthToken').where('clientId', '=', clientId)
      query = used ? query.where('id', '=', used.tokenId) : query.where('refreshHash', '=', hash)
      await query.execute()
      return
    }
    try {
      const claims = await this.signer.verify(token)
      await this.db.deleteFrom('oauthToken').where('id', '=', claims.tokenId).where('clientId', '=', clientId).execute()
    } catch (err) {
      if (!(err instanceof AccessTokenError)) throw err
    }
  }

  /** Verifies an access token and that its family is still live. @throws AccessTokenError */
  async verifyAccess(token: string): Promise<OAuthAccessClaims> {
    const claims = await this.signer.verify(token)
    const row = await this.db
      .selectFrom('oauthToken')
      .select(['did', 'dpopJkt', 'expiresAt'])
      .where('id', '=', claims.tokenId)
      .executeTakeFirst()
    if (!row || row.did !== claims.did || row.dpopJkt !== claims.jkt || Date.parse(row.expiresAt) <= Date.now()) {
      throw new AccessTokenError('invalid', 'The session of this access token was revoked')
    }
    return claims
  }

  /** The apps `did` granted access to. */
  async listGrants(did: string): Promise<GrantView[]> {
    const grants = await this.db
      .selectFrom('oauthGrant')
      .selectAll()
      .where('did', '=', did)
      .orderBy('updatedAt', 'desc')
      .execute()
    const live = await this.db
      .selectFrom('oauthToken')
      .select(['clientId', (eb) => eb.fn.countAll<number>().as('n')])
      .where('did', '=', did)
      .where('expiresAt', '>', new Date().toISOString())
      .groupBy('clientId')
      .execute()
    const counts = new Map(live.map((r) => [r.clientId, Number(r.n)]))
    return grants.map((g) => ({
      clientId: g.clientId,
      scope: g.scope,
      createdAt: g.createdAt,
      updatedAt: g.updatedAt,
      sessions: counts.get(g.clientId) ?? 0,
    }))
  }

  /** Revokes everything `did` granted `clientId`: its sessions end and the next sign-in asks again. */
  async revokeGrant(did: string, clientId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('oauthToken').where('did', '=', did).where('clientId', '=', clientId).execute()
      await trx.deleteFrom('oauthGrant').where('did', '=', did).where('clientId', '=', clientId).execute()
    })
  }

  /** The scope `did` already granted `clientId`, if any. */
  async grantedScope(did: string, clientId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('oauthGrant')
      .select('scope')
      .where('did', '=', did)
      .where('clientId', '=', clientId)
      .executeTakeFirst()
    return row?.scope
  }

  private async respond(
    family: { id: string; did: string; clientId: string; scope: string; included: string; dpopJkt: string },
    refresh: string,
  ): Promise<TokenResponse> {
    // @NOTE the access token carries what the include: scopes expanded to, so resource checks need no lookup
    const { token } = await this.signer.sign({
      did: family.did,
      scope: family.included ? `${family.scope} ${family.included}` : family.scope,
      clientId: family.clientId,
      tokenId: family.id,
      jkt: family.dpopJkt,
    })
    return {
      access_token: token,
      token_type: 'DPoP',
      expires_in: OAUTH_ACCESS_TTL_MS / 1000,
      refresh_token: refresh,
      scope: family.scope,
      sub: family.did,
    }
  }
}
