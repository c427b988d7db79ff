import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from './config.js'
import { RATE_BUDGETS, readLimitsConfig } from './config-limits.js'

describe('readLimitsConfig', () => {
  it('turns rate limits on in production and off in development mode, unless told', () => {
    expect(readConfig({}).rateLimitsEnabled).toBe(true)
    expect(readConfig({ PDS_DEV_MODE: 'true' }).rateLimitsEnabled).toBe(false)
    expect(readConfig({ PDS_DEV_MODE: 'true', PDS_RATE_LIMITS_ENABLED: 'true' }).rateLimitsEnabled).toBe(true)
    expect(readConfig({ PDS_RATE_LIMITS_ENABLED: 'false' }).rateLimitsEnabled).toBe(false)
  })

  it("has the reference PDS's budgets by default", () => {
    const { rateBudgets, trustProxy, redis } = readLimitsConfig({})
    expect(rateBudgets).toEqual(RATE_BUDGETS)
    expect(rateBudgets.createSession).toEqual([
      { points: 30, durationMs: 5 * 60_000 },
      { points: 300, durationMs: 86_400_000 },
    ])
    expect(rateBudgets.repoWrite).toEqual([
      { points: 5000, durationMs: 3_600_000 },
      { points: 35000, durationMs: 86_400_000 },
    ])
    expect(trustProxy).toEqual(['loopback'])
    expect(redis).toBeUndefined()
  })

  const cases: [string, { given: Record<string, string>; want: Record<string, unknown> }][] = [
    [
      'a budget is windows of points per duration',
      {
        given: { PDS_RATE_LIMIT_CREATE_SESSION: '10/5m, 100/1d', PDS_RATE_LIMIT_REPO_WRITE: '90/30s' },
        want: {
          rateBudgets: expect.objectContaining({
            createSession: [
              { points: 10, durationMs: 300_000 },
              { points: 100, durationMs: 86_400_000 },
            ],
            repoWrite: [{ points: 90, durationMs: 30_000 }],
          }),
        },
      },
    ],
    [
      'a budget can be turned off',
      { given: { PDS_RATE_LIMIT_GLOBAL: 'off' }, want: { rateBudgets: expect.objectContaining({ global: [] }) } },
    ],
    [
      'REDIS_URL keeps counters in Redis',
      { given: { REDIS_URL: 'redis://127.0.0.1:6379/2' }, want: { redis: { url: 'redis://127.0.0.1:6379/2' } } },
    ],
    [
      "the reference's scratch address works too",
      {
        given: { PDS_REDIS_SCRATCH_ADDRESS: 'cache:6379', PDS_REDIS_SCRATCH_PASSWORD: 'pw' },
        want: { redis: { url: 'redis://cache:6379', password: 'pw' } },
      },
    ],
    [
      'trust proxy takes addresses, ranges and names; none trusts nobody',
      { given: { PDS_TRUST_PROXY: 'none' }, want: { trustProxy: [] } },
    ],
    [
      'IP lists take IPv4 and IPv6 ranges',
      {
        given: { PDS_IP_DENY: '203.0.113.0/24, 2001:db8::/32', PDS_SIGNUP_IP_ALLOW: '::ffff:10.0.0.0/104' },
        want: {
          serverIps: { allow: [], deny: ['203.0.113.0/24', '2001:db8::/32'] },
          signupIps: { allow: ['::ffff:10.0.0.0/104'], deny: [] },
        },
      },
    ],
    [
      'websocket and firehose bounds',
      {
        given: {
          PDS_FIREHOSE_MAX_SUBSCRIBERS: '50',
          PDS_FIREHOSE_MAX_SUBSCRIBERS_PER_IP: '2',
          PDS_WEBSOCKET_MAX_PAYLOAD: '1024',
          PDS_FIREHOSE_MAX_LAG_BYTES: '1048576',
        },
        want: { maxSubscribers: 50, maxSubscribersPerIp: 2, websocketMaxPayload: 1024, firehoseMaxLagBytes: 1048576 },
      },
    ],
  ]
  it.each(cases)('%s', (_, { given, want }) => expect(readLimitsConfig(given)).toMatchObject(want))

  const bad: [string, Record<string, string>, RegExp][] = [
    ['a budget without a duration', { PDS_RATE_LIMIT_GLOBAL: '3000' }, /PDS_RATE_LIMIT_GLOBAL/],
    ['a budget of zero points', { PDS_RATE_LIMIT_UPLOAD_BLOB: '0/1d' }, /PDS_RATE_LIMIT_UPLOAD_BLOB/],
    ['an unknown unit', { PDS_RATE_LIMIT_EMAIL: '5/1w' }, /PDS_RATE_LIMIT_EMAIL/],
    ['a CIDR prefix too long', { PDS_IP_DENY: '10.0.0.0/33' }, /PDS_IP_DENY/],
    ['a host name as a proxy', { PDS_TRUST_PROXY: 'proxy.internal' }, /PDS_TRUST_PROXY/],
    ['an IPv6 range with a bad prefix', { PDS_ADMIN_IP_ALLOW: '2001:db8::/129' }, /PDS_ADMIN_IP_ALLOW/],
    ['a non-Redis URL', { REDIS_URL: 'http://cache:6379' }, /REDIS_URL/],
  ]
  it.each(bad)('rejects %s, naming the variable', (_, env, name) => {
    expect(() => readLimitsConfig(env)).toThrow(ConfigError)
    expect(() => readLimitsConfig(env)).toThrow(name)
  })

  it('never echoes a Redis URL, which may hold a password', () => {
    expect(() => readLimitsConfig({ REDIS_URL: 'http://:hunter2@cache' })).not.toThrow(/hunter2/)
  })
})
