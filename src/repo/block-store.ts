/**
 * @atproto/repo's block storage over our database: the `repo_block` and `repo_root` rows
 * of one repo, read and written through a Kysely instance or transaction.
 *
 * @module
 */
import { BlockMap, type CommitData, ReadableBlockstore, type RepoStorage } from '@atproto/repo'
import { rt } from '#generated/index.js'
import type { Database } from '#src/db/database.js'
import { FixedSql, FixedSqlByCount, placeholders, type SqlDialect, valueRows } from '#src/db/fixed-sql.js'
import type { BlockCache } from './block-cache.js'
import { blockEntries, cidStrings } from './cid-strings.js'

/** A CID as @atproto/repo types it. */
export type Cid = CommitData['cid']

// @NOTE 5 bound values per inserted row; 400 rows stay far below SQLite's and PostgreSQL's limits
const INSERT_CHUNK = 400
const SELECT_CHUNK = 500

const GET_BLOCK = new FixedSql('select content from repo_block where did = ? and cid = ?')
const HAS_BLOCK = new FixedSql('select 1 as found from repo_block where did = ? and cid = ?')
const GET_BLOCKS = new FixedSqlByCount(
  (n) => `select cid, content from repo_block where did = ? and cid in (${placeholders(n)})`,
)
// @NOTE a block the repo already holds takes the new rev (see putMany)
const PUT_BLOCKS = new FixedSqlByCount(
  (n) =>
    `insert into repo_block (did, cid, repo_rev, size, content) values ${valueRows(n, 5)} ` +
    'on conflict (did, cid) do update set repo_rev = excluded.repo_rev',
)
const DELETE_BLOCKS = new FixedSqlByCount((n) => `delete from repo_block where did = ? and cid in (${placeholders(n)})`)

/**
 * The blocks of one repo, as the storage @atproto/repo's `MST` and `Repo` read and write.
 * Give it a transaction to read and write inside it; reads of blocks go through `cache`.
 *
 * @example
 * await db.transaction().execute(async (trx) => {
 *   const storage = new SqlBlockstore(trx, did, cache, 'sqlite')
 *   const mst = MST.load(storage, dataCid)
 *   await mst.get('app.bsky.feed.post/3k2a...')
 * })
 */
export class SqlBlockstore extends ReadableBlockstore implements RepoStorage {
  constructor(
    private db: Database,
    readonly did: string,
    private readonly cache: BlockCache | undefined,
    private readonly dialect: SqlDialect,
  ) {
    super()
  }

  /**
   * Points this storage (and so every MST node loaded through it) at another transaction.
   * @NOTE lets the writer keep a repo's loaded MST from one commit to the next; use it only
   * while holding the repo's write lock
   */
  bind(db: Database): void {
    this.db = db
  }

  #bytesRead = 0

  /**
   * The bytes of blocks read through this storage since the last call (for the tree cache's
   * estimate of what a loaded MST holds).
   */
  takeBytesRead(): number {
    const bytes = this.#bytesRead
    this.#bytesRead = 0
    return bytes
  }

  async getRoot(): Promise<Cid | null> {
    const row = await this.db.selectFrom('repoRoot').select('cid').where('did', '=', this.did).executeTakeFirst()
    return row ? rt.parseCid(row.cid) : null
  }

  async getBytes(cid: Cid): Promise<Uint8Array | null> {
    const key = cid.toString()
    const cached = this.cache?.get(key)
    if (cached) {
      this.#bytesRead += cached.byteLength
      return cached
    }
    const [row] = (await GET_BLOCK.run<{ content: Uint8Array }>(this.db, this.dialect, [this.did, key])).rows
    if (!row) return null
    this.cache?.set(key, row.content)
    this.#bytesRead += row.content.byteLength
    return row.content
  }

  async has(cid: Cid): Promise<boolean> {
    const { rows } = await HAS_BLOCK.run(this.db, this.dialect, [this.did, cid.toString()])
    return rows.length > 0
  }

  async getBlocks(cids: Cid[]): Promise<{ blocks: BlockMap; missing: Cid[] }> {
    const blocks = new BlockMap()
    const wanted: string[] = []
    for (const cid of cids) {
      const key = cid.toString()
      const cached = this.cache?.get(key)
      if (cached) blocks.set(cid, cached)
      else wanted.push(key)
    }
    for (let i = 0; i < wanted.length; i += SELECT_CHUNK) {
      const chunk = wanted.slice(i, i + SELECT_CHUNK)
      const { rows } = await GET_BLOCKS.run<{ cid: string; content: Uint8Array }>(this.db, this.dialect, chunk.length, [
        this.did,
        ...chunk,
      ])
      for (const row of rows) {
        this.cache?.set(row.cid, row.content)
        blocks.set(rt.parseCid(row.cid), row.content)
      }
    }
    this.#bytesRead += blocks.byteSize
    const missing = cids.filter((cid) => !blocks.has(cid))
    return { blocks, missing }
  }

  async putBlock(cid: Cid, block: Uint8Array, rev: string): Promise<void> {
    await this.putMany(new BlockMap([[cid, block]]), rev)
  }

  /**
   * Stores `blocks` as written by `rev`. A block the repo already holds takes the new rev,
   * so `getRepo?since=` still finds a block that a later commit refers to again.
   */
  async putMany(blocks: BlockMap, rev: string): Promise<void> {
    const entries = Array.from(blockEntries(blocks))
    for (let i = 0; i < entries.length; i += INSERT_CHUNK) {
      const chunk = entries.slice(i, i + INSERT_CHUNK)
      const params: unknown[] = []
      for (const [cid, bytes] of chunk) params.push(this.did, cid, rev, bytes.byteLength, asBuffer(bytes))
      await PUT_BLOCKS.run(this.db, this.dialect, chunk.length, params)
    }
    if (this.cache) for (const [cid, bytes] of entries) this.cache.set(cid, bytes)
  }

  /** Deletes the blocks named by `cids` (CID strings) from this repo. */
  async deleteMany(cids: readonly string[]): Promise<void> {
    for (let i = 0; i < cids.length; i += SELECT_CHUNK) {
      const chunk = cids.slice(i, i + SELECT_CHUNK)
      await DELETE_BLOCKS.run(this.db, this.dialect, chunk.length, [this.did, ...chunk])
    }
  }

  async updateRoot(cid: Cid, rev: string): Promise<void> {
    const row = { did: this.did, cid: cid.toString(), rev, indexedAt: new Date().toISOString() }
    await this.db
      .insertInto('repoRoot')
      .values(row)
      .onConflict((oc) => oc.column('did').doUpdateSet({ cid: row.cid, rev: row.rev, indexedAt: row.indexedAt }))
      .execute()
  }

  /**
   * Stores a commit as @atproto/repo formats it: new blocks, removed blocks, new root. The
   * repo engine uses its own write path (which also keeps the record index); this is for
   * callers of @atproto/repo's `Repo` API, such as tests.
   */
  async applyCommit(commit: CommitData): Promise<void> {
    await this.putMany(commit.newBlocks, commit.rev)
    await this.deleteMany(cidStrings(commit.removedCids))
    await this.updateRoot(commit.cid, commit.rev)
  }
}

/** The same bytes as a Buffer (no copy); both database drivers bind Buffers as binary. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
