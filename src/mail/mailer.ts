/**
 * `ctx.mail`: queue mail in the transaction of the change that causes it; a background
 * sender delivers it with retries and exponential back-off, so a slow or absent SMTP
 * server never fails or holds up a request, and a restart loses no message.
 *
 * @module
 */
import type { Kysely } from 'kysely'
import { EMAIL_TOKEN_TTL_MS, type EmailTokenPurpose, issueEmailToken } from '#src/account/email-tokens.js'
import type { Config } from '#src/config.js'
import type { DatabaseSchema } from '#src/db/schema.js'
import { MethodNotImplementedError } from '#src/errors.js'
import type { Logger } from '#src/logger.js'
import {
  claimDueMail,
  deleteMail,
  dropPendingMail,
  insertMail,
  type OutboxMail,
  releaseMail,
  rescheduleMail,
} from './outbox.js'
import { type MailContent, renderMail } from './templates.js'
import {
  describeMailError,
  isPermanentMailError,
  logTransport,
  type MailTransport,
  smtpTransport,
} from './transport.js'

type Executor = Kysely<DatabaseSchema>

/** A mail to queue: its recipient, the account it concerns (if any), and what it says. */
export type Mail = { to: string; did?: string | null } & MailContent

/** Tuning of the sender, mostly for tests. */
export interface MailerOptions {
  /** How often the outbox is checked for due mail (other processes' mail, retries). Default 5 s. */
  pollIntervalMs?: number
  /** The first retry's delay; each further one doubles it. Default 5 s. */
  retryBaseMs?: number
  /** The longest delay between retries. Default 10 minutes. */
  retryMaxMs?: number
  /** How long a claimed mail stays reserved for the process sending it. Default 2 minutes. */
  leaseMs?: number
  /** Use this transport instead of the configured one (tests). */
  transport?: MailTransport
}

/**
 * No mail can leave this PDS: production without `PDS_EMAIL_SMTP_URL`.
 * @NOTE an XRPC error already (501), since every flow that needs mail answers the same way
 */
export class MailUnavailableError extends MethodNotImplementedError {
  constructor() {
    super('This server is not set up to send email, so this cannot be done here; contact its operator')
  }
}

// @NOTE a notice (admin mail) carries no code that expires, but mail days late is news to nobody
const NOTICE_TTL_MS = 3 * 24 * 60 * 60 * 1000
const BATCH = 10
const FLOWS_NEEDING_MAIL =
  'email confirmation, changing a confirmed email address, password reset, account deletion, ' +
  'email sign-in codes and PLC operation signing'

/**
 * @example
 * // in the transaction of the change the mail is about:
 * await ctx.db.transaction().execute(async (trx) => {
 *   await trx.updateTable('account').set({ ... }).where('did', '=', did).execute()
 *   await ctx.mail.queue(trx, { to: account.email, did, kind: 'notice', subject, text })
 * })
 * ctx.mail.wake()
 * // or, for a mailed code and nothing else:
 * await ctx.mail.sendCode({ did, to: account.email, kind: 'plc_operation' })
 */
export class Mailer {
  /** How mail leaves: `smtp`, `log` (development mode without SMTP), or `none` (it cannot). */
  readonly delivery: 'smtp' | 'log' | 'none'
  private readonly transport: MailTransport | undefined
  private readonly poll: number
  private readonly retryBase: number
  private readonly retryMax: number
  private readonly lease: number
  private timer: NodeJS.Timeout | undefined
  private draining: Promise<void> | undefined
  private again = false
  private closed = false

  constructor(
    private readonly deps: {
      db: Executor
      config: Pick<Config, 'hostname' | 'devMode' | 'emailSmtpUrl' | 'emailFromAddress'>
      logger: Logger
    },
    opts: MailerOptions = {},
  ) {
    const { config, logger } = deps
    this.transport =
      opts.transport ??
      (config.emailSmtpUrl
        ? smtpTransport(config.emailSmtpUrl, config.emailFromAddress ?? `noreply@${config.hostname}`)
        : config.devMode
          ? logTransport(logger)
          : undefined)
    this.delivery = this.transport?.kind ?? 'none'
    this.poll = opts.pollIntervalMs ?? 5_000
    this.retryBase = opts.retryBaseMs ?? 5_000
    this.retryMax = opts.retryMaxMs ?? 10 * 60_000
    this.lease = opts.leaseMs ?? 2 * 60_000
    if (this.delivery === 'none') {
      logger.warn(
        `PDS_EMAIL_SMTP_URL is not set, so this PDS sends no mail: ${FLOWS_NEEDING_MAIL} cannot work (they answer 501)`,
      )
    } else if (this.delivery === 'log') {
      logger.warn('PDS_EMAIL_SMTP_URL is not set: in development mode, mail (codes included) is written to the log')
    }
  }

  /** Whether mail can be queued (false only in production without SMTP). */
  get canSend(): boolean {
    return this.transport !== undefined
  }

