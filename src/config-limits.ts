/**
 * The abuse-limit settings (rate limits, their store, trusted proxies, IP access rules,
 * WebSocket bounds), read from the environment handed over by `readConfig`.
 *
 * @module
 */
import { isIP } from 'node:net'
import { ConfigError, type Environment, envInteger, envList, envString } from './config-env.js'

/** One rate-limit window: at most `points` in `durationMs`. */
export interface RateWindow {
  readonly points: number
  readonly durationMs: number
}

/** The named budgets; each is configurable as `PDS_RATE_LIMIT_<NAME>` (`GLOBAL`, `CREATE_SESSION`...). */
export const RATE_BUDGETS = {
  /** every request, per client IP (getRepo has its own budget) */
  global: [{ points: 3000, durationMs: 5 * 60_000 }],
  /** per account identifier + client IP */
  createSession: [
    { points: 30, durationMs: 5 * 60_000 },
    { points: 300, durationMs: 24 * 3_600_000 },
  ],
  /** per client IP */
  createAccount: [{ points: 100, durationMs: 5 * 60_000 }],
  /** per account */
  updateHandle: [
    { points: 10, durationMs: 5 * 60_000 },
    { points: 50, durationMs: 24 * 3_600_000 },
  ],
  /** per client IP */
  uploadBlob: [{ points: 1000, durationMs: 24 * 3_600_000 }],
  /** per account, each of requestEmailConfirmation, requestEmailUpdate, requestAccountDelete */
  email: [
    { points: 5, durationMs: 3_600_000 },
    { points: 15, durationMs: 24 * 3_600_000 },
  ],
  /** requestPasswordReset, per client IP */
  passwordReset: [
    { points: 15, durationMs: 3_600_000 },
    { points: 50, durationMs: 24 * 3_600_000 },
  ],
  /** resetPassword, per client IP */
  resetPassword: [{ points: 50, durationMs: 5 * 60_000 }],
  /** deleteAccount, per client IP */
  deleteAccount: [{ points: 50, durationMs: 5 * 60_000 }],
  /** reserveSigningKey, per client IP (each request without a DID stores a key for a day) */
  reserveSigningKey: [
    { points: 30, durationMs: 5 * 60_000 },
    { points: 100, durationMs: 24 * 3_600_000 },
  ],
  /** com.atproto.sync.getRepo, per client IP */
  getRepo: [{ points: 6000, durationMs: 5 * 60_000 }],
  /** repo writes, per account: a create costs 3 points, an update 2, a delete 1 */
  repoWrite: [
    { points: 5000, durationMs: 3_600_000 },
    { points: 35000, durationMs: 24 * 3_600_000 },
  ],
} as const satisfies Record<string, readonly RateWindow[]>

/** The name of a rate budget. */
export type RateBudgetName = keyof typeof RATE_BUDGETS

/** Where limit counters live, shared by every process that points at it. */
export interface RedisConfig {
  /** `REDIS_URL`, or `redis://<PDS_REDIS_SCRATCH_ADDRESS>`. */
  readonly url: string
  /** `PDS_REDIS_SCRATCH_PASSWORD`. Never log it. */
  readonly password?: string
}

/** Allow and deny lists of IPs and CIDR ranges; an empty allow list allows everyone. */
export interface IpRuleConfig {
  readonly allow: readonly string[]
  readonly deny: readonly string[]
}

/** Everything {@link readLimitsConfig} reads. */
export interface LimitsConfig {
  /** `PDS_RATE_LIMIT_<NAME>`: the windows of each budget (empty: that budget is off). */
  readonly rateBudgets: Readonly<Record<RateBudgetName, readonly RateWindow[]>>
  /** `PDS_RATE_LIMIT_BYPASS_KEY`: requests with this `x-ratelimit-bypass` header skip rate limits. Secret. */
  readonly rateLimitBypassKey: string | undefined
  /** `PDS_RATE_LIMIT_BYPASS_IPS`: IPs and CIDR ranges that skip rate limits. */
  readonly rateLimitBypassIps: readonly string[]
  /** `PDS_RATE_LIMIT_KEY_PREFIX`: prefix of every counter key (separates deployments sharing a Redis). */
  readonly rateLimitKeyPrefix: string
  /** `REDIS_URL` / `PDS_REDIS_SCRATCH_ADDRESS`: keep counters in Redis; unset: in memory. */
  readonly redis: RedisConfig | undefined
  /** `PDS_TRUST_PROXY`: proxies whose `X-Forwarded-For` is believed (IPs, CIDRs, `loopback`...). */
  readonly trustProxy: readonly string[]
  /** `PDS_IP_ALLOW` / `PDS_IP_DENY`: every request. */
  readonly serverIps: IpRuleConfig
  /** `PDS_ADMIN_IP_ALLOW` / `PDS_ADMIN_IP_DENY`: `com.atproto.admin.*` and `/admin`. */
  readonly adminIps: IpRuleConfig
  /** `PDS_SIGNUP_IP_ALLOW` / `PDS_SIGNUP_IP_DENY`: `com.atproto.server.createAccount`. */
  readonly signupIps: IpRuleConfig
  /** `PDS_FIREHOSE_MAX_SUBSCRIBERS`: open subscriptions in this process. */
  readonly maxSubscribers: number
  /** `PDS_FIREHOSE_MAX_SUBSCRIBERS_PER_IP`: open subscriptions from one client IP. */
  readonly maxSubscribersPerIp: number
  /** `PDS_WEBSOCKET_MAX_PAYLOAD`: largest frame a client may send on a subscription, in bytes. */
  readonly websocketMaxPayload: number
  /** `PDS_FIREHOSE_MAX_LAG_BYTES`: a subscriber this many bytes behind is cut with ConsumerTooSlow. */
  readonly firehoseMaxLagBytes: number
}

