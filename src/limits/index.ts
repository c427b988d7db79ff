/**
 * Standing up to abuse: client IPs behind trusted proxies, IP access rules, rate limits
 * (memory or Redis) and WebSocket subscription caps, gathered as `ctx.limits`.
 *
 * @module
 */
import type { IncomingMessage } from 'node:http'
import type { RequestHandler } from 'express'
import type { Redis } from 'ioredis'
import type { Config } from '#src/config.js'
import type { Logger } from '#src/logger.js'
import { ClientIps } from './client-ip.js'
import { IpRules } from './ip-rules.js'
import { IpSet } from './ip-set.js'
import { RateLimits } from './rate-limits.js'
import { type SubscriberSocket, SubscriptionGate } from './subscription-gate.js'

export { ClientIps } from './client-ip.js'
export { IpSet, normalizeIp } from './ip-set.js'
export { BYPASS_HEADER, RateLimits } from './rate-limits.js'
export type { SubscriberSocket } from './subscription-gate.js'

/**
 * @example
 * const limits = await createLimits(config, logger)
 * app.use(...limits.middleware)
 * registerHandlers(xrpc, ctx, limits.wrap(handlers))
 */
export class Limits {
  /** Client IPs, believing X-Forwarded-For only from `PDS_TRUST_PROXY`. */
  readonly clientIps: ClientIps
  readonly ipRules: IpRules
  /** Undefined when rate limits are off. */
  readonly rateLimits: RateLimits | undefined
  readonly subscriptions: SubscriptionGate
  /** The largest frame a subscriber may send us. */
  readonly websocketMaxPayload: number
  /** Express middleware, in order: IP rules, then the global rate limit (only those that are on). */
  readonly middleware: readonly RequestHandler[]
  readonly #redis: Redis | undefined

  constructor(config: Config, logger: Logger, redis?: Redis) {
    const { limits } = config
    this.clientIps = new ClientIps(limits.trustProxy)
    this.ipRules = new IpRules(
      { server: limits.serverIps, admin: limits.adminIps, signup: limits.signupIps },
      this.clientIps,
    )
    this.rateLimits = config.rateLimitsEnabled
      ? new RateLimits({
          budgets: limits.rateBudgets,
          clientIps: this.clientIps,
          bypassKey: limits.rateLimitBypassKey,
          bypassIps: IpSet.from(limits.rateLimitBypassIps),
          keyPrefix: limits.rateLimitKeyPrefix,
          redis,
          logger,
        })
      : undefined
    this.subscriptions = new SubscriptionGate({ max: limits.maxSubscribers, maxPerIp: limits.maxSubscribersPerIp })
    this.websocketMaxPayload = limits.websocketMaxPayload
    this.middleware = [
      ...(this.ipRules.active ? [this.ipRules.middleware] : []),
      ...(this.rateLimits ? [this.rateLimits.global] : []),
    ]
    this.#redis = redis
  }

  /** Wraps the rate-limited handlers of `handlers` (unchanged when rate limits are off). */
  wrap<H extends object>(handlers: H): H {
    return this.rateLimits ? this.rateLimits.wrap(handlers) : handlers
  }

  /**
   * Admits a WebSocket upgrade: IP rules, the global rate limit, the subscription caps.
   * Resolves with the function releasing its place; rejects with the XRPC error to answer.
   */
  async admitUpgrade(req: IncomingMessage): Promise<() => void> {
    this.ipRules.check(req)
    await this.rateLimits?.consumeGlobal(req)
    return this.subscriptions.admit(this.clientIps.of(req))
  }

  /** Remembers the WebSocket an admitted upgrade became. */
  attach(req: IncomingMessage, socket: SubscriberSocket): void {
    this.subscriptions.attach(req, socket)
  }

  /** Closes the Redis connection, if any. */
  async close(): Promise<void> {
    if (!this.#redis) return
    try {
      await this.#redis.quit()
    } catch {
      this.#redis.disconnect()
    }
  }
}

/**
 * Builds {@link Limits}, connecting to Redis first when one is configured (and rate limits
 * are on). A Redis that does not answer within `redisTimeoutMs` is logged and the PDS
 * starts anyway: until it connects, each process counts in memory on its own.
 */
export async function createLimits(config: Config, logger: Logger, redisTimeoutMs = 5_000): Promise<Limits> {
  const redisConfig = config.limits.redis
  if (!config.rateLimitsEnabled || !redisConfig) return new Limits(config, logger)
  // @NOTE loaded only when Redis is configured: ioredis costs a server without it ~7 MB
  const { Redis } = await import('ioredis')
  const redis = new Redis(redisConfig.url, {
    password: redisConfig.password,
    // @NOTE no queue while disconnected: a counter that cannot be reached is counted in memory at once
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: redisTimeoutMs,
  })
  let failing = false
  redis.on('error', (err: Error) => {
    // @NOTE the URL may hold a password, so only the reason is logged, once per outage
    if (!failing) logger.warn({ reason: err.message }, 'rate limits: Redis unreachable; counting in memory meanwhile')
    failing = true
  })
  redis.on('ready', () => {
    if (failing) logger.info('rate limits: Redis reachable again')
    failing = false
  })
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, redisTimeoutMs)
    redis.once('ready', () => {
      clearTimeout(timer)
      resolve()
    })
  })
  return new Limits(config, logger, redis)
}
