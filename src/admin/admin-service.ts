/**
 * `ctx.admin`: every administrative action, shared by the com.atproto.admin XRPC methods
 * and the web dashboard. Each change runs in one transaction with its firehose event and
 * its audit log entry, so the log never names an action that did not happen.
 *
 * @module
 */
import { Secp256k1Keypair } from '@atproto/crypto'
import type { Transaction } from 'kysely'
import type { AccountService } from '#src/account/account-service.js'
import type { AccountLifecycle } from '#src/account/lifecycle.js'
import { hashPassword, MAX_PASSWORD_LENGTH } from '#src/account/password.js'
import { type RotationResult, rotateSigningKey } from '#src/account/signing-key-rotation.js'
import type { Config } from '#src/config.js'
import type { Database } from '#src/db/database.js'
import type { DatabaseSchema } from '#src/db/schema.js'
import type { Identity } from '#src/identity/index.js'
import type { Logger } from '#src/logger.js'
import type { Mailer } from '#src/mail/mailer.js'
import type { RepoService } from '#src/repo/repo-service.js'
import type { Secrets } from '#src/secrets.js'
import type { Crawlers } from '#src/sequencer/crawlers.js'
import type { Sequencer } from '#src/sequencer/sequencer.js'
import { AdminAccounts } from './admin-accounts.js'
import { AdminInvites } from './admin-invites.js'
import { type AdminActor, listAudit, recordAudit } from './audit-log.js'
import type { Availability } from './availability.js'
import { AdminError, accountCall } from './errors.js'
import { serverStatus } from './server-status.js'
import { type StatusAttr, type Subject, statusAttr, statusQueryOf, subjectKey, subjectKind } from './subjects.js'

export type { StatusAttr, Subject } from './subjects.js'

/** What {@link AdminService} works with. */
export interface AdminServiceDeps {
  db: Database
  config: Config
  secrets: Pick<Secrets, 'plcRotationKeyHex'>
  identity: Identity
  logger: Logger
  accounts: AccountService
  /** Deactivation, activation and deletion of accounts (src/account/lifecycle.ts). */
  lifecycle: Pick<AccountLifecycle, 'deactivate' | 'activate' | 'delete'>
  sequencer: Sequencer
  /** The repo engine, for re-signing a repo after its signing key changed. */
  repos: Pick<RepoService, 'resign'>
  availability: Availability
  crawlers: Crawlers
  /** Wakes the firehose after a transaction that appended events. */
  committed: () => void
  /** Drops what this process cached about the sessions of `did`, after they were deleted. */
  evictSessions: (did: string) => void
  /** Outgoing mail (the durable outbox), for sendEmail. */
  mail: Pick<Mailer, 'queue' | 'wake'>
}

/** A message to an account's email address (com.atproto.admin.sendEmail). */
export interface AdminMail {
  recipientDid: string
  /** The DID the message is from (a moderator); recorded in the audit log, not mailed. */
  senderDid: string
  content: string
  subject?: string
  /** A note for other moderators; recorded in the audit log, not mailed. */
  comment?: string
}

// @NOTE the reference PDS's subject when none is given
const DEFAULT_SUBJECT = 'Message via your PDS'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * @example
 * await ctx.admin.updateSubjectStatus(actor, { $type: 'com.atproto.admin.defs#repoRef', did }, { applied: true, ref: 'spam' })
 */
export class AdminService {
  /** Account views and search. */
  readonly accounts: AdminAccounts
  /** Invite codes: issuing, listing, disabling. */
  readonly invites: AdminInvites
  #rotationKey: Promise<Secp256k1Keypair> | undefined

  constructor(private readonly deps: AdminServiceDeps) {
    this.accounts = new AdminAccounts(deps.db)
    this.invites = new AdminInvites(deps.db, deps.config)
  }

