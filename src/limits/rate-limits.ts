/**
 * Rate limits: counters in memory (one process) or in Redis (shared by every process using
 * it), a global budget per client IP, per-method budgets, and the 429 RateLimitExceeded
 * answer with its `RateLimit-*` and `Retry-After` headers.
 *
 * @module
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RequestHandler } from 'express'
import type { Redis } from 'ioredis'
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'
import type { RateBudgetName, RateWindow } from '#src/config-limits.js'
import { ResponseType, XRPCError } from '#src/errors.js'
import type { Logger } from '#src/logger.js'
import type { ClientIps } from './client-ip.js'
import type { IpSet } from './ip-set.js'
import { GLOBAL_EXEMPT_PATHS, ROUTE_BUDGETS, type RouteBudget } from './route-budgets.js'

/** The header trusted services send with `PDS_RATE_LIMIT_BYPASS_KEY` (the reference PDS's name). */
export const BYPASS_HEADER = 'x-ratelimit-bypass'

/** Options of {@link RateLimits}. */
export interface RateLimitsOptions {
  readonly budgets: Readonly<Record<RateBudgetName, readonly RateWindow[]>>
  readonly clientIps: ClientIps
  readonly bypassKey?: string
  readonly bypassIps: IpSet
  /** Prefix of every counter key. */
  readonly keyPrefix: string
  /** Keep counters here; unset: in this process's memory. */
  readonly redis?: Redis
  readonly logger: Logger
}

/** Where one window stands for one key after a request. */
interface WindowStatus {
  limit: number
  remaining: number
  msBeforeNext: number
  durationMs: number
  exceeded: boolean
}

/** A budget's windows, each with its counter store. */
interface Limiter {
  readonly window: RateWindow
  readonly store: RateLimiterAbstract
}

/**
 * @example
 * const limits = new RateLimits({ budgets, clientIps, bypassIps, keyPrefix: 'pds-rl', logger })
 * app.use(limits.global)                     // every request, per IP
 * registerHandlers(xrpc, ctx, limits.wrap(handlers)) // per-method budgets
 */
export class RateLimits {
  readonly #opts: RateLimitsOptions
  readonly #bypassDigest: Buffer | undefined
  readonly #global: Limiter[]
  readonly #routes = new Map<string, { route: RouteBudget; limiters: Limiter[] }>()
  /** The tightest status a request has met so far, so route limits and the global one share the headers. */
  readonly #status = new WeakMap<IncomingMessage, WindowStatus>()

  constructor(opts: RateLimitsOptions) {
    this.#opts = opts
    this.#bypassDigest = opts.bypassKey === undefined ? undefined : digest(opts.bypassKey)
    this.#global = this.#limiters('global', opts.budgets.global)
    const buckets = new Map<string, Limiter[]>()
    for (const [nsid, route] of Object.entries(ROUTE_BUDGETS)) {
      const bucket = route.bucket ?? nsid
      let limiters = buckets.get(bucket)
      if (!limiters) {
        limiters = this.#limiters(bucket, opts.budgets[route.budget])
        buckets.set(bucket, limiters)
      }
      if (limiters.length > 0) this.#routes.set(nsid, { route, limiters })
    }
  }

