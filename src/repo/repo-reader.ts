/**
 * Reads of hosted repos: records from the record index, heads and statuses, and the CAR
 * exports of com.atproto.sync (whole repo streamed from the database, record proofs, blocks).
 *
 * @module
 */
import { Readable } from 'node:stream'
import { lexToJson } from '@atproto/lexicon'
import { cborToLex, getRecords } from '@atproto/repo'
import { rt } from '#generated/index.js'
import { PAGE_BYTES } from '#src/db/byte-pages.js'
import type { Database } from '#src/db/database.js'
import { prepared } from '#src/db/prepared.js'
import type { Snapshots } from '#src/db/snapshots.js'
import type { BlockCache } from './block-cache.js'
import { SqlBlockstore } from './block-store.js'
import { type CarBlock, carBlocks, carFile, carHeader } from './car.js'
import { BlockNotFoundError, RecordNotFoundError, RepoNotFoundError } from './errors.js'
import { recordUri } from './prepare-writes.js'
import { recordJson } from './record-json.js'
import type { RecordJsonCache } from './record-json-cache.js'

/** A record as read back: its value as the JSON text a read answers with (CIDs as `{$link}`, bytes as `{$bytes}`). */
export interface StoredRecord {
  uri: string
  cid: string
  json: string
}

/** Why a repo is not active, as com.atproto.sync reports it. */
export type RepoInactiveStatus = 'takendown' | 'deactivated'

/** A hosted repo's head and hosting status. */
export interface RepoStatus {
  did: string
  /** The current commit CID. */
  head: string
  rev: string
  active: boolean
  status?: RepoInactiveStatus
}

/** How listRecords pages. */
export interface ListRecordsOptions {
  limit: number
  /** The rkey of the last record of the previous page. */
  cursor?: string
  /** Oldest (lowest rkey) first; the default is newest first. */
  reverse?: boolean
}

// @NOTE blocks per page of a streamed CAR: about 150 KB of typical records and MST nodes, and
// never more than `pageBytes` (records reach 1 MiB: 500 of them would be 500 MiB at once)
const EXPORT_PAGE = 500

/** Read-side dependencies. */
export interface ReaderDeps {
  db: Database
  dialect: 'sqlite' | 'postgres'
  cache?: BlockCache
  /** Records' JSON texts by CID. */
  records?: RecordJsonCache
  /** Where exports read from, so a streamed CAR is one consistent state of the repo. */
  snapshots: Snapshots
  /** Most block bytes one page of an export holds (default {@link PAGE_BYTES}). */
  pageBytes?: number
  /** See {@link EXPORT_STALL_MS} (the default). */
  exportStallMs?: number
}

/** The record at `collection/rkey`, or null. With `cid`, only that version. */
export async function getRecord(
  deps: ReaderDeps,
  did: string,
  collection: string,
  rkey: string,
  cid?: string,
): Promise<StoredRecord | null> {
  const { db, records } = deps
  const uri = recordUri(did, collection, rkey)
  if (records) {
    const [key] =
      cid === undefined
        ? await RECORD_BY_URI.keys.execute(db, { uri })
        : await RECORD_VERSION_BY_URI.keys.execute(db, { uri, cid })
    if (!key) return null
    const json = records.get(key.cid)
    if (json !== undefined) return { uri: key.uri, cid: key.cid, json }
  }
  const [row] =
    cid === undefined
      ? await RECORD_BY_URI.rows.execute(db, { uri })
      : await RECORD_VERSION_BY_URI.rows.execute(db, { uri, cid })
  return row ? stored(deps, row) : null
}

// @NOTE the hottest reads, so compiled once (see prepared.ts); the selected names are single words.
// `keys` reads the record index alone, for records whose JSON is cached; `rows` joins their blocks.
const recordKeys = (db: Database) =>
  db.selectFrom('record').select(['record.uri', 'record.cid']).where('record.takedownRef', 'is', null)
