/**
 * The write path's Merkle Search Tree: immutable nodes, changed by copying the path to a
 * key, loaded from storage only where an op reaches. The same tree as @atproto/repo's `MST`
 * builds (the shape is fixed by the keys alone), without its per-call promises, entry-array
 * copies and the hash of an empty node computed for every new subtree.
 *
 * Ops run synchronously on the nodes already loaded; one that reaches a node not loaded yet
 * stops, the node is read, and the op runs again on the same (unchanged) tree.
 *
 * @see https://atproto.com/specs/repository#mst-structure
 * @module
 */
import { createHash } from 'node:crypto'
import type { ReadableBlockstore } from '@atproto/repo'
import { decode as cborDecode } from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import type { Cid } from './block-store.js'

/** A record's entry: its path (`collection/rkey`) and CID. */
export class TreeLeaf {
  readonly kind = 'leaf'
  constructor(
    readonly key: string,
    readonly value: Cid,
  ) {}
  isLeaf(): this is TreeLeaf {
    return true
  }
  isTree(): this is TreeNode {
    return false
  }
}

/**
 * A node of the tree. `entries` is null until it is loaded; a node an op built has
 * `outdatedPointer` set until {@link sealTree} (mst-diff.ts) encodes it and sets `pointer`.
 */
export class TreeNode {
  readonly kind = 'tree'
  constructor(
    readonly layer: number,
    public pointer: Cid,
    public entries: TreeEntry[] | null,
    public outdatedPointer: boolean,
  ) {}
  isLeaf(): this is TreeLeaf {
    return false
  }
  isTree(): this is TreeNode {
    return true
  }
}

export type TreeEntry = TreeNode | TreeLeaf

/** An op reached a node whose entries are not loaded. */
class NeedsLoad {
  constructor(readonly node: TreeNode) {}
}

/** An op the tree refuses: a create of a key that is there, an update or delete of one that is not. */
export class TreeOpError extends Error {}

/**
 * The tree whose root is `cid`, with the root node loaded.
 *
 * @example
 * const tree = await loadTree(storage, commit.data)
 */
export async function loadTree(storage: ReadableBlockstore, cid: Cid): Promise<TreeNode> {
  const data = await readNode(storage, cid)
  const first = data.e[0]
  let layer = 0
  let left: TreeNode | undefined
  if (first) layer = keyLayer(Buffer.from(first.k).toString('latin1'))
  else if (data.l) {
    // @NOTE only a non-canonical root holds no keys; its layer is its child's plus one
    left = await loadTree(storage, data.l)
    layer = left.layer + 1
  }
  const node = new TreeNode(layer, cid, null, false)
  node.entries = entriesOf(data, layer, left)
  return node
}

/** The CID stored at `key`, or null. */
export function getValue(storage: ReadableBlockstore, tree: TreeNode, key: string): Promise<Cid | null> {
  return settle(storage, () => get(tree, key))
}

/** `tree` with `key` added. @throws TreeOpError when `key` is there already */
export function addKey(storage: ReadableBlockstore, tree: TreeNode, key: string, value: Cid): Promise<TreeNode> {
  const layer = keyLayer(key)
  return settle(storage, () => add(tree, key, value, layer))
}

/** `tree` with the value at `key` replaced. @throws TreeOpError when `key` is not there */
export function updateKey(storage: ReadableBlockstore, tree: TreeNode, key: string, value: Cid): Promise<TreeNode> {
  return settle(storage, () => update(tree, key, value))
}

/** `tree` without `key`. @throws TreeOpError when `key` is not there */
export function deleteKey(storage: ReadableBlockstore, tree: TreeNode, key: string): Promise<TreeNode> {
  return settle(storage, () => trimTop(deleteFrom(tree, key)))
}

/**
 * The nodes of `tree` that prove each of `keys` (present or absent) and its neighbours: the
 * path to where the key is or would be, and the paths to the leaves just before and after
 * it, in the order they are first reached. The same set as @atproto/repo's
 * `MST.getCoveringProof` gives.
 * @see https://atproto.com/specs/sync#commit-validation-mst-operations
 */
export async function coveringProof(
  storage: ReadableBlockstore,
  tree: TreeNode,
  keys: readonly string[],
): Promise<Set<TreeNode>> {
  const out = new Set<TreeNode>()
  for (const key of keys) {
    // @NOTE a rerun after a load adds the same nodes again in the same order, so the Set's order holds
    await settle(storage, () => {
      for (const side of ['self', 'left', 'right'] as const) descend(tree, key, side, out)
    })
  }
  return out
}

