/**
 * The second step of an import: a walk of the staged Merkle Search Tree, in key order, that
 * proves it is the canonical tree of its records. Every node must be at the layer its keys
 * hash to, its children one layer down, keys strictly increasing across the whole tree, no
 * node empty (but the root of an empty repo) or reached twice; every record must be present,
 * valid DAG-CBOR of its collection's `$type`, and valid against its Lexicon when known.
 * Reached blocks are marked, and the records and their blob references staged.
 *
 * @see https://atproto.com/specs/repository#mst-structure
 * @module
 */
import { createHash } from 'node:crypto'
import { decode as cborDecode } from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import { collections, rt } from '#generated/index.js'
import { blobRefs } from '#src/blobstore/blob-refs.js'
import type { Database } from '#src/db/database.js'
import { ImportError } from './errors.js'
import { recordUri } from './prepare-writes.js'

/** The deepest tree a walk accepts: sha-256 has 128 two-bit layers. */
const MAX_LAYER = 128

interface NodeEntry {
  p: number
  k: Uint8Array
  v: { toString(): string }
  t: { toString(): string } | null
}

interface WalkState {
  db: Database
  importId: string
  did: string
  lastKey: Uint8Array | undefined
  records: number
  /** Marks and rows not written yet: flushed together, in one transaction, every {@link FLUSH_ROWS}. */
  pending: {
    reached: Set<string>
    records: { importId: string; uri: string; cid: string; collection: string; rkey: string }[]
    links: { importId: string; recordUri: string; blobCid: string }[]
  }
}

// @NOTE one transaction per batch, not per statement: on SQLite each commit is an fsync
const FLUSH_ROWS = 2000

/**
 * Walks the tree whose root node is `data`, marking what it reaches and staging the
 * records. Returns how many records the tree holds.
 *
 * @throws ImportError naming the first rule the tree breaks
 */
export async function walkImportedTree(db: Database, importId: string, did: string, data: string): Promise<number> {
  const state: WalkState = {
    db,
    importId,
    did,
    lastKey: undefined,
    records: 0,
    pending: { reached: new Set(), records: [], links: [] },
  }
  await walkNode(state, data, undefined, true)
  await flush(state)
  return state.records
}

async function flush(state: WalkState): Promise<void> {
  const { db, importId, pending } = state
  const reached = [...pending.reached]
  const { records, links } = pending
  state.pending = { reached: new Set(), records: [], links: [] }
  await db.transaction().execute(async (trx) => {
    for (let at = 0; at < reached.length; at += 500) {
      const cids = reached.slice(at, at + 500)
      await trx
        .updateTable('importBlock')
        .set({ reachable: 1 })
        .where('importId', '=', importId)
        .where('cid', 'in', cids)
        .execute()
    }
    for (let at = 0; at < records.length; at += 500)
      await trx
        .insertInto('importRecord')
        .values(records.slice(at, at + 500))
        .execute()
    for (let at = 0; at < links.length; at += 500)
      await trx
        .insertInto('importRecordBlob')
        .values(links.slice(at, at + 500))
        .execute()
  })
}

async function maybeFlush(state: WalkState): Promise<void> {
  const { pending } = state
  if (pending.reached.size + pending.records.length + pending.links.length >= FLUSH_ROWS) await flush(state)
}

async function walkNode(state: WalkState, cid: string, expectedLayer: number | undefined, isRoot: boolean) {
  const node = decodeNode(cid, await takeBlock(state, cid))
  const keys = expandKeys(cid, node.e)
  let layer = expectedLayer
  if (keys.length === 0) {
    if (isRoot && node.l === null) return
    if (node.l === null) throw new ImportError(`MST node ${cid} is empty`)
    if (isRoot) throw new ImportError(`The MST root ${cid} holds no keys: the tree is not canonical`)
  } else {
    const keyLayer = layerOf(keys[0] as Uint8Array)
    for (const key of keys) {
      if (layerOf(key) !== keyLayer) throw new ImportError(`MST node ${cid} mixes keys of different layers`)
    }
    if (layer !== undefined && keyLayer !== layer) {
      throw new ImportError(
        `MST node ${cid} is at layer ${keyLayer} where layer ${layer} belongs: the tree is not canonical`,
      )
    }
    layer = keyLayer
  }
  if (layer === undefined || layer > MAX_LAYER) throw new ImportError(`MST node ${cid} is too deep`)
  if (layer === 0 && (node.l !== null || node.e.some((entry) => entry.t !== null))) {
    throw new ImportError(`MST node ${cid} is at layer 0 but has subtrees`)
  }
  if (node.l !== null) await walkNode(state, node.l.toString(), layer - 1, false)
  const leaves: { key: Uint8Array; cid: string }[] = []
  const flushLeaves = async () => {
    if (leaves.length > 0) await stageRecords(state, leaves.splice(0))
  }
  for (let i = 0; i < node.e.length; i++) {
    const entry = node.e[i] as NodeEntry
    const key = keys[i] as Uint8Array
    if (state.lastKey !== undefined && Buffer.compare(key, state.lastKey) <= 0) {
      throw new ImportError(`MST keys are out of order at ${Buffer.from(key).toString('utf8')}`)
    }
    state.lastKey = key
    leaves.push({ key, cid: entry.v.toString() })
    if (entry.t !== null) {
      await flushLeaves()
      await walkNode(state, entry.t.toString(), layer - 1, false)
    }
  }
  await flushLeaves()
}

