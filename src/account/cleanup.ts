/**
 * The background cleanup: expired sessions (refresh tokens), expired email codes, and
 * deactivated accounts whose `deleteAfter` date has passed. One runner at a time: on
 * PostgreSQL a session advisory lock (keyed by the schema) keeps other processes out; on
 * SQLite (one process) an in-process flag does.
 *
 * @module
 */
import { createHash } from 'node:crypto'
import { sql } from 'kysely'
import type { SessionService } from '#src/auth/sessions.js'
import type { Database } from '#src/db/database.js'
import type { Logger } from '#src/logger.js'
import { deleteExpiredEmailTokens } from './email-tokens.js'
import type { AccountLifecycle } from './lifecycle.js'

/** What one run removed. */
export interface CleanupResult {
  sessions: number
  emailTokens: number
  /** DIDs of the accounts deleted because their deletion date passed. */
  accounts: string[]
}

/** How often the cleanup runs by default. */
export const CLEANUP_INTERVAL_MS = 60 * 60 * 1000

/** The PostgreSQL advisory lock key of the cleanup of the PDS in `schema` (the default schema when unset). */
export function cleanupLockKey(schema?: string): bigint {
  return createHash('sha256')
    .update(`lexicon-pds:cleanup:${schema ?? ''}`)
    .digest()
    .readBigInt64BE(0)
}

/**
 * Runs the cleanup (`ctx.cleanup`), on demand or on an interval.
 *
 * @example
 * const result = await ctx.cleanup.run() // null: another process is running it
 */
export class Cleanup {
  #running = false
  #timer: NodeJS.Timeout | undefined
  readonly #lockKey: bigint

  constructor(
    private readonly deps: {
      db: Database
      dialect: 'sqlite' | 'postgres'
      /** The PostgreSQL schema, so PDSes sharing one database in different schemas do not exclude each other. */
      schema?: string
      sessions: SessionService
      lifecycle: AccountLifecycle
      logger: Logger
    },
  ) {
    const digest = createHash('sha256')
      .update(`lexicon-pds:cleanup:${deps.schema ?? ''}`)
      .digest()
    this.#lockKey = digest.readBigInt64BE(0)
  }

  /**
   * One run, unless another is under way (here or, on PostgreSQL, in another process):
   * then it resolves with null. Logs one line either way.
   */
  async run(now = new Date()): Promise<CleanupResult | null> {
    if (this.#running) {
      this.deps.logger.info('cleanup skipped: a run is already under way in this process')
      return null
    }
    this.#running = true
    try {
      if (this.deps.dialect === 'sqlite') return await this.#work(now)
      // @NOTE a session-level lock on one reserved connection; the work itself uses the pool
      return await this.deps.db.connection().execute(async (conn) => {
        const { rows } = await sql<{
          locked: boolean
        }>`select pg_try_advisory_lock(${this.#lockKey.toString()}::bigint) as locked`.execute(conn)
        if (!rows[0]?.locked) {
          this.deps.logger.info('cleanup skipped: another process holds the cleanup lock')
          return null
        }
        try {
          return await this.#work(now)
        } finally {
          await sql`select pg_advisory_unlock(${this.#lockKey.toString()}::bigint)`.execute(conn)
        }
      })
    } finally {
      this.#running = false
    }
  }

  /** Runs {@link run} every `intervalMs` until {@link close}. */
  start(intervalMs = CLEANUP_INTERVAL_MS): void {
    if (this.#timer) return
    this.#timer = setInterval(() => {
      this.run().catch((err: unknown) => this.deps.logger.error({ err }, 'cleanup failed'))
    }, intervalMs)
    this.#timer.unref()
  }

  /** Stops the interval. */
  close(): void {
    clearInterval(this.#timer)
    this.#timer = undefined
  }

  async #work(now: Date): Promise<CleanupResult> {
    const started = Date.now()
    const sessions = await this.deps.sessions.deleteExpired(now)
    const emailTokens = await deleteExpiredEmailTokens(this.deps.db, now)
    const accounts = await this.deps.lifecycle.deleteDue(now)
    const result = { sessions, emailTokens, accounts }
    this.deps.logger.info(
      { sessions, emailTokens, accounts: accounts.length, ms: Date.now() - started },
      'cleanup removed expired sessions, expired email codes and accounts due for deletion',
    )
    return result
  }
}