  /** The takedown (and deactivation) state of a subject, or null when there is no such subject. */
  async subjectStatus(query: { did?: string; uri?: string; blob?: string }) {
    const { db } = this.deps
    if (query.blob !== undefined) {
      if (query.did === undefined) throw new AdminError('InvalidRequest', 'Must provide a did to request blob state')
      const row = await db
        .selectFrom('blob')
        .select('takedownRef')
        .where('did', '=', query.did)
        .where('cid', '=', query.blob)
        .executeTakeFirst()
      if (!row) return null
      const subject: Subject = { $type: 'com.atproto.admin.defs#repoBlobRef', did: query.did, cid: query.blob }
      return { subject, takedown: statusAttr(row.takedownRef) }
    }
    if (query.uri !== undefined) {
      const row = await db
        .selectFrom('record')
        .select(['cid', 'takedownRef'])
        .where('uri', '=', query.uri)
        .executeTakeFirst()
      if (!row) return null
      const subject: Subject = { $type: 'com.atproto.repo.strongRef', uri: query.uri, cid: row.cid }
      return { subject, takedown: statusAttr(row.takedownRef) }
    }
    if (query.did !== undefined) {
      const row = await db
        .selectFrom('account')
        .select(['takedownRef', 'deactivatedAt'])
        .where('did', '=', query.did)
        .executeTakeFirst()
      if (!row) return null
      const subject: Subject = { $type: 'com.atproto.admin.defs#repoRef', did: query.did }
      return { subject, takedown: statusAttr(row.takedownRef), deactivated: { applied: row.deactivatedAt !== null } }
    }
    throw new AdminError('InvalidRequest', 'No provided subject')
  }

  /**
   * Takes a subject down (`applied: true`, with an optional `ref` naming the case) or
   * reverses it, and deactivates or activates an account (`deactivated`, through the account
   * lifecycle); then answers the subject's takedown status as it now stands (with neither
   * change given, only that). An account's takedown also ends its sessions and tells the
   * firehose (`#account` with `active: false, status: takendown`; reversed: `active: true`).
   *
   * @throws AdminError NotFound when there is no such subject
   */
  async updateSubjectStatus(actor: AdminActor, subject: Subject, takedown?: StatusAttr, deactivated?: StatusAttr) {
    const account = subject.$type === 'com.atproto.admin.defs#repoRef' ? subject.did : undefined
    if (deactivated !== undefined && account === undefined) {
      throw new AdminError('InvalidRequest', 'Only an account (a repoRef) can be deactivated')
    }
    if (takedown !== undefined) await this.updateTakedown(actor, subject, takedown)
    if (deactivated !== undefined && account !== undefined) await this.updateDeactivation(actor, account, deactivated)
    const current = await this.subjectStatus(statusQueryOf(subject))
    if (!current) throw new AdminError('NotFound', `Subject not found: ${subjectKey(subject)}`)
    return { subject, takedown: current.takedown }
  }

