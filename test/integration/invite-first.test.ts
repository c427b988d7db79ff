import { AtpAgent } from '@atproto/api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createInviteCode } from '#src/account/invites.js'
import { dialects } from '../helpers/db.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'
import { xrpcError } from '../helpers/xrpc-error.js'

describe.each(dialects())('sign-up on an invite-only server (%s)', (dialect) => {
  let pds: TestServer
  const taken = { handle: 'taken.test', email: 'taken@example.com', password: 'pw-taken' }

  beforeAll(async () => {
    pds = await startTestServer({ dialect, config: { inviteRequired: true } })
    const inviteCode = await createInviteCode(pds.ctx.db, { hostname: 'localhost', useCount: 1, forAccount: 'admin' })
    await new AtpAgent({ service: pds.url }).createAccount({ ...taken, inviteCode })
  })
  afterAll(() => pds?.close())

  const signUp = (input: { handle: string; email: string; password: string; inviteCode?: string }) =>
    xrpcError(new AtpAgent({ service: pds.url }).createAccount(input))

  it.each([
    ['a bogus code', 'localhost-bogus-bogus'],
    ['a code with NUL', 'a\u0000b'],
    ['a very long code', 'x'.repeat(10_000)],
  ])('checks the invite before the email: %s gets InvalidInviteCode, not "Email already taken"', async (_, code) => {
    const res = await signUp({ handle: 'fresh.test', email: taken.email, password: 'pw', inviteCode: code })
    expect(res).toMatchObject({ status: 400, error: 'InvalidInviteCode' })
    expect(res.message).not.toMatch(/email/i)
  })

  it('checks the invite before the handle too', async () => {
    const res = await signUp({ handle: taken.handle, email: 'other@example.com', password: 'pw', inviteCode: 'nope' })
    expect(res).toMatchObject({ status: 400, error: 'InvalidInviteCode' })
  })

  it('still says the email is taken to a caller holding a valid code', async () => {
    const inviteCode = await createInviteCode(pds.ctx.db, { hostname: 'localhost', useCount: 1, forAccount: 'admin' })
    const res = await signUp({ handle: 'fresh2.test', email: taken.email, password: 'pw', inviteCode })
    expect(res).toMatchObject({ status: 400, error: 'InvalidRequest', message: 'Email already taken' })
  })
})
