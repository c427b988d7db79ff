/**
 * Prompt wake-ups of the firehose on PostgreSQL when another process appends to the event log:
 * every append notifies a channel of the database (in its transaction, so the notification is
 * delivered when, and only if, it commits), and each process LISTENs on one dedicated connection.
 * The firehose's poll stays the fallback for a lost connection or a lost notification.
 *
 * @NOTE the listening connection is not one of the pool's (`PDS_DATABASE_POOL_SIZE`): a process
 * holds at most pool size + 1 connections, the extra one from its first subscriber on
 * @see https://www.postgresql.org/docs/current/sql-notify.html
 * @module
 */
import type pg from 'pg'
import type { Logger } from '#src/logger.js'

/**
 * The channel, as SQL: one per schema (deployments and test schemas sharing a database do not
 * wake each other), and short enough for any schema name (channels are identifiers, <= 63 bytes).
 */
export const LOG_CHANNEL_SQL = `'pds_seq_' || md5(current_schema())`

/** What the firehose needs of a source of wake-ups. */
export interface LogWakeups {
  /** Calls `wake` whenever another process has committed events (from now on; idempotent). */
  listen(wake: () => void): void
  /** Stops listening. */
  close(): Promise<void>
}

/** How long to wait before listening again after the connection failed. */
const RECONNECT_MS = 1000

/**
 * LISTENs on the event log's channel of one database schema, ignoring the notifications whose
 * payload is `self` (this process's own appends, which its firehose already has).
 *
 * @example
 * const wakeups = new PgLogListener({ url, schema, self: sequencer.instance, logger })
 * wakeups.listen(() => firehose.wake())
 */
export class PgLogListener implements LogWakeups {
  readonly #opts: { url: string; schema?: string; self: string; logger: Logger }
  #wake: (() => void) | undefined
  #client: pg.Client | undefined
  #retry: NodeJS.Timeout | undefined
  #closed = false

  constructor(opts: { url: string; schema?: string; self: string; logger: Logger }) {
    this.#opts = opts
  }

  listen(wake: () => void): void {
    const first = this.#wake === undefined
    this.#wake = wake
    if (first) void this.#connect()
  }

  async close(): Promise<void> {
    this.#closed = true
    clearTimeout(this.#retry)
    const client = this.#client
    this.#client = undefined
    await client?.end().catch(() => undefined)
  }

  async #connect(): Promise<void> {
    if (this.#closed) return
    const { default: postgres } = await import('pg')
    const { url, schema, self, logger } = this.#opts
    const client = new postgres.Client({
      connectionString: url,
      // @NOTE the pool's search_path, so current_schema() names the same channel as the appends'
      options: schema ? `-c search_path=${schema}` : undefined,
    })
    let failed = false
    const fail = (err: unknown) => {
      if (failed) return
      failed = true
      if (this.#client === client) this.#client = undefined
      client.end().catch(() => undefined)
      if (this.#closed) return
      // @NOTE the URL may hold a password: only the error is logged
      logger.warn({ err }, 'firehose: listening for event log notifications failed; polling meanwhile')
      this.#retry = setTimeout(() => void this.#connect(), RECONNECT_MS)
      this.#retry.unref()
    }
    client.on('error', fail)
    client.on('end', () => fail(new Error('connection ended')))
    client.on('notification', (msg) => {
      if (msg.payload !== self) this.#wake?.()
    })
    try {
      await client.connect()
      const { rows } = await client.query<{ channel: string }>(`select ${LOG_CHANNEL_SQL} as channel`)
      await client.query(`listen "${(rows[0] as { channel: string }).channel}"`)
    } catch (err) {
      fail(err)
      return
    }
    if (this.#closed || failed) {
      await client.end().catch(() => undefined)
      return
    }
    this.#client = client
    // @NOTE what was committed while not listening is read now, not at the next poll
    this.#wake?.()
  }
}