  private async updateTakedown(actor: AdminActor, subject: Subject, takedown: StatusAttr): Promise<void> {
    const ref = takedown.applied ? (takedown.ref ?? `takedown-${new Date().toISOString()}`) : null
    const { db } = this.deps
    const action = `${subjectKind(subject)}.${takedown.applied ? 'takedown' : 'reverseTakedown'}`
    if (subject.$type === 'com.atproto.admin.defs#repoRef') {
      const { did } = subject
      await db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('account')
          .select(['takedownRef', 'deactivatedAt'])
          .where('did', '=', did)
          .executeTakeFirst()
        if (!row) throw new AdminError('NotFound', `Account not found: ${did}`)
        await trx.updateTable('account').set({ takedownRef: ref }).where('did', '=', did).execute()
        // @NOTE the account's sessions are kept but answer AccountTakedown while it lasts (the
        // session check reads the account), so a reversal restores them; reset the password to end them
        const status = ref !== null ? 'takendown' : row.deactivatedAt !== null ? 'deactivated' : undefined
        await this.deps.sequencer.account(trx, did, status ? { active: false, status } : { active: true })
        await recordAudit(trx, actor, action, did, { before: statusAttr(row.takedownRef), after: statusAttr(ref) })
      })
      this.deps.evictSessions(did)
      this.deps.availability.changed()
      this.deps.committed()
    } else if (subject.$type === 'com.atproto.repo.strongRef') {
      await db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('record')
          .select('takedownRef')
          .where('uri', '=', subject.uri)
          .executeTakeFirst()
        if (!row) throw new AdminError('NotFound', `Record not found: ${subject.uri}`)
        await trx.updateTable('record').set({ takedownRef: ref }).where('uri', '=', subject.uri).execute()
        await recordAudit(trx, actor, action, subject.uri, {
          cid: subject.cid,
          before: statusAttr(row.takedownRef),
          after: statusAttr(ref),
        })
      })
    } else {
      await db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('blob')
          .select('takedownRef')
          .where('did', '=', subject.did)
          .where('cid', '=', subject.cid)
          .executeTakeFirst()
        if (!row) throw new AdminError('NotFound', `Blob not found: ${subject.cid} of ${subject.did}`)
        await trx
          .updateTable('blob')
          .set({ takedownRef: ref })
          .where('did', '=', subject.did)
          .where('cid', '=', subject.cid)
          .execute()
        await recordAudit(trx, actor, action, `${subject.did}/${subject.cid}`, {
          before: statusAttr(row.takedownRef),
          after: statusAttr(ref),
        })
      })
    }
    this.deps.logger.info({ action, actor: actor.did ?? actor.type }, 'admin: subject status updated')
  }

  /** Deactivates or activates an account through the lifecycle, audited in its transaction. */
  private async updateDeactivation(actor: AdminActor, did: string, deactivated: StatusAttr): Promise<void> {
    const account = await this.requireAccount(did)
    const action = deactivated.applied ? 'account.deactivate' : 'account.activate'
    const audit = (trx: Transaction<DatabaseSchema>) =>
      recordAudit(trx, actor, action, account.did, {
        before: { applied: account.deactivatedAt !== null },
        after: { applied: deactivated.applied, ...(deactivated.ref === undefined ? {} : { ref: deactivated.ref }) },
      })
    await accountCall(() =>
      deactivated.applied
        ? this.deps.lifecycle.deactivate(account.did, { inTransaction: audit })
        : this.deps.lifecycle.activate(account.did, { inTransaction: audit }),
    )
    this.deps.logger.info({ action, did: account.did, actor: actor.did ?? actor.type }, 'admin: account status updated')
  }

  /**
   * Gives an account a new handle, as the account itself would (src/account/handle-update.ts:
   * checks, the PLC document, `#identity`), with the audit entry in the same transaction.
   */
  async updateHandle(actor: AdminActor, did: string, newHandle: string): Promise<void> {
    const account = await this.requireAccount(did)
    await accountCall(() =>
      this.deps.accounts.updateHandle(account.did, newHandle, {
        inTransaction: (trx, handle) =>
          recordAudit(trx, actor, 'account.updateHandle', account.did, { before: account.handle, after: handle }),
      }),
    )
  }

  /** Sets an account's email address (unconfirmed again). `account` is a handle or DID. */
  async updateEmail(actor: AdminActor, handleOrDid: string, newEmail: string): Promise<void> {
    const account = await this.requireAccount(handleOrDid)
    const email = newEmail.toLowerCase()
    if (email.length > 254 || !EMAIL.test(email)) throw new AdminError('InvalidRequest', 'Email address is not valid')
    const taken = await this.deps.accounts.getAccountByEmail(email)
    if (taken && taken.did !== account.did) throw new AdminError('InvalidRequest', 'Email already taken')
    await this.deps.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('account')
        .set({ email, emailConfirmedAt: account.email === email ? account.emailConfirmedAt : null })
        .where('did', '=', account.did)
        .execute()
      await recordAudit(trx, actor, 'account.updateEmail', account.did, { before: account.email, after: email })
    })
  }

  /** Sets a new password and ends every session of the account. The password is not logged anywhere. */
  async updatePassword(actor: AdminActor, did: string, password: string): Promise<void> {
    await this.requireAccount(did)
    if (password.length < 1 || password.length > MAX_PASSWORD_LENGTH) {
      throw new AdminError('InvalidPassword', `Password must be 1 to ${MAX_PASSWORD_LENGTH} characters`)
    }
    const passwordScrypt = await hashPassword(password)
    await this.deps.db.transaction().execute(async (trx) => {
      await trx.updateTable('account').set({ passwordScrypt }).where('did', '=', did).execute()
      await trx.deleteFrom('authSession').where('did', '=', did).execute()
      await recordAudit(trx, actor, 'account.updatePassword', did, { sessionsRevoked: true })
    })
    this.deps.evictSessions(did)
  }

  /**
   * Makes `signingKey` the account's repo signing key: a key reserved here
   * (reserveSigningKey), which then replaces the key held here, the DID document naming it
   * and the repo re-signed with it, audited in the rotation's transaction; or the key held
   * here already, which the DID document is then made to name. See src/account/signing-key-rotation.ts.
   *
   * @throws AdminError NotFound, InvalidRequest (a key not held here, not did:plc); PlcError
   */
  async updateSigningKey(actor: AdminActor, did: string, signingKey: string): Promise<RotationResult> {
    const account = await this.requireAccount(did)
    const { db, identity, logger, accounts, repos, sequencer, committed } = this.deps
    return accountCall(() =>
      rotateSigningKey(
        { db, identity, logger, accounts, repos, sequencer, committed, rotationKey: () => this.rotationKey() },
        account.did,
        signingKey,
        {
          inTransaction: (trx, result) =>
            recordAudit(trx, actor, 'account.updateSigningKey', account.did, {
              before: result.before,
              after: result.after,
              rotated: result.rotated,
            }),
        },
      ),
    )
  }

  /**
   * Deletes the account and everything it owns (src/account/lifecycle.ts), with the audit
   * entry in the deletion's transaction. `did` may also be a handle.
   */
  async deleteAccount(actor: AdminActor, did: string): Promise<void> {
    const account = await this.requireAccount(did)
    await accountCall(() =>
      this.deps.lifecycle.delete(account.did, {
        inTransaction: (trx) => recordAudit(trx, actor, 'account.delete', account.did, { handle: account.handle }),
      }),
    )
    this.deps.logger.info({ did: account.did, actor: actor.did ?? actor.type }, 'admin: account deleted')
  }

  /**
   * Mails `content` to the account's email address (taken-down and deactivated accounts
   * included), queued in the outbox in one transaction with its audit entry (which names the
   * sender, the subject and the comment, not the content).
   *
   * @throws AdminError NotFound for no such account, InvalidRequest when it has no email address;
   * MailUnavailableError (501) when this PDS sends no mail
   */
  async sendEmail(actor: AdminActor, mail: AdminMail): Promise<void> {
    const account = await this.requireAccount(mail.recipientDid)
    const to = account.email
    if (!to) throw new AdminError('InvalidRequest', 'The account has no email address')
    const subject = mail.subject?.trim() || DEFAULT_SUBJECT
    await this.deps.db.transaction().execute(async (trx) => {
      await this.deps.mail.queue(trx, { to, did: account.did, kind: 'notice', subject, text: mail.content })
      await recordAudit(trx, actor, 'account.sendEmail', account.did, {
        senderDid: mail.senderDid,
        subject,
        ...(mail.comment === undefined ? {} : { comment: mail.comment }),
      })
    })
    this.deps.mail.wake()
  }

  /** Asks the configured relays (`PDS_CRAWLERS`) to crawl now; returns their URLs. */
  async requestCrawl(actor: AdminActor): Promise<readonly string[]> {
    const { crawlers } = this.deps.config
    this.deps.crawlers.notify()
    await recordAudit(this.deps.db, actor, 'server.requestCrawl', null, { crawlers: [...crawlers] })
    return crawlers
  }

  /** Numbers the operator watches: accounts, database, blob store, firehose, relays. */
  status() {
    return serverStatus(this.deps)
  }

  /** A page of the audit log, newest first. */
  auditLog(opts: { limit: number; cursor?: string; subject?: string; action?: string }) {
    return listAudit(this.deps.db, opts)
  }

  private async requireAccount(handleOrDid: string) {
    const account = await this.deps.accounts.getAccount(handleOrDid)
    if (!account) throw new AdminError('NotFound', `Account not found: ${handleOrDid}`)
    return account
  }

  private rotationKey(): Promise<Secp256k1Keypair> {
    this.#rotationKey ??= Secp256k1Keypair.import(this.deps.secrets.plcRotationKeyHex, { exportable: false })
    return this.#rotationKey
  }
}