const recordRows = (db: Database) =>
  db
    .selectFrom('record')
    .innerJoin('repoBlock', (join) =>
      join.onRef('repoBlock.did', '=', 'record.did').onRef('repoBlock.cid', '=', 'record.cid'),
    )
    .select(['record.uri', 'record.cid', 'repoBlock.content'])
    .where('record.takedownRef', 'is', null)
const RECORD_BY_URI = {
  keys: prepared((db, p: { uri: string }) => recordKeys(db).where('record.uri', '=', p.uri)),
  rows: prepared((db, p: { uri: string }) => recordRows(db).where('record.uri', '=', p.uri)),
}
const RECORD_VERSION_BY_URI = {
  keys: prepared((db, p: { uri: string; cid: string }) =>
    recordKeys(db).where('record.uri', '=', p.uri).where('record.cid', '=', p.cid),
  ),
  rows: prepared((db, p: { uri: string; cid: string }) =>
    recordRows(db).where('record.uri', '=', p.uri).where('record.cid', '=', p.cid),
  ),
}

/**
 * A page of one collection's records, in rkey order (newest first unless `reverse`).
 *
 * @NOTE with the JSON cache, the page is read from the record index alone and answered from
 * the cache when it holds every record of it; otherwise the page is read again with its blocks
 * (one consistent read, whatever commit landed between the two)
 */
export async function listRecords(
  deps: ReaderDeps,
  did: string,
  collection: string,
  opts: ListRecordsOptions,
): Promise<{ records: StoredRecord[]; cursor?: string }> {
  const { db, records: cache } = deps
  const order = opts.reverse ? 'asc' : 'desc'
  const params = { did, collection, cursor: opts.cursor ?? '', limit: opts.limit }
  const page = opts.cursor === undefined ? RECORD_PAGE[order] : RECORD_PAGE_AFTER[order]
  let records: StoredRecord[] | undefined
  let last: string | undefined
  if (cache) {
    const keys = await page.keys.execute(db, params)
    records = []
    for (const key of keys) {
      const json = cache.get(key.cid)
      if (json === undefined) {
        records = undefined
        break
      }
      records.push({ uri: key.uri, cid: key.cid, json })
    }
    last = keys.at(-1)?.rkey
  }
  if (!records) {
    const rows = await page.rows.execute(db, params)
    records = rows.map((row) => stored(deps, row))
    last = rows.at(-1)?.rkey
  }
  return records.length === opts.limit && last !== undefined ? { records, cursor: last } : { records }
}

type PageParams = { did: string; collection: string; cursor: string; limit: number }
type Order = 'asc' | 'desc'
const keyPage = (db: Database, p: PageParams, order: Order) =>
  recordKeys(db)
    .select('record.rkey')
    .where('record.did', '=', p.did)
    .where('record.collection', '=', p.collection)
    .orderBy('record.rkey', order)
    .limit(p.limit)
const rowPage = (db: Database, p: PageParams, order: Order) =>
  recordRows(db)
    .select('record.rkey')
    .where('record.did', '=', p.did)
    .where('record.collection', '=', p.collection)
    .orderBy('record.rkey', order)
    .limit(p.limit)
// @NOTE the cursor is the last rkey of the previous page: the next page starts past it
const past = (p: PageParams, order: Order) => ['record.rkey', order === 'asc' ? '>' : '<', p.cursor] as const
const pagesIn = (order: Order) => ({
  keys: prepared((db, p: PageParams) => keyPage(db, p, order)),
  rows: prepared((db, p: PageParams) => rowPage(db, p, order)),
})
const pagesAfter = (order: Order) => ({
  keys: prepared((db, p: PageParams) => keyPage(db, p, order).where(...past(p, order))),
  rows: prepared((db, p: PageParams) => rowPage(db, p, order).where(...past(p, order))),
})
const RECORD_PAGE = { asc: pagesIn('asc'), desc: pagesIn('desc') }
const RECORD_PAGE_AFTER = { asc: pagesAfter('asc'), desc: pagesAfter('desc') }

