/**
 * Builds one signed commit: applies record operations to the MST, diffs the new tree
 * against the old one, and signs the new root. Pure with respect to storage: it only reads
 * blocks; the caller stores the result.
 *
 * @see https://atproto.com/specs/repository#commit-objects
 * @module
 */
import { TID } from '@atproto/common'
import type { Keypair } from '@atproto/crypto'
import { BlockMap, CidSet, type CommitData, DataDiff, MST, type ReadableBlockstore, signCommit } from '@atproto/repo'
import type { Cid } from './block-store.js'
import { diffTrees, sealTree } from './mst-diff.js'
import { addKey, coveringProof, deleteKey, loadTree, type TreeNode, updateKey } from './mst-tree.js'

/** One record operation of a commit, as the firehose reports it. */
export interface CommitOp {
  action: 'create' | 'update' | 'delete'
  collection: string
  rkey: string
  /** The record's new CID; null for a delete. */
  cid: Cid | null
  /** The record's CID before the commit; null for a create. */
  prev: Cid | null
}

/**
 * Everything a commit changed: what @atproto/repo's `CommitData` carries (`newBlocks`: every
 * block the commit added; `relevantBlocks`: the MST nodes proving each op in the new tree,
 * with the new records and commit; `removedCids`: blocks no longer in the tree), plus the
 * ops and the previous MST root (`prevData`), which is what a sync v1.1 `#commit` event needs.
 */
export interface RepoCommit extends CommitData {
  did: string
  /** The MST root this commit signs. */
  data: Cid
  /** The MST root of the previous commit; null for the first commit. */
  prevData: Cid | null
  ops: CommitOp[]
}

/** A record operation whose action is settled (a `put` has become create or update). */
export type ResolvedOp =
  | { action: 'create'; collection: string; rkey: string; cid: Cid; bytes: Uint8Array }
  | { action: 'update'; collection: string; rkey: string; cid: Cid; bytes: Uint8Array; prev: Cid }
  | { action: 'delete'; collection: string; rkey: string; prev: Cid }

/** The current head of a repo, as read from its commit block. */
export interface RepoHead {
  did: string
  cid: Cid
  rev: string
  data: Cid
  /** The MST at `data`, already loaded (e.g. kept from the previous commit); loaded from storage when absent. */
  tree?: TreeNode
}

/**
 * Applies `ops` to the tree of `head` and signs the result. The new rev is a TID greater
 * than the head's, even if the clock went backwards. Returns the commit and the new tree.
 *
 * @example
 * const { commit } = await formatCommit(storage, head, [{ action: 'create', collection, rkey, cid, bytes }], keypair)
 */
export async function formatCommit(
  storage: ReadableBlockstore,
  head: RepoHead,
  ops: readonly ResolvedOp[],
  keypair: Keypair,
): Promise<{ commit: RepoCommit; tree: TreeNode }> {
  const before = head.tree ?? (await loadTree(storage, head.data))
  let tree = before
  for (const op of ops) {
    const key = `${op.collection}/${op.rkey}`
    if (op.action === 'create') tree = await addKey(storage, tree, key, op.cid)
    else if (op.action === 'update') tree = await updateKey(storage, tree, key, op.cid)
    else tree = await deleteKey(storage, tree, key)
  }
  const sealed = sealTree(tree)
  const data = tree.pointer
  const { newNodes, removedNodes } = diffTrees(before, tree, sealed)
  const newBlocks = new BlockMap()
  for (const node of newNodes) newBlocks.set(node.cid, node.bytes)
  const { added, removed } = leafChanges(ops)
  const removedCids = new CidSet()
  for (const cid of removedNodes) removedCids.add(cid)
  for (const cid of removed) removedCids.add(cid)
  // @NOTE sync v1.1: the event must carry, for every op, the nodes that prove it in the new
  // tree, so a consumer can invert the ops and arrive at prevData
  const relevantBlocks = new BlockMap()
  const proofNodes = await coveringProof(
    storage,
    tree,
    ops.map((op) => `${op.collection}/${op.rkey}`),
  )
  for (const node of proofNodes) {
    const pointer = node.pointer
    const bytes = sealed.get(node)?.bytes ?? (await storage.getBytes(pointer))
    if (!bytes) throw new Error(`MST node ${pointer} is missing from the repo of ${head.did}`)
    relevantBlocks.set(pointer, bytes)
  }
  for (const [key, [cid, bytes]] of leafEntries(ops)) {
    if (!added.has(key)) continue
    newBlocks.set(cid, bytes)
    relevantBlocks.set(cid, bytes)
  }

  const rev = TID.nextStr(head.rev)
  const signed = await signCommit({ did: head.did, version: 3, rev, prev: null, data }, keypair)
  const cid = await newBlocks.add(signed)
  relevantBlocks.set(cid, newBlocks.get(cid) as Uint8Array)
  removedCids.add(head.cid)
  const commit: RepoCommit = {
    did: head.did,
    cid,
    rev,
    since: head.rev,
    prev: head.cid,
    data,
    prevData: head.data,
    newBlocks,
    relevantBlocks,
    removedCids,
    ops: ops.map(toCommitOp),
  }
  return { commit, tree }
}

