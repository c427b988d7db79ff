import { AtpAgent } from '@atproto/api'
import { decodeJwt, SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'
import { xrpcError } from '../helpers/xrpc-error.js'

describe.each(dialects())('sessions (%s)', (dialect) => {
  let pds: TestServer
  let alice: TestAccount

  beforeAll(async () => {
    pds = await startTestServer({ dialect })
    alice = await signUp(pds, { handle: 'alice.test', email: 'alice@example.com' })
  })
  afterAll(() => pds?.close())

  const agent = () => new AtpAgent({ service: pds.url })
  const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
  const refresh = (token: string) => agent().com.atproto.server.refreshSession(undefined, bearer(token))
  const getSession = (token: string) => agent().com.atproto.server.getSession(undefined, bearer(token))
  const call = async (nsid: string, init: RequestInit = {}) => {
    const res = await fetch(`${pds.url}/xrpc/${nsid}`, init)
    return { status: res.status, body: (await res.json()) as { error?: string; message?: string } }
  }

  it.each([
    ['handle', () => alice.handle],
    ['handle in other case', () => 'Alice.TEST'],
    ['email', () => 'ALICE@example.com'],
    ['DID', () => alice.did],
  ])('logs in by %s', async (_, identifier) => {
    const session = agent()
    const { data } = await session.login({ identifier: identifier(), password: alice.password })
    expect(data).toMatchObject({ did: alice.did, handle: 'alice.test', email: 'alice@example.com', active: true })
    expect(data.didDoc).toMatchObject({ id: alice.did })
    const { data: me } = await session.com.atproto.server.getSession()
    expect(me).toMatchObject({ did: alice.did, handle: 'alice.test', emailConfirmed: false })
  })

  it('issues tokens with the scopes, audience and lifetimes the network expects', async () => {
    const { data } = await agent().login({ identifier: alice.handle, password: alice.password })
    const access = decodeJwt(data.accessJwt)
    const refreshClaims = decodeJwt(data.refreshJwt)
    expect(access).toMatchObject({ scope: 'com.atproto.access', sub: alice.did, aud: pds.ctx.config.serviceDid })
    expect(refreshClaims).toMatchObject({
      scope: 'com.atproto.refresh',
      sub: alice.did,
      aud: pds.ctx.config.serviceDid,
    })
    expect(refreshClaims.jti).toEqual(expect.any(String))
    const hours = ((access.exp ?? 0) - (access.iat ?? 0)) / 3600
    const days = ((refreshClaims.exp ?? 0) - (refreshClaims.iat ?? 0)) / 86400
    expect(hours).toBe(2)
    expect(Math.round(days)).toBe(90)
  })

  it.each([
    ['a wrong password', () => ({ identifier: alice.handle, password: 'wrong' })],
    ['an unknown handle', () => ({ identifier: 'nobody.test', password: alice.password })],
    ['an unknown email', () => ({ identifier: 'nobody@example.com', password: alice.password })],
    ['an empty password', () => ({ identifier: alice.handle, password: '' })],
  ])('refuses %s with 401 AuthenticationRequired', async (_, input) => {
    expect(await xrpcError(agent().login(input()))).toEqual({
      status: 401,
      error: 'AuthenticationRequired',
      message: 'Invalid identifier or password',
    })
  })

  it('rotates refresh tokens: the old one repeats its successor during the grace; reused after it, the session ends', async () => {
    const { data: first } = await agent().login({ identifier: alice.handle, password: alice.password })
    const { data: second } = await refresh(first.refreshJwt)
    expect(second.did).toBe(alice.did)
    expect(decodeJwt(second.refreshJwt).jti).not.toBe(decodeJwt(first.refreshJwt).jti)
    expect(decodeJwt(second.accessJwt).sid).toBe(decodeJwt(first.accessJwt).sid)
    expect((await getSession(second.accessJwt)).data.did).toBe(alice.did)

    const { data: repeated } = await refresh(first.refreshJwt)
    expect(decodeJwt(repeated.refreshJwt).jti).toBe(decodeJwt(second.refreshJwt).jti)

    // @NOTE the grace is minutes long; end it by moving the old token's deadline into the past
    const sid = decodeJwt(first.refreshJwt).sid as string
    await pds.ctx.db
      .updateTable('authSession')
      .set({ previousValidUntil: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', sid)
      .execute()
    expect(await xrpcError(refresh(first.refreshJwt))).toEqual({
      status: 400,
      error: 'ExpiredToken',
      message: 'Token was already used: the session has been revoked',
    })
    // the reuse looks like a stolen token: every token of the chain is dead
    expect(await xrpcError(refresh(second.refreshJwt))).toMatchObject({ status: 400, error: 'ExpiredToken' })
    expect(await xrpcError(getSession(second.accessJwt))).toMatchObject({ status: 400, error: 'ExpiredToken' })
    expect(await xrpcError(getSession(first.accessJwt))).toMatchObject({ status: 400, error: 'ExpiredToken' })
  })

  it('keeps a session going across many rotations, each token used once', async () => {
    const { data } = await agent().login({ identifier: alice.handle, password: alice.password })
    let token = data.refreshJwt
    for (let i = 0; i < 3; i++) token = (await refresh(token)).data.refreshJwt
    const { data: last } = await refresh(token)
    expect((await getSession(last.accessJwt)).data.did).toBe(alice.did)
  })

  it('gives two racing refreshes of one token the same successor', async () => {
    const { data } = await agent().login({ identifier: alice.handle, password: alice.password })
    const results = await Promise.all([refresh(data.refreshJwt), refresh(data.refreshJwt), refresh(data.refreshJwt)])
    const jtis = new Set(results.map((r) => decodeJwt(r.data.refreshJwt).jti))
    expect(jtis.size).toBe(1)
  })

  it('refreshes an agent whose access token expired, as AtpAgent expects', async () => {
    const session = agent()
    await session.login({ identifier: alice.handle, password: alice.password })
    const stale = session.session
    if (!stale) throw new Error('no session')
    const expired = await signAccess({ exp: Math.floor(Date.now() / 1000) - 60 })
    session.sessionManager.session = { ...stale, accessJwt: expired }
    const { data } = await session.com.atproto.server.getSession()
    expect(data.did).toBe(alice.did)
    expect(session.session?.accessJwt).not.toBe(expired)
    expect(session.session?.refreshJwt).not.toBe(stale.refreshJwt)
  })

  it('logs out: deleteSession ends the refresh token and the access token at once', async () => {
    const { data } = await agent().login({ identifier: alice.handle, password: alice.password })
    const { data: other } = await agent().login({ identifier: alice.handle, password: alice.password })
    expect((await getSession(data.accessJwt)).data.did).toBe(alice.did)
    await agent().com.atproto.server.deleteSession(undefined, bearer(data.refreshJwt))
    expect(await xrpcError(refresh(data.refreshJwt))).toMatchObject({ status: 400, error: 'ExpiredToken' })
    expect(await xrpcError(getSession(data.accessJwt))).toEqual({
      status: 400,
      error: 'ExpiredToken',
      message: 'Token has been revoked',
    })
    // another session of the same account is untouched
    expect((await getSession(other.accessJwt)).data.did).toBe(alice.did)

    const loggedOut = agent()
    await loggedOut.login({ identifier: alice.handle, password: alice.password })
    const token = loggedOut.session?.refreshJwt as string
    const access = loggedOut.session?.accessJwt as string
    await loggedOut.logout()
    expect(await xrpcError(refresh(token))).toMatchObject({ status: 400, error: 'ExpiredToken' })
    expect(await xrpcError(getSession(access))).toMatchObject({ status: 400, error: 'ExpiredToken' })
  })

  it('revokeAll (a password change) ends every session of the account at once', async () => {
    const bob = await signUp(pds, {})
    const sessions = await Promise.all(
      [1, 2].map(async () => (await agent().login({ identifier: bob.handle, password: bob.password })).data),
    )
    const { data: mine } = await agent().login({ identifier: alice.handle, password: alice.password })
    await pds.ctx.sessions.revokeAll(bob.did)
    for (const s of sessions) {
      expect(await xrpcError(getSession(s.accessJwt))).toMatchObject({ status: 400, error: 'ExpiredToken' })
      expect(await xrpcError(refresh(s.refreshJwt))).toMatchObject({ status: 400, error: 'ExpiredToken' })
    }
    expect((await getSession(mine.accessJwt)).data.did).toBe(alice.did)
  })

  it('sends an access token from before session ids to refresh (400 ExpiredToken)', async () => {
    const legacy = await signAccess({})
    expect(await xrpcError(getSession(legacy))).toMatchObject({ status: 400, error: 'ExpiredToken' })
  })

  const signAccess = (claims: { exp?: number; aud?: string; scope?: string; typ?: string; secret?: string }) =>
    new SignJWT({ scope: claims.scope ?? 'com.atproto.access' })
      .setProtectedHeader({ alg: 'HS256', typ: claims.typ ?? 'at+jwt' })
      .setSubject(alice.did)
      .setAudience(claims.aud ?? pds.ctx.config.serviceDid)
      .setIssuedAt()
      .setExpirationTime(claims.exp ?? Math.floor(Date.now() / 1000) + 60)
      .sign(new TextEncoder().encode(claims.secret ?? pds.ctx.secrets.jwtSecret))

  it('answers a missing token with 401 AuthenticationRequired', async () => {
    expect(await call('com.atproto.server.getSession')).toEqual({
      status: 401,
      body: { error: 'AuthenticationRequired', message: 'Authentication Required' },
    })
    const del = await call('com.atproto.server.deleteSession', { method: 'POST' })
    expect(del.status).toBe(401)
  })

  it('answers an expired access token with 400 ExpiredToken', async () => {
    const token = await signAccess({ exp: Math.floor(Date.now() / 1000) - 10 })
    expect(await xrpcError(getSession(token))).toMatchObject({ status: 400, error: 'ExpiredToken' })
  })

  it.each([
    ['garbage', async () => 'not.a.jwt'],
    ['another secret', () => signAccess({ secret: 'someone-elses-secret' })],
    ['another audience', () => signAccess({ aud: 'did:web:elsewhere.example' })],
    ['a refresh scope', () => signAccess({ scope: 'com.atproto.refresh' })],
    ['a refresh token type', () => signAccess({ typ: 'refresh+jwt' })],
  ])('answers an access token with %s with 401 InvalidToken', async (_, make) => {
    expect(await xrpcError(getSession(await make()))).toMatchObject({ status: 401, error: 'InvalidToken' })
  })

  it('does not take an access token for a refresh token, nor the reverse', async () => {
    const { data } = await agent().login({ identifier: alice.handle, password: alice.password })
    expect(await xrpcError(refresh(data.accessJwt))).toMatchObject({ status: 401, error: 'InvalidToken' })
    expect(await xrpcError(getSession(data.refreshJwt))).toMatchObject({ status: 401, error: 'InvalidToken' })
    const basic = { headers: { authorization: 'Basic YWRtaW46eA==' } }
    expect(await xrpcError(agent().com.atproto.server.getSession(undefined, basic))).toMatchObject({ status: 401 })
  })
})
