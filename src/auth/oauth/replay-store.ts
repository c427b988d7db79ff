import type { Database } from '#src/db/database.js'
import { isUniqueViolation } from '#src/db/unique-violation.js'

/**
 * Remembers `jti`s (DPoP proofs, client assertions) in the database until they expire, so
 * a replay is caught whichever process it reaches.
 *
 * @example
 * if (!(await replay.claim(`dpop:${jti}`, expiresAt))) throw new DpopError('invalid_dpop_proof', 'Replayed proof')
 */
export class ReplayStore {
  private claims = 0

  constructor(private readonly db: Database) {}

  /** Records `key` until `expiresAt`; false when it was seen before (a replay). */
  async claim(key: string, expiresAt: Date): Promise<boolean> {
    // @NOTE expired keys are swept now and then, on the write path, so no timer is needed
    if (++this.claims % 200 === 0) await this.sweep()
    try {
      await this.db.insertInto('oauthReplay').values({ key, expiresAt: expiresAt.toISOString() }).execute()
      return true
    } catch (err) {
      if (!isUniqueViolation(err)) throw err
      const row = await this.db.selectFrom('oauthReplay').select('expiresAt').where('key', '=', key).executeTakeFirst()
      if (row && Date.parse(row.expiresAt) > Date.now()) return false
      // @NOTE an expired row that was not swept yet: take it over
      const { numUpdatedRows } = await this.db
        .updateTable('oauthReplay')
        .set({ expiresAt: expiresAt.toISOString() })
        .where('key', '=', key)
        .where('expiresAt', '<=', new Date().toISOString())
        .executeTakeFirst()
      return numUpdatedRows > 0n
    }
  }

  /** Deletes expired keys. */
  async sweep(): Promise<void> {
    await this.db.deleteFrom('oauthReplay').where('expiresAt', '<=', new Date().toISOString()).execute()
  }
}