/**
 * The first commit of a repo: an empty MST, signed. `since`, `prev` and `prevData` are null.
 *
 * @example
 * const commit = await formatInitCommit(storage, 'did:plc:abc', keypair)
 */
export async function formatInitCommit(
  storage: ReadableBlockstore,
  did: string,
  keypair: Keypair,
): Promise<RepoCommit> {
  const tree = await MST.create(storage)
  const data = await tree.getPointer()
  const diff = await DataDiff.of(tree, null)
  const newBlocks = diff.newMstBlocks
  const rev = TID.nextStr()
  const signed = await signCommit({ did, version: 3, rev, prev: null, data }, keypair)
  const cid = await newBlocks.add(signed)
  return {
    did,
    cid,
    rev,
    since: null,
    prev: null,
    data,
    prevData: null,
    newBlocks,
    relevantBlocks: new BlockMap([
      [cid, newBlocks.get(cid) as Uint8Array],
      [data, newBlocks.get(data) as Uint8Array],
    ]),
    removedCids: diff.removedCids,
    ops: [],
  }
}

/** The written records' CIDs with their bytes, each CID once, in op order. */
function leafEntries(ops: readonly ResolvedOp[]): Map<string, [Cid, Uint8Array]> {
  const out = new Map<string, [Cid, Uint8Array]>()
  for (const op of ops) {
    if (op.action === 'delete') continue
    const key = op.cid.toString()
    if (!out.has(key)) out.set(key, [op.cid, op.bytes])
  }
  return out
}

/**
 * The record CIDs a commit adds and drops, as @atproto/repo's `DataDiff` counts them: in key
 * order, a record added with the CID of one dropped earlier in the commit (or dropped with the
 * CID of one added earlier) cancels out; an update counts both sides.
 */
function leafChanges(ops: readonly ResolvedOp[]): { added: Set<string>; removed: Cid[] } {
  // @NOTE with creates only nothing can cancel out: every written CID is new (the usual batch)
  if (ops.every((op) => op.action === 'create')) {
    return { added: new Set(ops.map((op) => op.cid.toString())), removed: [] }
  }
  const sorted = ops
    .map((op) => ({ op, key: `${op.collection}/${op.rkey}` }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  const added = new Set<string>()
  const removed = new Map<string, Cid>()
  for (const { op } of sorted) {
    if (op.action === 'create') {
      const key = op.cid.toString()
      if (removed.has(key)) removed.delete(key)
      else added.add(key)
    } else if (op.action === 'update') {
      const prev = op.prev.toString()
      const key = op.cid.toString()
      if (prev === key) continue
      removed.set(prev, op.prev)
      added.add(key)
    } else {
      const prev = op.prev.toString()
      if (added.has(prev)) added.delete(prev)
      else removed.set(prev, op.prev)
    }
  }
  return { added, removed: [...removed.values()] }
}

function toCommitOp(op: ResolvedOp): CommitOp {
  const { action, collection, rkey } = op
  if (op.action === 'create') return { action, collection, rkey, cid: op.cid, prev: null }
  if (op.action === 'update') return { action, collection, rkey, cid: op.cid, prev: op.prev }
  return { action, collection, rkey, cid: null, prev: op.prev }
}
