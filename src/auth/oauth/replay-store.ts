/**
 * Replay caches: remember `jti`s (DPoP proofs, client assertions) until they expire, so a
 * proof or assertion used twice is caught whichever process it reaches.
 *
 * - {@link DatabaseReplayStore}: in the main database, every claim durable (PostgreSQL
 *   deployments with several processes; client assertions everywhere).
 * - {@link SqliteReplayStore}: DPoP proofs on SQLite, in a file of its own that is not
 *   fsync'd at every claim: DPoP-verified reads no longer wait for a disk flush.
 *
 * @module
 */
import path from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { prepareDatabaseFile } from '#src/data-directory.js'
import type { Database } from '#src/db/database.js'
import { isUniqueViolation } from '#src/db/unique-violation.js'

/**
 * Where a verifier records the `jti`s it accepted.
 *
 * @example
 * if (!(await replay.claim(`dpop:${jti}`, expiresAt))) throw new DpopError('invalid_dpop_proof', 'Replayed proof')
 */
export interface ReplayStore {
  /** Records `key` until `expiresAt`; false when it was seen before (a replay). */
  claim(key: string, expiresAt: Date): Promise<boolean>
  /**
   * Claims made before this instant (ms since the epoch) may have been lost in a crash of
   * the machine, so anything issued before it must be refused; 0 when no claim is ever lost.
   */
  readonly forgetsBefore: number
  close(): void
}

/** How many claims pass between two sweeps of expired keys. */
const SWEEP_EVERY = 200

/**
 * The replay cache in the main database: each claim is its own durable write.
 *
 * @example
 * const replay = new DatabaseReplayStore(db)
 */
export class DatabaseReplayStore implements ReplayStore {
  readonly forgetsBefore = 0
  private claims = 0

  constructor(private readonly db: Database) {}

  async claim(key: string, expiresAt: Date): Promise<boolean> {
    // @NOTE expired keys are swept now and then, on the write path, so no timer is needed
    if (++this.claims % SWEEP_EVERY === 0) await this.sweep()
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

  close(): void {}
}

/**
 * The DPoP replay cache of a SQLite deployment, in its own file beside the database
 * (`pds.sqlite` -> `pds.replay.sqlite`), shared by every process that opens it.
 *
 * @NOTE why it may skip the fsync: WAL with synchronous=NORMAL keeps every committed claim
 * through a crash of the process (the WAL is in the OS's hands); only a crash of the machine
 * (power loss) can lose the last claims. Proofs live by their `iat` (at most a minute old), so
 * a store that refuses every proof issued before it was opened ({@link forgetsBefore}) never
 * accepts a proof whose claim it may have lost: such a proof predates the reboot. The one gap
 * left is a proof dated up to DPOP_MAX_SKEW_MS (10 s) in the future, accepted just before a
 * power loss and replayed after a reboot that took less than that.
 *
 * @NOTE its own file, not a second connection to the main one: a claim must never wait for
 * the main file's write lock, which an open repo transaction of this very process can hold
 * across awaits while better-sqlite3 would block the event loop in busy_timeout.
 *
 * @example
 * const replay = new SqliteReplayStore(SqliteReplayStore.locationBeside('./data/pds.sqlite'))
 */
export class SqliteReplayStore implements ReplayStore {
  // @NOTE whole seconds, as `iat` is: a proof signed in the second the store opened still passes
  readonly forgetsBefore = Math.floor(Date.now() / 1000) * 1000
  private readonly db: SqliteDatabase.Database
  private readonly claimStatement: SqliteDatabase.Statement<[string, number, number]>
  private readonly sweepStatement: SqliteDatabase.Statement<[number]>
  private claims = 0

  /** The replay file beside the main SQLite file `location` (`:memory:` stays in memory). */
  static locationBeside(location: string): string {
    if (location === ':memory:') return location
    const { dir, name } = path.parse(location)
    return path.join(dir, `${name}.replay.sqlite`)
  }

  constructor(location: string) {
    if (location !== ':memory:') prepareDatabaseFile(location)
    this.db = new SqliteDatabase(location)
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = NORMAL')
    this.db.pragma('busy_timeout = 5000')
    // @NOTE a cache, not data: its one table is made here, outside the main migrations
    this.db.exec('create table if not exists replay (key text primary key, expires_at integer not null) without rowid')
    // @NOTE one statement claims a new key or takes over an expired one; no change means a replay
    this.claimStatement = this.db.prepare(
      'insert into replay (key, expires_at) values (?, ?) on conflict (key) do update set expires_at = excluded.expires_at where replay.expires_at <= ?',
    )
    this.sweepStatement = this.db.prepare('delete from replay where expires_at <= ?')
  }

  async claim(key: string, expiresAt: Date): Promise<boolean> {
    const now = Date.now()
    if (++this.claims % SWEEP_EVERY === 0) this.sweepStatement.run(now)
    return this.claimStatement.run(key, expiresAt.getTime(), now).changes > 0
  }

  close(): void {
    if (this.db.open) this.db.close()
  }
}