/** The NSIDs of the collections holding at least one record, sorted. */
export async function listCollections({ db }: ReaderDeps, did: string): Promise<string[]> {
  const rows = await db
    .selectFrom('record')
    .select('collection')
    .distinct()
    .where('did', '=', did)
    .orderBy('collection')
    .execute()
  return rows.map((row) => row.collection)
}

/** The repo's head and hosting status, or null when there is no such repo. */
export async function getRepoStatus({ db }: ReaderDeps, did: string): Promise<RepoStatus | null> {
  const row = await statusQuery(db).where('repoRoot.did', '=', did).executeTakeFirst()
  return row ? toStatus(row) : null
}

/** A page of hosted repos in DID order; `cursor` is the last DID of the previous page. */
export async function listRepos(
  { db }: ReaderDeps,
  opts: { limit: number; cursor?: string },
): Promise<{ repos: RepoStatus[]; cursor?: string }> {
  let query = statusQuery(db).orderBy('repoRoot.did').limit(opts.limit)
  if (opts.cursor !== undefined) query = query.where('repoRoot.did', '>', opts.cursor)
  const repos = (await query.execute()).map(toStatus)
  const last = repos.at(-1)
  return repos.length === opts.limit && last ? { repos, cursor: last.did } : { repos }
}

function statusQuery(db: Database) {
  return db
    .selectFrom('repoRoot')
    .leftJoin('account', 'account.did', 'repoRoot.did')
    .select(['repoRoot.did', 'repoRoot.cid', 'repoRoot.rev', 'account.deactivatedAt', 'account.takedownRef'])
}

function toStatus(row: {
  did: string
  cid: string
  rev: string
  deactivatedAt: string | null
  takedownRef: string | null
}): RepoStatus {
  const status: RepoInactiveStatus | undefined = row.takedownRef
    ? 'takendown'
    : row.deactivatedAt
      ? 'deactivated'
      : undefined
  const base = { did: row.did, head: row.cid, rev: row.rev }
  return status ? { ...base, active: false, status } : { ...base, active: true }
}

/**
 * The repo as a CAR stream, rooted at its current commit: every block (or, with `since`,
 * the blocks written after that rev), read from the database a page at a time.
 *
 * @NOTE every page is read from one snapshot (see snapshots.ts), taken before the root is
 * read, so the CAR is whole and consistent however many commits land while it streams. The
 * snapshot is released when the stream closes: at its end, on an error, or when the client
 * goes away (the HTTP layer destroys the stream); and a client that stops reading for
 * {@link EXPORT_STALL_MS} has its stream ended, so it cannot hold a snapshot for ever.
 * @throws RepoNotFoundError (before streaming starts)
 */
export async function exportRepo(deps: ReaderDeps, did: string, since?: string): Promise<Readable> {
  const snapshot = await deps.snapshots.open()
  let stream: Readable
  try {
    const root = await snapshot.db
      .selectFrom('repoRoot')
      .select(['cid', 'rev'])
      .where('did', '=', did)
      .executeTakeFirst()
    if (!root) throw new RepoNotFoundError(did)
    const stallMs = deps.exportStallMs ?? EXPORT_STALL_MS
    const chunks = exportChunks(snapshot.db, did, root, since, deps.pageBytes ?? PAGE_BYTES)
    stream = Readable.from(
      unlessStalled(chunks, stallMs, () => stream),
      { objectMode: false },
    )
  } catch (err) {
    await snapshot.release()
    throw err
  }
  stream.once('close', () => void snapshot.release())
  return stream
}

/** How long an export waits for its client to take the next page before ending the stream. */
export const EXPORT_STALL_MS = 60_000
// @NOTE on top of the stall time, each page in flight gets as long as it takes at 16 KB/s (a
// slow link): 1 s per 16 KB, so an 8 MB page of big records has about 9 minutes more
const SLOW_LINK_BYTES_PER_MS = 16