function descend(node: TreeNode, key: string, side: 'self' | 'left' | 'right', out: Set<TreeNode>): void {
  out.add(node)
  const entries = entriesIn(node)
  const at = indexOf(entries, key)
  const found = entries[at]
  const before = entries[at - 1]
  const isKey = found?.kind === 'leaf' && found.key === key
  let next: TreeEntry | undefined
  if (side === 'self') next = isKey ? undefined : before
  else if (side === 'left') next = before
  else if (!found) next = before
  else next = isKey ? entries[at + 1] : before
  if (next?.kind === 'tree') descend(next, key, side, out)
}

/** The layer of `key`: leading zero bits of its SHA-256, two per layer (a fanout of 4). */
export function keyLayer(key: string): number {
  const hash = createHash('sha256').update(key).digest()
  let zeros = 0
  for (const byte of hash) {
    if (byte < 64) zeros++
    if (byte < 16) zeros++
    if (byte < 4) zeros++
    if (byte !== 0) break
    zeros++
  }
  return zeros
}

async function settle<T>(storage: ReadableBlockstore, op: () => T): Promise<T> {
  for (;;) {
    try {
      return op()
    } catch (err) {
      if (!(err instanceof NeedsLoad)) throw err
      await load(storage, err.node)
    }
  }
}

async function load(storage: ReadableBlockstore, node: TreeNode): Promise<void> {
  const data = await readNode(storage, node.pointer)
  node.entries ??= entriesOf(data, node.layer)
}

interface NodeData {
  l: Cid | null
  e: { p: number; k: Uint8Array; v: Cid; t: Cid | null }[]
}

async function readNode(storage: ReadableBlockstore, cid: Cid): Promise<NodeData> {
  const bytes = await storage.getBytes(cid)
  if (!bytes) throw new Error(`MST node ${cid} is missing from the repo`)
  const data = cborDecode(bytes) as Partial<NodeData> | null
  const isLink = (value: unknown) => value === null || CID.asCID(value) !== null
  const ok =
    typeof data === 'object' &&
    data !== null &&
    isLink(data.l) &&
    Array.isArray(data.e) &&
    data.e.every(
      (e) =>
        typeof e === 'object' &&
        e !== null &&
        Number.isInteger(e.p) &&
        e.k instanceof Uint8Array &&
        e.v !== null &&
        isLink(e.v) &&
        isLink(e.t),
    )
  if (!ok) throw new Error(`Block ${cid} is not an MST node`)
  return data as NodeData
}

function entriesOf(data: NodeData, layer: number, left?: TreeNode): TreeEntry[] {
  const entries: TreeEntry[] = []
  if (data.l) entries.push(left ?? new TreeNode(layer - 1, data.l, null, false))
  let lastKey = ''
  for (const e of data.e) {
    const key = lastKey.slice(0, e.p) + Buffer.from(e.k).toString('latin1')
    entries.push(new TreeLeaf(key, e.v))
    lastKey = key
    if (e.t) entries.push(new TreeNode(layer - 1, e.t, null, false))
  }
  return entries
}

function entriesIn(node: TreeNode): TreeEntry[] {
  if (node.entries === null) throw new NeedsLoad(node)
  return node.entries
}

/** A node an op built, to be encoded when the commit is sealed. */
function built(from: TreeNode, layer: number, entries: TreeEntry[]): TreeNode {
  return new TreeNode(layer, from.pointer, entries, true)
}

/** The index of the first leaf at or after `key`, or the entry count. */
function indexOf(entries: readonly TreeEntry[], key: string): number {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as TreeEntry
    if (entry.kind === 'leaf' && entry.key >= key) return i
  }
  return entries.length
}

function get(node: TreeNode, key: string): Cid | null {
  const entries = entriesIn(node)
  const i = indexOf(entries, key)
  const found = entries[i]
  if (found?.kind === 'leaf' && found.key === key) return found.value
  const prev = entries[i - 1]
  return prev?.kind === 'tree' ? get(prev, key) : null
}