/** Names `PDS_TRUST_PROXY` and the IP lists accept besides addresses and CIDR ranges. */
export const IP_RANGE_NAMES: Readonly<Record<string, readonly string[]>> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
}

/**
 * Reads the limit settings. Rate limits are on by default outside development mode; that
 * switch stays `PDS_RATE_LIMITS_ENABLED` (read by `readConfig`).
 *
 * @example
 * readLimitsConfig({ PDS_RATE_LIMIT_CREATE_SESSION: '10/5m,100/1d' }).rateBudgets.createSession
 * // [{ points: 10, durationMs: 300000 }, { points: 100, durationMs: 86400000 }]
 */
export function readLimitsConfig(env: Environment): LimitsConfig {
  const rateBudgets = {} as Record<RateBudgetName, readonly RateWindow[]>
  for (const name of Object.keys(RATE_BUDGETS) as RateBudgetName[]) {
    const variable = `PDS_RATE_LIMIT_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`
    rateBudgets[name] = readWindows(env, variable) ?? RATE_BUDGETS[name]
  }
  const trust = envList(env, 'PDS_TRUST_PROXY') ?? ['loopback']
  return {
    rateBudgets,
    rateLimitBypassKey: envString(env, 'PDS_RATE_LIMIT_BYPASS_KEY'),
    rateLimitBypassIps: readIps(env, 'PDS_RATE_LIMIT_BYPASS_IPS'),
    rateLimitKeyPrefix: envString(env, 'PDS_RATE_LIMIT_KEY_PREFIX') ?? 'pds-rl',
    redis: readRedis(env),
    trustProxy: trust.length === 1 && trust[0] === 'none' ? [] : checkIps('PDS_TRUST_PROXY', trust),
    serverIps: { allow: readIps(env, 'PDS_IP_ALLOW'), deny: readIps(env, 'PDS_IP_DENY') },
    adminIps: { allow: readIps(env, 'PDS_ADMIN_IP_ALLOW'), deny: readIps(env, 'PDS_ADMIN_IP_DENY') },
    signupIps: { allow: readIps(env, 'PDS_SIGNUP_IP_ALLOW'), deny: readIps(env, 'PDS_SIGNUP_IP_DENY') },
    maxSubscribers: envInteger(env, 'PDS_FIREHOSE_MAX_SUBSCRIBERS', { min: 1 }) ?? 1000,
    maxSubscribersPerIp: envInteger(env, 'PDS_FIREHOSE_MAX_SUBSCRIBERS_PER_IP', { min: 1 }) ?? 8,
    websocketMaxPayload: envInteger(env, 'PDS_WEBSOCKET_MAX_PAYLOAD', { min: 128 }) ?? 16 * 1024,
    firehoseMaxLagBytes: envInteger(env, 'PDS_FIREHOSE_MAX_LAG_BYTES', { min: 1024 * 1024 }) ?? 8 * 1024 * 1024,
  }
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/** `30/5m,300/1d` -> windows; `off` -> none. */
function readWindows(env: Environment, name: string): RateWindow[] | undefined {
  const items = envList(env, name)
  if (items === undefined) return undefined
  if (items.length === 1 && items[0]?.toLowerCase() === 'off') return []
  return items.map((item) => {
    const match = /^(\d+)\s*\/\s*(\d*)\s*([smhd])$/.exec(item)
    const points = Number(match?.[1])
    const count = match?.[2] ? Number(match[2]) : 1
    if (!match || points < 1 || count < 1) {
      throw new ConfigError(
        name,
        item,
        'expected windows such as 30/5m,300/1d (points/duration in s, m, h or d), or off',
      )
    }
    return { points, durationMs: count * (UNITS[match[3] as string] as number) }
  })
}

function readRedis(env: Environment): RedisConfig | undefined {
  const password = envString(env, 'PDS_REDIS_SCRATCH_PASSWORD')
  const url = envString(env, 'REDIS_URL')
  if (url !== undefined) {
    if (!URL.canParse(url) || !['redis:', 'rediss:'].includes(new URL(url).protocol)) {
      throw new ConfigError('REDIS_URL', '(hidden)', 'expected a redis:// or rediss:// URL')
    }
    return { url, password }
  }
  const address = envString(env, 'PDS_REDIS_SCRATCH_ADDRESS')
  if (address === undefined) return undefined
  if (!URL.canParse(`redis://${address}`)) {
    throw new ConfigError('PDS_REDIS_SCRATCH_ADDRESS', address, 'expected host:port')
  }
  return { url: `redis://${address}`, password }
}

function readIps(env: Environment, name: string): string[] {
  return checkIps(name, envList(env, name) ?? [])
}

/** Each item must be an IP, a CIDR range with a prefix length that fits, or a name of {@link IP_RANGE_NAMES}. */
function checkIps(name: string, items: string[]): string[] {
  for (const item of items) {
    if (Object.hasOwn(IP_RANGE_NAMES, item)) continue
    const [address = '', prefix, extra] = item.split('/')
    const family = isIP(address)
    const bits = family === 4 ? 32 : 128
    const validPrefix = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits)
    if (family === 0 || !validPrefix || extra !== undefined) {
      throw new ConfigError(
        name,
        item,
        'expected IP addresses or CIDR ranges (203.0.113.0/24, 2001:db8::/32), or loopback, linklocal, uniquelocal',
      )
    }
  }
  return items
}