// @NOTE the timer runs only while the generator is parked at a yield, i.e. until the client has
// taken the page before this one (the stream hands on one page while it holds the next); the
// time spent reading pages from the database does not count
async function* unlessStalled(chunks: AsyncGenerator<Uint8Array>, stallMs: number, stream: () => Readable) {
  let previous = 0
  for await (const chunk of chunks) {
    const allowedMs = stallMs + (previous + chunk.byteLength) / SLOW_LINK_BYTES_PER_MS
    const timer = setTimeout(
      () => stream().destroy(new Error(`export stalled: the client took too little data in ${allowedMs} ms`)),
      allowedMs,
    )
    try {
      yield chunk
    } finally {
      clearTimeout(timer)
    }
    previous = chunk.byteLength
  }
}

async function* exportChunks(
  db: Database,
  did: string,
  root: { cid: string; rev: string },
  since: string | undefined,
  pageBytes: number,
) {
  yield carHeader([root.cid])
  // @NOTE a page carries the bytes of its blocks up to this size, so the rows of one page hold
  // at most `pageBytes`; a bigger block (rare: a large record) is read on its own
  const inline = Math.floor(pageBytes / EXPORT_PAGE)
  let after: { rev: string; cid: string } = { rev: since ?? '', cid: '' }
  for (;;) {
    const rows =
      since === undefined
        ? await EXPORT_PAGE_BY_CID.execute(db, { did, after: after.cid, inline, limit: EXPORT_PAGE })
        : await EXPORT_PAGE_BY_REV.execute(db, {
            did,
            since,
            afterRev: after.rev,
            afterCid: after.cid,
            inline,
            limit: EXPORT_PAGE,
          })
    let blocks: CarBlock[] = []
    let bytes = 0
    for (const row of rows) {
      const size = Number(row.size)
      if (blocks.length > 0 && bytes + size > pageBytes) {
        yield carBlocks(blocks)
        blocks = []
        bytes = 0
      }
      blocks.push({ cid: row.cid, bytes: row.content ?? (await blockContent(db, did, row.cid)) })
      bytes += size
    }
    if (blocks.length > 0) yield carBlocks(blocks)
    const last = rows.at(-1)
    if (!last || rows.length < EXPORT_PAGE) break
    after = { rev: 'rev' in last ? String(last.rev) : '', cid: last.cid }
  }
}

/** A block of the export too big to come with its page. */
async function blockContent(db: Database, did: string, cid: string): Promise<Uint8Array> {
  const [row] = await BLOCK_CONTENT.execute(db, { did, cid })
  // @NOTE cannot happen within one snapshot; a partial CAR must never pass for a whole one
  if (!row) throw new Error(`Block ${cid} of ${did} vanished during export`)
  return row.content
}

// @NOTE one ordered range scan per page, with the bytes: over the primary key (did, cid)
// without `since`, over (did, repo_rev, cid) with it (keyset pages past the last row). Only
// the columns the CAR needs: every value selected is one more JS object per row
const exportRows = (db: Database, p: { did: string; inline: number; limit: number }) =>
  db
    .selectFrom('repoBlock')
    .select((eb) => ['cid', 'size', eb.case().when('size', '<=', p.inline).then(eb.ref('content')).end().as('content')])
    .where('did', '=', p.did)
    .limit(p.limit)
const EXPORT_PAGE_BY_CID = prepared((db, p: { did: string; after: string; inline: number; limit: number }) =>
  exportRows(db, p).where('cid', '>', p.after).orderBy('cid'),
)
const EXPORT_PAGE_BY_REV = prepared(
  (db, p: { did: string; since: string; afterRev: string; afterCid: string; inline: number; limit: number }) =>
    exportRows(db, p)
      .select((eb) => eb.ref('repoRev').as('rev'))
      // @NOTE the row value first: SQLite then seeks the index to the page's start, where
      // `repo_rev > since` first would scan every earlier page again (PostgreSQL seeks either way)
      .where((eb) => eb(eb.refTuple('repoRev', 'cid'), '>', eb.tuple(p.afterRev, p.afterCid)))
      .where('repoRev', '>', p.since)
      .orderBy('repoRev')
      .orderBy('cid'),
)
const BLOCK_CONTENT = prepared((db, p: { did: string; cid: string }) =>
  db.selectFrom('repoBlock').select('content').where('did', '=', p.did).where('cid', '=', p.cid),
)

