/**
 * The write path: one database transaction per commit. It locks the repo's root row, checks
 * the swaps, applies the ops to the MST, signs the commit and stores its blocks, the record
 * index and the new root, then runs the `onCommit` hook, all before the transaction commits.
 *
 * @module
 */
import { TID } from '@atproto/common'
import type { Keypair } from '@atproto/crypto'
import { BlockMap, def, signCommit } from '@atproto/repo'
import { rt } from '#generated/index.js'
import type { Database } from '#src/db/database.js'
import { FixedSql, FixedSqlByCount, placeholders, valueRows } from '#src/db/fixed-sql.js'
import type { Transactions } from '#src/db/group-commit.js'
import type { BlockCache } from './block-cache.js'
import { type Cid, SqlBlockstore } from './block-store.js'
import { cidStrings } from './cid-strings.js'
import { formatCommit, formatInitCommit, type RepoCommit, type ResolvedOp } from './commit.js'
import {
  InvalidSwapError,
  InvalidWriteError,
  RecordNotFoundError,
  RepoAlreadyExistsError,
  RepoNotFoundError,
} from './errors.js'
import { getValue, loadTree, type TreeNode } from './mst-tree.js'
import { type PreparedWrite, prepareWrites, type ValidationStatus, type WriteOp } from './prepare-writes.js'

/**
 * Called inside the write transaction with every commit (the first one too), after its
 * blocks, record index and root are stored. Throwing rolls the commit back.
 * @NOTE this is the firehose's hook: the sequencer appends the `#commit` event here, so
 * the event and the commit are durable together or not at all
 */
export type OnCommit = (trx: Database, commit: RepoCommit) => Promise<void>

/**
 * Called inside the write transaction with the repo's writes, once they are settled against
 * the current records and before the commit is signed (the blob service checks and links
 * the records' blobs here). Throwing rolls the commit back; the function it may return runs
 * after the transaction has committed.
 */
export type OnWrites = (
  trx: Database,
  did: string,
  writes: readonly PreparedWrite[],
) => Promise<(() => Promise<void>) | undefined>

/** What the write path needs besides the request. */
export interface WriterDeps {
  db: Database
  /**
   * Where each write's transaction runs: on SQLite a group commit, so writes that queue share
   * one COMMIT (src/db/group-commit.ts).
   */
  transactions: Transactions
  dialect: 'sqlite' | 'postgres'
  cache?: BlockCache
  /** The loaded MST of recently written repos, so the next commit need not decode its path again. */
  trees?: TreeCache
  onCommit?: OnCommit
  /**
   * Called after a write's transaction has committed, with that (finished) transaction: the
   * firehose sends the events appended in it.
   */
  afterCommit?: (trx: Database) => void
  /** The blob service's hook. See {@link OnWrites}. */
  onWrites?: OnWrites
  /**
   * The account's signing key as stored now, read in the write transaction under the repo
   * lock; unset, the request's key signs.
   * @NOTE a key rotation (here or in another process) takes the same lock to store its new
   * key, so no commit after it can be signed with the key it replaced; it also re-signs the
   * head, so a repo still at the head this process wrote is still under the key that signed it
   */
  signingKey?: (trx: Database, did: string) => Promise<Keypair>
}

/** A repo's head commit with its MST as loaded by the last write, and the storage it reads through. */
interface LoadedHead {
  commit: string
  /** `commit` as a CID. */
  commitCid: Cid
  data: Cid
  tree: TreeNode
  storage: SqlBlockstore
  /** The key that signed `commit`, as stored then (see {@link writeRepo}). */
  keypair: Keypair
  /** Estimated bytes the loaded MST holds in memory. */
  bytes: number
}

// @NOTE decoded MST nodes (objects, strings, CIDs) take a few times their DAG-CBOR bytes
const DECODED_FACTOR = 3

/**
 * The loaded heads of the most recently written repos, bounded by count and by the
 * estimated bytes of their loaded MSTs (the node blocks read or written through them, times
 * {@link DECODED_FACTOR}; replaced nodes are still counted, so it errs high). A head past an
 * eighth of the bound is not kept: its next commit loads the tree afresh.
 * @NOTE an entry is used only when the repo's root, read under the write lock, is still the
 * commit it was stored with, so a write from another process or a rolled-back commit just
 * misses; MST nodes are immutable, so sharing them between commits is safe
 */
