import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readLimitsConfig } from '#src/config-limits.js'
import { dialects } from '../helpers/db.js'
import { call, limitHeaders, startLimitedServer } from '../helpers/limits.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

const signUpBody = (n: string) => ({ handle: `ip${n}.test`, email: `ip${n}@example.com`, password: 'pw-long-enough' })

async function expectForbidden(res: Response, what: RegExp): Promise<void> {
  expect(res.status).toBe(403)
  const body = (await res.json()) as { error: string; message: string }
  expect(body.error).toBe('Forbidden')
  expect(body.message).toMatch(what)
}

describe.each(dialects())('IP access rules (%s)', (dialect) => {
  let pds: TestServer

  beforeAll(async () => {
    // @NOTE requests come from 127.0.0.1, a trusted proxy by default, so X-Forwarded-For picks the client IP
    pds = await startTestServer({
      dialect,
      config: {
        limits: readLimitsConfig({
          PDS_IP_DENY: '203.0.113.0/24, 2001:db8:bad::/48',
          PDS_ADMIN_IP_ALLOW: '10.0.0.0/8, fd00:a::/32',
          PDS_SIGNUP_IP_DENY: '198.51.100.0/25, 2001:db8:5::/64',
        }),
      },
    })
  })
  afterAll(() => pds?.close())

  it('refuses every request from a denied IPv4 range, and only from it', async () => {
    await expectForbidden(await call(pds, 'com.atproto.server.describeServer', { ip: '203.0.113.200' }), /^Requests/)
    await expectForbidden(
      await call(pds, 'com.atproto.server.describeServer', { ip: '::ffff:203.0.113.1' }),
      /^Requests/,
    )
    expect((await call(pds, 'com.atproto.server.describeServer', { ip: '203.0.114.1' })).status).toBe(200)
    const page = await fetch(`${pds.url}/`, { headers: { 'x-forwarded-for': '203.0.113.5' } })
    expect(page.status).toBe(403)
  })

  it('refuses every request from a denied IPv6 range, and only from it', async () => {
    await expectForbidden(
      await call(pds, 'com.atproto.server.describeServer', { ip: '2001:db8:bad:ffff::1' }),
      /IP address/,
    )
    expect((await call(pds, 'com.atproto.server.describeServer', { ip: '2001:db8:bae::1' })).status).toBe(200)
  })

  it('lets admin methods be called only from the admin allow list', async () => {
    const admin = 'com.atproto.admin.getAccountInfo?did=did:plc:abc'
    await expectForbidden(await call(pds, admin, { ip: '192.0.2.1' }), /^Admin requests/)
    await expectForbidden(await call(pds, admin, { ip: 'fd00:b::1' }), /^Admin requests/)
    // @NOTE allowed through: what answers next is the method itself (not served here yet)
    expect((await call(pds, admin, { ip: '10.20.30.40' })).status).not.toBe(403)
    expect((await call(pds, admin, { ip: 'fd00:a:1::9' })).status).not.toBe(403)
    expect((await call(pds, 'com.atproto.server.describeServer', { ip: '192.0.2.1' })).status).toBe(200)
  })

  it('refuses sign-up from a denied range and nothing else from it', async () => {
    await expectForbidden(
      await call(pds, 'com.atproto.server.createAccount', { ip: '198.51.100.100', body: signUpBody('a') }),
      /^Sign-up/,
    )
    await expectForbidden(
      await call(pds, 'com.atproto.server.createAccount', { ip: '2001:db8:5::77', body: signUpBody('b') }),
      /^Sign-up/,
    )
    expect((await call(pds, 'com.atproto.server.describeServer', { ip: '198.51.100.100' })).status).toBe(200)
    const upper = await call(pds, 'com.atproto.server.createAccount', { ip: '198.51.100.200', body: signUpBody('c') })
    expect(upper.status).toBe(200)
  })
})

describe('trust proxy', () => {
  let trusting: TestServer
  let distrusting: TestServer
  const env = { PDS_RATE_LIMIT_GLOBAL: '2/1m', PDS_IP_DENY: '203.0.113.0/24' }

  beforeAll(async () => {
    trusting = await startLimitedServer('sqlite', 'memory', { ...env, PDS_TRUST_PROXY: '127.0.0.1' })
    distrusting = await startLimitedServer('sqlite', 'memory', { ...env, PDS_TRUST_PROXY: 'none' })
  })
  afterAll(async () => {
    await trusting?.close()
    await distrusting?.close()
  })

  it('on: believes X-Forwarded-For from the trusted proxy, for rate limits and IP rules', async () => {
    for (const ip of ['198.51.100.1', '198.51.100.2']) {
      expect(limitHeaders(await call(trusting, 'com.atproto.server.describeServer', { ip }))).toMatchObject({
        remaining: 1,
      })
    }
    expect((await call(trusting, 'com.atproto.server.describeServer', { ip: '203.0.113.9' })).status).toBe(403)
    // @NOTE a client cannot pick its address by sending the header itself: the proxy's hop is the last one
    const spoofed = await call(trusting, 'com.atproto.server.describeServer', { ip: '198.51.100.1, 203.0.113.9' })
    expect(spoofed.status).toBe(403)
  })

  it('off: ignores X-Forwarded-For, so every request is from the socket peer', async () => {
    const first = await call(distrusting, 'com.atproto.server.describeServer', { ip: '198.51.100.1' })
    expect(limitHeaders(first)).toMatchObject({ remaining: 1 })
    const second = await call(distrusting, 'com.atproto.server.describeServer', { ip: '198.51.100.2' })
    expect(limitHeaders(second)).toMatchObject({ remaining: 0 })
    expect((await call(distrusting, 'com.atproto.server.describeServer', { ip: '203.0.113.9' })).status).toBe(429)
  })
})
