/**
 * The email flows of an account (`ctx.accountEmail`): confirming the address, changing it,
 * resetting the password, asking to delete the account, and the email sign-in factor.
 * Every code comes from `email-tokens.ts` and is mailed through the outbox in the same
 * transaction that issued it.
 *
 * @module
 */
import { setTimeout as sleep } from 'node:timers/promises'
import type { SessionService } from '#src/auth/sessions.js'
import type { Database } from '#src/db/database.js'
import { isUniqueViolation } from '#src/db/unique-violation.js'
import { type Mailer, MailUnavailableError } from '#src/mail/mailer.js'
import type { Account } from './account-service.js'
import { consumeEmailToken, consumeEmailTokenByCode, findEmailTokenOwner } from './email-tokens.js'
import { hashPassword, MAX_PASSWORD_LENGTH } from './password.js'

/** Why an email flow was refused; the handler answers the Lexicon error of that name. */
export type AccountEmailErrorReason =
  | 'InvalidRequest'
  | 'AccountNotFound'
  | 'InvalidEmail'
  | 'TokenRequired'
  | 'AuthFactorTokenRequired'

/** An email flow broke a rule; the message is meant for the client. */
export class AccountEmailError extends Error {
  constructor(
    readonly reason: AccountEmailErrorReason,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.name = 'AccountEmailError'
  }
}

/**
 * The least time requestPasswordReset takes, found account or not.
 * @NOTE the known-address path writes a code and a mail; without a floor, its few extra
 * milliseconds would tell which addresses have accounts here
 */
export const PASSWORD_RESET_MIN_MS = 300

// @NOTE deliberately loose (the same rule as sign-up): one @, something on each side, a dot in the domain
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The address lower-cased and trimmed, or undefined when it cannot be one. */
export function normalizeEmail(email: string): string | undefined {
  const trimmed = email.trim().toLowerCase()
  // @NOTE the length check comes first: it bounds the regex's backtracking
  return trimmed.length <= 254 && EMAIL.test(trimmed) ? trimmed : undefined
}

/** What updateEmail asks for. */
export interface EmailUpdate {
  email: string
  /** Required when the current address is confirmed (from requestEmailUpdate). */
  token?: string
  /** Turns the email sign-in factor on or off; on needs a confirmed, unchanged address. */
  emailAuthFactor?: boolean
}

type AccountRow = Pick<Account, 'did' | 'handle' | 'email' | 'emailConfirmedAt' | 'emailAuthFactor'>

/**
 * @example
 * await ctx.accountEmail.requestConfirmation(did)   // mails a confirm_email code
 * await ctx.accountEmail.confirm(did, email, code)  // emailConfirmed becomes true
 */
export class AccountEmail {
  constructor(
    private readonly deps: {
      db: Database
      mail: Mailer
      sessions: Pick<SessionService, 'revokeAll'>
    },
  ) {}

  /** Mails a `confirm_email` code to the account's address. */
  async requestConfirmation(did: string): Promise<void> {
    const account = await this.account(did)
    await this.deps.mail.sendCode({ did, to: requireEmail(account), kind: 'confirm_email' })
  }

  /** Confirms the address with a `confirm_email` code; `email` must be the account's current one. */
  async confirm(did: string, email: string, token: string): Promise<void> {
    const account = await this.account(did)
    const address = requireEmail(account)
    if (normalizeEmail(email) !== address) {
      throw new AccountEmailError('InvalidEmail', 'This is not the email address of the account')
    }
    await this.deps.db.transaction().execute(async (trx) => {
      await consumeEmailToken(trx, did, 'confirm_email', token)
      const { numUpdatedRows } = await trx
        .updateTable('account')
        .set({ emailConfirmedAt: new Date().toISOString() })
        .where('did', '=', did)
        .where('email', '=', address)
        .executeTakeFirst()
      // @NOTE the address changed since it was read: the code was for the old one
      if (numUpdatedRows === 0n) throw new AccountEmailError('InvalidEmail', 'The email address of the account changed')
    })
  }

  /**
   * Starts an email change: when the current address is confirmed, mails it an
   * `update_email` code that updateEmail then requires.
   */
  async requestUpdate(did: string): Promise<{ tokenRequired: boolean }> {
    const account = await this.account(did)
    const address = requireEmail(account)
    const tokenRequired = account.emailConfirmedAt !== null
    if (tokenRequired) await this.deps.mail.sendCode({ did, to: address, kind: 'update_email' })
    return { tokenRequired }
  }

