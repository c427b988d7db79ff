import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

describe('failed admin logins', () => {
  let pds: TestServer

  beforeAll(async () => {
    // @NOTE the throttle is one of the limits: on in production, so on here too
    pds = await startTestServer({ config: { rateLimitsEnabled: true } })
  })
  afterAll(() => pds?.close())

  const createInvite = async (password: string) => {
    const res = await fetch(`${pds.url}/xrpc/com.atproto.server.createInviteCode`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Basic ${Buffer.from(`admin:${password}`).toString('base64')}`,
      },
      body: JSON.stringify({ useCount: 1 }),
    })
    return { status: res.status, body: (await res.json()) as { error?: string; code?: string } }
  }

  it('are throttled: after ten wrong passwords the client is refused with 429, even with the right one', async () => {
    expect((await createInvite(pds.ctx.secrets.adminPassword)).status).toBe(200)
    for (let i = 0; i < 10; i++) {
      expect(await createInvite(`guess-${i}`)).toMatchObject({ status: 401, body: { error: 'InvalidToken' } })
    }
    expect(await createInvite('guess-11')).toMatchObject({ status: 429, body: { error: 'RateLimitExceeded' } })
    expect(await createInvite(pds.ctx.secrets.adminPassword)).toMatchObject({ status: 429 })
    // an account's routes are not affected
    const described = await fetch(`${pds.url}/xrpc/com.atproto.server.describeServer`)
    expect(described.status).toBe(200)
  })

  it('counts only wrong passwords: session tokens sent to admin methods lock nobody out', async () => {
    const other = await startTestServer({ config: { rateLimitsEnabled: true } })
    try {
      for (let i = 0; i < 12; i++) {
        const res = await fetch(`${other.url}/xrpc/com.atproto.server.createInviteCode`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer not-an-admin-token' },
          body: JSON.stringify({ useCount: 1 }),
        })
        expect(res.status).toBe(401)
      }
      const res = await fetch(`${other.url}/xrpc/com.atproto.server.createInviteCode`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Basic ${Buffer.from(`admin:${other.ctx.secrets.adminPassword}`).toString('base64')}`,
        },
        body: JSON.stringify({ useCount: 1 }),
      })
      expect(res.status).toBe(200)
    } finally {
      await other.close()
    }
  })
})
