/**
 * What one commit changed in the MST, found from the nodes the commit rebuilt rather than
 * by walking both trees side by side: the rebuilt nodes are encoded and hashed once each
 * ({@link sealTree}), and only the old nodes along the changed paths are looked at
 * ({@link diffTrees}).
 *
 * @NOTE @atproto/repo's `MST.getPointer` then `DataDiff.of` encodes and hashes every rebuilt
 * node twice and walks both trees entry by entry; on the write path that was about a quarter of
 * the CPU per record. The result is the same: the same node bytes (DAG-CBOR, as
 * `serializeNodeData` lays a node out), the same new blocks in the same order (the new tree's
 * pre-order) and the same removed CIDs.
 * @see https://atproto.com/specs/repository#mst-structure
 * @module
 */
import { createHash } from 'node:crypto'
import { CID } from 'multiformats/cid'
import { Digest } from 'multiformats/hashes/digest'
import type { Cid } from './block-store.js'
import type { TreeEntry, TreeNode } from './mst-tree.js'

/** A node this commit rebuilt, with its new encoding. */
export interface SealedNode {
  cid: Cid
  /** `cid` as a string. */
  key: string
  bytes: Uint8Array
}

/**
 * Encodes and hashes every node of `tree` that ops have rebuilt since it was last sealed
 * (children first) and stores each one's CID as its pointer, as `tree.getPointer()` would.
 * Returns the rebuilt nodes reachable from the root.
 *
 * @example
 * const sealed = sealTree(await addKey(storage, before, key, cid))
 */
export function sealTree(tree: TreeNode): Map<TreeNode, SealedNode> {
  const sealed = new Map<TreeNode, SealedNode>()
  if (tree.outdatedPointer) seal(tree, sealed)
  return sealed
}

function seal(node: TreeNode, sealed: Map<TreeNode, SealedNode>): void {
  // @NOTE a rebuilt node always has its entries (ops build it from them)
  const entries = node.entries as TreeEntry[]
  for (const entry of entries) if (entry.isTree() && entry.outdatedPointer) seal(entry, sealed)
  const bytes = encodeNode(entries)
  const cid = cborCid(bytes)
  node.pointer = cid
  node.outdatedPointer = false
  sealed.set(node, { cid, key: cid.toString(), bytes })
}

/** The MST's change between two trees: new node blocks in the new tree's pre-order, and the CIDs of old nodes gone. */
export interface TreeDiff {
  newNodes: SealedNode[]
  removedNodes: Cid[]
}

/**
 * The nodes of `after` that `before` does not hold, and the nodes of `before` that `after`
 * no longer holds. `sealed` is {@link sealTree}'s answer for `after`, a tree made from
 * `before` by ops (so every node it did not rebuild is a node of `before`).
 *
 * @NOTE only nodes whose CID can be in both trees are compared: an old node can only stay if
 * it is the new root, a rebuilt node or a child of one; an old node is looked into only when
 * it is gone (its children may stay), and a new node only when the old tree does not hold it
 */
export function diffTrees(before: TreeNode, after: TreeNode, sealed: Map<TreeNode, SealedNode>): TreeDiff {
  const mayStay = new Set<string>([after.pointer.toString()])
  for (const [node, { key }] of sealed) {
    mayStay.add(key)
    for (const entry of node.entries as TreeEntry[]) if (entry.isTree()) mayStay.add(entry.pointer.toString())
  }
  const seenOld = new Set<string>()
  const removedNodes: Cid[] = []
  const visitOld = (node: TreeNode): void => {
    const key = node.pointer.toString()
    seenOld.add(key)
    if (mayStay.has(key)) return
    removedNodes.push(node.pointer)
    // @NOTE a node that is gone was changed by an op, which loaded it
    if (!node.entries) throw new Error(`MST node ${key} is gone from the tree, yet no op reached it`)
    for (const entry of node.entries) if (entry.isTree()) visitOld(entry)
  }
  visitOld(before)
  const newNodes: SealedNode[] = []
  const visitNew = (node: TreeNode): void => {
    const found = sealed.get(node)
    const key = found?.key ?? node.pointer.toString()
    if (seenOld.has(key)) return
    if (!found) throw new Error(`MST node ${key} was not rebuilt, yet the previous tree does not hold it`)
    newNodes.push(found)
    for (const entry of node.entries as TreeEntry[]) if (entry.isTree()) visitNew(entry)
  }
  visitNew(after)
  return { newNodes, removedNodes }
}

