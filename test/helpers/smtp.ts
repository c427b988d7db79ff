/**
 * A real SMTP server (the smtp-server package) on loopback, for tests: STARTTLS (or TLS
 * from the start) and a required login, like a mail provider; each message is parsed with
 * mailparser and kept for the test to read.
 *
 * @module
 */
import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { freePort } from './test-server.js'

/** A message the server accepted. */
export interface ReceivedMail {
  /** Envelope recipients (RCPT TO), lower-cased. */
  to: string[]
  /** Envelope sender (MAIL FROM). */
  envelopeFrom: string
  /** The login the client used. */
  user: string
  /** Whether the session was encrypted (STARTTLS or TLS) when the mail was sent. */
  secure: boolean
  subject: string
  text: string
  html: string
  parsed: ParsedMail
}

/** Options of {@link startTestSmtp}. */
export interface TestSmtpOptions {
  /** TLS from the first byte (`smtps://`) instead of STARTTLS on a plain connection. */
  secure?: boolean
  /** Reserve the port but do not listen yet: an SMTP server that is down until `start()`. */
  down?: boolean
  /** Recipients refused for good (`550 No such user`), like a provider refusing unknown mailboxes. */
  refuse?: (address: string) => boolean
}

/** A running (or, until `start()`, down) SMTP server. */
export interface TestSmtp {
  /** What PDS_EMAIL_SMTP_URL should say: credentials, and trust of the built-in test certificate. */
  url: string
  port: number
  /** Every message accepted so far, oldest first. */
  received: ReceivedMail[]
  /** The next message to `to` not returned before (waits for it; fails after `timeoutMs`). */
  nextMail(to: string, timeoutMs?: number): Promise<ReceivedMail>
  /** Starts listening on `port` (after `down`, or `stop()`). */
  start(): Promise<void>
  /** Stops listening; the port can be listened on again with `start()`. */
  stop(): Promise<void>
  /** Stops for good. */
  close(): Promise<void>
}

const USER = 'pds'
const PASSWORD = 'smtp-test-password'

/**
 * @example
 * const smtp = await startTestSmtp()
 * const pds = await startTestServer({ config: { emailSmtpUrl: smtp.url, emailFromAddress: 'pds@example.com' } })
 * const mail = await smtp.nextMail('alice@example.com')
 * const code = codeIn(mail)
 */
export async function startTestSmtp(opts: TestSmtpOptions = {}): Promise<TestSmtp> {
  const port = await freePort()
  const received: ReceivedMail[] = []
  const taken = new Set<ReceivedMail>()
  const waiters = new Set<() => void>()
  let server: SMTPServer | undefined

  const create = () =>
    new SMTPServer({
      secure: opts.secure ?? false,
      // @NOTE logger: false also silences the warning about the built-in test certificate
      logger: false,
      authMethods: ['PLAIN', 'LOGIN'],
      onAuth(auth, _session, callback) {
        if (auth.username === USER && auth.password === PASSWORD) return callback(null, { user: USER })
        callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }))
      },
      onRcptTo(address, _session, callback) {
        if (opts.refuse?.(address.address.toLowerCase())) {
          return callback(Object.assign(new Error('No such user'), { responseCode: 550 }))
        }
        callback()
      },
      onData(stream, session, callback) {
        simpleParser(stream).then(
          (parsed) => {
            received.push({
              to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              user: String(session.user ?? ''),
              secure: session.secure,
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              parsed,
            })
            for (const wake of waiters) wake()
            callback()
          },
          (err: Error) => callback(err),
        )
      },
    })

  const start = async () => {
    if (server) return
    const next = create()
    await new Promise<void>((resolve, reject) => {
      next.once('error', reject)
      next.listen(port, '127.0.0.1', () => resolve())
    })
    server = next
  }
  const stop = async () => {
    const current = server
    server = undefined
    if (current) await new Promise<void>((resolve) => current.close(() => resolve()))
  }
  if (!opts.down) await start()

  const scheme = opts.secure ? 'smtps' : 'smtp'
  // @NOTE the server uses smtp-server's built-in certificate, which nothing trusts: the URL says to accept it
  const tlsQuery = opts.secure ? 'tls.rejectUnauthorized=false' : 'requireTLS=true&tls.rejectUnauthorized=false'
  return {
    url: `${scheme}://${USER}:${PASSWORD}@127.0.0.1:${port}/?${tlsQuery}`,
    port,
    received,
    nextMail(to, timeoutMs = 10_000) {
      const address = to.toLowerCase()
      const find = () => received.find((mail) => !taken.has(mail) && mail.to.includes(address))
      return new Promise((resolve, reject) => {
        const check = () => {
          const mail = find()
          if (!mail) return
          taken.add(mail)
          waiters.delete(check)
          clearTimeout(timer)
          resolve(mail)
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`no mail to ${to} within ${timeoutMs} ms (${received.length} received in all)`))
        }, timeoutMs)
        waiters.add(check)
        check()
      })
    },
    start,
    stop,
    close: stop,
  }
}

/** The `XXXXX-XXXXX` code in a mail's plain-text body (fails the test when there is none). */
export function codeIn(mail: Pick<ReceivedMail, 'text'>): string {
  const match = /\b[A-Z2-7]{5}-[A-Z2-7]{5}\b/.exec(mail.text)
  if (!match) throw new Error(`no code in the mail: ${mail.text}`)
  return match[0]
}
