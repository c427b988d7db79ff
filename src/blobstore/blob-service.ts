/**
 * `ctx.blobs`: uploads, the blob side of each commit (references checked, blobs made
 * permanent, record_blob kept current), reads, listings and garbage collection.
 *
 * @module
 */
import type { Readable } from 'node:stream'
import type { ExpressionBuilder } from 'kysely'
import type { Database } from '#src/db/database.js'
import type { DatabaseSchema } from '#src/db/schema.js'
import type { Logger } from '#src/logger.js'
import { InvalidWriteError } from '#src/repo/errors.js'
import type { PreparedWrite } from '#src/repo/prepare-writes.js'
import { blobRefs } from './blob-refs.js'
import type { BlobStore, ByteRange } from './blob-store.js'
import { BlobNotFoundError, BlobQuotaError, BlobTooLargeError } from './errors.js'
import { receiveBlob } from './upload.js'

/** Options of {@link BlobService}. */
export interface BlobServiceOptions {
  store: BlobStore
  dialect: 'sqlite' | 'postgres'
  logger: Logger
  /** Largest upload, in bytes. */
  uploadLimit: number
  /** How long an upload no record references is kept (default 1 hour). */
  tempExpiryMs?: number
  /** Per-account and server-wide bounds on uploads (unset: unbounded). */
  quotas?: BlobQuotas
}

/** Bounds on what uploads may hold (see `ResourceBounds` in the config). */
export interface BlobQuotas {
  /** Bytes of temp (not yet referenced) uploads one account may hold. */
  tempBytes: number
  /** Temp uploads one account may hold. */
  tempCount: number
  /** Uploads one account may stream at once. */
  concurrentPerAccount: number
  /** Uploads the server streams at once. */
  concurrent: number
}

/** A stored blob as uploadBlob reports it. */
export interface BlobInfo {
  cid: string
  mimeType: string
  size: number
}

/** What one {@link BlobService.gc} run removed. */
export interface GcResult {
  /** Uploads no record referenced in time. */
  expired: number
  /** Permanent blobs no record references any more. */
  unreferenced: number
  /** Temp files without a row (leftovers of crashes). */
  swept: number
  /** Permanent files without a row (a crash between a row's deletion and its file's). */
  orphaned: number
}

const HOUR = 60 * 60 * 1000

/**
 * The blob service over one database and one store.
 *
 * @example
 * const blobs = new BlobService(db, { store: new DiskBlobStore(dir), dialect: 'sqlite', logger, uploadLimit })
 * const { cid } = await blobs.upload(did, req, 'image/png')
 */
export class BlobService {
  readonly #db: Database
  readonly #opts: BlobServiceOptions
  readonly #tempExpiryMs: number
  #timer: NodeJS.Timeout | undefined
  readonly #uploading = new Map<string, number>()
  #uploadingTotal = 0

  constructor(db: Database, opts: BlobServiceOptions) {
    this.#db = db
    this.#opts = opts
    this.#tempExpiryMs = opts.tempExpiryMs ?? HOUR
  }

  /** The upload limit, in bytes. */
  get uploadLimit(): number {
    return this.#opts.uploadLimit
  }