/** Loads and marks the records of `leaves`, checks them, and stages their index rows. */
async function stageRecords(state: WalkState, leaves: { key: Uint8Array; cid: string }[]): Promise<void> {
  const { db, importId, did } = state
  const cids = [...new Set(leaves.map((leaf) => leaf.cid))]
  const rows = await db
    .selectFrom('importBlock')
    .select(['cid', 'content'])
    .where('importId', '=', importId)
    .where('cid', 'in', cids)
    .execute()
  const contents = new Map(rows.map((row) => [row.cid, row.content]))
  const { records, links } = state.pending
  for (const leaf of leaves) {
    const path = Buffer.from(leaf.key).toString('utf8')
    const slash = path.indexOf('/')
    const collection = path.slice(0, slash)
    const rkey = path.slice(slash + 1)
    if (slash < 0 || !rt.isNsid(collection) || !rt.isRecordKey(rkey)) {
      throw new ImportError(`MST key ${JSON.stringify(path)} is not a collection/record-key path`)
    }
    const bytes = contents.get(leaf.cid)
    if (!bytes) throw new ImportError(`The CAR lacks the record ${path} (${leaf.cid})`)
    const record = decodeRecord(path, bytes)
    if (record.$type !== collection) throw new ImportError(`Record ${path} has $type ${String(record.$type)}`)
    const known = collections[collection]
    if (known) {
      const result = known.validate(record)
      if (!result.success) throw new ImportError(`Record ${path} is not a valid ${collection}: ${result.error.message}`)
    }
    const uri = recordUri(did, collection, rkey)
    records.push({ importId, uri, cid: leaf.cid, collection, rkey })
    for (const ref of blobRefs(record)) links.push({ importId, recordUri: uri, blobCid: ref.cid })
    state.records++
  }
  for (const cid of cids) state.pending.reached.add(cid)
  await maybeFlush(state)
}

/** A node's block, marked reached. @throws ImportError when missing or reached before */
async function takeBlock(state: WalkState, cid: string): Promise<Uint8Array> {
  const { db, importId } = state
  const row = await db
    .selectFrom('importBlock')
    .select(['content', 'reachable'])
    .where('importId', '=', importId)
    .where('cid', '=', cid)
    .executeTakeFirst()
  if (!row) throw new ImportError(`The CAR lacks the MST node ${cid}`)
  if (Number(row.reachable) === 1 || state.pending.reached.has(cid)) {
    throw new ImportError(`MST node ${cid} is referenced twice`)
  }
  state.pending.reached.add(cid)
  await maybeFlush(state)
  return row.content
}

function isCid(value: unknown): boolean {
  return CID.asCID(value) !== null
}

function decodeNode(cid: string, bytes: Uint8Array): { l: NodeEntry['t']; e: NodeEntry[] } {
  let node: unknown
  try {
    node = cborDecode(bytes)
  } catch (err) {
    throw new ImportError(`MST node ${cid} is not valid DAG-CBOR`, { cause: err })
  }
  const malformed = () => new ImportError(`MST node ${cid} is malformed`)
  if (!rt.isPlainObject(node) || !Array.isArray(node.e) || !('l' in node)) throw malformed()
  if (node.l !== null && !isCid(node.l)) throw malformed()
  for (const entry of node.e as unknown[]) {
    if (!rt.isPlainObject(entry)) throw malformed()
    const { p, k, v, t } = entry
    if (!Number.isInteger(p) || (p as number) < 0 || !(k instanceof Uint8Array) || !isCid(v)) throw malformed()
    if (t !== null && !isCid(t)) throw malformed()
  }
  return node as unknown as { l: NodeEntry['t']; e: NodeEntry[] }
}

/** The full keys of a node's entries, undoing the prefix compression. */
function expandKeys(cid: string, entries: readonly NodeEntry[]): Uint8Array[] {
  const keys: Uint8Array[] = []
  let previous: Uint8Array = new Uint8Array(0)
  for (const [i, entry] of entries.entries()) {
    if (entry.p > previous.length || (i === 0 && entry.p !== 0)) {
      throw new ImportError(`MST node ${cid} has a bad key prefix length`)
    }
    const key = Buffer.concat([previous.subarray(0, entry.p), entry.k])
    keys.push(key)
    previous = key
  }
  return keys
}

/** The MST layer of a key: leading zero bits of its sha-256, counted in pairs. */
export function layerOf(key: Uint8Array): number {
  const hash = createHash('sha256').update(key).digest()
  let layer = 0
  for (const byte of hash) {
    if (byte === 0) {
      layer += 4
      continue
    }
    if (byte < 4) layer += 3
    else if (byte < 16) layer += 2
    else if (byte < 64) layer += 1
    break
  }
  return layer
}

function decodeRecord(path: string, bytes: Uint8Array): Record<string, unknown> {
  let record: unknown
  try {
    record = cborDecode(bytes)
  } catch (err) {
    throw new ImportError(`Record ${path} is not valid DAG-CBOR`, { cause: err })
  }
  if (!rt.isPlainObject(record)) throw new ImportError(`Record ${path} is not an object`)
  return record
}