  /** Express middleware: the global budget, per client IP. */
  readonly global: RequestHandler = (req, res, next) => {
    if (this.#global.length === 0 || GLOBAL_EXEMPT_PATHS.has(req.path) || req.method === 'OPTIONS') return next()
    if (this.bypassed(req)) return next()
    this.#consume(req, res, this.#global, this.#opts.clientIps.of(req), 1).then(() => next(), next)
  }

  /** The global budget for a request express does not route (a WebSocket upgrade). */
  async consumeGlobal(req: IncomingMessage): Promise<void> {
    if (this.#global.length === 0 || this.bypassed(req)) return
    await this.#consume(req, undefined, this.#global, this.#opts.clientIps.of(req), 1)
  }

  /** Whether the request carries the bypass key or comes from a bypass IP. */
  bypassed(req: IncomingMessage): boolean {
    if (this.#opts.bypassIps.has(this.#opts.clientIps.of(req))) return true
    const given = req.headers[BYPASS_HEADER]
    if (this.#bypassDigest === undefined || typeof given !== 'string') return false
    // @NOTE compared as digests: constant time whatever the lengths
    return timingSafeEqual(digest(given), this.#bypassDigest)
  }

  /**
   * Wraps each rate-limited handler of `handlers` so it first draws on its budget (after
   * xrpc-server authenticated the caller and parsed the input, which keys and points need).
   */
  wrap<H extends object>(handlers: H): H {
    const wrapped: Record<string, unknown> = { ...(handlers as Record<string, unknown>) }
    for (const [nsid, method] of Object.entries(handlers as Record<string, unknown>)) {
      const limited = this.#routes.get(nsid)
      if (!limited || method === undefined) continue
      const config = (typeof method === 'function' ? { handler: method } : method) as {
        handler: (ctx: HandlerContext) => unknown
      }
      const { route, limiters } = limited
      wrapped[nsid] = {
        ...config,
        handler: async (ctx: HandlerContext) => {
          if (!this.bypassed(ctx.req)) {
            const request = { ip: this.#opts.clientIps.of(ctx.req), input: ctx.input, auth: ctx.auth }
            const key = route.key(request)
            if (key !== null) await this.#consume(ctx.req, ctx.res, limiters, key, route.points?.(request) ?? 1)
          }
          return config.handler(ctx)
        },
      }
    }
    return wrapped as H
  }

  /** Draws `points` from every window; throws RateLimitExceeded (headers set) when one is spent. */
  async #consume(
    req: IncomingMessage,
    res: ServerResponse | undefined,
    limiters: Limiter[],
    key: string,
    points: number,
  ): Promise<void> {
    if (points < 1) return
    const results = await Promise.all(limiters.map((limiter) => this.#draw(limiter, key, points)))
    let status = this.#status.get(req)
    for (const result of results) {
      if (result && tighter(result, status)) status = result
    }
    if (!status) return
    this.#status.set(req, status)
    if (res && !res.headersSent) setHeaders(res, status)
    if (status.exceeded) {
      throw new XRPCError(
        ResponseType.RateLimitExceeded,
        `Rate limit exceeded: ${status.limit} per ${formatDuration(status.durationMs)}; retry in ${Math.ceil(status.msBeforeNext / 1000)} s`,
        'RateLimitExceeded',
      )
    }
  }

  async #draw({ window, store }: Limiter, key: string, points: number): Promise<WindowStatus | undefined> {
    const status = (res: RateLimiterRes, exceeded: boolean): WindowStatus => ({
      limit: window.points,
      remaining: res.remainingPoints,
      msBeforeNext: res.msBeforeNext,
      durationMs: window.durationMs,
      exceeded,
    })
    try {
      return status(await store.consume(key, points), false)
    } catch (err) {
      // @NOTE the library rejects with its result when the limit is hit, with an Error when the store fails
      if (err instanceof RateLimiterRes) return status(err, true)
      this.#opts.logger.error({ err, keyPrefix: store.keyPrefix }, 'rate limiter: counting failed; request let through')
      return undefined
    }
  }

  #limiters(name: string, windows: readonly RateWindow[]): Limiter[] {
    return windows.map((window, i) => {
      const options = {
        keyPrefix: `${this.#opts.keyPrefix}:${name}:${i}`,
        points: window.points,
        duration: Math.max(1, Math.round(window.durationMs / 1000)),
      }
      const { redis } = this.#opts
      // @NOTE while Redis is unreachable each process counts in memory on its own, instead of failing or waiting
      const store = redis
        ? new RateLimiterRedis({
            ...options,
            storeClient: redis,
            rejectIfRedisNotReady: true,
            insuranceLimiter: new RateLimiterMemory(options),
          })
        : new RateLimiterMemory(options)
      return { window, store }
    })
  }
}

/** The part of xrpc-server's handler context a route limit reads. */
interface HandlerContext {
  req: IncomingMessage
  res?: ServerResponse
  input?: { body?: unknown }
  auth?: unknown
}

function tighter(candidate: WindowStatus, current: WindowStatus | undefined): boolean {
  if (!current) return true
  if (candidate.exceeded !== current.exceeded) return candidate.exceeded
  // @NOTE of two spent windows the one that frees last says when to retry
  if (candidate.exceeded) return candidate.msBeforeNext > current.msBeforeNext
  return candidate.remaining < current.remaining
}

function setHeaders(res: ServerResponse, status: WindowStatus): void {
  // @NOTE RateLimit-Reset is a Unix time in seconds, as the reference PDS sends it
  res.setHeader('RateLimit-Limit', status.limit)
  res.setHeader('RateLimit-Remaining', status.remaining)
  res.setHeader('RateLimit-Reset', Math.ceil((Date.now() + status.msBeforeNext) / 1000))
  res.setHeader('RateLimit-Policy', `${status.limit};w=${Math.round(status.durationMs / 1000)}`)
  if (status.exceeded) res.setHeader('Retry-After', Math.max(1, Math.ceil(status.msBeforeNext / 1000)))
}

function formatDuration(ms: number): string {
  if (ms % 86_400_000 === 0) return ms === 86_400_000 ? 'day' : `${ms / 86_400_000} days`
  if (ms % 3_600_000 === 0) return ms === 3_600_000 ? 'hour' : `${ms / 3_600_000} hours`
  if (ms % 60_000 === 0) return ms === 60_000 ? 'minute' : `${ms / 60_000} minutes`
  return `${Math.round(ms / 1000)} s`
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest()
}