  /**
   * Stores an upload as a temp blob of `did`. The same bytes are kept once per account: a
   * second upload only renews the first one's expiry.
   *
   * @throws BlobTooLargeError, or the body's own error (nothing is kept either way)
   */
  async upload(did: string, body: Readable, declaredType?: string, declaredLength?: number): Promise<BlobInfo> {
    const quotas = this.#opts.quotas
    const mine = this.#uploading.get(did) ?? 0
    if (quotas && (mine >= quotas.concurrentPerAccount || this.#uploadingTotal >= quotas.concurrent)) {
      const scope = mine >= quotas.concurrentPerAccount ? 'this account' : 'the server'
      throw new BlobQuotaError('concurrency', `Too many uploads at once for ${scope}; wait for one to finish`)
    }
    this.#uploading.set(did, mine + 1)
    this.#uploadingTotal++
    try {
      return await this.#upload(did, body, declaredType, declaredLength)
    } finally {
      this.#uploadingTotal--
      const left = (this.#uploading.get(did) ?? 1) - 1
      if (left > 0) this.#uploading.set(did, left)
      else this.#uploading.delete(did)
    }
  }

  /** The room `did` has left under its temp quotas, in bytes (the upload limit when unbounded). */
  async #room(did: string): Promise<number> {
    const { quotas, uploadLimit } = this.#opts
    if (!quotas) return uploadLimit
    const used = await this.#db
      .selectFrom('blob')
      .select((eb) => [
        eb.fn.countAll<number | string | bigint>().as('count'),
        eb.fn.sum<number | string | null>('size').as('bytes'),
      ])
      .where('did', '=', did)
      .where('tempKey', 'is not', null)
      .executeTakeFirstOrThrow()
    if (Number(used.count) >= quotas.tempCount) {
      throw new BlobQuotaError(
        'count',
        `Too many uploads not yet used in a record (${quotas.tempCount}); reference or let some expire first`,
      )
    }
    const room = quotas.tempBytes - Number(used.bytes ?? 0)
    if (room <= 0) throw this.#bytesQuotaError()
    return Math.min(uploadLimit, room)
  }

  #bytesQuotaError(): BlobQuotaError {
    const quota = this.#opts.quotas?.tempBytes
    return new BlobQuotaError('bytes', `Uploads not yet used in a record would exceed the quota of ${quota} bytes`)
  }

