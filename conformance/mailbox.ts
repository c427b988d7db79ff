/**
 * @module
 * Where the run reads the codes a PDS mails to its accounts (the one
 * requestPlcOperationSignature mails, which signPlcOperation needs): a {@link Mailbox}, and
 * one backed by a real SMTP server on loopback that the PDS under test mails to.
 */
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** What a mailed code is for (the email token purposes the setup asks for). */
export type MailPurpose = 'plc_operation'

/**
 * Waits for the next mail to `email` carrying a code for `purpose` (sent after the request
 * that mails it) and returns the code. Each call reads a new mail.
 *
 * @example
 * const mailbox: Mailbox = async (email) => codeIn(await smtp.nextMail(email))
 * await runConformance({ url, mailbox })
 */
export type Mailbox = (email: string, purpose: MailPurpose) => Promise<string>

/** A running SMTP server whose mail is the run's mailbox. */
export interface SmtpMailbox {
  mailbox: Mailbox
  port: number
  /** Stops listening. */
  close(): Promise<void>
}

// @NOTE the reference PDS's format, which ours shares: 10 base32 characters split in two
const CODE = /\b[A-Z2-7]{5}-[A-Z2-7]{5}\b/

/**
 * Listens on 127.0.0.1:`port` with a real SMTP server that takes any mail (plain, any login
 * or none: what `PDS_EMAIL_SMTP_URL=smtp://127.0.0.1:<port>` sends) and hands the codes in
 * it to the run.
 *
 * @param options.timeoutMs how long {@link Mailbox} waits for a mail (default 30 s)
 * @example
 * const smtp = await startSmtpMailbox(2525)
 * try { await runConformance({ url, mailbox: smtp.mailbox }) } finally { await smtp.close() }
 */
export async function startSmtpMailbox(port: number, options: { timeoutMs?: number } = {}): Promise<SmtpMailbox> {
  const timeoutMs = options.timeoutMs ?? 30_000
  const received: { to: string[]; text: string }[] = []
  const taken = new Set<{ to: string[]; text: string }>()
  const waiters = new Set<() => void>()
  const server = new SMTPServer({
    // @NOTE no STARTTLS: a client upgrades whenever it is offered, and would refuse the built-in certificate
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? '' })
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), text: parsed.text ?? '' })
          for (const wake of waiters) wake()
          callback()
        },
        (err: Error) => callback(err),
      )
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })

  const mailbox: Mailbox = (email, purpose) => {
    const address = email.toLowerCase()
    return new Promise((resolve, reject) => {
      const check = () => {
        const mail = received.find((m) => !taken.has(m) && m.to.includes(address))
        if (!mail) return
        taken.add(mail)
        waiters.delete(check)
        clearTimeout(timer)
        const code = CODE.exec(mail.text)?.[0]
        if (code) resolve(code)
        else reject(new Error(`the mail to ${email} (for ${purpose}) has no XXXXX-XXXXX code`))
      }
      const timer = setTimeout(() => {
        waiters.delete(check)
        reject(new Error(`no mail to ${email} (for ${purpose}) reached 127.0.0.1:${port} within ${timeoutMs} ms`))
      }, timeoutMs)
      waiters.add(check)
      check()
    })
  }
  return {
    mailbox,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
