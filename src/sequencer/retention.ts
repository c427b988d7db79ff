/**
 * Firehose retention: events older than the configured window are deleted in the
 * background, so the log does not grow without bound. A cursor older than what is left
 * gets `#info OutdatedCursor` and the oldest retained events.
 *
 * @module
 */
import type { Logger } from '#src/logger.js'
import type { Sequencer } from './sequencer.js'

const HOUR_MS = 60 * 60 * 1000

/**
 * Prunes events older than `retentionHours` now and then every `everyMs` (default: hourly).
 * Returns a function that stops it. Safe with several processes on one database: each
 * delete is idempotent.
 *
 * @example
 * const stop = startRetention(sequencer, { retentionHours: 72, logger })
 * // ...on shutdown
 * stop()
 */
export function startRetention(
  sequencer: Sequencer,
  opts: { retentionHours: number; logger: Logger; everyMs?: number },
): () => void {
  const prune = async () => {
    try {
      const cutoff = new Date(Date.now() - opts.retentionHours * HOUR_MS).toISOString()
      const deleted = await sequencer.pruneBefore(cutoff)
      if (deleted > 0) opts.logger.info({ deleted, cutoff }, 'pruned old firehose events')
    } catch (err) {
      opts.logger.error({ err }, 'firehose: pruning old events failed')
    }
  }
  // @NOTE the first run waits a little, so start-up (and short-lived test servers) are not slowed
  const first = setTimeout(() => void prune(), 60_000)
  const timer = setInterval(() => void prune(), opts.everyMs ?? HOUR_MS)
  first.unref()
  timer.unref()
  return () => {
    clearTimeout(first)
    clearInterval(timer)
  }
}
