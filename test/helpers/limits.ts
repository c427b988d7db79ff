/**
 * Test servers with rate limits on (in memory or in the local Redis, under a random key
 * prefix), and raw XRPC calls that show the response headers and can pose as another
 * client IP through the trusted loopback proxy.
 *
 * @module
 */
import { randomBytes } from 'node:crypto'
import { AtpAgent } from '@atproto/api'
import { readLimitsConfig } from '#src/config-limits.js'
import type { TestAccount } from './accounts.js'
import type { Dialect } from './db.js'
import { startTestServer, type TestServer, type TestServerOptions } from './test-server.js'

/** Where counters live in a test. */
export type LimitStore = 'memory' | 'redis'

/** The Redis the tests use. */
export const TEST_REDIS_URL = process.env.PDS_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** The bypass key the limited test servers accept. */
export const BYPASS_KEY = 'test-bypass-key-0123456789'

/** A fresh counter key prefix, so tests sharing the Redis never see each other's counts. */
export function randomPrefix(): string {
  return `t-rl-${randomBytes(6).toString('hex')}`
}

/**
 * Boots a test server with rate limits on: `env` is read as the limit settings are
 * (`PDS_RATE_LIMIT_GLOBAL: '5/1m'`...), the store and key prefix are added.
 */
export function startLimitedServer(
  dialect: Dialect,
  store: LimitStore,
  env: Record<string, string>,
  opts: { prefix?: string; plcUrl?: string; rateLimits?: boolean } & Pick<TestServerOptions, 'firehose'> = {},
): Promise<TestServer> {
  const limits = readLimitsConfig({
    PDS_RATE_LIMIT_BYPASS_KEY: BYPASS_KEY,
    PDS_RATE_LIMIT_KEY_PREFIX: opts.prefix ?? randomPrefix(),
    ...(store === 'redis' ? { REDIS_URL: TEST_REDIS_URL } : {}),
    ...env,
  })
  return startTestServer({
    dialect,
    plcUrl: opts.plcUrl,
    firehose: opts.firehose,
    config: { rateLimitsEnabled: opts.rateLimits ?? true, limits },
  })
}

/** Options of {@link call}. */
export interface CallOptions {
  /** Pose as this client IP (X-Forwarded-For, believed from the loopback proxy by default). */
  ip?: string
  /** A JSON body (makes it a POST), or raw bytes with `contentType`. */
  body?: unknown
  contentType?: string
  /** A bearer access token. */
  token?: string
  headers?: Record<string, string>
}

/** Calls `/xrpc/<nsid>` and returns the raw response. */
export function call(pds: Pick<TestServer, 'url'>, nsid: string, opts: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { ...opts.headers }
  if (opts.ip) headers['x-forwarded-for'] = opts.ip
  if (opts.token) headers.authorization = `Bearer ${opts.token}`
  let body: string | Uint8Array | undefined
  if (opts.body instanceof Uint8Array) {
    body = opts.body
    headers['content-type'] = opts.contentType ?? 'application/octet-stream'
  } else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body)
    headers['content-type'] = 'application/json'
  }
  return fetch(`${pds.url}/xrpc/${nsid}`, { method: body === undefined ? 'GET' : 'POST', headers, body })
}

/** The rate-limit headers of a response, as numbers (NaN when absent). */
export function limitHeaders(res: Response) {
  const num = (name: string) => Number(res.headers.get(name) ?? Number.NaN)
  return {
    limit: num('ratelimit-limit'),
    remaining: num('ratelimit-remaining'),
    reset: num('ratelimit-reset'),
    retryAfter: num('retry-after'),
  }
}

/** Signs up an account past the rate limits (its agent sends the bypass key with every call). */
export async function signUpBypassing(pds: Pick<TestServer, 'url'>): Promise<TestAccount> {
  const name = randomBytes(5).toString('hex')
  const handle = `u${name}.test`
  const email = `u${name}@example.com`
  const password = `pw-${randomBytes(8).toString('hex')}`
  // @NOTE a fetch of its own: the agent's session calls do not carry headers set on the agent
  const bypassing: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined))
    headers.set('x-ratelimit-bypass', BYPASS_KEY)
    return fetch(input, { ...init, headers })
  }
  const agent = new AtpAgent({ service: pds.url, fetch: bypassing })
  const { data } = await agent.createAccount({ handle, email, password })
  return { agent, did: data.did, handle: data.handle, email, password }
}

/** The access token of an agent's session. */
export function tokenOf(account: TestAccount): string {
  const jwt = account.agent.session?.accessJwt
  if (!jwt) throw new Error('the agent has no session')
  return jwt
}
