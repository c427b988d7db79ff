import { AtpAgent } from '@atproto/api'
import { decodeJwt, decodeProtectedHeader } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { verifyServiceJwt } from '../helpers/service-jwt.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'
import { xrpcError } from '../helpers/xrpc-error.js'

const APPVIEW = 'did:web:appview.example.com'

describe.each(dialects())('com.atproto.server.getServiceAuth (%s)', (dialect) => {
  let pds: TestServer
  let alice: TestAccount

  beforeAll(async () => {
    pds = await startTestServer({ dialect })
    alice = await signUp(pds)
  })
  afterAll(() => pds?.close())

  const getServiceAuth = (params: { aud: string; lxm?: string; exp?: number }, agent = alice.agent) =>
    agent.com.atproto.server.getServiceAuth(params)
  const nowSec = () => Math.floor(Date.now() / 1000)

  it('signs an ES256K token with the repo key that another service verifies from the DID document', async () => {
    const { data } = await getServiceAuth({ aud: APPVIEW, lxm: 'app.bsky.feed.getTimeline' })
    expect(decodeProtectedHeader(data.token)).toMatchObject({ alg: 'ES256K', typ: 'JWT' })
    const payload = await verifyServiceJwt(pds.plcUrl, data.token, APPVIEW, 'app.bsky.feed.getTimeline')
    expect(payload).toMatchObject({ iss: alice.did, aud: APPVIEW, lxm: 'app.bsky.feed.getTimeline' })
    expect(payload.jti).toMatch(/^[0-9a-f]{32}$/)
    const claims = decodeJwt(data.token)
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(60)
  })

  it('gives every token its own jti', async () => {
    const tokens = await Promise.all(
      [1, 2, 3].map(() => getServiceAuth({ aud: APPVIEW, lxm: 'app.bsky.feed.getTimeline' })),
    )
    expect(new Set(tokens.map((t) => decodeJwt(t.data.token).jti)).size).toBe(3)
  })

  it('keeps a did#serviceId audience as given and refuses other audiences', async () => {
    const { data } = await getServiceAuth({ aud: `${APPVIEW}#bsky_appview`, lxm: 'app.bsky.actor.getProfile' })
    expect(decodeJwt(data.token).aud).toBe(`${APPVIEW}#bsky_appview`)
    for (const aud of ['https://appview.example.com', 'did:example:123', `${APPVIEW}#`, `${APPVIEW}#a#b`]) {
      expect(await xrpcError(getServiceAuth({ aud }))).toMatchObject({ status: 400, error: 'InvalidRequest' })
    }
  })

  it('grants up to an hour with lxm, and a minute without', async () => {
    const { data } = await getServiceAuth({ aud: APPVIEW, lxm: 'app.bsky.feed.getTimeline', exp: nowSec() + 3500 })
    expect(decodeJwt(data.token).exp).toBe(nowSec() + 3500)
    const methodless = await getServiceAuth({ aud: APPVIEW, exp: nowSec() + 50 })
    expect(decodeJwt(methodless.data.token).lxm).toBeUndefined()
    for (const params of [
      { aud: APPVIEW, lxm: 'app.bsky.feed.getTimeline', exp: nowSec() + 3700 },
      { aud: APPVIEW, lxm: 'app.bsky.feed.getTimeline', exp: nowSec() - 10 },
      { aud: APPVIEW, exp: nowSec() + 120 },
    ]) {
      expect(await xrpcError(getServiceAuth(params))).toMatchObject({ status: 400, error: 'BadExpiration' })
    }
  })

  it.each([
    'com.atproto.server.createAppPassword',
    'com.atproto.server.getSession',
    'com.atproto.identity.signPlcOperation',
    'com.atproto.server.updateEmail',
    'COM.ATPROTO.SERVER.DEACTIVATEACCOUNT',
  ])('refuses a token for the protected method %s', async (lxm) => {
    const err = await xrpcError(getServiceAuth({ aud: APPVIEW, lxm }))
    expect(err).toMatchObject({ status: 400, error: 'InvalidRequest' })
    expect(err.message).toMatch(/protected/)
  })

  it('grants createAccount (account migration) and chat methods to a full session', async () => {
    await expect(getServiceAuth({ aud: APPVIEW, lxm: 'com.atproto.server.createAccount' })).resolves.toBeTruthy()
    await expect(getServiceAuth({ aud: APPVIEW, lxm: 'chat.bsky.convo.listConvos' })).resolves.toBeTruthy()
  })

  it('needs a session', async () => {
    const anonymous = new AtpAgent({ service: pds.url })
    expect(await xrpcError(getServiceAuth({ aud: APPVIEW }, anonymous))).toMatchObject({ status: 401 })
  })
})
