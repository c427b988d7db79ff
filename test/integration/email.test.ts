import { AtpAgent } from '@atproto/api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { codeIn, startTestSmtp, type TestSmtp } from '../helpers/smtp.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'
import { xrpcError } from '../helpers/xrpc-error.js'

describe.each(dialects())('email flows (%s)', (dialect) => {
  let smtp: TestSmtp
  let pds: TestServer

  beforeAll(async () => {
    smtp = await startTestSmtp()
    pds = await startTestServer({
      dialect,
      config: { emailSmtpUrl: smtp.url, emailFromAddress: 'noreply@pds.test' },
      mail: { pollIntervalMs: 100, retryBaseMs: 150 },
    })
  })
  afterAll(async () => {
    await pds?.close()
    await smtp?.close()
  })

  const server = (account: TestAccount) => account.agent.com.atproto.server
  const session = async (account: TestAccount) => (await server(account).getSession()).data

  /** Asks for a confirmation code, follows it from the mail, confirms. */
  async function confirm(account: TestAccount, email = account.email): Promise<void> {
    await server(account).requestEmailConfirmation()
    const mail = await smtp.nextMail(email)
    await server(account).confirmEmail({ email, token: codeIn(mail) })
  }

  describe('confirmation', () => {
    it('confirms the address with the mailed code; the code works once', async () => {
      const alice = await signUp(pds)
      expect(await session(alice)).toMatchObject({ email: alice.email, emailConfirmed: false, emailAuthFactor: false })
      await server(alice).requestEmailConfirmation()
      const mail = await smtp.nextMail(alice.email)
      expect(mail.subject).toBe('Confirm your email address on localhost')
      const token = codeIn(mail)
      await server(alice).confirmEmail({ email: alice.email.toUpperCase(), token })
      expect(await session(alice)).toMatchObject({ emailConfirmed: true })
      expect(await xrpcError(server(alice).confirmEmail({ email: alice.email, token }))).toMatchObject({
        status: 400,
        error: 'InvalidToken',
      })
    })

    it('refuses a code for another address, a wrong code, and no session', async () => {
      const bob = await signUp(pds)
      await server(bob).requestEmailConfirmation()
      const token = codeIn(await smtp.nextMail(bob.email))
      expect(await xrpcError(server(bob).confirmEmail({ email: 'other@example.com', token }))).toMatchObject({
        status: 400,
        error: 'InvalidEmail',
      })
      expect(await xrpcError(server(bob).confirmEmail({ email: bob.email, token: 'AAAAA-BBBBB' }))).toMatchObject({
        status: 400,
        error: 'InvalidToken',
      })
      const anonymous = new AtpAgent({ service: pds.url })
      expect(await xrpcError(anonymous.com.atproto.server.requestEmailConfirmation())).toMatchObject({ status: 401 })
      expect(await session(bob)).toMatchObject({ emailConfirmed: false })
      // @NOTE the refusals did not spend the code
      await server(bob).confirmEmail({ email: bob.email, token })
      expect(await session(bob)).toMatchObject({ emailConfirmed: true })
    })

    it('makes an older code useless once a newer one is asked for', async () => {
      const carol = await signUp(pds)
      await server(carol).requestEmailConfirmation()
      const first = codeIn(await smtp.nextMail(carol.email))
      await server(carol).requestEmailConfirmation()
      const second = codeIn(await smtp.nextMail(carol.email))
      expect(second).not.toBe(first)
      expect(await xrpcError(server(carol).confirmEmail({ email: carol.email, token: first }))).toMatchObject({
        error: 'InvalidToken',
      })
      await server(carol).confirmEmail({ email: carol.email, token: second })
      expect(await session(carol)).toMatchObject({ emailConfirmed: true })
    })
  })

  describe('update', () => {
    it('changes an unconfirmed address without a code, and mails a confirmation code to the new one', async () => {
      const dave = await signUp(pds)
      expect((await server(dave).requestEmailUpdate()).data).toEqual({ tokenRequired: false })
      const next = `new-${dave.email}`
      await server(dave).updateEmail({ email: next.toUpperCase() })
      expect(await session(dave)).toMatchObject({ email: next, emailConfirmed: false })
      const mail = await smtp.nextMail(next)
      expect(mail.subject).toBe('Confirm your email address on localhost')
      await server(dave).confirmEmail({ email: next, token: codeIn(mail) })
      expect(await session(dave)).toMatchObject({ email: next, emailConfirmed: true })
      // @NOTE the new address signs in; the old one no longer does
      await new AtpAgent({ service: pds.url }).login({ identifier: next, password: dave.password })
      expect(
        await xrpcError(new AtpAgent({ service: pds.url }).login({ identifier: dave.email, password: dave.password })),
      ).toMatchObject({ status: 401 })
    })

    it('needs the code mailed to a confirmed address; the change clears confirmation; the code works once', async () => {
      const erin = await signUp(pds)
      await confirm(erin)
      const next = `moved-${erin.email}`
      expect(await xrpcError(server(erin).updateEmail({ email: next }))).toMatchObject({
        status: 400,
        error: 'TokenRequired',
      })
      expect((await server(erin).requestEmailUpdate()).data).toEqual({ tokenRequired: true })
      const mail = await smtp.nextMail(erin.email)
      expect(mail.subject).toBe('Your code to change your email settings on localhost')
      const token = codeIn(mail)
      expect(await xrpcError(server(erin).updateEmail({ email: next, token: 'AAAAA-BBBBB' }))).toMatchObject({
        status: 400,
        error: 'InvalidToken',
      })
      await server(erin).updateEmail({ email: next, token })
      expect(await session(erin)).toMatchObject({ email: next, emailConfirmed: false })
      await smtp.nextMail(next)
      // @NOTE the new address is unconfirmed, so no code is needed now, but a used code is still refused
      expect(await xrpcError(server(erin).updateEmail({ email: erin.email, token }))).toMatchObject({
        error: 'InvalidToken',
      })
      expect(await session(erin)).toMatchObject({ email: next })
    })

    it('makes the codes mailed to the old address useless once the address changed', async () => {
      const fay = await signUp(pds)
      await server(fay).requestEmailConfirmation()
      const oldCode = codeIn(await smtp.nextMail(fay.email))
      const next = `fresh-${fay.email}`
      await server(fay).updateEmail({ email: next })
      await smtp.nextMail(next)
      expect(await xrpcError(server(fay).confirmEmail({ email: next, token: oldCode }))).toMatchObject({
        error: 'InvalidToken',
      })
    })

    it("refuses another account's address (in any case) and a malformed one, changing nothing", async () => {
      const gus = await signUp(pds)
      const hal = await signUp(pds)
      const taken = await xrpcError(server(gus).updateEmail({ email: hal.email.toUpperCase() }))
      expect(taken).toEqual({ status: 400, error: 'InvalidRequest', message: 'This email address is already in use' })
      expect(await xrpcError(server(gus).updateEmail({ email: 'not-an-address' }))).toMatchObject({
        status: 400,
        error: 'InvalidRequest',
      })
      expect(await session(gus)).toMatchObject({ email: gus.email })
      expect(await session(hal)).toMatchObject({ email: hal.email })
    })
  })

  describe('password reset', () => {
    const anonymous = () => new AtpAgent({ service: pds.url }).com.atproto.server

    it('resets the password with the mailed code: the old one is refused, sessions end, the code works once', async () => {
      const ivy = await signUp(pds)
      const { accessJwt, refreshJwt } = ivy.agent.session ?? { accessJwt: '', refreshJwt: '' }
      await anonymous().requestPasswordReset({ email: ivy.email.toUpperCase() })
      const mail = await smtp.nextMail(ivy.email)
      expect(mail.subject).toBe('Reset your password on localhost')
      expect(mail.text).toContain(`@${ivy.handle}`)
      const token = codeIn(mail)
      const password = 'a-brand-new-password'
      await anonymous().resetPassword({ token, password })

      expect(
        await xrpcError(new AtpAgent({ service: pds.url }).login({ identifier: ivy.handle, password: ivy.password })),
      ).toMatchObject({ status: 401 })
      await new AtpAgent({ service: pds.url }).login({ identifier: ivy.handle, password })
      const refreshed = await xrpcError(
        anonymous().refreshSession(undefined, { headers: { authorization: `Bearer ${refreshJwt}` } }),
      )
      expect(refreshed).toMatchObject({ status: 400, error: 'ExpiredToken' })
      const oldAccess = await fetch(`${pds.url}/xrpc/com.atproto.server.getSession`, {
        headers: { authorization: `Bearer ${accessJwt}` },
      })
      expect(oldAccess.status).toBe(400)
      expect(await oldAccess.json()).toMatchObject({ error: 'ExpiredToken' })
      expect(await xrpcError(anonymous().resetPassword({ token, password: 'yet-another-one' }))).toMatchObject({
        status: 400,
        error: 'InvalidToken',
      })
      await new AtpAgent({ service: pds.url }).login({ identifier: ivy.handle, password })
    })

    it('refuses an empty or over-long password without spending the code', async () => {
      const jo = await signUp(pds)
      await anonymous().requestPasswordReset({ email: jo.email })
      const token = codeIn(await smtp.nextMail(jo.email))
      for (const password of ['', 'x'.repeat(257)]) {
        expect(await xrpcError(anonymous().resetPassword({ token, password }))).toMatchObject({
          status: 400,
          error: 'InvalidRequest',
        })
      }
      await anonymous().resetPassword({ token, password: 'good-new-password' })
      await new AtpAgent({ service: pds.url }).login({ identifier: jo.handle, password: 'good-new-password' })
    })

    it('answers an unknown address exactly as a known one, in similar time, and mails nobody', async () => {
      const kim = await signUp(pds)
      const timed = async (email: string) => {
        const started = performance.now()
        const res = await fetch(`${pds.url}/xrpc/com.atproto.server.requestPasswordReset`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email }),
        })
        return { ms: performance.now() - started, status: res.status, body: await res.text() }
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number
      const known: Awaited<ReturnType<typeof timed>>[] = []
      const unknown: Awaited<ReturnType<typeof timed>>[] = []
      for (let i = 0; i < 5; i++) {
        known.push(await timed(kim.email))
        unknown.push(await timed(`nobody-${i}@example.com`))
      }
      for (const answer of [...known, ...unknown]) {
        expect(answer).toMatchObject({ status: 200, body: known[0]?.body })
        expect(answer.ms).toBeGreaterThanOrEqual(295)
      }
      expect(Math.abs(median(known.map((a) => a.ms)) - median(unknown.map((a) => a.ms)))).toBeLessThan(150)
      for (let i = 0; i < 5; i++) await smtp.nextMail(kim.email)
      expect(smtp.received.filter((mail) => mail.to.some((to) => to.startsWith('nobody-')))).toHaveLength(0)
    })
  })

  describe('email sign-in codes', () => {
    const login = (input: { identifier: string; password: string; authFactorToken?: string }) =>
      new AtpAgent({ service: pds.url }).login(input)

    /** Turns the factor on or off with a fresh update_email code. */
    async function setFactor(account: TestAccount, on: boolean): Promise<void> {
      await server(account).requestEmailUpdate()
      const token = codeIn(await smtp.nextMail(account.email))
      await server(account).updateEmail({ email: account.email, token, emailAuthFactor: on })
    }

    it('cannot be turned on before the address is confirmed', async () => {
      const lee = await signUp(pds)
      expect(await xrpcError(server(lee).updateEmail({ email: lee.email, emailAuthFactor: true }))).toMatchObject({
        status: 400,
        error: 'InvalidRequest',
        message: 'Confirm the email address before turning on sign-in codes',
      })
      expect(await session(lee)).toMatchObject({ emailAuthFactor: false })
    })

    it('asks for a mailed code after the password, accepts it once, and can be turned off again', async () => {
      const max = await signUp(pds)
      await confirm(max)
      await setFactor(max, true)
      expect(await session(max)).toMatchObject({ emailConfirmed: true, emailAuthFactor: true })
      const credentials = { identifier: max.handle, password: max.password }

      // @NOTE a wrong password gets the usual answer and mails nothing
      expect(await xrpcError(login({ ...credentials, password: 'wrong' }))).toMatchObject({
        status: 401,
        error: 'AuthenticationRequired',
      })
      const signInCodes = () =>
        pds.ctx.db.selectFrom('emailToken').select('did').where('did', '=', max.did).where('purpose', '=', 'sign_in')
      expect(await signInCodes().execute()).toHaveLength(0)
      const asked = await xrpcError(login(credentials))
      expect(asked).toEqual({
        status: 401,
        error: 'AuthFactorTokenRequired',
        message: 'A sign-in code has been sent to your email address',
      })
      const mail = await smtp.nextMail(max.email)
      expect(mail.subject).toBe('Your sign-in code for localhost')
      expect(await signInCodes().execute()).toHaveLength(1)
      const code = codeIn(mail)

      expect(await xrpcError(login({ ...credentials, authFactorToken: 'AAAAA-BBBBB' }))).toMatchObject({
        status: 401,
        error: 'InvalidToken',
      })
      const { data } = await login({ ...credentials, authFactorToken: code.toLowerCase() })
      expect(data).toMatchObject({ did: max.did, emailAuthFactor: true, emailConfirmed: true })
      expect(await xrpcError(login({ ...credentials, authFactorToken: code }))).toMatchObject({
        status: 401,
        error: 'InvalidToken',
      })

      // @NOTE an app password (for apps that cannot ask for a code) signs in without one
      const { data: app } = await server(max).createAppPassword({ name: 'feed reader' })
      const { data: appSession } = await login({ identifier: max.handle, password: app.password })
      expect(appSession.did).toBe(max.did)
      expect(await signInCodes().execute()).toHaveLength(0)

      await setFactor(max, false)
      expect(await session(max)).toMatchObject({ emailAuthFactor: false })
      await login(credentials)
    })
  })

  describe('account deletion request', () => {
    it('mails a delete_account code to the signed-in account, which deleteAccount takes', async () => {
      const ned = await signUp(pds)
      expect(
        await xrpcError(new AtpAgent({ service: pds.url }).com.atproto.server.requestAccountDelete()),
      ).toMatchObject({ status: 401 })
      await server(ned).requestAccountDelete()
      const mail = await smtp.nextMail(ned.email)
      expect(mail.subject).toBe('Confirm the deletion of your account on localhost')
      const token = codeIn(mail)
      // @NOTE the code is for this purpose only
      expect(await xrpcError(server(ned).confirmEmail({ email: ned.email, token }))).toMatchObject({
        error: 'InvalidToken',
      })
      const anonymous = new AtpAgent({ service: pds.url }).com.atproto.server
      await anonymous.deleteAccount({ did: ned.did, password: ned.password, token })
      expect(await pds.ctx.accounts.getAccount(ned.did)).toBeNull()
      expect(await pds.ctx.db.selectFrom('mailOutbox').where('did', '=', ned.did).selectAll().execute()).toEqual([])
    })
  })

  it('refuses every email flow to an app-password session', async () => {
    const oz = await signUp(pds)
    const { data: app } = await server(oz).createAppPassword({ name: 'third-party app' })
    const appAgent = new AtpAgent({ service: pds.url })
    await appAgent.login({ identifier: oz.handle, password: app.password })
    const api = appAgent.com.atproto.server
    const calls = [
      () => api.requestEmailConfirmation(),
      () => api.confirmEmail({ email: oz.email, token: 'AAAAA-BBBBB' }),
      () => api.requestEmailUpdate(),
      () => api.updateEmail({ email: `app-${oz.email}` }),
      () => api.requestAccountDelete(),
    ]
    for (const call of calls) {
      expect(await xrpcError(call())).toMatchObject({ status: 400, error: 'InvalidToken' })
    }
    expect(await session(oz)).toMatchObject({ email: oz.email })
    expect(await pds.ctx.db.selectFrom('emailToken').where('did', '=', oz.did).selectAll().execute()).toEqual([])
  })

  it('mails the PLC operation code that signPlcOperation takes', async () => {
    const pia = await signUp(pds)
    await pia.agent.com.atproto.identity.requestPlcOperationSignature()
    const mail = await smtp.nextMail(pia.email)
    expect(mail.subject).toBe('Confirm a change to your identity on localhost')
    const { data } = await pia.agent.com.atproto.identity.signPlcOperation({ token: codeIn(mail) })
    expect(data.operation).toMatchObject({ type: 'plc_operation' })
  })
})
