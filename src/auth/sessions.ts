/**
 * Login sessions (`auth_session`): one row per login, named by the `sid` both of its tokens
 * carry. Every authenticated request checks the row is still there, so deleting it (logout,
 * password change, app password revocation, account deletion) ends the access token at once.
 *
 * @module
 */
import type { Database } from '#src/db/database.js'
import type { Logger } from '#src/logger.js'
import { ACCESS_SCOPE, newTokenId, REFRESH_TOKEN_TTL_MS, TAKENDOWN_SCOPE, type TokenSigner } from './tokens.js'

/** The two tokens of a session. */
export interface SessionTokens {
  accessJwt: string
  refreshJwt: string
}

/** How long a rotated refresh token keeps answering (with the token it was rotated into). */
export const REFRESH_GRACE_MS = 2 * 60 * 1000

/** What a session may do: full access, or that of the app password it was opened with. */
export interface SessionGrant {
  /** `com.atproto.access`, `com.atproto.appPass` or `com.atproto.appPassPrivileged`. */
  scope: string
  appPasswordName: string | null
}

/** A live session, as the per-request check sees it. */
export interface LiveSession extends SessionGrant {
  id: string
  did: string
  /** Whether the account is taken down now (its sessions then answer AccountTakedown until reversal). */
  takendown: boolean
}

/** The grant of a login with the account password. */
export const FULL_GRANT: SessionGrant = Object.freeze({ scope: ACCESS_SCOPE, appPasswordName: null })

/**
 * How long a process trusts a session it read without reading it again. Revocations made
 * through this service evict at once in the process that made them, so on SQLite (one process)
 * the check is exact; on PostgreSQL another process may serve a revoked token for this long.
 */
export const SESSION_CACHE_MS = { sqlite: 30_000, postgres: 1_000 } as const
const SESSION_CACHE_SIZE = 10_000

/** Why a refresh token was not exchanged. */
export type RotateRefusal = 'revoked' | 'reused'

/**
 * Issues, rotates, checks and revokes login sessions. A rotated refresh token is not dead
 * at once: for a short grace it answers with the same successor, so a client that lost the
 * response (or raced itself) is not logged out; used after the grace, it is taken as stolen
 * and the whole session is revoked.
 *
 * @example
 * const tokens = await sessions.create(did)
 * const next = await sessions.rotate(did, sessionId, tokenId) // 'revoked' | 'reused' | tokens
 * await sessions.revokeAll(did) // e.g. after a password change
 */
export class SessionService {
  private readonly cache = new Map<string, { session: LiveSession; expiresAt: number; until: number }>()
  private readonly cacheMs: number

  constructor(
    private readonly db: Database,
    private readonly tokens: TokenSigner,
    private readonly opts: { graceMs?: number; logger?: Logger; dialect?: 'sqlite' | 'postgres' } = {},
  ) {
    this.cacheMs = SESSION_CACHE_MS[opts.dialect ?? 'sqlite']
  }

  /** Starts a session for `did` with `grant` (full access unless opened with an app password). */
  async create(did: string, grant: SessionGrant = FULL_GRANT): Promise<SessionTokens> {
    const id = newTokenId()
    const refreshId = newTokenId()
    const now = new Date()
    const expiresAt = new Date(now.getTime() + REFRESH_TOKEN_TTL_MS)
    await this.db
      .insertInto('authSession')
      .values({
        id,
        did,
        scope: grant.scope,
        appPasswordName: grant.appPasswordName,
        refreshId,
        previousRefreshId: null,
        previousValidUntil: null,
        createdAt: now.toISOString(),
        expiresAt: expiresAt.toISOString(),
      })
      .execute()
    return this.sign({ id, did, scope: grant.scope }, refreshId, expiresAt)
  }

  /**
   * The live session `sessionId` of `did`, or null once it was revoked or expired. The
   * verifiers call this on every request: one primary-key read.
   */
  async live(did: string, sessionId: string): Promise<LiveSession | null> {
    const now = Date.now()
    const hit = this.cache.get(sessionId)
    if (hit && hit.until > now && hit.expiresAt > now) return hit.session.did === did ? hit.session : null
    const row = await this.db
      .selectFrom('authSession')
      .innerJoin('account', 'account.did', 'authSession.did')
      .select([
        'authSession.id',
        'authSession.did',
        'authSession.scope',
        'authSession.appPasswordName',
        'authSession.expiresAt',
        'account.takedownRef',
      ])
      .where('authSession.id', '=', sessionId)
      .executeTakeFirst()
    if (!row || Date.parse(row.expiresAt) <= now) {
      this.cache.delete(sessionId)
      return null
    }
    const session = {
      id: row.id,
      did: row.did,
      scope: row.scope,
      appPasswordName: row.appPasswordName,
      takendown: row.takedownRef !== null,
    }
    if (this.cache.size >= SESSION_CACHE_SIZE) this.cache.clear()
    this.cache.set(sessionId, { session, expiresAt: Date.parse(row.expiresAt), until: now + this.cacheMs })
    return session.did === did ? session : null
  }