/**
 * A node's DAG-CBOR: `{ e: [{ k, p, t, v }...], l }`, keys in canonical order, each leaf key
 * written as the part it does not share with the previous one.
 */
export function encodeNode(entries: readonly TreeEntry[]): Uint8Array {
  const out = new Writer()
  let i = 0
  let left: Cid | null = null
  const first = entries[0]
  if (first?.isTree()) {
    left = first.pointer
    i = 1
  }
  let count = 0
  for (const entry of entries) if (entry.isLeaf()) count++
  out.byte(0xa2)
  out.text1(0x65) // "e"
  out.head(4, count)
  let lastKey = ''
  while (i < entries.length) {
    const leaf = entries[i] as TreeEntry
    if (!leaf.isLeaf()) throw new Error('Not a valid node: two subtrees next to each other')
    const next = entries[i + 1]
    const subtree = next?.isTree() ? next.pointer : null
    i += subtree ? 2 : 1
    const prefix = sharedPrefix(lastKey, leaf.key)
    out.byte(0xa4)
    out.text1(0x6b) // "k"
    out.ascii(leaf.key, prefix)
    out.text1(0x70) // "p"
    out.head(0, prefix)
    out.text1(0x74) // "t"
    out.cidOrNull(subtree)
    out.text1(0x76) // "v"
    out.cidOrNull(leaf.value)
    lastKey = leaf.key
  }
  out.text1(0x6c) // "l"
  out.cidOrNull(left)
  return out.done()
}

function sharedPrefix(a: string, b: string): number {
  let n = 0
  while (n < a.length && a.charCodeAt(n) === b.charCodeAt(n)) n++
  return n
}

/** The CIDv1 (dag-cbor, sha-256) of `bytes`. */
export function cborCid(bytes: Uint8Array): Cid {
  const cidBytes = new Uint8Array(36)
  cidBytes.set([0x01, 0x71, 0x12, 0x20])
  cidBytes.set(createHash('sha256').update(bytes).digest(), 4)
  const digest = new Digest(0x12, 32, cidBytes.subarray(4), cidBytes.subarray(2))
  return new CID(1, 0x71, digest, cidBytes) as unknown as Cid
}

/** A growing byte buffer for {@link encodeNode}. */
class Writer {
  #buf = Buffer.allocUnsafe(512)
  #at = 0

  #room(n: number): void {
    if (this.#at + n <= this.#buf.length) return
    const bigger = Buffer.allocUnsafe(Math.max(this.#buf.length * 2, this.#at + n))
    this.#buf.copy(bigger, 0, 0, this.#at)
    this.#buf = bigger
  }

  byte(b: number): void {
    this.#room(1)
    this.#buf[this.#at++] = b
  }

  /** A one-character text string. */
  text1(code: number): void {
    this.#room(2)
    this.#buf[this.#at++] = 0x61
    this.#buf[this.#at++] = code
  }

  /** A CBOR head: major type and argument, in the shortest form. */
  head(major: number, n: number): void {
    this.#room(9)
    const m = major << 5
    if (n < 24) this.#buf[this.#at++] = m | n
    else if (n < 0x100) {
      this.#buf[this.#at++] = m | 24
      this.#buf[this.#at++] = n
    } else if (n < 0x10000) {
      this.#buf[this.#at++] = m | 25
      this.#buf.writeUInt16BE(n, this.#at)
      this.#at += 2
    } else {
      this.#buf[this.#at++] = m | 26
      this.#buf.writeUInt32BE(n, this.#at)
      this.#at += 4
    }
  }

  /** `text.slice(from)` as a byte string (TreeNode keys are ASCII). */
  ascii(text: string, from: number): void {
    const n = text.length - from
    this.head(2, n)
    this.#room(n)
    for (let i = from; i < text.length; i++) this.#buf[this.#at++] = text.charCodeAt(i)
  }

  /** A CID as DAG-CBOR links it (tag 42 over a 0x00-prefixed byte string), or null. */
  cidOrNull(cid: Cid | null): void {
    if (cid === null) {
      this.byte(0xf6)
      return
    }
    const bytes = cid.bytes
    this.#room(2)
    this.#buf[this.#at++] = 0xd8
    this.#buf[this.#at++] = 42
    this.head(2, bytes.byteLength + 1)
    this.#room(bytes.byteLength + 1)
    this.#buf[this.#at++] = 0
    this.#buf.set(bytes, this.#at)
    this.#at += bytes.byteLength
  }

  done(): Uint8Array {
    return new Uint8Array(this.#buf.subarray(0, this.#at))
  }
}
