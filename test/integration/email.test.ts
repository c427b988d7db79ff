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
})
