/**
 * Group commit: on SQLite, write transactions that queue behind a running one share the next
 * transaction, each inside its own savepoint, and end with one COMMIT (one WAL fsync).
 *
 * @NOTE SQLite in one process has one connection, so its write transactions run one after
 * another anyway; with `synchronous = FULL` each COMMIT syncs the WAL, the largest single cost
 * of a small write. Sharing the COMMIT changes what a write costs, not what it sees: members
 * run in arrival order on the one connection, so the second sees what the first wrote, exactly
 * as two transactions in a row would. PostgreSQL has a pool of connections and row locks, so
 * its writes keep one transaction each ({@link transactionsFor}).
 * @NOTE only the repo engine's applyWrites (every record write) runs through here. Account
 * creation, imports, key rotation and the rest keep `db.transaction()`: they are rare, some
 * hold their transaction over other work, and their callers handle their own after-commit
 * steps; Kysely's connection mutex runs them between groups, alone, as before.
 * @NOTE what a member leaves in memory outlives a rollback and must not matter: the sequencer
 * keys events by the member's own `trx` (a rolled-back member's are never handed out, and the
 * counter row rolls back with it, so no seq is skipped); blocks and records' JSON are cached by
 * CID (never stale); the tree cache is used only when the root read under the lock is still the
 * commit it was stored with, so a head that was rolled back just misses.
 * @module
 */
import type { ControlledTransaction } from 'kysely'
import type { Database } from './database.js'
import type { DatabaseSchema } from './schema.js'

/**
 * Runs units of work in transactions.
 *
 * @example
 * const transactions = transactionsFor(db, 'sqlite')
 * const { cid } = await transactions.execute(async (trx) => writeCommit(trx))
 */
export interface Transactions {
  /**
   * Runs `work` in a transaction. Resolves with its result once that transaction has
   * committed (durably); rejects with `work`'s error (and nothing `work` wrote is stored), or
   * with the error of the COMMIT (nothing is stored).
   * @NOTE `trx` is `work`'s own object even when the transaction is shared: what is keyed by
   * it (the sequencer's appended events) is `work`'s alone
   */
  execute<T>(work: (trx: Database) => Promise<T>): Promise<T>
}

/** What a {@link GroupCommit} has done so far. */
export interface GroupCommitStats {
  /** Transactions begun. */
  transactions: number
  /** Units of work run in them. */
  members: number
  /** The most units of work one transaction held. */
  largest: number
  /** Units of work that failed on their own in a shared transaction (rolled back to their savepoint). */
  rolledBack: number
  /** Units of work that failed with their transaction (its COMMIT, or a savepoint command, failed). */
  failedTogether: number
  /** Units of work waiting now for the next transaction. */
  queued: number
}

/**
 * The {@link Transactions} for a database: {@link GroupCommit} on SQLite, one transaction per
 * unit of work (`db.transaction()`) on PostgreSQL.
 */
export function transactionsFor(
  db: Database,
  dialect: 'sqlite' | 'postgres',
): Transactions & { stats?(): GroupCommitStats } {
  if (dialect === 'sqlite') return new GroupCommit(db)
  return { execute: (work) => db.transaction().execute(work) }
}

/** The most units of work one transaction takes (the bound on how long it holds the write lock). */
export const GROUP_COMMIT_MAX_MEMBERS = 32

/** The most turns of the event loop a transaction waits for more members (only while each brings one). */
const GATHER_TURNS = 4

// @NOTE one name serves every member: each savepoint is released before the next is made
const SAVEPOINT = 'group_member'

interface Member {
  work: (trx: Database) => Promise<unknown>
  resolve: (result: unknown) => void
  reject: (err: unknown) => void
}

type Trx = ControlledTransaction<DatabaseSchema>

/**
 * Group commit over one connection. A unit of work that finds nothing running begins a
 * transaction after one turn of the event loop (no timer), or a few while each brings another
 * unit; the ones that arrive meanwhile queue, and the transaction takes every one queued by
 * the time it has the connection (up to `maxMembers`).
 * A member that throws is rolled back to its savepoint, and the others go on. Every member
 * settles only after the COMMIT: with its result, or with its own error, or, when the
 * transaction fails as a whole (the COMMIT, or a savepoint command), with that error (a
 * member's own outcome may rest on what an earlier member wrote, which is then not stored).
 *
 * @example
 * const commits = new GroupCommit(db)
 * const [a, b] = await Promise.all([commits.execute(writeA), commits.execute(writeB)])
 */
