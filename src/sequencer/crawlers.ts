/**
 * Tells relays (`PDS_CRAWLERS`) to crawl this PDS with `com.atproto.sync.requestCrawl`: once
 * the server listens, and again when it becomes active after a quiet spell. Failed calls are
 * retried with exponential back-off.
 *
 * @see https://atproto.com/specs/sync#firehose
 * @module
 */
import type { Logger } from '#src/logger.js'

/** Options of {@link Crawlers}. */
export interface CrawlersOptions {
  /** Our public host name, as relays should connect to it. */
  hostname: string
  /** Base URLs of the relays. */
  crawlers: readonly string[]
  logger: Logger
  /** After this long without asking, activity asks again (default 20 minutes). */
  quietMs?: number
  /** First retry delay; each further one doubles, up to `maxDelayMs` (default 1 s). */
  retryBaseMs?: number
  /** Longest delay between retries (default 5 minutes). */
  maxDelayMs?: number
  /** Attempts per request before giving up until the next trigger (default 10). */
  maxAttempts?: number
}

const REQUEST_TIMEOUT_MS = 10_000

/**
 * @example
 * const crawlers = new Crawlers({ hostname: config.hostname, crawlers: config.crawlers, logger })
 * crawlers.notify()        // on start
 * crawlers.onActivity()    // after each commit
 */
export class Crawlers {
  readonly #opts: Required<CrawlersOptions>
  /** When the relays were last asked (ms since the epoch); 0: never. */
  #lastAsked = 0
  readonly #running = new Set<string>()
  readonly #timers = new Set<NodeJS.Timeout>()
  #closed = false

  constructor(opts: CrawlersOptions) {
    this.#opts = {
      quietMs: 20 * 60 * 1000,
      retryBaseMs: 1_000,
      maxDelayMs: 5 * 60 * 1000,
      maxAttempts: 10,
      ...opts,
    }
  }

  /** Asks every relay to crawl now (a relay whose previous request is still retrying is left to it). */
  notify(): void {
    if (this.#closed || this.#opts.crawlers.length === 0) return
    this.#lastAsked = Date.now()
    for (const crawler of this.#opts.crawlers) {
      if (this.#running.has(crawler)) continue
      this.#running.add(crawler)
      void this.#request(crawler).finally(() => this.#running.delete(crawler))
    }
  }

  /** Called on every commit: asks again if the relays were not asked for a while. */
  onActivity(): void {
    if (Date.now() - this.#lastAsked >= this.#opts.quietMs) this.notify()
  }

  /** Stops pending retries. */
  close(): void {
    this.#closed = true
    for (const timer of this.#timers) clearTimeout(timer)
    this.#timers.clear()
  }

  async #request(crawler: string): Promise<void> {
    const { hostname, logger, retryBaseMs, maxDelayMs, maxAttempts } = this.#opts
    const url = new URL('/xrpc/com.atproto.sync.requestCrawl', crawler)
    for (let attempt = 1; attempt <= maxAttempts && !this.#closed; attempt++) {
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ hostname }),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        })
        await res.body?.cancel()
        if (res.ok) {
          logger.info({ crawler }, 'requested crawl')
          return
        }
        logger.warn({ crawler, status: res.status, attempt }, 'requestCrawl refused')
      } catch (err) {
        logger.warn({ crawler, err, attempt }, 'requestCrawl failed')
      }
      await this.#sleep(Math.min(retryBaseMs * 2 ** (attempt - 1), maxDelayMs))
    }
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#timers.delete(timer)
        resolve()
      }, ms)
      timer.unref()
      this.#timers.add(timer)
    })
  }
}