  /**
   * Queues a mail in `db`, the caller's transaction. Call {@link wake} once it committed
   * (else the mail goes at the next poll). Throws {@link MailUnavailableError} when no mail
   * can be sent.
   */
  async queue(db: Executor, mail: Mail, now = new Date()): Promise<void> {
    if (!this.transport) throw new MailUnavailableError()
    const { to, did = null, ...content } = mail
    const rendered = renderMail(content, { hostname: this.deps.config.hostname })
    const ttl = content.kind === 'notice' ? NOTICE_TTL_MS : EMAIL_TOKEN_TTL_MS
    if (did !== null && content.kind !== 'notice') await dropPendingMail(db, did, content.kind)
    await insertMail(
      db,
      {
        did,
        kind: content.kind,
        toAddress: to,
        subject: rendered.subject,
        textBody: rendered.text,
        htmlBody: rendered.html,
        expiresAt: new Date(now.getTime() + ttl),
      },
      now,
    )
  }

  /** Queues a mail in its own transaction and wakes the sender. */
  async send(mail: Mail): Promise<void> {
    await this.deps.db.transaction().execute((trx) => this.queue(trx, mail))
    this.wake()
  }

  /**
   * Issues a new code of `kind` for `did` (replacing any earlier one) and mails it to
   * `to`, in one transaction (`db`, when given, is the caller's; then call {@link wake}
   * after it commits). `handle` is for `reset_password` mails.
   */
  async sendCode(
    opts: { did: string; to: string; kind: EmailTokenPurpose; handle?: string },
    db?: Executor,
  ): Promise<void> {
    if (!this.transport) throw new MailUnavailableError()
    const write = async (trx: Executor) => {
      const token = await issueEmailToken(trx, opts.did, opts.kind)
      const content: MailContent =
        opts.kind === 'reset_password'
          ? { kind: opts.kind, token, handle: opts.handle ?? opts.to }
          : { kind: opts.kind, token }
      await this.queue(trx, { to: opts.to, did: opts.did, ...content })
    }
    if (db) return write(db)
    await this.deps.db.transaction().execute(write)
    this.wake()
  }

  /** Starts the background sender: a poll every `pollIntervalMs`, and a first drain now. */
  start(): void {
    if (!this.transport || this.closed || this.timer) return
    const tick = () => {
      this.wake()
      this.timer = setTimeout(tick, this.poll)
      this.timer.unref()
    }
    tick()
  }

  /** Sends what is due now (after a commit that queued mail). Returns at once. */
  wake(): void {
    if (!this.transport || this.closed) return
    if (this.draining) {
      this.again = true
      return
    }
    this.draining = this.drainWhileWoken().finally(() => {
      this.draining = undefined
    })
  }

  /** Stops the sender; waits for the mail being sent, gives back the rest of its claim. */
  async close(): Promise<void> {
    this.closed = true
    clearTimeout(this.timer)
    await this.draining
    this.transport?.close()
  }

  private async drainWhileWoken(): Promise<void> {
    do {
      this.again = false
      try {
        await this.drain()
      } catch (err) {
        this.deps.logger.warn({ err }, 'mail outbox: could not read the outbox; retrying at the next poll')
      }
    } while (this.again && !this.closed)
  }

  private async drain(): Promise<void> {
    const { db } = this.deps
    while (!this.closed) {
      const batch = await claimDueMail(db, { leaseMs: this.lease, limit: BATCH })
      if (batch.length === 0) return
      for (const [i, mail] of batch.entries()) {
        if (this.closed) {
          await releaseMail(
            db,
            batch.slice(i).map((m) => m.id),
          )
          return
        }
        await this.deliver(mail)
      }
    }
  }

  private async deliver(mail: OutboxMail): Promise<void> {
    const { db, logger } = this.deps
    const transport = this.transport as MailTransport
    const log = { mailId: mail.id, kind: mail.kind, attempts: mail.attempts }
    const now = Date.now()
    if (Date.parse(mail.expiresAt) <= now) {
      await deleteMail(db, mail.id)
      logger.warn(
        { ...log, lastError: mail.lastError },
        'mail outbox: dropped a mail that expired before it could be sent',
      )
      return
    }
    try {
      await transport.send({ to: mail.toAddress, subject: mail.subject, text: mail.textBody, html: mail.htmlBody })
    } catch (err) {
      const attempts = mail.attempts + 1
      const error = describeMailError(err)
      const next = new Date(now + this.backoff(attempts))
      if (isPermanentMailError(err) || next.getTime() >= Date.parse(mail.expiresAt)) {
        await deleteMail(db, mail.id)
        logger.warn({ ...log, attempts, error }, 'mail outbox: gave up on a mail')
        return
      }
      await rescheduleMail(db, mail.id, { attempts, nextAttemptAt: next, lastError: error })
      logger.warn({ ...log, attempts, error, retryAt: next.toISOString() }, 'mail outbox: sending failed, will retry')
      return
    }
    await deleteMail(db, mail.id)
    logger.info({ ...log, attempts: mail.attempts + 1 }, 'mail outbox: sent')
  }

  /** base · 2^(n-1), capped, with ±20% jitter so processes retrying together drift apart. */
  private backoff(attempts: number): number {
    const delay = Math.min(this.retryMax, this.retryBase * 2 ** Math.min(attempts - 1, 30))
    return Math.round(delay * (0.8 + Math.random() * 0.4))
  }
}
