/**
 * `ctx.repos`: the repo engine. Signed repositories (MST, commits, CAR) from @atproto/repo
 * over our database, one transaction per commit (on SQLite, commits that queue share one; see
 * src/db/group-commit.ts).
 *
 * @module
 */
import type { Readable } from 'node:stream'
import type { Keypair } from '@atproto/crypto'
import type { Database } from '#src/db/database.js'
import { type GroupCommitStats, transactionsFor } from '#src/db/group-commit.js'
import type { createSnapshots, Snapshots } from '#src/db/snapshots.js'
import { BlockCache } from './block-cache.js'
import { type ImportDeps, type ImportRequest, type ImportResult, importRepo } from './import-repo.js'
import { RecordJsonCache } from './record-json-cache.js'
import * as reader from './repo-reader.js'
import {
  initRepo,
  type OnCommit,
  type OnWrites,
  type ResignedCommit,
  resignRepo,
  TreeCache,
  type WriteOutcome,
  type WriteRequest,
  writeRepo,
} from './repo-writer.js'

/** Options of {@link createRepoService}. */
export interface RepoServiceOptions {
  dialect: 'sqlite' | 'postgres'
  /** Where exports read from (see {@link createSnapshots}). */
  snapshots: Snapshots
  /**
   * Bytes of repo data kept in memory between requests (default 32 MiB; 0: no caching at all):
   * 7/16 for blocks by CID, 7/16 for the loaded MSTs of recently written repos, 1/8 for the
   * JSON of records read.
   */
  cacheBytes?: number
  /** The firehose's hook, run inside every commit's transaction. See {@link OnCommit}. */
  onCommit?: OnCommit
  /** Called after each `applyWrites` transaction has committed (`init` runs in the caller's transaction). */
  afterCommit?: (trx: Database) => void
  /** The blob service's hook, run inside every applyWrites transaction. See {@link OnWrites}. */
  onWrites?: OnWrites
  /** Run inside an import's transaction when the account is active (the firehose's `#sync`). */
  onImported?: ImportDeps['onImported']
  /** The account's signing key as stored now, read under the repo lock. See `WriterDeps.signingKey`. */
  signingKey?: (trx: Database, did: string) => Promise<Keypair>
}

/** The repo engine, as handlers and the account service use it. */
export interface RepoService {
  /**
   * Writes the signed first commit of an empty repo, inside the caller's transaction (so an
   * account and its repo are created together).
   *
   * @throws RepoAlreadyExistsError
   * @example
   * await ctx.db.transaction().execute(async (trx) => {
   *   // ...insert the account...
   *   const { cid, rev } = await ctx.repos.init(trx, did, keypair)
   * })
   */
  init(trx: Database, did: string, keypair: Keypair): Promise<{ cid: string; rev: string }>
  /**
   * Applies a batch of writes as one signed commit, atomically; concurrent batches on one
   * repo are serialised.
   *
   * @throws RepoNotFoundError, InvalidSwapError, InvalidWriteError (and its RecordNotFoundError)
   * @example
   * const { commit, results } = await ctx.repos.applyWrites({
   *   did, keypair,
   *   writes: [{ action: 'create', collection: 'app.bsky.feed.post', record: { $type: 'app.bsky.feed.post', text: 'hi', createdAt } }],
   * })
   */
  applyWrites(req: WriteRequest): Promise<WriteOutcome>
  /**
   * Makes the repo's head a new commit over the same data signed with `keypair`, inside the
   * caller's transaction (a signing-key rotation). @throws RepoNotFoundError
   */
  resign(trx: Database, did: string, keypair: Keypair): Promise<ResignedCommit>
  /** The record, or null. With `cid`, only that version. */
  getRecord(did: string, collection: string, rkey: string, cid?: string): Promise<reader.StoredRecord | null>
  /** A page of a collection, newest first unless `reverse`; `cursor` is the last rkey seen. */
  listRecords(
    did: string,
    collection: string,
    opts: reader.ListRecordsOptions,
  ): Promise<{ records: reader.StoredRecord[]; cursor?: string }>
  /** The collections holding at least one record. */
  listCollections(did: string): Promise<string[]>
  /** The repo's current commit, or null when it is not hosted here. */
  getLatestCommit(did: string): Promise<{ cid: string; rev: string } | null>
  /** The repo's head and hosting status, or null. */
  getRepoStatus(did: string): Promise<reader.RepoStatus | null>
  /** A page of hosted repos in DID order. */
  listRepos(opts: { limit: number; cursor?: string }): Promise<{ repos: reader.RepoStatus[]; cursor?: string }>
  /** The repo as a streamed CAR (all of it, or what was written after rev `since`). @throws RepoNotFoundError */
  exportRepo(did: string, since?: string): Promise<Readable>
  /** The commit, MST proof and record as a CAR. @throws RepoNotFoundError, RecordNotFoundError */
  getRecordProof(did: string, collection: string, rkey: string): Promise<Uint8Array>
  /** The named blocks as a CAR. @throws RepoNotFoundError, BlockNotFoundError */
  getBlocks(did: string, cids: readonly string[]): Promise<Uint8Array>
  /**
   * Replaces the repo with a verified, canonical CAR, as one transaction (importRepo).
   *
   * @throws ImportError (nothing is stored)
   */
  importRepo(req: ImportRequest): Promise<ImportResult>
  /** Bytes the in-memory caches hold now: blocks and records' JSON (overhead included), loaded MSTs (estimated). */
  cacheSize(): { blocks: number; trees: number; records: number }
  /** How applyWrites transactions were shared so far (SQLite's group commit); undefined on PostgreSQL. */
  commitStats(): GroupCommitStats | undefined
}

