/**
 * Read snapshots held across awaits: one consistent, read-only view of the database that a
 * streamed read (a repo export) takes page by page while writes go on beside it.
 *
 * @module
 */
import SqliteDatabase from 'better-sqlite3'
import { CamelCasePlugin, type ControlledTransaction, Kysely, SqliteDialect } from 'kysely'
import type { DatabaseConfig } from '#src/config.js'
import type { Database } from './database.js'
import type { DatabaseSchema } from './schema.js'

/** A read-only view of the database as of its first query, until {@link Snapshot.release}. */
export interface Snapshot {
  /** Every read through this sees the same state; writes through it fail. */
  readonly db: Database
  /** Ends the snapshot and frees its connection. Safe to call twice; never rejects. */
  release(): Promise<void>
}

/** Opens {@link Snapshot}s, at most `max` at once (later callers wait for one to be released). */
export interface Snapshots {
  open(): Promise<Snapshot>
  /** Snapshots held now (for tests and diagnostics). */
  readonly held: number
}

/**
 * Snapshots of `db`, the database `config` describes.
 *
 * @NOTE PostgreSQL: a REPEATABLE READ, READ ONLY transaction on a pooled connection (MVCC:
 * writers never wait for it). SQLite: a read transaction on a read-only connection of its own,
 * opened per snapshot: the server's one connection stays free for every other request, and
 * WAL lets the writer commit beside a reader that keeps its snapshot (the WAL then grows until
 * the reader ends, since a checkpoint cannot pass it). `max` bounds what slow clients can hold:
 * on PostgreSQL half the pool by default, so writes always find a connection.
 * @example
 * const snapshot = await snapshots.open()
 * try { await snapshot.db.selectFrom('repoRoot').selectAll().execute() } finally { await snapshot.release() }
 */
export function createSnapshots(db: Database, config: DatabaseConfig, max?: number): Snapshots {
  const limit = max ?? (config.dialect === 'postgres' ? Math.max(1, Math.floor(config.poolSize / 2)) : 4)
  const slots = new Slots(limit)
  const begin =
    config.dialect === 'postgres'
      ? async () => {
          const trx = await db
            .startTransaction()
            .setIsolationLevel('repeatable read')
            .setAccessMode('read only')
            .execute()
          return { db: trx, end: () => rollback(trx) }
        }
      : async () => {
          const own = openReader(config.location)
          try {
            const trx = await own.startTransaction().execute()
            return {
              db: trx,
              end: async () => {
                await rollback(trx)
                await own.destroy()
              },
            }
          } catch (err) {
            await own.destroy()
            throw err
          }
        }
  return {
    async open() {
      await slots.take()
      let opened: { db: Database; end: () => Promise<void> }
      try {
        opened = await begin()
      } catch (err) {
        slots.give()
        throw err
      }
      let released: Promise<void> | undefined
      return {
        db: opened.db,
        release() {
          released ??= opened
            .end()
            .catch(() => {})
            .finally(() => slots.give())
          return released
        },
      }
    },
    get held() {
      return slots.used
    },
  }
}

function openReader(location: string): Kysely<DatabaseSchema> {
  return new Kysely<DatabaseSchema>({
    dialect: new SqliteDialect({
      database: async () => {
        // @NOTE read-only: this connection never writes, so it never takes the write lock
        const conn = new SqliteDatabase(location, { readonly: true, fileMustExist: true })
        conn.pragma('busy_timeout = 5000')
        return conn
      },
    }),
    plugins: [new CamelCasePlugin()],
  })
}

// @NOTE Kysely releases the connection even when the rollback fails (a connection that died)
async function rollback(trx: ControlledTransaction<DatabaseSchema>): Promise<void> {
  if (!trx.isCommitted && !trx.isRolledBack) await trx.rollback().execute()
}

/** A counting semaphore: `take` waits while all `size` slots are used. */
class Slots {
  used = 0
  readonly #waiting: (() => void)[] = []
  constructor(readonly size: number) {}

  async take(): Promise<void> {
    if (this.used < this.size) {
      this.used++
      return
    }
    // @NOTE `give` hands its slot straight to the first waiter, so `used` stays counted
    await new Promise<void>((resolve) => this.#waiting.push(resolve))
  }

  give(): void {
    const next = this.#waiting.shift()
    if (next) next()
    else this.used--
  }
}
