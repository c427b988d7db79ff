/**
 * Throttling of failed admin logins: after a few wrong admin passwords from one client, that
 * client is refused (429) until the window passes, whatever it sends.
 *
 * @NOTE a small in-memory limiter, kept to this one module so a general rate limiter
 * (src/limits) can replace it; memory stays bounded by evicting the oldest clients.
 * @module
 */
import { ResponseType, XRPCError } from '#src/errors.js'

/** Options of {@link FailureThrottle}. */
export interface FailureThrottleOptions {
  /** Failures allowed per client within `windowMs` (default 10). */
  maxFailures?: number
  /** How long failures are remembered (default 5 minutes). */
  windowMs?: number
  /** Most clients remembered at once (default 10,000); the oldest are forgotten first. */
  maxClients?: number
}

interface Failures {
  count: number
  resetAt: number
}

/**
 * Counts failures per client key (an IP address) in a fixed window.
 *
 * @example
 * const throttle = new FailureThrottle()
 * throttle.check(ip) // throws 429 RateLimitExceeded while the client is blocked
 * if (!ok) throttle.fail(ip)
 */
export class FailureThrottle {
  readonly #failures = new Map<string, Failures>()
  readonly #max: number
  readonly #windowMs: number
  readonly #maxClients: number

  constructor(opts: FailureThrottleOptions = {}) {
    this.#max = opts.maxFailures ?? 10
    this.#windowMs = opts.windowMs ?? 5 * 60_000
    this.#maxClients = opts.maxClients ?? 10_000
  }

  /** Throws a 429 `RateLimitExceeded` when `key` used up its failures in this window. */
  check(key: string, now = Date.now()): void {
    const entry = this.#current(key, now)
    if (entry && entry.count >= this.#max) {
      const seconds = Math.max(1, Math.ceil((entry.resetAt - now) / 1000))
      throw new XRPCError(
        ResponseType.RateLimitExceeded,
        `Too many failed admin logins; try again in ${seconds} seconds`,
        'RateLimitExceeded',
      )
    }
  }

  /** Records one failure of `key`. */
  fail(key: string, now = Date.now()): void {
    const entry = this.#current(key, now)
    if (entry) {
      entry.count++
      return
    }
    if (this.#failures.size >= this.#maxClients) {
      const oldest = this.#failures.keys().next().value
      if (oldest !== undefined) this.#failures.delete(oldest)
    }
    this.#failures.set(key, { count: 1, resetAt: now + this.#windowMs })
  }

  #current(key: string, now: number): Failures | undefined {
    const entry = this.#failures.get(key)
    if (entry && entry.resetAt <= now) {
      this.#failures.delete(key)
      return undefined
    }
    return entry
  }
}
