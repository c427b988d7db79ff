/**
 * How a mail leaves the PDS: over SMTP (nodemailer, from `PDS_EMAIL_SMTP_URL`), or, in
 * development mode without an SMTP server, into the log.
 *
 * @module
 */
import type { Transporter } from 'nodemailer'
import type { Logger } from '#src/logger.js'

/** One mail, ready to send. */
export interface OutgoingMail {
  to: string
  subject: string
  text: string
  html: string
}

/** Sends mail; a rejected `send` may be retried later. */
export interface MailTransport {
  /** `smtp` delivers; `log` writes the message to the log (development mode only). */
  readonly kind: 'smtp' | 'log'
  send(mail: OutgoingMail): Promise<void>
  close(): void
}

/** The SMTP server refused a mail for good (a 5xx reply to it): retrying cannot help. */
export function isPermanentMailError(err: unknown): boolean {
  const { code, responseCode } = (err ?? {}) as { code?: unknown; responseCode?: unknown }
  // @NOTE a refused login is the operator's to fix, and the mail may go once they have: keep it
  return typeof responseCode === 'number' && responseCode >= 500 && code !== 'EAUTH'
}

/**
 * What can be said of a send failure in logs and in the outbox: the message and codes of
 * the error only. @NOTE never the error object: nodemailer attaches the failed SMTP
 * command to it, which for AUTH carries the credentials.
 */
export function describeMailError(err: unknown): string {
  if (!(err instanceof Error)) return String(err).slice(0, 300)
  const { code, responseCode } = err as { code?: unknown; responseCode?: unknown }
  const tags = [code, responseCode].filter((t) => typeof t === 'string' || typeof t === 'number')
  return `${tags.length ? `${tags.join(' ')}: ` : ''}${err.message}`.slice(0, 300)
}

/**
 * A transport over the SMTP server at `url`: `smtp://` (STARTTLS when the server offers it;
 * `?requireTLS=true` insists) or `smtps://` (TLS from the start), credentials as
 * `user:password@`, nodemailer options as query parameters (`?tls.rejectUnauthorized=false`).
 *
 * @example
 * const transport = smtpTransport('smtps://pds:secret@smtp.example.com', 'PDS <noreply@example.com>')
 * await transport.send({ to, subject, text, html })
 */
export function smtpTransport(url: string, from: string): MailTransport {
  // @NOTE nodemailer is loaded at the first send, not at start: ~2 MB of RSS an idle server does not need
  let transporter: Promise<Transporter> | undefined
  const connect = () => {
    transporter ??= Promise.all([import('nodemailer'), import('nodemailer/lib/shared')]).then(
      ([{ default: nodemailer }, { parseConnectionUrl }]) =>
        nodemailer.createTransport(
          {
            ...parseConnectionUrl(url),
            // @NOTE bounded, so a silent SMTP server holds a send (and the outbox lease) for seconds, not minutes
            connectionTimeout: 10_000,
            greetingTimeout: 10_000,
            socketTimeout: 30_000,
          },
          { from },
        ),
      (err: unknown) => {
        transporter = undefined
        throw err
      },
    )
    return transporter
  }
  return {
    kind: 'smtp',
    async send(mail) {
      const smtp = await connect()
      await smtp.sendMail({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html })
    },
    close() {
      void transporter?.then(
        (smtp) => smtp.close(),
        () => {},
      )
    },
  }
}

/**
 * A transport that writes each whole message, code included, to the log: the only way to
 * read mail on a development PDS without an SMTP server. Never used in production.
 */
export function logTransport(logger: Logger): MailTransport {
  return {
    kind: 'log',
    async send(mail) {
      logger.info(
        { mail: { to: mail.to, subject: mail.subject, text: mail.text } },
        'mail (development mode, no PDS_EMAIL_SMTP_URL: logged instead of sent)',
      )
    },
    close() {},
  }
}
