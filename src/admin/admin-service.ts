/**
 * `ctx.admin`: every administrative action, shared by the com.atproto.admin XRPC methods
 * and the web dashboard. Each change runs in one transaction with its firehose event and
 * its audit log entry, so the log never names an action that did not happen.
 *
 * @module
 */
import { parseDidKey, Secp256k1Keypair } from '@atproto/crypto'
import type { AccountService } from '#src/account/account-service.js'
import { AccountError } from '#src/account/errors.js'
import { checkHandle, normalizeHandle, serviceDomainOf } from '#src/account/handle.js'
import { hashPassword, MAX_PASSWORD_LENGTH } from '#src/account/password.js'
import type { Config } from '#src/config.js'
import type { Database } from '#src/db/database.js'
import { type Identity, signingKeyOf } from '#src/identity/index.js'
import { updatePlcIdentity } from '#src/identity/plc-update.js'
import type { Logger } from '#src/logger.js'
import type { Secrets } from '#src/secrets.js'
import type { Crawlers } from '#src/sequencer/crawlers.js'
import type { Sequencer } from '#src/sequencer/sequencer.js'
import { AdminAccounts } from './admin-accounts.js'
import { AdminInvites } from './admin-invites.js'
import { type AdminActor, listAudit, recordAudit } from './audit-log.js'
import type { Availability } from './availability.js'
import { AdminError } from './errors.js'
import { serverStatus } from './server-status.js'

/** What {@link AdminService} works with. */
export interface AdminServiceDeps {
  db: Database
  config: Config
  secrets: Pick<Secrets, 'plcRotationKeyHex'>
  identity: Identity
  logger: Logger
  accounts: AccountService
  sequencer: Sequencer
  availability: Availability
  crawlers: Crawlers
  /** Wakes the firehose after a transaction that appended events. */
  committed: () => void
  /** Drops what this process cached about the sessions of `did`, after they were deleted. */
  evictSessions: (did: string) => void
}

/** A takedown (or moderation status) as the Lexicon's `statusAttr`. */
export interface StatusAttr {
  applied: boolean
  ref?: string
}

/** A subject of moderation: an account, a record or a blob. */
export type Subject =
  | { $type: 'com.atproto.admin.defs#repoRef'; did: string }
  | { $type: 'com.atproto.repo.strongRef'; uri: string; cid: string }
  | { $type: 'com.atproto.admin.defs#repoBlobRef'; did: string; cid: string; recordUri?: string }

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
   * reverses it. An account's takedown also ends its sessions and tells the firehose
   * (`#account` with `active: false, status: takendown`; reversed: `active: true`).
   */
  async updateSubjectStatus(actor: AdminActor, subject: Subject, takedown?: StatusAttr, deactivated?: StatusAttr) {
    // @NOTE deactivation belongs to the account lifecycle (issue 10); until it is merged here it is refused
    if (deactivated !== undefined) {
      throw new AdminError('NotImplemented', 'Deactivating an account through the admin API is not available yet')
    }
    if (takedown === undefined) throw new AdminError('InvalidRequest', 'Nothing to update: give a takedown status')
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
    return { subject, takedown: statusAttr(ref) }
  }

  /**
   * Gives an account a new handle: checks it, updates the DID document through the PLC
   * directory, then stores it and emits `#identity`, with the audit entry.
   */
  async updateHandle(actor: AdminActor, did: string, newHandle: string): Promise<void> {
    const { config, db, identity } = this.deps
    const handle = normalizeHandle(newHandle)
    const account = await this.requireAccount(did)
    try {
      checkHandle(handle, config.serviceHandleDomains)
    } catch (err) {
      if (err instanceof AccountError) throw new AdminError('InvalidHandle', err.message, { cause: err })
      throw err
    }
    if (serviceDomainOf(handle, config.serviceHandleDomains) === undefined) {
      if ((await identity.handles.resolve(handle, { fresh: true })) !== did) {
        throw new AdminError('InvalidHandle', 'External handle did not resolve to DID')
      }
    }
    const taken = await db.selectFrom('account').select('did').where('handle', '=', handle).executeTakeFirst()
    if (taken && taken.did !== did) throw new AdminError('HandleNotAvailable', 'Handle already taken')
    if (did.startsWith('did:plc:')) {
      await updatePlcIdentity(identity.plc, did, await this.rotationKey(), { handle })
      identity.dids.forget(did)
    }
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('account').set({ handle }).where('did', '=', did).execute()
      await this.deps.sequencer.identity(trx, did, handle)
      await recordAudit(trx, actor, 'account.updateHandle', did, { before: account.handle, after: handle })
    })
    this.deps.committed()
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
   * Points the account's DID document at another repo signing key (a did:key).
   * @NOTE this PDS keeps signing commits with the key it holds; after this, only a key holder
   * elsewhere (an entryway, a migration target) can produce commits others will verify
   */
  async updateSigningKey(actor: AdminActor, did: string, signingKey: string): Promise<void> {
    await this.requireAccount(did)
    try {
      parseDidKey(signingKey)
    } catch (err) {
      throw new AdminError('InvalidRequest', 'signingKey must be a did:key', { cause: err })
    }
    if (!did.startsWith('did:plc:')) throw new AdminError('InvalidRequest', 'Only did:plc signing keys can be updated')
    const doc = await this.deps.identity.dids.resolve(did, { fresh: true }).catch(() => null)
    await updatePlcIdentity(this.deps.identity.plc, did, await this.rotationKey(), { signingKey })
    this.deps.identity.dids.forget(did)
    await this.deps.db.transaction().execute(async (trx) => {
      await this.deps.sequencer.identity(trx, did)
      await recordAudit(trx, actor, 'account.updateSigningKey', did, {
        before: (doc && signingKeyOf(doc)) ?? null,
        after: signingKey,
      })
    })
    this.deps.committed()
  }

  /** Deleting accounts lands with the account lifecycle work (issue 10). */
  deleteAccount(_actor: AdminActor, _did: string): Promise<never> {
    return Promise.reject(new AdminError('NotImplemented', 'Account deletion is not available on this PDS yet'))
  }

  /** Mail lands with the mail work (issue 10). */
  sendEmail(_actor: AdminActor, _did: string): Promise<never> {
    return Promise.reject(new AdminError('NotImplemented', 'Sending email is not available on this PDS yet'))
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

function statusAttr(ref: string | null): StatusAttr {
  return ref === null ? { applied: false } : { applied: true, ref }
}

function subjectKind(subject: Subject): 'account' | 'record' | 'blob' {
  if (subject.$type === 'com.atproto.admin.defs#repoRef') return 'account'
  return subject.$type === 'com.atproto.repo.strongRef' ? 'record' : 'blob'
}