function add(node: TreeNode, key: string, value: Cid, layer: number): TreeNode {
  const entries = entriesIn(node)
  const leaf = new TreeLeaf(key, value)
  if (layer === node.layer) {
    const i = indexOf(entries, key)
    const found = entries[i]
    if (found?.kind === 'leaf' && found.key === key) throw new TreeOpError(`There is already a value at key: ${key}`)
    const prev = entries[i - 1]
    if (prev?.kind !== 'tree') return built(node, node.layer, [...entries.slice(0, i), leaf, ...entries.slice(i)])
    const [left, right] = split(prev, key)
    return built(node, node.layer, [
      ...entries.slice(0, i - 1),
      ...(left ? [left] : []),
      leaf,
      ...(right ? [right] : []),
      ...entries.slice(i),
    ])
  }
  if (layer < node.layer) {
    const i = indexOf(entries, key)
    const prev = entries[i - 1]
    if (prev?.kind === 'tree') return built(node, node.layer, replaced(entries, i - 1, add(prev, key, value, layer)))
    const child = add(new TreeNode(node.layer - 1, node.pointer, [], true), key, value, layer)
    return built(node, node.layer, [...entries.slice(0, i), child, ...entries.slice(i)])
  }
  // @NOTE the key belongs above this node: the tree is split around it, with single-child
  // nodes in between when it is two or more layers higher
  let [left, right] = split(node, key)
  for (let at = node.layer + 1; at < layer; at++) {
    if (left) left = built(left, at, [left])
    if (right) right = built(right, at, [right])
  }
  return built(node, layer, [...(left ? [left] : []), leaf, ...(right ? [right] : [])])
}

function update(node: TreeNode, key: string, value: Cid): TreeNode {
  const entries = entriesIn(node)
  const i = indexOf(entries, key)
  const found = entries[i]
  if (found?.kind === 'leaf' && found.key === key)
    return built(node, node.layer, replaced(entries, i, new TreeLeaf(key, value)))
  const prev = entries[i - 1]
  if (prev?.kind === 'tree') return built(node, node.layer, replaced(entries, i - 1, update(prev, key, value)))
  throw new TreeOpError(`Could not find a record with key: ${key}`)
}

function deleteFrom(node: TreeNode, key: string): TreeNode {
  const entries = entriesIn(node)
  const i = indexOf(entries, key)
  const found = entries[i]
  if (found?.kind === 'leaf' && found.key === key) {
    const prev = entries[i - 1]
    const next = entries[i + 1]
    if (prev?.kind === 'tree' && next?.kind === 'tree') {
      return built(node, node.layer, [...entries.slice(0, i - 1), merge(prev, next), ...entries.slice(i + 2)])
    }
    return built(node, node.layer, [...entries.slice(0, i), ...entries.slice(i + 1)])
  }
  const prev = entries[i - 1]
  if (prev?.kind !== 'tree') throw new TreeOpError(`Could not find a record with key: ${key}`)
  const sub = deleteFrom(prev, key)
  if (entriesIn(sub).length === 0) return built(node, node.layer, [...entries.slice(0, i - 1), ...entries.slice(i)])
  return built(node, node.layer, replaced(entries, i - 1, sub))
}

/** The entries of `node` split into those before `key` and those after, as two nodes of its layer (null when empty). */
function split(node: TreeNode, key: string): [TreeNode | null, TreeNode | null] {
  const entries = entriesIn(node)
  const i = indexOf(entries, key)
  const left = entries.slice(0, i)
  const right = entries.slice(i)
  const last = left[left.length - 1]
  if (last?.kind === 'tree') {
    left.pop()
    const [a, b] = split(last, key)
    if (a) left.push(a)
    if (b) right.unshift(b)
  }
  return [
    left.length > 0 ? built(node, node.layer, left) : null,
    right.length > 0 ? built(node, node.layer, right) : null,
  ]
}

/** Two neighbouring nodes of one layer as one (every key of `a` is below every key of `b`). */
function merge(a: TreeNode, b: TreeNode): TreeNode {
  if (a.layer !== b.layer) throw new Error('Trying to merge two nodes from different layers of the MST')
  const left = entriesIn(a)
  const right = entriesIn(b)
  const last = left[left.length - 1]
  const first = right[0]
  if (last?.kind === 'tree' && first?.kind === 'tree') {
    return built(a, a.layer, [...left.slice(0, -1), merge(last, first), ...right.slice(1)])
  }
  return built(a, a.layer, [...left, ...right])
}

/** The root without the single-child nodes above the first one holding keys. */
function trimTop(node: TreeNode): TreeNode {
  const entries = entriesIn(node)
  const only = entries[0]
  return entries.length === 1 && only?.kind === 'tree' ? trimTop(only) : node
}

function replaced(entries: readonly TreeEntry[], i: number, entry: TreeEntry): TreeEntry[] {
  const out = entries.slice()
  out[i] = entry
  return out
}
