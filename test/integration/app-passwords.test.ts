import { AtpAgent } from '@atproto/api'
import { decodeJwt } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'
import { xrpcError } from '../helpers/xrpc-error.js'

describe.each(dialects())('app passwords (%s)', (dialect) => {
  let pds: TestServer
  let alice: TestAccount

  beforeAll(async () => {
    pds = await startTestServer({ dialect })
    alice = await signUp(pds, { handle: 'alice.test', email: 'alice@example.com' })
  })
  afterAll(() => pds?.close())

  const agent = () => new AtpAgent({ service: pds.url })
  const loginWith = async (password: string) => {
    const session = agent()
    await session.login({ identifier: alice.handle, password })
    return session
  }
  const post = (session: AtpAgent, text: string) =>
    session.com.atproto.repo.createRecord({
      repo: alice.did,
      collection: 'app.bsky.feed.post',
      record: { $type: 'app.bsky.feed.post', text, createdAt: new Date().toISOString() },
    })

  it('creates one in the reference format, lists it without the password, refuses a duplicate name', async () => {
    const { data } = await alice.agent.com.atproto.server.createAppPassword({ name: 'my client' })
    expect(data).toEqual({
      name: 'my client',
      password: expect.any(String),
      createdAt: expect.any(String),
      privileged: false,
    })
    expect(data.password).toMatch(/^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$/)
    const { data: list } = await alice.agent.com.atproto.server.listAppPasswords()
    expect(list.passwords).toEqual([{ name: 'my client', createdAt: data.createdAt, privileged: false }])
    expect(JSON.stringify(list)).not.toContain(data.password)
    const stored = await pds.ctx.db.selectFrom('appPassword').select('passwordScrypt').execute()
    expect(stored[0]?.passwordScrypt).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(await xrpcError(alice.agent.com.atproto.server.createAppPassword({ name: 'my client' }))).toEqual({
      status: 400,
      error: 'InvalidRequest',
      message: 'An app password named "my client" already exists',
    })
    expect(await xrpcError(alice.agent.com.atproto.server.createAppPassword({ name: '  ' }))).toMatchObject({
      status: 400,
      message: 'The app password needs a name',
    })
  })

  it('logs in with a limited scope that can still read and write records, but not see the email', async () => {
    const { data } = await alice.agent.com.atproto.server.createAppPassword({ name: 'writer' })
    const session = await loginWith(data.password)
    expect(decodeJwt(session.session?.accessJwt as string).scope).toBe('com.atproto.appPass')
    expect(session.session?.email).toBeUndefined()
    const { data: me } = await session.com.atproto.server.getSession()
    expect(me.did).toBe(alice.did)
    expect(me.email).toBeUndefined()
    const { data: written } = await post(session, 'from an app')
    expect(written.uri).toContain(alice.did)
    // the session survives a refresh with its scope
    await session.sessionManager.refreshSession()
    expect(decodeJwt(session.session?.accessJwt as string).scope).toBe('com.atproto.appPass')
  })

  it('gives a privileged app password the privileged scope', async () => {
    const { data } = await alice.agent.com.atproto.server.createAppPassword({ name: 'chat', privileged: true })
    expect(data.privileged).toBe(true)
    const session = await loginWith(data.password)
    expect(decodeJwt(session.session?.accessJwt as string).scope).toBe('com.atproto.appPassPrivileged')
  })

  it('refuses a wrong app password like a wrong password', async () => {
    expect(await xrpcError(agent().login({ identifier: alice.handle, password: 'abcd-efgh-ijkl-mnop' }))).toEqual({
      status: 401,
      error: 'AuthenticationRequired',
      message: 'Invalid identifier or password',
    })
  })

  it('keeps every account-management method away from app-password sessions, each with a clear error', async () => {
    const { data } = await alice.agent.com.atproto.server.createAppPassword({ name: 'limited', privileged: true })
    const session = await loginWith(data.password)
    const server = session.com.atproto.server
    const refused: [string, () => Promise<unknown>][] = [
      ['com.atproto.server.createAppPassword', () => server.createAppPassword({ name: 'sneaky' })],
      ['com.atproto.server.listAppPasswords', () => server.listAppPasswords()],
      ['com.atproto.server.revokeAppPassword', () => server.revokeAppPassword({ name: 'limited' })],
    ]
    for (const [nsid, call] of refused) {
      expect(await xrpcError(call())).toEqual({
        status: 400,
        error: 'InvalidToken',
        message: `${nsid} manages the account: an app password session may not call it; log in with the account password`,
      })
    }
    expect((await alice.agent.com.atproto.server.listAppPasswords()).data.passwords.map((p) => p.name)).not.toContain(
      'sneaky',
    )
  })

  it('does not let a differently cased path slip past the check', async () => {
    const { data } = await alice.agent.com.atproto.server.createAppPassword({ name: 'cased' })
    const session = await loginWith(data.password)
    const res = await fetch(`${pds.url}/xrpc/COM.ATPROTO.SERVER.CREATEAPPPASSWORD`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.session?.accessJwt}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'cased-sneaky' }),
    })
    expect(res.status).toBeGreaterThanOrEqual(400)
    const names = (await alice.agent.com.atproto.server.listAppPasswords()).data.passwords.map((p) => p.name)
    expect(names).not.toContain('cased-sneaky')
  })

  it('revoking an app password ends its sessions at once, and only those', async () => {
    const { data } = await alice.agent.com.atproto.server.createAppPassword({ name: 'to revoke' })
    const session = await loginWith(data.password)
    const other = await loginWith(
      (await alice.agent.com.atproto.server.createAppPassword({ name: 'to keep' })).data.password,
    )
    const tokens = session.session as NonNullable<typeof session.session>
    await post(session, 'before revocation')
    await alice.agent.com.atproto.server.revokeAppPassword({ name: 'to revoke' })

    const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
    expect(await xrpcError(agent().com.atproto.server.getSession(undefined, bearer(tokens.accessJwt)))).toEqual({
      status: 400,
      error: 'ExpiredToken',
      message: 'Token has been revoked',
    })
    expect(
      await xrpcError(agent().com.atproto.server.refreshSession(undefined, bearer(tokens.refreshJwt))),
    ).toMatchObject({ status: 400, error: 'ExpiredToken' })
    expect(await xrpcError(agent().login({ identifier: alice.handle, password: data.password }))).toMatchObject({
      status: 401,
    })
    expect((await other.com.atproto.server.getSession()).data.did).toBe(alice.did)
    expect((await alice.agent.com.atproto.server.getSession()).data.did).toBe(alice.did)
    const names = (await alice.agent.com.atproto.server.listAppPasswords()).data.passwords.map((p) => p.name)
    expect(names).not.toContain('to revoke')
    expect(names).toContain('to keep')
  })
})