/**
 * The current commit, the MST nodes proving `collection/rkey`, and the record: a CAR a
 * client can verify against the repo's signing key.
 *
 * @throws RepoNotFoundError, RecordNotFoundError
 */
export async function getRecordProof(
  deps: ReaderDeps,
  did: string,
  collection: string,
  rkey: string,
): Promise<Uint8Array> {
  return readSnapshot(deps, async (db) => {
    const root = await db.selectFrom('repoRoot').select('cid').where('did', '=', did).executeTakeFirst()
    if (!root) throw new RepoNotFoundError(did)
    const uri = recordUri(did, collection, rkey)
    const record = await db.selectFrom('record').select('uri').where('uri', '=', uri).executeTakeFirst()
    if (!record) throw new RecordNotFoundError(uri)
    const storage = new SqlBlockstore(db, did, deps.cache, deps.dialect)
    const chunks: Uint8Array[] = []
    for await (const chunk of getRecords(storage, rt.parseCid(root.cid), [{ collection, rkey }])) chunks.push(chunk)
    return Buffer.concat(chunks)
  })
}

/**
 * The named blocks of the repo as a CAR without roots.
 *
 * @NOTE no snapshot (unlike {@link exportRepo} and {@link getRecordProof}): a block's bytes are
 * fixed by its CID, so reads at different states cannot mix two versions of anything. What a
 * commit in between can change is only which blocks exist, and the request's blocks are read
 * in one statement (a URL holds ~250 CIDs, under the 500 of one chunk of `getBlocks`); the
 * root read before it only tells an unknown repo from missing blocks, and a repo deleted in
 * between answers BlockNotFound, true of the later state
 * @throws RepoNotFoundError, BlockNotFoundError (naming every missing CID)
 */
export async function getBlocks(deps: ReaderDeps, did: string, cids: readonly string[]): Promise<Uint8Array> {
  const root = await deps.db.selectFrom('repoRoot').select('cid').where('did', '=', did).executeTakeFirst()
  if (!root) throw new RepoNotFoundError(did)
  // @NOTE no cache: it knows contents by CID, not which repo holds them
  const storage = new SqlBlockstore(deps.db, did, undefined, deps.dialect)
  const { blocks, missing } = await storage.getBlocks(cids.map((cid) => rt.parseCid(cid)))
  if (missing.length > 0) throw new BlockNotFoundError(missing.map(String))
  return carFile([], blocks.entries())
}

/**
 * Runs several reads against one consistent state of the database.
 * @NOTE SQLite: a transaction on the single connection (writers wait; keep `fn` short).
 * PostgreSQL: REPEATABLE READ, one snapshot for every statement.
 */
async function readSnapshot<T>(deps: ReaderDeps, fn: (db: Database) => Promise<T>): Promise<T> {
  const builder = deps.db.transaction()
  return (deps.dialect === 'postgres' ? builder.setIsolationLevel('repeatable read') : builder).execute(fn)
}

function stored({ records }: ReaderDeps, row: { uri: string; cid: string; content: Uint8Array }): StoredRecord {
  let json = records?.get(row.cid)
  if (json === undefined) {
    // @NOTE the general path is what xrpc-server does with a lex value answer, so both give the same text (and errors)
    json = recordJson(row.content) ?? JSON.stringify(lexToJson(cborToLex(row.content) as never))
    records?.set(row.cid, json)
  }
  return { uri: row.uri, cid: row.cid, json }
}
