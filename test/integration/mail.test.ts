import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { AtpAgent } from '@atproto/api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Config } from '#src/config.js'
import { createLogger } from '#src/logger.js'
import { signUp } from '../helpers/accounts.js'
import { type Dialect, dialects, dropPgSchema, TEST_PG_URL } from '../helpers/db.js'
import { codeIn, startTestSmtp, type TestSmtp } from '../helpers/smtp.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'
import { xrpcError } from '../helpers/xrpc-error.js'

const FROM = 'PDS Test <noreply@pds.test>'
const FAST_RETRIES = { pollIntervalMs: 100, retryBaseMs: 150, retryMaxMs: 500 }

const mailConfig = (smtp: TestSmtp): Partial<Config> => ({ emailSmtpUrl: smtp.url, emailFromAddress: FROM })

function memoryLogger() {
  const lines: string[] = []
  const logger = createLogger({ logLevel: 'info' }, { write: (line: string) => void lines.push(line) })
  return { logger, text: () => lines.join('') }
}

async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const outbox = (pds: TestServer) => pds.ctx.db.selectFrom('mailOutbox').selectAll().execute()

describe.each(dialects())('mail delivery (%s)', (dialect) => {
  describe('over SMTP with STARTTLS and a login', () => {
    let smtp: TestSmtp
    let pds: TestServer
    beforeAll(async () => {
      smtp = await startTestSmtp()
      pds = await startTestServer({ dialect, config: mailConfig(smtp), mail: FAST_RETRIES })
    })
    afterAll(async () => {
      await pds?.close()
      await smtp?.close()
    })

    it('sends the mail encrypted, logged in, from the configured address, as text and HTML naming the host', async () => {
      const alice = await signUp(pds)
      await alice.agent.com.atproto.server.requestEmailConfirmation()
      const mail = await smtp.nextMail(alice.email)
      expect(mail).toMatchObject({ secure: true, user: 'pds', to: [alice.email] })
      expect(mail.parsed.from?.text).toBe('"PDS Test" <noreply@pds.test>')
      expect(mail.subject).toBe('Confirm your email address on localhost')
      const code = codeIn(mail)
      expect(mail.text).toContain('localhost')
      expect(mail.html).toContain(code)
      expect(mail.html).toContain('localhost')
      // @NOTE a sent mail leaves no copy of its code behind
      await waitFor(async () => ((await outbox(pds)).length === 0 ? true : undefined), 'the outbox to empty')
    })

    it('keeps no mail in the outbox for a code that a newer request replaced', async () => {
      await smtp.stop()
      try {
        const bob = await signUp(pds)
        await bob.agent.com.atproto.server.requestEmailConfirmation()
        await bob.agent.com.atproto.server.requestEmailConfirmation()
        const rows = (await outbox(pds)).filter((row) => row.did === bob.did)
        expect(rows).toHaveLength(1)
      } finally {
        await smtp.start()
      }
    })
  })

  it('sends over smtps:// (TLS from the first byte)', async () => {
    const smtp = await startTestSmtp({ secure: true })
    const pds = await startTestServer({ dialect, config: mailConfig(smtp), mail: FAST_RETRIES })
    try {
      expect(smtp.url).toMatch(/^smtps:/)
      const alice = await signUp(pds)
      await alice.agent.com.atproto.server.requestEmailConfirmation()
      const mail = await smtp.nextMail(alice.email)
      expect(mail).toMatchObject({ secure: true, user: 'pds' })
      expect(codeIn(mail)).toMatch(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/)
    } finally {
      await pds.close()
      await smtp.close()
    }
  })

  it('answers at once while the SMTP server is down, retries with back-off, and sends once it is back', async () => {
    const smtp = await startTestSmtp({ down: true })
    const { logger, text: logs } = memoryLogger()
    const pds = await startTestServer({ dialect, config: mailConfig(smtp), mail: FAST_RETRIES, logger })
    try {
      const alice = await signUp(pds)
      const started = Date.now()
      await alice.agent.com.atproto.server.requestEmailConfirmation()
      expect(Date.now() - started).toBeLessThan(2_000)
      const failed = await waitFor(async () => {
        const [row] = await outbox(pds)
        return row && row.attempts >= 2 ? row : undefined
      }, 'two failed attempts')
      expect(failed.lastError).toMatch(/ECONNECTION|ECONNREFUSED/)
      expect(Date.parse(failed.nextAttemptAt)).toBeGreaterThan(Date.parse(failed.createdAt))
      expect(logs()).toContain('mail outbox: sending failed, will retry')

      await smtp.start()
      const mail = await smtp.nextMail(alice.email)
      const { data: before } = await alice.agent.com.atproto.server.getSession()
      expect(before.emailConfirmed).toBe(false)
      await alice.agent.com.atproto.server.confirmEmail({ email: alice.email, token: codeIn(mail) })
      const { data: after } = await alice.agent.com.atproto.server.getSession()
      expect(after.emailConfirmed).toBe(true)
      await waitFor(async () => ((await outbox(pds)).length === 0 ? true : undefined), 'the outbox to empty')
      // @NOTE neither the code nor the SMTP password ever reaches the log
      expect(logs()).not.toContain(codeIn(mail))
      expect(logs()).not.toContain('smtp-test-password')
    } finally {
      await pds.close()
      await smtp.close()
    }
  })

  it('gives up at once on a mail the SMTP server refuses for good, and sends the others', async () => {
    const smtp = await startTestSmtp({ refuse: (address) => address.startsWith('gone') })
    const { logger, text: logs } = memoryLogger()
    const pds = await startTestServer({ dialect, config: mailConfig(smtp), mail: FAST_RETRIES, logger })
    try {
      await pds.ctx.mail.send({ to: 'gone@example.com', kind: 'notice', subject: 'One', text: 'first' })
      await pds.ctx.mail.send({ to: 'here@example.com', kind: 'notice', subject: 'Two', text: 'second' })
      expect((await smtp.nextMail('here@example.com')).text).toContain('second')
      await waitFor(async () => ((await outbox(pds)).length === 0 ? true : undefined), 'the outbox to empty')
      const gaveUp = logs()
        .split('\n')
        .find((line) => line.includes('mail outbox: gave up on a mail'))
      expect(JSON.parse(gaveUp ?? '{}')).toMatchObject({
        kind: 'notice',
        attempts: 1,
        error: expect.stringContaining('550'),
      })
      expect(smtp.received.some((mail) => mail.to.includes('gone@example.com'))).toBe(false)
    } finally {
      await pds.close()
      await smtp.close()
    }
  })

  it('drops unsent a mail whose code expired before the SMTP server came back', async () => {
    const smtp = await startTestSmtp({ down: true })
    const { logger, text: logs } = memoryLogger()
    const pds = await startTestServer({ dialect, config: mailConfig(smtp), mail: FAST_RETRIES, logger })
    try {
      const alice = await signUp(pds)
      const sixteenMinutesAgo = new Date(Date.now() - 16 * 60_000)
      await pds.ctx.db
        .transaction()
        .execute((trx) =>
          pds.ctx.mail.queue(
            trx,
            { to: alice.email, did: alice.did, kind: 'sign_in', token: 'AAAAA-BBBBB' },
            sixteenMinutesAgo,
          ),
        )
      pds.ctx.mail.wake()
      await waitFor(async () => ((await outbox(pds)).length === 0 ? true : undefined), 'the outbox to empty')
      expect(logs()).toContain('mail outbox: dropped a mail that expired before it could be sent')
      await smtp.start()
      await pds.ctx.mail.send({ to: alice.email, kind: 'notice', subject: 'Later', text: 'still here' })
      expect((await smtp.nextMail(alice.email)).subject).toBe('Later')
      expect(smtp.received).toHaveLength(1)
    } finally {
      await pds.close()
      await smtp.close()
    }
  })

  it('loses no mail across a restart: a PDS stopped before sending, a new one on the same database sends it', async () => {
    const smtp = await startTestSmtp({ down: true })
    const shared = await sharedDatabase(dialect)
    const config = { ...mailConfig(smtp), database: shared.database }
    try {
      const first = await startTestServer({ dialect, config, mail: FAST_RETRIES })
      let alice: Awaited<ReturnType<typeof signUp>>
      try {
        alice = await signUp(first)
        await alice.agent.com.atproto.server.requestEmailConfirmation()
        expect(await outbox(first)).toHaveLength(1)
      } finally {
        await first.close()
      }
      expect(smtp.received).toHaveLength(0)

      await smtp.start()
      const second = await startTestServer({ dialect, config, mail: FAST_RETRIES })
      try {
        const mail = await smtp.nextMail(alice.email)
        expect(mail.subject).toContain('Confirm your email address')
        // @NOTE the code mailed by the second process is the one the first issued, and it works
        const agent = new AtpAgent({ service: second.url })
        await agent.login({ identifier: alice.handle, password: alice.password })
        await agent.com.atproto.server.confirmEmail({ email: alice.email, token: codeIn(mail) })
        expect((await agent.com.atproto.server.getSession()).data.emailConfirmed).toBe(true)
        await waitFor(async () => ((await outbox(second)).length === 0 ? true : undefined), 'the outbox to empty')
      } finally {
        await second.close()
      }
    } finally {
      await smtp.close()
      await shared.drop()
    }
  })

  // @NOTE several processes share PostgreSQL; two SQLite connections in one Node process
  // would block each other's event loop (better-sqlite3 waits for a lock synchronously)
  it.skipIf(dialect === 'sqlite')('sends each mail exactly once when two processes share the outbox', async () => {
    const smtp = await startTestSmtp({ down: true })
    const shared = await sharedDatabase(dialect)
    const config = { ...mailConfig(smtp), database: shared.database }
    const servers: TestServer[] = []
    try {
      servers.push(await startTestServer({ dialect, config, mail: FAST_RETRIES }))
      servers.push(await startTestServer({ dialect, config, mail: FAST_RETRIES }))
      const [a, b] = servers as [TestServer, TestServer]
      const addresses = Array.from({ length: 20 }, (_, n) => `reader${n}@example.com`)
      for (const [n, to] of addresses.entries()) {
        await (n % 2 ? a : b).ctx.mail.send({ to, kind: 'notice', subject: `Notice ${n}`, text: `Hello ${n}` })
      }
      await smtp.start()
      for (const to of addresses) await smtp.nextMail(to)
      await waitFor(async () => ((await outbox(a)).length === 0 ? true : undefined), 'the outbox to empty')
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(smtp.received).toHaveLength(20)
    } finally {
      for (const server of servers) await server.close()
      await smtp.close()
      await shared.drop()
    }
  })

  it('in development mode without SMTP, writes the whole mail to the log, code included', async () => {
    const { logger, text: logs } = memoryLogger()
    const pds = await startTestServer({ dialect, logger, mail: FAST_RETRIES })
    try {
      expect(pds.ctx.mail.delivery).toBe('log')
      expect(logs()).toContain('in development mode, mail (codes included) is written to the log')
      const alice = await signUp(pds)
      await alice.agent.com.atproto.server.requestEmailConfirmation()
      const line = await waitFor(
        async () =>
          logs()
            .split('\n')
            .find((l) => l.includes('"mail":') && l.includes(alice.email)),
        'the mail in the log',
      )
      const { mail } = JSON.parse(line) as { mail: { to: string; subject: string; text: string } }
      expect(mail).toMatchObject({ to: alice.email, subject: 'Confirm your email address on localhost' })
      await alice.agent.com.atproto.server.confirmEmail({ email: alice.email, token: codeIn(mail) })
      expect((await alice.agent.com.atproto.server.getSession()).data.emailConfirmed).toBe(true)
    } finally {
      await pds.close()
    }
  })

  it('in production without SMTP, warns at start-up which flows cannot work, and they answer 501', async () => {
    const { logger, text: logs } = memoryLogger()
    const pds = await startTestServer({ dialect, logger, config: { devMode: false } })
    try {
      expect(pds.ctx.mail.delivery).toBe('none')
      expect(logs()).toContain('PDS_EMAIL_SMTP_URL is not set, so this PDS sends no mail')
      expect(logs()).toContain('password reset')
      const alice = await signUp(pds)
      const refused = await xrpcError(alice.agent.com.atproto.server.requestEmailConfirmation())
      expect(refused).toMatchObject({ status: 501, error: 'MethodNotImplemented' })
      expect(refused.message).toContain('not set up to send email')
      for (const email of [alice.email, 'nobody@example.com']) {
        const reset = await xrpcError(alice.agent.com.atproto.server.requestPasswordReset({ email }))
        expect(reset).toMatchObject({ status: 501, message: refused.message })
      }
      expect(await outbox(pds)).toHaveLength(0)
      expect(await pds.ctx.db.selectFrom('emailToken').selectAll().execute()).toHaveLength(0)
      expect(logs()).not.toContain('"mail":')
    } finally {
      await pds.close()
    }
  })
})

/** A database two PDS processes in a row can open: a SQLite file or a PostgreSQL schema. */
async function sharedDatabase(dialect: Dialect): Promise<{ database: Config['database']; drop(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pds-mail-'))
    return {
      database: { dialect: 'sqlite', location: path.join(dir, 'pds.sqlite') },
      drop: () => fs.rm(dir, { recursive: true, force: true }),
    }
  }
  const schema = `t_${randomBytes(6).toString('hex')}`
  const url = TEST_PG_URL as string
  return {
    database: { dialect: 'postgres', url, schema, poolSize: 5 },
    async drop() {
      await dropPgSchema(schema, url)
    },
  }
}