  async #upload(did: string, body: Readable, declaredType?: string, declaredLength?: number): Promise<BlobInfo> {
    const { store, uploadLimit } = this.#opts
    const limit = await this.#room(did)
    if (declaredLength !== undefined && declaredLength > limit) {
      throw limit < uploadLimit ? this.#bytesQuotaError() : new BlobTooLargeError(uploadLimit)
    }
    let got: Awaited<ReturnType<typeof receiveBlob>>
    try {
      got = await receiveBlob(store, body, { limit, declaredType })
    } catch (err) {
      if (err instanceof BlobTooLargeError && limit < uploadLimit) throw this.#bytesQuotaError()
      throw err
    }
    const now = new Date().toISOString()
    const renewed = await this.#db
      .updateTable('blob')
      .set({ createdAt: now })
      .where('did', '=', did)
      .where('cid', '=', got.cid)
      .executeTakeFirst()
    let kept = false
    if (renewed.numUpdatedRows === 0n) {
      const inserted = await this.#db
        .insertInto('blob')
        .values({ did, cid: got.cid, mimeType: got.mimeType, size: got.size, tempKey: got.tempKey, createdAt: now })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst()
      kept = (inserted.numInsertedOrUpdatedRows ?? 0n) > 0n
    }
    if (!kept) await store.deleteTemp(got.tempKey)
    else await this.#keepIfReferenced(did, got.cid)
    const row = await this.#db
      .selectFrom('blob')
      .select(['cid', 'mimeType', 'size'])
      .where('did', '=', did)
      .where('cid', '=', got.cid)
      .executeTakeFirst()
    return { cid: got.cid, mimeType: row?.mimeType ?? got.mimeType, size: got.size }
  }

  /**
   * The blob side of a commit, run inside its transaction (`trx`, repo locked): every blob
   * the written records reference must be this account's and match the ref's size and MIME
   * type; temp blobs are moved to permanent storage; record_blob follows the records.
   * Resolves with work to run after the transaction commits (freeing blobs no record
   * references any more), or undefined.
   *
   * @NOTE blobs are moved before the transaction commits, so a crash never leaves a committed
   * record whose blob is still temporary; a rollback after the move leaves a permanent copy
   * that the row still calls temporary, which the next move or the GC settles
   * @throws BlobNotFoundError, InvalidWriteError (a ref that does not match its blob)
   */
  readonly onWrites = async (
    trx: Database,
    did: string,
    writes: readonly PreparedWrite[],
  ): Promise<(() => Promise<void>) | undefined> => {
    // @NOTE a create's record did not exist, so it has no links to drop (a query saved per post)
    const replaced = writes.filter((write) => write.action !== 'create').map((write) => write.uri)
    const dropped =
      replaced.length === 0
        ? []
        : await trx.deleteFrom('recordBlob').where('recordUri', 'in', replaced).returning('blobCid').execute()
    const links = writes.flatMap((write) =>
      write.action === 'delete' ? [] : blobRefs(write.record).map((ref) => ({ uri: write.uri, ref })),
    )
    const cids = [...new Set(links.map((link) => link.ref.cid))]
    if (cids.length > 0) {
      let query = trx
        .selectFrom('blob')
        .select(['cid', 'mimeType', 'size', 'tempKey'])
        .where('did', '=', did)
        .where('cid', 'in', cids)
        .where('takedownRef', 'is', null)
      // @NOTE the row lock keeps the GC from expiring a temp blob this commit is making permanent
      if (this.#opts.dialect === 'postgres') query = query.forUpdate()
      const rows = new Map((await query.execute()).map((row) => [row.cid, row]))
      for (const { ref } of links) {
        const row = rows.get(ref.cid)
        if (!row) throw new BlobNotFoundError(ref.cid)
        if (row.mimeType !== ref.mimeType || (ref.size !== undefined && Number(row.size) !== ref.size)) {
          throw new InvalidWriteError(
            `Blob ${ref.cid} is ${row.mimeType} of ${row.size} bytes; the record says ${ref.mimeType} of ${ref.size ?? '?'} bytes`,
          )
        }
      }
      for (const row of rows.values()) {
        if (row.tempKey === null) continue
        await this.#opts.store.makePermanent(row.tempKey, did, row.cid)
        await trx.updateTable('blob').set({ tempKey: null }).where('did', '=', did).where('cid', '=', row.cid).execute()
      }
      await trx
        .insertInto('recordBlob')
        .values(links.map(({ uri, ref }) => ({ recordUri: uri, blobCid: ref.cid, did })))
        .onConflict((oc) => oc.doNothing())
        .execute()
    }
    const kept = new Set(cids)
    const freed = [...new Set(dropped.map((row) => row.blobCid))].filter((cid) => !kept.has(cid))
    if (freed.length === 0) return undefined
    return async () => {
      try {
        await this.#deleteUnreferenced(did, freed)
      } catch (err) {
        // @NOTE the next GC run retries; the write itself has succeeded
        this.#opts.logger.warn({ err, did }, 'could not free blobs after a commit')
      }
    }
  }

  /**
   * Makes a new upload permanent at once when records already reference it: an imported
   * repo's records arrive before their blobs (listMissingBlobs, then uploadBlob).
   */
  async #keepIfReferenced(did: string, cid: string): Promise<void> {
    await this.#db.transaction().execute(async (trx) => {
      const link = await trx
        .selectFrom('recordBlob')
        .select('blobCid')
        .where('did', '=', did)
        .where('blobCid', '=', cid)
        .executeTakeFirst()
      if (!link) return
      let query = trx.selectFrom('blob').select('tempKey').where('did', '=', did).where('cid', '=', cid)
      if (this.#opts.dialect === 'postgres') query = query.forUpdate()
      const row = await query.executeTakeFirst()
      if (!row?.tempKey) return
      await this.#opts.store.makePermanent(row.tempKey, did, cid)
      await trx.updateTable('blob').set({ tempKey: null }).where('did', '=', did).where('cid', '=', cid).execute()
    })
  }

  /** A permanent (committed, not taken down) blob of `did`, or undefined. */
  async find(did: string, cid: string): Promise<BlobInfo | undefined> {
    const row = await this.#db
      .selectFrom('blob')
      .select(['cid', 'mimeType', 'size'])
      .where('did', '=', did)
      .where('cid', '=', cid)
      .where('tempKey', 'is', null)
      .where('takedownRef', 'is', null)
      .executeTakeFirst()
    return row && { cid, mimeType: row.mimeType, size: Number(row.size) }
  }

  /** The bytes of a permanent blob found by {@link find} (all, or `range`). @throws BlobNotFoundError */
  open(did: string, cid: string, range?: ByteRange): Promise<Readable> {
    return this.#opts.store.get(did, cid, range)
  }

  /** A page of the CIDs of blobs `did`'s records reference (changed after rev `since`), in CID order. */
  async list(did: string, opts: { since?: string; limit: number; cursor?: string }) {
    let query = this.#db
      .selectFrom('recordBlob')
      .innerJoin('record', 'record.uri', 'recordBlob.recordUri')
      .select('recordBlob.blobCid')
      .distinct()
      .where('recordBlob.did', '=', did)
    if (opts.since !== undefined) query = query.where('record.repoRev', '>', opts.since)
    if (opts.cursor !== undefined) query = query.where('recordBlob.blobCid', '>', opts.cursor)
    const rows = await query.orderBy('recordBlob.blobCid').limit(opts.limit).execute()
    const cids = rows.map((row) => row.blobCid)
    return { cids, cursor: cids.length === opts.limit ? cids.at(-1) : undefined }
  }

  /** A page of the blobs `did`'s records reference that are not stored here (after an import). */
  async listMissing(did: string, opts: { limit: number; cursor?: string }) {
    let query = this.#db
      .selectFrom('recordBlob')
      .leftJoin('blob', (join) =>
        join.onRef('blob.did', '=', 'recordBlob.did').onRef('blob.cid', '=', 'recordBlob.blobCid'),
      )
      .select(['recordBlob.blobCid as cid', 'recordBlob.recordUri'])
      .where('recordBlob.did', '=', did)
      .where((eb) => eb.or([eb('blob.cid', 'is', null), eb('blob.tempKey', 'is not', null)]))
    if (opts.cursor !== undefined) query = query.where('recordBlob.blobCid', '>', opts.cursor)
    const blobs = await query.orderBy('recordBlob.blobCid').limit(opts.limit).execute()
    return { blobs, cursor: blobs.length === opts.limit ? blobs.at(-1)?.cid : undefined }
  }

  /**
   * Removes uploads no record referenced within the expiry, permanent blobs no record
   * references, and temp files without a row. Safe to run beside writes and uploads.
   *
   * @example
   * await ctx.blobs.gc({ now: new Date(Date.now() + 2 * 60 * 60 * 1000) }) // as if two hours had passed
   */
  async gc(opts: { now?: Date } = {}): Promise<GcResult> {
    const { store } = this.#opts
    const cutoff = new Date((opts.now ?? new Date()).getTime() - this.#tempExpiryMs)
    let expired = 0
    const stale = await this.#db
      .selectFrom('blob')
      .select(['did', 'cid', 'tempKey'])
      .where('tempKey', 'is not', null)
      .where('createdAt', '<', cutoff.toISOString())
      .execute()
    for (const { did, cid, tempKey } of stale) {
      if (tempKey === null) continue
      // @NOTE under the repo's write lock, files included: a commit of a re-upload of the same
      // bytes (which moves a file to the same permanent name) waits until both files are gone
      const gone = await this.#db.transaction().execute(async (trx) => {
        await lockRepo(trx, this.#opts.dialect, did)
        const deleted = await trx
          .deleteFrom('blob')
          .where('did', '=', did)
          .where('cid', '=', cid)
          .where('tempKey', '=', tempKey)
          .where('createdAt', '<', cutoff.toISOString())
          .executeTakeFirst()
        if (deleted.numDeletedRows === 0n) return false
        await store.deleteTemp(tempKey)
        // @NOTE a commit that moved it and then rolled back left a permanent copy
        await store.delete(did, cid)
        return true
      })
      if (gone) expired++
    }

    const orphans = await this.#db
      .selectFrom('blob')
      .select(['did', 'cid'])
      .where('tempKey', 'is', null)
      .where(notReferenced)
      .execute()
    let unreferenced = 0
    for (const [did, cids] of groupByDid(orphans)) unreferenced += await this.#deleteUnreferenced(did, cids)

    const live = await this.#db.selectFrom('blob').select('tempKey').where('tempKey', 'is not', null).execute()
    const swept = await store.sweepTemp(cutoff, new Set(live.map((row) => row.tempKey as string)))
    let orphaned = 0
    for await (const page of store.listPermanent()) {
      const old = page.filter((blob) => blob.modifiedAt < cutoff)
      for (const [did, cids] of groupByDid(old)) orphaned += await this.#deleteOrphanedFiles(did, cids)
    }
    return { expired, unreferenced, swept, orphaned }
  }

  /** Deletes the permanent files of `did` among `cids` that no row names, under the repo's write lock. */
  async #deleteOrphanedFiles(did: string, cids: readonly string[]): Promise<number> {
    let deleted = 0
    for (let i = 0; i < cids.length; i += 500) {
      const batch = cids.slice(i, i + 500)
      deleted += await this.#db.transaction().execute(async (trx) => {
        await lockRepo(trx, this.#opts.dialect, did)
        const rows = await trx
          .selectFrom('blob')
          .select('cid')
          .where('did', '=', did)
          .where('cid', 'in', batch)
          .execute()
        const known = new Set(rows.map((row) => row.cid))
        const orphans = batch.filter((cid) => !known.has(cid))
        for (const cid of orphans) await this.#opts.store.delete(did, cid)
        return orphans.length
      })
    }
    return deleted
  }

  /**
   * Removes the bytes of a deleted account's blobs from the store: the given rows' temp and
   * permanent copies, then anything else under the account (leftovers without a row).
   * Call it after the transaction that deleted the rows committed.
   */
  async deleteAccountBlobs(did: string, rows: readonly { cid: string; tempKey: string | null }[]): Promise<void> {
    const { store } = this.#opts
    for (const { cid, tempKey } of rows) {
      if (tempKey !== null) await store.deleteTemp(tempKey)
      await store.delete(did, cid)
    }
    await store.deleteAll(did)
  }

  /** Runs {@link gc} every `intervalMs` until {@link close}. */
  startGc(intervalMs: number): void {
    if (this.#timer) return
    this.#timer = setInterval(() => {
      this.gc().catch((err: unknown) => this.#opts.logger.error({ err }, 'blob garbage collection failed'))
    }, intervalMs)
    this.#timer.unref()
  }

  /** Stops the GC interval and releases the store. */
  close(): void {
    clearInterval(this.#timer)
    this.#timer = undefined
    this.#opts.store.close?.()
  }

  /**
   * Deletes those of `cids` that no record of `did` references, rows first (under the repo's
   * write lock, so no commit links them meanwhile), then their bytes.
   */
  async #deleteUnreferenced(did: string, cids: readonly string[]): Promise<number> {
    return this.#db.transaction().execute(async (trx) => {
      await lockRepo(trx, this.#opts.dialect, did)
      const deleted = await trx
        .deleteFrom('blob')
        .where('did', '=', did)
        .where('cid', 'in', cids)
        .where('tempKey', 'is', null)
        .where(notReferenced)
        .returning('cid')
        .execute()
      // @NOTE files go before the lock is released: a re-upload of the same bytes committed
      // meanwhile would otherwise have its new file deleted here. Should the transaction then
      // fail, the rows stay without files; nothing references them and the next GC removes them.
      for (const { cid } of deleted) await this.#opts.store.delete(did, cid)
      return deleted.length
    })
  }
}