export class TreeCache {
  readonly #heads = new Map<string, LoadedHead>()
  #bytes = 0
  constructor(
    readonly maxRepos: number,
    readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  /** The loaded head of `did` if it is still at `commit`. */
  take(did: string, commit: string): LoadedHead | undefined {
    const head = this.#remove(did)
    return head?.commit === commit ? head : undefined
  }

  put(did: string, head: LoadedHead): void {
    this.#remove(did)
    if (head.bytes > this.maxBytes / 8) return
    this.#heads.set(did, head)
    this.#bytes += head.bytes
    for (const oldest of this.#heads.keys()) {
      if (this.#heads.size <= this.maxRepos && this.#bytes <= this.maxBytes) break
      this.#remove(oldest)
    }
  }

  /** Heads and estimated bytes held now. */
  get size(): { repos: number; bytes: number } {
    return { repos: this.#heads.size, bytes: this.#bytes }
  }

  #remove(did: string): LoadedHead | undefined {
    const head = this.#heads.get(did)
    if (head) {
      this.#heads.delete(did)
      this.#bytes -= head.bytes
    }
    return head
  }
}

/** A batch of writes to one repo. */
export interface WriteRequest {
  did: string
  /** The repo's signing key. */
  keypair: Keypair
  writes: readonly WriteOp[]
  /** The commit CID the repo must be at, or the whole batch fails with InvalidSwapError. */
  swapCommit?: string
  /** See {@link prepareWrites}. */
  validate?: boolean
}

/** The outcome of one write, in request order; a `put` reports whether it created or updated. */
export type WriteResult =
  | { action: 'create' | 'update'; uri: string; cid: string; validationStatus: ValidationStatus }
  | { action: 'delete'; uri: string }

/** A stored commit and what each write did. */
export interface WriteOutcome {
  commit: { cid: string; rev: string }
  results: WriteResult[]
}

/**
 * Writes the signed first commit of an empty repo for `did`, inside `trx`.
 *
 * @throws RepoAlreadyExistsError when `did` already has a repo
 */
export async function initRepo(deps: WriterDeps, trx: Database, did: string, keypair: Keypair) {
  const existing = await trx.selectFrom('repoRoot').select('did').where('did', '=', did).executeTakeFirst()
  if (existing) throw new RepoAlreadyExistsError(did)
  const storage = new SqlBlockstore(trx, did, deps.cache, deps.dialect)
  const commit = await formatInitCommit(storage, did, keypair)
  await storage.putMany(commit.newBlocks, commit.rev)
  const cid = commit.cid.toString()
  await trx.insertInto('repoRoot').values({ did, cid, rev: commit.rev, indexedAt: new Date().toISOString() }).execute()
  await deps.onCommit?.(trx, commit)
  return { cid, rev: commit.rev }
}

/**
 * Applies `req.writes` to the repo as one commit, atomically.
 *
 * @throws RepoNotFoundError, InvalidSwapError, InvalidWriteError (RecordNotFoundError)
 */
export async function writeRepo(deps: WriterDeps, req: WriteRequest): Promise<WriteOutcome> {
  const { did } = req
  if (req.writes.length === 0) throw new InvalidWriteError('A commit needs at least one write')
  const prepared = await prepareWrites(did, req.writes, req.validate)
  let afterWrites: (() => Promise<void>) | undefined
  let committed: Database | undefined
  const outcome = await deps.transactions.execute(async (trx) => {
    committed = trx
    const root = await lockRoot(trx, deps.dialect, did)
    if (!root) throw new RepoNotFoundError(did)
    if (req.swapCommit !== undefined && req.swapCommit !== root.cid) {
      throw new InvalidSwapError(`Commit was at ${root.cid}, not ${req.swapCommit}`)
    }
    const loaded = deps.trees?.take(did, root.cid)
    const storage = loaded?.storage ?? new SqlBlockstore(trx, did, deps.cache, deps.dialect)
    storage.bind(trx)
    const headCid = loaded?.commitCid ?? rt.parseCid(root.cid)
    const data = loaded?.data ?? (await storage.readObj(headCid, def.commit)).data
    let ops: ResolvedOp[]
    let before: TreeNode
    try {
      before = loaded?.tree ?? (await loadTree(storage, data))
      // @NOTE the MST is the repo: it answers what each path holds now (the record index
      // agrees, in the same transaction), and the commit walks these nodes next anyway
      ops = []
      for (const write of prepared) {
        const current = await getValue(storage, before, `${write.collection}/${write.rkey}`)
        ops.push(resolveOp(write, current ?? undefined))
      }
    } catch (err) {
      // @NOTE nothing was written: the head is still current
      if (loaded) deps.trees?.put(did, loaded)
      throw err
    }
    afterWrites = await deps.onWrites?.(trx, did, prepared)
    const head = { did, cid: headCid, rev: root.rev, data, tree: before }
    // @NOTE a key is stored only by a rotation, which re-signs the head under this lock in the
    // same transaction: while the root is still the commit this process signed (a tree cache
    // hit), the key that signed it is still the stored one, and the read is saved
    const keypair = deps.signingKey ? (loaded?.keypair ?? (await deps.signingKey(trx, did))) : req.keypair
    const { commit, tree } = await formatCommit(storage, head, ops, keypair)
    await storeCommit(trx, deps.dialect, storage, commit, ops)
    await deps.onCommit?.(trx, commit)
    const recordBytes = ops.reduce((sum, op) => sum + (op.action === 'delete' ? 0 : op.bytes.byteLength), 0)
    const nodeBytes = storage.takeBytesRead() + Math.max(0, commit.newBlocks.byteSize - recordBytes)
    const bytes = (loaded?.bytes ?? 0) + DECODED_FACTOR * nodeBytes
    const commitCid = commit.cid
    deps.trees?.put(did, { commit: commitCid.toString(), commitCid, data: commit.data, tree, storage, keypair, bytes })
    const results = prepared.map((write, i) => toResult(write, ops[i] as ResolvedOp))
    return { commit: { cid: commit.cid.toString(), rev: commit.rev }, results }
  })
  if (committed) deps.afterCommit?.(committed)
  await afterWrites?.()
  return outcome
}

/** A commit re-signing a repo's data (see {@link resignRepo}). */
export interface ResignedCommit {
  cid: Cid
  rev: string
  /** The commit block. */
  bytes: Uint8Array
}

/**
 * Locks the repo of `did` in `trx` and makes its head a new commit over the same data
 * signed with `keypair` (after a signing-key rotation, so the repo verifies against the
 * DID document's new key); returns that commit. Records, blocks and older commits stay.
 *
 * @throws RepoNotFoundError
 */
export async function resignRepo(deps: WriterDeps, trx: Database, did: string, keypair: Keypair) {
  const root = await lockRoot(trx, deps.dialect, did)
  if (!root) throw new RepoNotFoundError(did)
  // @NOTE the loaded tree stays valid (same data), but its entry names the old head: drop it
  deps.trees?.take(did, root.cid)
  const storage = new SqlBlockstore(trx, did, deps.cache, deps.dialect)
  const { data } = await storage.readObj(rt.parseCid(root.cid), def.commit)
  const rev = TID.nextStr(root.rev)
  const signed = await signCommit({ did, version: 3, rev, prev: null, data }, keypair)
  const blocks = new BlockMap()
  const cid = await blocks.add(signed)
  await storage.putMany(blocks, rev)
  await trx
    .updateTable('repoRoot')
    .set({ cid: cid.toString(), rev, indexedAt: new Date().toISOString() })
    .where('did', '=', did)
    .execute()
  return { cid, rev, bytes: blocks.get(cid) as Uint8Array } satisfies ResignedCommit
}

/**
 * Locks the repo's root row for the rest of the transaction and reads it.
 * @NOTE PostgreSQL: a row lock, so writes to one repo queue while other repos' go on.
 * SQLite: the no-op UPDATE takes the database write lock first thing (as BEGIN IMMEDIATE
 * would), so even a second process on the same file waits (busy_timeout) rather than failing
 * to upgrade a read snapshot; within one process Kysely's single connection already serialises.
 * With no root row for `did` it returns undefined, the lock still taken.
 */
export async function lockRoot(trx: Database, dialect: WriterDeps['dialect'], did: string) {
  const lock = dialect === 'postgres' ? LOCK_ROOT_PG : LOCK_ROOT_SQLITE
  const { rows } = await lock.run<{ cid: string; rev: string }>(trx, dialect, [did])
  return rows[0]
}

const LOCK_ROOT_PG = new FixedSql('select cid, rev from repo_root where did = ? for update')
const LOCK_ROOT_SQLITE = new FixedSql('update repo_root set did = did where did = ? returning cid, rev')
/** Settles a write against the record's current CID (undefined: no record). */
function resolveOp(write: PreparedWrite, current: Cid | undefined): ResolvedOp {
  const { collection, rkey } = write
  const currentCid = current?.toString()
  if (write.swapRecord !== undefined && write.swapRecord !== (currentCid ?? null)) {
    throw new InvalidSwapError(`Record was at ${currentCid ?? 'nothing'}, not ${write.swapRecord ?? 'nothing'}`)
  }
  if (write.action === 'delete') {
    if (current === undefined) throw new RecordNotFoundError(write.uri)
    return { action: 'delete', collection, rkey, prev: current }
  }
  const { cid, bytes } = write
  if (write.action === 'create' || (write.action === 'put' && current === undefined)) {
    if (current !== undefined) throw new InvalidWriteError(`Record already exists: ${write.uri}`)
    return { action: 'create', collection, rkey, cid, bytes }
  }
  if (current === undefined) throw new RecordNotFoundError(write.uri)
  return { action: 'update', collection, rkey, cid, bytes, prev: current }
}

const RECORD_CHUNK = 200
const INSERT_RECORDS = new FixedSqlByCount(
  (n) => `insert into record (uri, cid, did, collection, rkey, repo_rev, indexed_at) values ${valueRows(n, 7)}`,
)
const UPDATE_RECORD = new FixedSql('update record set cid = ?, repo_rev = ?, indexed_at = ? where uri = ?')
const DELETE_RECORDS = new FixedSqlByCount((n) => `delete from record where uri in (${placeholders(n)})`)
const RECORDS_WITH_CID = new FixedSqlByCount(
  (n) => `select cid from record where did = ? and cid in (${placeholders(n)})`,
)
const UPDATE_ROOT = new FixedSql('update repo_root set cid = ?, rev = ?, indexed_at = ? where did = ?')

/** Stores a commit's blocks, the record index and the new root. */
async function storeCommit(
  trx: Database,
  dialect: WriterDeps['dialect'],
  storage: SqlBlockstore,
  commit: RepoCommit,
  ops: readonly ResolvedOp[],
) {
  const { did, rev } = commit
  const now = new Date().toISOString()
  await storage.putMany(commit.newBlocks, rev)

  const created: unknown[] = []
  const deleted: string[] = []
  for (const op of ops) {
    const uri = `at://${did}/${op.collection}/${op.rkey}`
    if (op.action === 'create') created.push(uri, op.cid.toString(), did, op.collection, op.rkey, rev, now)
    else if (op.action === 'update') await UPDATE_RECORD.run(trx, dialect, [op.cid.toString(), rev, now, uri])
    else deleted.push(uri)
  }
  // @NOTE 7 values a row: 200 rows bind 1,400, far within both databases' limits
  for (let i = 0; i < created.length; i += 7 * RECORD_CHUNK) {
    const chunk = created.slice(i, i + 7 * RECORD_CHUNK)
    await INSERT_RECORDS.run(trx, dialect, chunk.length / 7, chunk)
  }
  if (deleted.length > 0) await DELETE_RECORDS.run(trx, dialect, deleted.length, deleted)

  const removed = new Set(cidStrings(commit.removedCids))
  // @NOTE two records can share a CID (same content): a record block leaves the repo only
  // when no remaining record points at it
  const leftRecords = ops.flatMap((op) => (op.action === 'create' ? [] : [op.prev.toString()]))
  const candidates = [...new Set(leftRecords.filter((cid) => removed.has(cid)))]
  if (candidates.length > 0) {
    const stillUsed = await RECORDS_WITH_CID.run<{ cid: string }>(trx, dialect, candidates.length, [did, ...candidates])
    for (const row of stillUsed.rows) removed.delete(row.cid)
  }
  await storage.deleteMany([...removed])
  await UPDATE_ROOT.run(trx, dialect, [commit.cid.toString(), rev, now, did])
}

function toResult(write: PreparedWrite, op: ResolvedOp): WriteResult {
  if (write.action === 'delete' || op.action === 'delete') return { action: 'delete', uri: write.uri }
  return { action: op.action, uri: write.uri, cid: write.cid.toString(), validationStatus: write.validationStatus }
}
