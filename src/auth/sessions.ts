import type { Database } from '#src/db/database.js'
import { newTokenId, REFRESH_TOKEN_TTL_MS, TAKENDOWN_SCOPE, type TokenSigner } from './tokens.js'

/** The two tokens of a session. */
export interface SessionTokens {
  accessJwt: string
  refreshJwt: string
}

/** How long a rotated refresh token keeps answering (with the token it was rotated into). */
export const REFRESH_GRACE_MS = 2 * 60 * 1000

/**
 * Login sessions: each is a refresh token row; refreshing rotates it. A rotated token is
 * not dead at once: for a short grace it answers with the same successor, so a client
 * that lost the response (or raced itself) is not logged out.
 *
 * @example
 * const tokens = await sessions.create(did)
 * const next = await sessions.rotate(did, tokenId) // null: revoked or expired
 */
export class SessionService {
  constructor(
    private readonly db: Database,
    private readonly tokens: TokenSigner,
    private readonly graceMs = REFRESH_GRACE_MS,
  ) {}

  /** Starts a session for `did`. */
  async create(did: string): Promise<SessionTokens> {
    const id = newTokenId()
    const expiresAt = new Date(Date.now() + REFRESH_TOKEN_TTL_MS)
    await this.db
      .insertInto('refreshToken')
      .values({ id, did, expiresAt: expiresAt.toISOString(), nextId: null })
      .execute()
    return this.sign(did, id, expiresAt)
  }

  /**
   * Exchanges refresh token `tokenId` of `did` for a new pair. Within the grace after a
   * rotation the same token gets the same successor again. Returns null when the token
   * was revoked, has expired, or is not `did`'s.
   */
  async rotate(did: string, tokenId: string): Promise<SessionTokens | null> {
    const now = new Date()
    const successor = await this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('refreshToken').selectAll().where('id', '=', tokenId).executeTakeFirst()
      if (!row || row.did !== did || Date.parse(row.expiresAt) <= now.getTime()) return null
      if (row.nextId !== null)
        return trx.selectFrom('refreshToken').selectAll().where('id', '=', row.nextId).executeTakeFirst()
      const next = {
        id: newTokenId(),
        did,
        expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_MS).toISOString(),
        nextId: null,
      }
      await trx.insertInto('refreshToken').values(next).execute()
      const graceEnd = new Date(Math.min(now.getTime() + this.graceMs, Date.parse(row.expiresAt))).toISOString()
      // @NOTE the `next_id is null` guard settles a race between two rotations of one token:
      // the loser's update matches no row, and it answers with the winner's successor
      const { numUpdatedRows } = await trx
        .updateTable('refreshToken')
        .set({ nextId: next.id, expiresAt: graceEnd })
        .where('id', '=', tokenId)
        .where('nextId', 'is', null)
        .executeTakeFirst()
      if (numUpdatedRows > 0n) {
        await trx
          .deleteFrom('refreshToken')
          .where('did', '=', did)
          .where('expiresAt', '<=', now.toISOString())
          .execute()
        return next
      }
      await trx.deleteFrom('refreshToken').where('id', '=', next.id).execute()
      const winner = await trx.selectFrom('refreshToken').select('nextId').where('id', '=', tokenId).executeTakeFirst()
      if (!winner?.nextId) return null
      return trx.selectFrom('refreshToken').selectAll().where('id', '=', winner.nextId).executeTakeFirst()
    })
    if (!successor || Date.parse(successor.expiresAt) <= now.getTime()) return null
    return this.sign(did, successor.id, new Date(successor.expiresAt))
  }

  /** Ends the session of refresh token `tokenId` (and the token it was rotated into, if any). */
  async revoke(did: string, tokenId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('refreshToken')
        .select('nextId')
        .where('id', '=', tokenId)
        .where('did', '=', did)
        .executeTakeFirst()
      const ids = row?.nextId ? [tokenId, row.nextId] : [tokenId]
      await trx.deleteFrom('refreshToken').where('did', '=', did).where('id', 'in', ids).execute()
    })
  }

  /** Ends every session of `did` (e.g. after a password change). */
  async revokeAll(did: string): Promise<void> {
    await this.db.deleteFrom('refreshToken').where('did', '=', did).execute()
  }

  /**
   * The narrow session of a taken-down account: an access token with the
   * `com.atproto.takendown` scope (good for exporting its own repo and blobs) and a refresh
   * token that is not stored, so it cannot be rotated (as the reference does).
   */
  async createTakendown(did: string): Promise<SessionTokens> {
    const [accessJwt, refreshJwt] = await Promise.all([
      this.tokens.createAccessToken(did, TAKENDOWN_SCOPE),
      this.tokens.createRefreshToken(did, newTokenId(), new Date(Date.now() + REFRESH_TOKEN_TTL_MS)),
    ])
    return { accessJwt, refreshJwt }
  }

  private async sign(did: string, id: string, expiresAt: Date): Promise<SessionTokens> {
    const [accessJwt, refreshJwt] = await Promise.all([
      this.tokens.createAccessToken(did),
      this.tokens.createRefreshToken(did, id, expiresAt),
    ])
    return { accessJwt, refreshJwt }
  }
}
