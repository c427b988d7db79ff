/**
 * An account's life after sign-up: deactivation (optionally asking to be deleted after a
 * date), activation, its status report (checkAccountStatus), and deletion, which removes
 * everything the account owns. Each change and its firehose events are one transaction.
 *
 * @module
 */
import type { BlobService } from '#src/blobstore/blob-service.js'
import type { Database } from '#src/db/database.js'
import { type DidResolver, pdsEndpointOf, signingKeyOf } from '#src/identity/index.js'
import type { Logger } from '#src/logger.js'
import type { Sequencer } from '#src/sequencer/sequencer.js'
import { deleteAccountData } from './account-deletion.js'
import type { AccountService } from './account-service.js'
import { AccountError } from './errors.js'

/** What com.atproto.server.checkAccountStatus reports. */
export interface AccountStatusReport {
  activated: boolean
  validDid: boolean
  repoCommit: string
  repoRev: string
  repoBlocks: number
  indexedRecords: number
  privateStateValues: number
  expectedBlobs: number
  importedBlobs: number
}

/** What the lifecycle needs from the rest of the PDS. */
export interface LifecycleDeps {
  db: Database
  dialect: 'sqlite' | 'postgres'
  sequencer: Sequencer
  accounts: AccountService
  blobs: BlobService
  dids: DidResolver
  /** This PDS's public URL: a valid DID document names it as the account's PDS. */
  publicUrl: string
  logger: Logger
  /** Forgets cached sessions of a deleted account. */
  evictSessions(did: string): void
  /** Called after a transaction that appended firehose events has committed. */
  committed(): void
}

/**
 * Deactivation, activation, status and deletion of hosted accounts (`ctx.lifecycle`).
 *
 * @example
 * await ctx.lifecycle.deactivate(did, { deleteAfter: '2027-01-01T00:00:00.000Z' })
 * await ctx.lifecycle.activate(did) // #account active, #identity, #sync
 * await ctx.lifecycle.delete(did)   // everything gone, #account deleted
 */
export class AccountLifecycle {
  constructor(private readonly deps: LifecycleDeps) {}

  /**
   * Deactivates the account (sync reads answer RepoDeactivated, writes are refused) and
   * emits `#account active=false status=deactivated`. `deleteAfter` asks the cleanup to
   * delete it once that date has passed; deactivating again only updates that date.
   */
  async deactivate(did: string, opts: { deleteAfter?: string } = {}): Promise<void> {
    const deleteAfter = opts.deleteAfter === undefined ? null : new Date(opts.deleteAfter).toISOString()
    const changed = await this.deps.db.transaction().execute(async (trx) => {
      const account = await trx
        .selectFrom('account')
        .select(['deactivatedAt', 'takedownRef'])
        .where('did', '=', did)
        .executeTakeFirst()
      if (!account) throw new AccountError('InvalidRequest', 'Account not found')
      if (account.deactivatedAt !== null) {
        await trx.updateTable('account').set({ deleteAfter }).where('did', '=', did).execute()
        return false
      }
      await trx
        .updateTable('account')
        .set({ deactivatedAt: new Date().toISOString(), deleteAfter })
        .where('did', '=', did)
        .execute()
      // @NOTE a taken-down account stays reported as taken down: that status wins
      const status = account.takedownRef !== null ? 'takendown' : 'deactivated'
      await this.deps.sequencer.account(trx, did, { active: false, status })
      return true
    })
    if (changed) {
      this.deps.committed()
      this.deps.logger.info({ did, deleteAfter }, 'deactivated account')
    }
  }

  /**
   * Activates the account: emits `#account active=true`, `#identity` and `#sync` (the
   * reference's sequence, so relays resynchronise). Refused while the DID document does not
   * name this PDS and the account's signing key (an account moving here), and for a
   * taken-down account. Activating an active account changes nothing.
   */
  async activate(did: string): Promise<void> {
    const account = await this.deps.accounts.getAccount(did)
    if (!account) throw new AccountError('InvalidRequest', 'Account not found')
    if (account.takedownRef !== null) throw new AccountError('InvalidRequest', 'Account has been taken down')
    if (account.deactivatedAt === null) return
    const problem = await this.didProblem(did)
    if (problem) throw new AccountError('InvalidRequest', problem)
    const changed = await this.deps.db.transaction().execute(async (trx) => {
      const { numUpdatedRows } = await trx
        .updateTable('account')
        .set({ deactivatedAt: null, deleteAfter: null })
        .where('did', '=', did)
        .where('deactivatedAt', 'is not', null)
        .where('takedownRef', 'is', null)
        .executeTakeFirst()
      if (numUpdatedRows === 0n) return false
      const root = await trx.selectFrom('repoRoot').select(['cid', 'rev']).where('did', '=', did).executeTakeFirst()
      await this.deps.sequencer.account(trx, did, { active: true })
      await this.deps.sequencer.identity(trx, did, account.handle)
      if (root) {
        const block = await trx
          .selectFrom('repoBlock')
          .select('content')
          .where('did', '=', did)
          .where('cid', '=', root.cid)
          .executeTakeFirst()
        if (block) await this.deps.sequencer.sync(trx, did, { rev: root.rev, cid: root.cid, bytes: block.content })
      }
      return true
    })
    if (changed) {
      this.deps.committed()
      this.deps.logger.info({ did }, 'activated account')
    }
  }