/** The default of {@link RepoServiceOptions.cacheBytes} (and of `PDS_REPO_CACHE_BYTES`). */
export const DEFAULT_REPO_CACHE_BYTES = 32 * 1024 * 1024
// @NOTE a loaded MST holds the decoded nodes of the paths written so far: a few hundred KB for a busy repo
const TREE_CACHE_REPOS = 256

/**
 * Builds the repo engine over `db`.
 *
 * @example
 * const repos = createRepoService(db, { dialect: config.database.dialect, snapshots: createSnapshots(db, config.database) })
 */
export function createRepoService(db: Database, opts: RepoServiceOptions): RepoService {
  const cacheBytes = opts.cacheBytes ?? DEFAULT_REPO_CACHE_BYTES
  const cache = cacheBytes > 0 ? new BlockCache(Math.floor((cacheBytes * 7) / 16)) : undefined
  const trees = cacheBytes > 0 ? new TreeCache(TREE_CACHE_REPOS, Math.floor((cacheBytes * 7) / 16)) : undefined
  const records = cacheBytes > 0 ? new RecordJsonCache(Math.floor(cacheBytes / 8)) : undefined
  const transactions = transactionsFor(db, opts.dialect)
  const writer = {
    db,
    transactions,
    dialect: opts.dialect,
    cache,
    trees,
    onCommit: opts.onCommit,
    afterCommit: opts.afterCommit,
    onWrites: opts.onWrites,
    signingKey: opts.signingKey,
  }
  const deps: reader.ReaderDeps = { db, dialect: opts.dialect, cache, records, snapshots: opts.snapshots }
  return Object.freeze({
    init: (trx: Database, did: string, keypair: Keypair) => initRepo(writer, trx, did, keypair),
    applyWrites: (req: WriteRequest) => writeRepo(writer, req),
    resign: (trx: Database, did: string, keypair: Keypair) => resignRepo(writer, trx, did, keypair),
    getRecord: (did: string, collection: string, rkey: string, cid?: string) =>
      reader.getRecord(deps, did, collection, rkey, cid),
    listRecords: (did: string, collection: string, o: reader.ListRecordsOptions) =>
      reader.listRecords(deps, did, collection, o),
    listCollections: (did: string) => reader.listCollections(deps, did),
    async getLatestCommit(did: string) {
      const status = await reader.getRepoStatus(deps, did)
      return status ? { cid: status.head, rev: status.rev } : null
    },
    getRepoStatus: (did: string) => reader.getRepoStatus(deps, did),
    listRepos: (o: { limit: number; cursor?: string }) => reader.listRepos(deps, o),
    exportRepo: (did: string, since?: string) => reader.exportRepo(deps, did, since),
    getRecordProof: (did: string, collection: string, rkey: string) =>
      reader.getRecordProof(deps, did, collection, rkey),
    getBlocks: (did: string, cids: readonly string[]) => reader.getBlocks(deps, did, cids),
    importRepo: (req: ImportRequest) =>
      importRepo(
        {
          db,
          dialect: opts.dialect,
          onImported: opts.onImported,
          afterCommit: opts.afterCommit,
          signingKey: opts.signingKey,
        },
        req,
      ),
    cacheSize: () => ({ blocks: cache?.size ?? 0, trees: trees?.size.bytes ?? 0, records: records?.size ?? 0 }),
    commitStats: () => transactions.stats?.(),
  })
}