  /**
   * Forgets what this process cached about the sessions of `did`. Call it after any change
   * to them made outside this service (e.g. in an account's deletion transaction), once committed.
   */
  evict(did: string): void {
    for (const [id, entry] of this.cache) if (entry.session.did === did) this.cache.delete(id)
  }

  /**
   * Exchanges refresh token `tokenId` of session `sessionId` for a new pair. Within the grace
   * after a rotation the previous token gets the same successor again. Returns `revoked` when
   * the session is gone or expired, `reused` when an older token came back after its grace
   * (the session is revoked then).
   */
  async rotate(did: string, sessionId: string, tokenId: string): Promise<SessionTokens | RotateRefusal> {
    const now = Date.now()
    const outcome = await this.db.transaction().execute(async (trx) => {
      let query = trx.selectFrom('authSession').selectAll().where('id', '=', sessionId)
      // @NOTE the row lock orders two rotations of one session across processes
      if (this.opts.dialect === 'postgres') query = query.forUpdate()
      const row = await query.executeTakeFirst()
      if (!row || row.did !== did || Date.parse(row.expiresAt) <= now) return 'revoked' as const
      if (row.refreshId === tokenId) {
        const next = {
          refreshId: newTokenId(),
          previousRefreshId: tokenId,
          previousValidUntil: new Date(
            Math.min(now + (this.opts.graceMs ?? REFRESH_GRACE_MS), Date.parse(row.expiresAt)),
          ).toISOString(),
          expiresAt: new Date(now + REFRESH_TOKEN_TTL_MS).toISOString(),
        }
        // @NOTE the `refresh_id` guard settles a race SQLite's single writer or the row lock
        // did not: the loser matches no row and answers with the winner's successor
        const { numUpdatedRows } = await trx
          .updateTable('authSession')
          .set(next)
          .where('id', '=', sessionId)
          .where('refreshId', '=', tokenId)
          .executeTakeFirst()
        if (numUpdatedRows > 0n) return { ...row, ...next }
        const winner = await trx.selectFrom('authSession').selectAll().where('id', '=', sessionId).executeTakeFirst()
        return winner ?? ('revoked' as const)
      }
      if (row.previousRefreshId === tokenId && row.previousValidUntil && Date.parse(row.previousValidUntil) > now) {
        return row
      }
      await trx.deleteFrom('authSession').where('id', '=', sessionId).execute()
      return 'reused' as const
    })
    if (typeof outcome === 'string') {
      this.cache.delete(sessionId)
      if (outcome === 'reused') {
        this.opts.logger?.warn({ did }, 'a rotated refresh token was used after its grace: session revoked')
      }
      return outcome
    }
    return this.sign(outcome, outcome.refreshId, new Date(outcome.expiresAt))
  }

  /** Ends session `sessionId` of `did`: its refresh and access tokens stop working at once. */
  async revoke(did: string, sessionId: string): Promise<void> {
    await this.db.deleteFrom('authSession').where('did', '=', did).where('id', '=', sessionId).execute()
    this.cache.delete(sessionId)
  }

  /** Ends every session of `did` (e.g. after a password change). */
  async revokeAll(did: string): Promise<void> {
    await this.db.deleteFrom('authSession').where('did', '=', did).execute()
    this.evict(did)
  }

  /** Deletes the sessions whose refresh token has expired (the background cleanup); returns how many. */
  async deleteExpired(now = new Date()): Promise<number> {
    const { numDeletedRows } = await this.db
      .deleteFrom('authSession')
      .where('expiresAt', '<=', now.toISOString())
      .executeTakeFirst()
    return Number(numDeletedRows)
  }

  /**
   * The narrow session of a taken-down account: tokens with the `com.atproto.takendown`
   * scope, good only for exporting its own repo and blobs (createSession with allowTakendown).
   */
  createTakendown(did: string): Promise<SessionTokens> {
    return this.create(did, { scope: TAKENDOWN_SCOPE, appPasswordName: null })
  }

  private async sign(
    session: { id: string; did: string; scope: string },
    refreshId: string,
    expiresAt: Date,
  ): Promise<SessionTokens> {
    const [accessJwt, refreshJwt] = await Promise.all([
      this.tokens.createAccessToken(session.did, session.id, session.scope),
      this.tokens.createRefreshToken(session.did, session.id, refreshId, expiresAt),
    ])
    return { accessJwt, refreshJwt }
  }
}