  /** The counts and flags of checkAccountStatus. */
  async status(did: string): Promise<AccountStatusReport> {
    const { db } = this.deps
    const count = (n: { n: string | number | bigint } | undefined) => Number(n?.n ?? 0)
    const [account, root, blocks, records, expected, imported, problem] = await Promise.all([
      db.selectFrom('account').select('deactivatedAt').where('did', '=', did).executeTakeFirst(),
      db.selectFrom('repoRoot').select(['cid', 'rev']).where('did', '=', did).executeTakeFirst(),
      db
        .selectFrom('repoBlock')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('did', '=', did)
        .executeTakeFirst(),
      db
        .selectFrom('record')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('did', '=', did)
        .executeTakeFirst(),
      db
        .selectFrom('recordBlob')
        .select((eb) => eb.fn.count('blobCid').distinct().as('n'))
        .where('did', '=', did)
        .executeTakeFirst(),
      db
        .selectFrom('blob')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('did', '=', did)
        .executeTakeFirst(),
      this.didProblem(did),
    ])
    if (!account || !root) throw new AccountError('InvalidRequest', 'Account not found')
    return {
      activated: account.deactivatedAt === null,
      validDid: problem === undefined,
      repoCommit: root.cid,
      repoRev: root.rev,
      repoBlocks: count(blocks),
      indexedRecords: count(records),
      privateStateValues: 0,
      expectedBlobs: count(expected),
      importedBlobs: count(imported),
    }
  }

  /**
   * Deletes the account and everything it owns in one transaction (records, blocks, repo
   * root, blob rows, sessions, app passwords, tokens, firehose history), appending
   * `#account active=false status=deleted`; then removes its blob bytes from the store.
   * The handle is free again once this resolves.
   */
  async delete(did: string): Promise<void> {
    const { db, dialect, sequencer, blobs } = this.deps
    const blobRows = await db.transaction().execute(async (trx) => {
      const rows = await deleteAccountData(trx, dialect, did)
      if (rows === null) throw new AccountError('InvalidRequest', 'Account not found')
      // @NOTE after its history was removed: a consumer replaying from an old cursor sees only this
      await sequencer.account(trx, did, { active: false, status: 'deleted' })
      return rows
    })
    this.deps.evictSessions(did)
    this.deps.committed()
    this.deps.logger.info({ did, blobs: blobRows.length }, 'deleted account')
    try {
      await blobs.deleteAccountBlobs(did, blobRows)
    } catch (err) {
      // @NOTE the rows are gone, so the blob GC cannot find these bytes again: say so loudly
      this.deps.logger.error({ err, did }, 'could not remove the blob bytes of a deleted account')
      throw err
    }
  }

  /**
   * Deletes the deactivated accounts whose `deleteAfter` has passed (the background
   * cleanup); resolves with their DIDs.
   */
  async deleteDue(now = new Date()): Promise<string[]> {
    const due = await this.deps.db
      .selectFrom('account')
      .select('did')
      .where('deactivatedAt', 'is not', null)
      .where('deleteAfter', 'is not', null)
      .where('deleteAfter', '<=', now.toISOString())
      .execute()
    const deleted: string[] = []
    for (const { did } of due) {
      try {
        await this.delete(did)
        deleted.push(did)
      } catch (err) {
        this.deps.logger.error({ err, did }, 'could not delete an account whose deletion date passed')
      }
    }
    return deleted
  }

  /** Why the DID document does not name this PDS and the account's key, or undefined when it does. */
  private async didProblem(did: string): Promise<string | undefined> {
    let doc: Awaited<ReturnType<DidResolver['resolve']>>
    try {
      doc = await this.deps.dids.resolve(did, { fresh: true })
    } catch (err) {
      this.deps.logger.warn({ err, did }, 'could not resolve the DID document of an account')
      return 'Could not resolve the DID document'
    }
    if (!doc) return 'Could not resolve the DID document'
    if (pdsEndpointOf(doc) !== this.deps.publicUrl) {
      return 'The DID document does not name this PDS as the atproto_pds service'
    }
    const key = await this.deps.accounts.signingKey(did).catch(() => undefined)
    if (!key || signingKeyOf(doc) !== key.did()) {
      return "The DID document's signing key is not the one this PDS holds for the account"
    }
    return undefined
  }
}