export class GroupCommit implements Transactions {
  readonly #db: Database
  readonly #maxMembers: number
  readonly #queue: Member[] = []
  #draining = false
  readonly #stats = { transactions: 0, members: 0, largest: 0, rolledBack: 0, failedTogether: 0 }

  constructor(db: Database, maxMembers = GROUP_COMMIT_MAX_MEMBERS) {
    this.#db = db
    this.#maxMembers = maxMembers
  }

  execute<T>(work: (trx: Database) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ work, resolve: resolve as (result: unknown) => void, reject })
      if (!this.#draining) void this.#drain()
    })
  }

  stats(): GroupCommitStats {
    return { ...this.#stats, queued: this.#queue.length }
  }

  async #drain(): Promise<void> {
    this.#draining = true
    try {
      while (this.#queue.length > 0) {
        // @NOTE a write transaction runs start to end without yielding (better-sqlite3 is
        // synchronous), so no write ever finds one running: the writes that would share it are
        // still in their requests' earlier steps (auth, account reads) on the same event loop.
        // A turn of the loop (setImmediate: after the I/O already at hand, no timer) lets those
        // steps run; while each turn brings another write, it waits one more (a few at most).
        // A lone write waits one turn, which adds nothing measurable when nothing else is at hand
        let waiting = 0
        for (let turn = 0; turn < GATHER_TURNS && this.#queue.length > waiting; turn++) {
          waiting = this.#queue.length
          await new Promise((resolve) => setImmediate(resolve))
        }
        await this.#runTransaction()
      }
    } finally {
      this.#draining = false
    }
  }

  async #runTransaction(): Promise<void> {
    let trx: Trx
    try {
      trx = await this.#db.startTransaction().execute()
    } catch (err) {
      // @NOTE no transaction to be had (the database is closed or broken): nothing waits for a better one
      for (const member of this.#queue.splice(0)) member.reject(err)
      return
    }
    // @NOTE taken once the connection is ours: whoever queued while it was busy joins
    const group = this.#queue.splice(0, this.#maxMembers)
    this.#stats.transactions++
    this.#stats.members += group.length
    this.#stats.largest = Math.max(this.#stats.largest, group.length)
    if (group.length === 1) await this.#runAlone(trx, group[0] as Member)
    else await this.#runGroup(trx, group)
  }

  async #runGroup(trx: Trx, group: Member[]): Promise<void> {
    const outcomes: { member: Member; ok: boolean; value: unknown }[] = []
    let next = 0
    try {
      while (next < group.length) {
        const member = group[next] as Member
        next++
        const savepoint = await trx.savepoint(SAVEPOINT).execute()
        try {
          const value = await member.work(savepoint)
          outcomes.push({ member, ok: true, value })
        } catch (err) {
          outcomes.push({ member, ok: false, value: err })
          await savepoint.rollbackToSavepoint(SAVEPOINT).execute()
        }
        await savepoint.releaseSavepoint(SAVEPOINT).execute()
      }
      await trx.commit().execute()
    } catch (err) {
      await rollbackQuietly(trx)
      // @NOTE the member whose turn it was fails with the rest; those after it never ran, and go first next time
      const ran = group.slice(0, next)
      this.#queue.unshift(...group.slice(next))
      this.#stats.members -= group.length - next
      this.#stats.failedTogether += ran.length
      for (const member of ran) member.reject(err)
      return
    }
    // @NOTE in order: each member's after-commit work (the firehose's hand-over) then runs in seq order
    for (const { member, ok, value } of outcomes) {
      if (ok) member.resolve(value)
      else {
        this.#stats.rolledBack++
        member.reject(value)
      }
    }
  }

  /** One unit of work in its own transaction, as `db.transaction().execute(work)` runs it. */
  async #runAlone(trx: Trx, member: Member): Promise<void> {
    let value: unknown
    try {
      value = await member.work(trx)
    } catch (err) {
      await rollbackQuietly(trx)
      member.reject(err)
      return
    }
    try {
      await trx.commit().execute()
    } catch (err) {
      await rollbackQuietly(trx)
      this.#stats.failedTogether++
      member.reject(err)
      return
    }
    member.resolve(value)
  }
}

/**
 * Rolls `trx` back, releasing its connection whatever happens.
 * @NOTE a failed COMMIT can leave SQLite's transaction open (a deferred foreign key) or gone
 * (an I/O error): ROLLBACK ends the one, and its error on the other says nothing new
 */
async function rollbackQuietly(trx: Trx): Promise<void> {
  if (trx.isCommitted || trx.isRolledBack) return
  try {
    await trx.rollback().execute()
  } catch {}
}