function groupByDid(blobs: readonly { did: string; cid: string }[]): Map<string, string[]> {
  const byDid = new Map<string, string[]>()
  for (const { did, cid } of blobs) {
    const cids = byDid.get(did)
    if (cids) cids.push(cid)
    else byDid.set(did, [cid])
  }
  return byDid
}

/** Takes the repo's write lock, as a commit does (see `lockRoot` in repo-writer). */
async function lockRepo(trx: Database, dialect: 'sqlite' | 'postgres', did: string): Promise<void> {
  if (dialect === 'postgres') {
    await trx.selectFrom('repoRoot').select('did').where('did', '=', did).forUpdate().execute()
    return
  }
  await trx
    .updateTable('repoRoot')
    .set((eb) => ({ did: eb.ref('did') }))
    .where('did', '=', did)
    .execute()
}

/** Whether no record references the blob of the row (a `where` for queries over `blob`). */
function notReferenced(eb: ExpressionBuilder<DatabaseSchema, 'blob'>) {
  return eb.not(
    eb.exists(
      eb
        .selectFrom('recordBlob')
        .select('recordBlob.did')
        .whereRef('recordBlob.did', '=', 'blob.did')
        .whereRef('recordBlob.blobCid', '=', 'blob.cid'),
    ),
  )
}