  /**
   * Changes the address and/or the sign-in factor. A new address is unconfirmed: every
   * code mailed to the old one stops working, and a confirmation code goes to the new one.
   */
  async update(did: string, update: EmailUpdate): Promise<void> {
    const { db, mail } = this.deps
    const email = normalizeEmail(update.email)
    if (email === undefined) throw new AccountEmailError('InvalidRequest', 'This email address is not valid')
    const account = await this.account(did)
    const confirmed = account.emailConfirmedAt !== null
    if (confirmed && !update.token) {
      throw new AccountEmailError(
        'TokenRequired',
        'The current email address is confirmed: a code from requestEmailUpdate is required',
      )
    }
    const changing = email !== account.email
    if (update.emailAuthFactor === true && (changing || !confirmed)) {
      throw new AccountEmailError('InvalidRequest', 'Confirm the email address before turning on sign-in codes')
    }
    if (changing && (await this.emailTaken(email, did))) throw emailInUse()
    try {
      await db.transaction().execute(async (trx) => {
        if (update.token) await consumeEmailToken(trx, did, 'update_email', update.token)
        const set: { email?: string; emailConfirmedAt?: null; emailAuthFactor?: number } = {}
        if (changing) Object.assign(set, { email, emailConfirmedAt: null })
        if (update.emailAuthFactor !== undefined) set.emailAuthFactor = update.emailAuthFactor ? 1 : 0
        if (Object.keys(set).length > 0) await trx.updateTable('account').set(set).where('did', '=', did).execute()
        if (!changing) return
        await trx.deleteFrom('emailToken').where('did', '=', did).execute()
        // @NOTE best effort: without SMTP the change itself must still be possible
        if (mail.canSend) await mail.sendCode({ did, to: email, kind: 'confirm_email' }, trx)
      })
    } catch (err) {
      if (isUniqueViolation(err)) throw emailInUse(err)
      throw err
    }
    mail.wake()
  }

  /**
   * Mails a `reset_password` code when an account has this address. Answers the same,
   * and takes at least {@link PASSWORD_RESET_MIN_MS}, whether or not one does.
   */
  async requestPasswordReset(email: string): Promise<void> {
    const started = Date.now()
    try {
      const { db, mail } = this.deps
      // @NOTE refused before the lookup, so the refusal says nothing about the address
      if (!mail.canSend) throw new MailUnavailableError()
      const address = normalizeEmail(email)
      if (address === undefined) return
      const account = await db
        .selectFrom('account')
        .select(['did', 'handle', 'email'])
        .where('email', '=', address)
        .executeTakeFirst()
      if (!account?.email) return
      await mail.sendCode({
        did: account.did,
        to: account.email,
        kind: 'reset_password',
        handle: account.handle ?? account.email,
      })
    } finally {
      const left = started + PASSWORD_RESET_MIN_MS - Date.now()
      if (left > 0) await sleep(left)
    }
  }

  /**
   * Sets a new password with a `reset_password` code and ends every session of the
   * account. Returns the account's DID.
   */
  async resetPassword(token: string, password: string): Promise<string> {
    if (password.length === 0) throw new AccountEmailError('InvalidRequest', 'The new password is empty')
    if (password.length > MAX_PASSWORD_LENGTH) {
      throw new AccountEmailError(
        'InvalidRequest',
        `The new password is too long: at most ${MAX_PASSWORD_LENGTH} characters`,
      )
    }
    // @NOTE a made-up code costs a lookup, not a password hash; it is refused exactly as
    // consumeEmailTokenByCode refuses it (InvalidToken, or ExpiredToken)
    if ((await findEmailTokenOwner(this.deps.db, 'reset_password', token)) === null) {
      await consumeEmailTokenByCode(this.deps.db, 'reset_password', token)
    }
    const passwordScrypt = await hashPassword(password)
    const did = await this.deps.db.transaction().execute(async (trx) => {
      const owner = await consumeEmailTokenByCode(trx, 'reset_password', token)
      await trx.updateTable('account').set({ passwordScrypt }).where('did', '=', owner).execute()
      return owner
    })
    // @NOTE after the commit: the session service owns its tables (and the access-token revocation)
    await this.deps.sessions.revokeAll(did)
    return did
  }

  /** Mails a `delete_account` code (deleteAccount requires it). */
  async requestAccountDelete(did: string): Promise<void> {
    const account = await this.account(did)
    await this.deps.mail.sendCode({ did, to: requireEmail(account), kind: 'delete_account' })
  }

  /**
   * The email sign-in factor of createSession, after the password was checked: when the
   * account has it on, a session needs the `sign_in` code; without one, a code is mailed
   * and {@link AccountEmailError} `AuthFactorTokenRequired` thrown. A wrong or used code
   * throws `EmailTokenError`.
   */
  async checkSignInFactor(
    account: Pick<Account, 'did' | 'email' | 'emailAuthFactor'>,
    authFactorToken: string | undefined,
  ): Promise<void> {
    if (!account.emailAuthFactor || account.email === null) return
    if (!authFactorToken) {
      await this.deps.mail.sendCode({ did: account.did, to: account.email, kind: 'sign_in' })
      throw new AccountEmailError('AuthFactorTokenRequired', 'A sign-in code has been sent to your email address')
    }
    await consumeEmailToken(this.deps.db, account.did, 'sign_in', authFactorToken)
  }

  private async account(did: string): Promise<AccountRow> {
    const row = await this.deps.db
      .selectFrom('account')
      .select(['did', 'handle', 'email', 'emailConfirmedAt', 'emailAuthFactor'])
      .where('did', '=', did)
      .executeTakeFirst()
    if (!row) throw new AccountEmailError('AccountNotFound', 'Account not found')
    return { ...row, emailAuthFactor: Number(row.emailAuthFactor) }
  }

  private async emailTaken(email: string, did: string): Promise<boolean> {
    const row = await this.deps.db
      .selectFrom('account')
      .select('did')
      .where('email', '=', email)
      .where('did', '!=', did)
      .executeTakeFirst()
    return row !== undefined
  }
}

function requireEmail(account: AccountRow): string {
  if (account.email === null) throw new AccountEmailError('InvalidRequest', 'The account has no email address')
  return account.email
}

function emailInUse(cause?: unknown): AccountEmailError {
  return new AccountEmailError('InvalidRequest', 'This email address is already in use', { cause })
}
