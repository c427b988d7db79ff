/**
 * The durable event log (`repo_seq`): appends inside the caller's transaction, and the
 * reads subscribers and the firehose poller make.
 *
 * @module
 */

import { randomBytes } from 'node:crypto'
import { PAGE_BYTES, rowsWithin } from '#src/db/byte-pages.js'
import type { Database } from '#src/db/database.js'
import { FixedSql, type SqlDialect } from '#src/db/fixed-sql.js'
import { asBuffer } from '#src/repo/block-store.js'
import type { RepoCommit } from '#src/repo/commit.js'
import {
  type AccountEventStatus,
  accountEvent,
  commitEvent,
  type EventType,
  identityEvent,
  type PendingEvent,
  syncEvent,
} from './events.js'
import { LOG_CHANNEL_SQL } from './log-listener.js'

/** One stored event. */
export interface SeqEvent {
  seq: number
  did: string
  type: EventType
  /** The DAG-CBOR body, seq and time included. */
  event: Uint8Array
  sequencedAt: string
}

/**
 * Appends and reads firehose events. Appends run in the transaction of the change they
 * describe, so an event is durable exactly when its change is.
 *
 * @example
 * await db.transaction().execute(async (trx) => {
 *   // ...write the account...
 *   await sequencer.identity(trx, did, handle)
 * })
 */
const NEXT_SEQ = new FixedSql('update repo_seq_counter set seq = seq + 1 where id = 1 returning seq')
// @NOTE the same, telling the other processes' firehoses at commit (see log-listener.ts), in the one
// statement: no extra round trip. NOTIFY serialises commits that notify, as the counter's row lock already does
const NEXT_SEQ_NOTIFY = new FixedSql(
  `update repo_seq_counter set seq = seq + 1 where id = 1 returning seq, pg_notify(${LOG_CHANNEL_SQL}, ?)`,
)
const INSERT_EVENT = new FixedSql(
  'insert into repo_seq (seq, did, event_type, event, sequenced_at) values (?, ?, ?, ?, ?)',
)

export class Sequencer {
  /** This process's name in the notifications of its appends (PostgreSQL), so it can ignore its own. */
  readonly instance = randomBytes(8).toString('hex')
  // @NOTE keyed by the transaction: a rolled-back one is dropped with its events, unseen
  readonly #appended = new WeakMap<Database, SeqEvent[]>()

  constructor(
    private readonly db: Database,
    private readonly dialect: SqlDialect,
  ) {}

  /**
   * Appends `event` with the next seq. Must run inside a transaction: the counter row stays
   * locked until it ends, which serialises sequencing across processes.
   */
  async append(trx: Database, event: PendingEvent): Promise<number> {
    const next =
      this.dialect === 'postgres'
        ? NEXT_SEQ_NOTIFY.run<{ seq: number | string }>(trx, this.dialect, [this.instance])
        : NEXT_SEQ.run<{ seq: number | string }>(trx, this.dialect, [])
    const [row] = (await next).rows
    if (!row) throw new Error('repo_seq_counter has no row 1 (migration 0004 creates it)')
    const seq = Number(row.seq)
    const sequencedAt = new Date().toISOString()
    const body = event.encode(seq, sequencedAt)
    await INSERT_EVENT.run(trx, this.dialect, [seq, event.did, event.type, asBuffer(body), sequencedAt])
    const appended = this.#appended.get(trx)
    const stored: SeqEvent = { seq, did: event.did, type: event.type, event: body, sequencedAt }
    if (appended) appended.push(stored)
    else this.#appended.set(trx, [stored])
    return seq
  }

  /**
   * The events appended in `trx`, in seq order, each handed out once. Call it only after `trx`
   * has committed: the firehose sends them without reading them back from the log.
   *
   * @example
   * await db.transaction().execute(async (trx) => { done = trx; await sequencer.identity(trx, did) })
   * firehose.publish(sequencer.committedIn(done))
   */
  committedIn(trx: Database): SeqEvent[] {
    const events = this.#appended.get(trx) ?? []
    this.#appended.delete(trx)
    return events
  }

  /** The repo engine's `onCommit` hook: a `#commit` event for every commit. */
  readonly onCommit = async (trx: Database, commit: RepoCommit): Promise<void> => {
    await this.append(trx, commitEvent(commit))
  }

  /** Appends an `#identity` event (account created, handle changed...). */
  identity(trx: Database, did: string, handle?: string | null): Promise<number> {
    return this.append(trx, identityEvent(did, handle))
  }

  /** Appends an `#account` event (created, activated, deactivated, taken down...). */
  account(trx: Database, did: string, state: { active: boolean; status?: AccountEventStatus }): Promise<number> {
    return this.append(trx, accountEvent(did, state))
  }

  /** Appends a `#sync` event naming the repo's current commit (activation: resynchronise from here). */
  sync(trx: Database, did: string, commit: { rev: string; cid: string; bytes: Uint8Array }): Promise<number> {
    return this.append(trx, syncEvent(did, commit))
  }

  /** The last seq handed out (0 before the first event); every event up to it is visible. */
  async lastSeq(): Promise<number> {
    const row = await this.db.selectFrom('repoSeqCounter').select('seq').where('id', '=', 1).executeTakeFirst()
    return Number(row?.seq ?? 0)
  }

  /** The oldest retained seq, or null when the log is empty. */
  async oldestSeq(): Promise<number | null> {
    const row = await this.db.selectFrom('repoSeq').select('seq').orderBy('seq', 'asc').limit(1).executeTakeFirst()
    return row ? Number(row.seq) : null
  }

  /**
   * Up to `limit` events with seq greater than `after`, in order, and no more than
   * `maxBytes` of event bodies (at least one event, however large).
   */
  async eventsAfter(after: number, limit: number, maxBytes = PAGE_BYTES): Promise<SeqEvent[]> {
    return (await this.eventsPage(after, limit, maxBytes)).events
  }

  /** {@link eventsAfter}, saying whether the page is full (by rows or bytes), so more may follow. */
  async eventsPage(
    after: number,
    limit: number,
    maxBytes = PAGE_BYTES,
  ): Promise<{ events: SeqEvent[]; full: boolean }> {
    const sizes = await this.db
      .selectFrom('repoSeq')
      .select((eb) => ['seq', eb.fn<number | string>('length', ['event']).as('size')])
      .where('seq', '>', after)
      .orderBy('seq', 'asc')
      .limit(limit)
      .execute()
    const count = rowsWithin(
      sizes.map((row) => Number(row.size)),
      maxBytes,
    )
    const last = sizes[count - 1]
    if (last === undefined) return { events: [], full: false }
    const rows = await this.db
      .selectFrom('repoSeq')
      .select(['seq', 'did', 'eventType', 'event', 'sequencedAt'])
      .where('seq', '>', after)
      .where('seq', '<=', last.seq)
      .orderBy('seq', 'asc')
      .execute()
    const events = rows.map((row) => ({
      seq: Number(row.seq),
      did: row.did,
      type: row.eventType as EventType,
      event: row.event,
      sequencedAt: row.sequencedAt,
    }))
    return { events, full: count < sizes.length || sizes.length === limit }
  }

  /** Deletes events sequenced before `cutoff` (an ISO date), keeping the newest one; returns how many. */
  async pruneBefore(cutoff: string): Promise<number> {
    const last = await this.lastSeq()
    const result = await this.db
      .deleteFrom('repoSeq')
      .where('sequencedAt', '<', cutoff)
      .where('seq', '<', last)
      .executeTakeFirst()
    return Number(result.numDeletedRows)
  }
}
