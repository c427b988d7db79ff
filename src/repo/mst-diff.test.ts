import { Secp256k1Keypair } from '@atproto/crypto'
import { DataDiff, MemoryBlockstore, MST } from '@atproto/repo'
import { beforeAll, describe, expect, test } from 'vitest'
import type { Cid } from './block-store.js'
import { blockEntries, cidStrings } from './cid-strings.js'
import { formatCommit, formatInitCommit, type ResolvedOp } from './commit.js'
import { cborCid } from './mst-diff.js'
import type { TreeNode } from './mst-tree.js'

/** A small deterministic generator, so a failing case can be run again. */
function random(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567'
const COLLECTIONS = ['app.bsky.feed.post', 'app.bsky.feed.like', 'app.bsky.graph.follow']

/**
 * What @atproto/repo makes of the same ops: the tree through its own `getPointer` and
 * `DataDiff.of`, the record blocks kept as the writer kept them before (each written CID
 * once, in op order, when the diff counts it as a new leaf).
 */
async function expected(before: MST, ops: readonly ResolvedOp[]) {
  let tree = before
  for (const op of ops) {
    const key = `${op.collection}/${op.rkey}`
    if (op.action === 'create') tree = await tree.add(key, op.cid)
    else if (op.action === 'update') tree = await tree.update(key, op.cid)
    else tree = await tree.delete(key)
  }
  const data = await tree.getPointer()
  const diff = await DataDiff.of(tree, before)
  const blocks = [...blockEntries(diff.newMstBlocks)].map(([cid, bytes]) => [cid, Buffer.from(bytes).toString('hex')])
  const seen = new Set<string>()
  for (const op of ops) {
    if (op.action === 'delete' || seen.has(op.cid.toString())) continue
    seen.add(op.cid.toString())
    if (diff.newLeafCids.has(op.cid)) blocks.push([op.cid.toString(), Buffer.from(op.bytes).toString('hex')])
  }
  const proof = new Set<string>()
  for (const op of ops) {
    for (const [cid] of blockEntries(await tree.getCoveringProof(`${op.collection}/${op.rkey}`))) proof.add(cid)
  }
  return { data: data.toString(), blocks, removed: cidStrings(diff.removedCids).sort(), proof: [...proof].sort() }
}

describe('formatCommit: our MST and its diff against @atproto/repo', () => {
  let keypair: Secp256k1Keypair
  beforeAll(async () => {
    keypair = await Secp256k1Keypair.create()
  })

  const cases: [string, { seed: number; commits: number; batch: number; reload: boolean }][] = [
    ['single writes into a growing tree', { seed: 1, commits: 120, batch: 1, reload: false }],
    ['batches of 10 mixing creates, updates and deletes', { seed: 2, commits: 60, batch: 10, reload: false }],
    ['batches of 200 (bulk ingest)', { seed: 3, commits: 6, batch: 200, reload: false }],
    ['trees loaded lazily from storage between commits', { seed: 4, commits: 40, batch: 10, reload: true }],
    ['a tree shrinking back to empty', { seed: 5, commits: 40, batch: 25, reload: false }],
  ]

  test.each(cases)(
    '%s: same root, new blocks (in order), removed CIDs and proofs as @atproto/repo',
    async (name, given) => {
      const rand = random(given.seed)
      const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T
      const storage = new MemoryBlockstore()
      const init = await formatInitCommit(storage, 'did:plc:mstdiff', keypair)
      await storage.putMany(init.newBlocks)
      let head = {
        did: 'did:plc:mstdiff',
        cid: init.cid,
        rev: init.rev,
        data: init.data,
        tree: undefined as TreeNode | undefined,
      }
      const records = new Map<string, Cid>()
      // @NOTE a small pool of contents, so records often share a CID (identical posts)
      const contents = Array.from({ length: 12 }, (_, i) => new Uint8Array([0xa1, 0x61, 0x6e, i]))
      const shrinking = name.startsWith('a tree shrinking')
      for (let c = 0; c < given.commits; c++) {
        const ops: ResolvedOp[] = []
        const touched = new Set<string>()
        for (let i = 0; i < given.batch; i++) {
          const existing = [...records.keys()].filter((key) => !touched.has(key))
          const roll = rand()
          const bytes = pick(contents)
          const cid = cborCid(bytes)
          const deleting = shrinking ? c >= given.commits / 2 : roll < 0.15
          if (existing.length > 0 && (deleting || roll < 0.3)) {
            const key = pick(existing)
            touched.add(key)
            const [collection, rkey] = key.split('/') as [string, string]
            const prev = records.get(key) as Cid
            if (deleting) {
              ops.push({ action: 'delete', collection, rkey, prev })
              records.delete(key)
            } else {
              // @NOTE now and then an update to the CID the record already has
              const next = rand() < 0.2 ? prev : cid
              ops.push({ action: 'update', collection, rkey, cid: next, prev, bytes })
              records.set(key, next)
            }
            continue
          }
          if (shrinking && c >= given.commits / 2) continue
          const collection = pick(COLLECTIONS)
          const rkey = Array.from({ length: 13 }, () => pick([...ALPHABET])).join('')
          const key = `${collection}/${rkey}`
          if (records.has(key) || touched.has(key)) continue
          touched.add(key)
          ops.push({ action: 'create', collection, rkey, cid, bytes })
          records.set(key, cid)
        }
        if (ops.length === 0) continue
        // @NOTE update ops reuse the bytes of a content only when the CID is that content's
        for (const op of ops)
          if (op.action === 'update') op.bytes = contents.find((b) => cborCid(b).equals(op.cid)) ?? op.bytes
        const want = await expected(MST.load(storage, head.data), ops)
        const { commit, tree } = await formatCommit(storage, head, ops, keypair)
        const blocks = [...blockEntries(commit.newBlocks)]
          .filter(([cid]) => cid !== commit.cid.toString())
          .map(([cid, bytes]) => [cid, Buffer.from(bytes).toString('hex')])
        expect(commit.data.toString()).toBe(want.data)
        expect(blocks).toEqual(want.blocks)
        const removed = cidStrings(commit.removedCids).filter((cid) => cid !== head.cid.toString())
        expect(removed.sort()).toEqual(want.removed)
        const leaves = new Set(ops.flatMap((op) => (op.action === 'delete' ? [] : [op.cid.toString()])))
        const proof = [...blockEntries(commit.relevantBlocks)]
          .map(([cid]) => cid)
          .filter((cid) => cid !== commit.cid.toString() && !leaves.has(cid))
        expect(proof.sort()).toEqual(want.proof)
        await storage.putMany(commit.newBlocks)
        head = {
          did: head.did,
          cid: commit.cid,
          rev: commit.rev,
          data: commit.data,
          tree: given.reload ? undefined : tree,
        }
      }
      if (shrinking) expect(records.size).toBe(0)
    },
  )
})
