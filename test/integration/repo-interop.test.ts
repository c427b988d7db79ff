import { TID } from '@atproto/common'
import { Secp256k1Keypair } from '@atproto/crypto'
import { BlockMap, MemoryBlockstore, MST, mstUtil, type NodeEntry } from '@atproto/repo'
import { decode as cborDecode } from '@ipld/dag-cbor'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rt } from '#generated/index.js'
import { SqlBlockstore } from '#src/repo/block-store.js'
import { formatCommit, type ResolvedOp } from '#src/repo/commit.js'
import { commitEvent } from '#src/sequencer/events.js'
import { dialects } from '../helpers/db.js'
import { verifyCommitEvent } from '../helpers/firehose.js'
import { describeInterop, readInteropJson, readInteropLines } from '../helpers/interop.js'
import { openTestDatabase, type TestDatabase } from '../helpers/test-db.js'

interface CommitProofCase {
  comment: string
  leafValue: string
  keys: string[]
  adds: string[]
  dels: string[]
  rootBeforeCommit: string
  rootAfterCommit: string
  blocksInProof: string[]
}

describeInterop('MST interop vectors', () => {
  it.each(readInteropJson<{ key: string; height: number }[]>('mst/key_heights.json'))(
    'puts $key at height $height',
    async ({ key, height }) => {
      expect(await mstUtil.leadingZerosOnHash(key)).toBe(height)
    },
  )

  it.each(readInteropJson<{ left: string; right: string; len: number }[]>('mst/common_prefix.json'))(
    'finds a common prefix of $len between $left and $right',
    ({ left, right, len }) => {
      expect(mstUtil.countPrefixLen(left, right)).toBe(len)
    },
  )

  describe.each(dialects())('through the database storage (%s)', (dialect) => {
    let tdb: TestDatabase
    let keypair: Secp256k1Keypair
    beforeAll(async () => {
      tdb = await openTestDatabase(dialect)
      keypair = await Secp256k1Keypair.create()
    })
    afterAll(() => tdb?.close())

    /** Builds a tree of `keys` -> `value`, stores its blocks for `did`, and loads it back from the database. */
    async function storedTree(did: string, keys: readonly string[], value: string) {
      const leaf = rt.parseCid(value)
      let tree = await MST.create(new SqlBlockstore(tdb.db, did, undefined, dialect))
      for (const key of keys) tree = await tree.add(key, leaf)
      const { root, blocks } = await tree.getUnstoredBlocks()
      const storage = new SqlBlockstore(tdb.db, did, undefined, dialect)
      await storage.putMany(blocks, TID.nextStr())
      return { root, storage, tree: MST.load(storage, root) }
    }

    it('places every example key at the height its name gives, in a tree read back from the database', async () => {
      const keys = readInteropLines('mst/example_keys.txt')
      const value = 'bafyreie5cvv4h45feadgeuwhbcutmh6t2ceseocckahdoe6uat64zmz454'
      const { tree } = await storedTree('did:example:mstkeys', keys, value)
      const heights = new Map<string, number>()
      await collectHeights(tree, heights)
      expect(heights.size).toBe(keys.length)
      for (const key of keys) expect(heights.get(key), key).toBe(Number(key.split('/')[0]?.slice(1)))
      expect((await tree.leaves()).map((leaf) => leaf.key)).toEqual([...keys].sort())
    })

    it.each(readInteropJson<CommitProofCase[]>('firehose/commit-proof-fixtures.json'))(
      'commits "$comment" with exactly the proof blocks of sync v1.1',
      async (fixture) => {
        const did = `did:example:${fixture.comment.replaceAll(' ', '-')}`
        const { root, storage } = await storedTree(did, fixture.keys, fixture.leafValue)
        expect(root.toString()).toBe(fixture.rootBeforeCommit)
        const leaf = rt.parseCid(fixture.leafValue)
        const ops: ResolvedOp[] = [
          ...fixture.adds.map((key) => ({
            action: 'create' as const,
            ...split(key),
            cid: leaf,
            bytes: new Uint8Array(),
          })),
          ...fixture.dels.map((key) => ({ action: 'delete' as const, ...split(key), prev: leaf })),
        ]
        const head = { did, cid: leaf, rev: TID.nextStr(), data: root }
        const { commit } = await formatCommit(storage, head, ops, keypair)
        expect(commit.prevData?.toString()).toBe(fixture.rootBeforeCommit)
        expect(commit.data.toString()).toBe(fixture.rootAfterCommit)
        const carried = new Set([...commit.newBlocks.cids(), ...commit.relevantBlocks.cids()].map(String))
        carried.delete(commit.cid.toString())
        carried.delete(fixture.leafValue)
        expect([...carried].sort()).toEqual([...fixture.blocksInProof].sort())
        // and the #commit event built from it lets a consumer invert the ops back to prevData
        const event = cborDecode(commitEvent(commit).encode(1, new Date().toISOString())) as Record<string, unknown>
        const verified = await verifyCommitEvent(event, keypair.did(), { skipCidVerification: true })
        expect(verified.map((op) => op.path)).toEqual([...fixture.adds, ...fixture.dels])
      },
    )
  })
})

describe('commit proof blocks', () => {
  it('equal @atproto/repo getCoveringProof on random trees and random batches', async () => {
    const keypair = await Secp256k1Keypair.create()
    const leaf = rt.parseCid('bafyreie5cvv4h45feadgeuwhbcutmh6t2ceseocckahdoe6uat64zmz454')
    let seed = 42
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    for (let round = 0; round < 20; round++) {
      const storage = new MemoryBlockstore()
      const keys = new Set<string>()
      let tree = await MST.create(storage)
      for (let i = 0, n = 1 + random(300); i < n; i++) {
        const key = `com.example.c${random(3)}/k${random(100_000)}`
        if (keys.has(key)) continue
        keys.add(key)
        tree = await tree.add(key, leaf)
      }
      const { root, blocks } = await tree.getUnstoredBlocks()
      await storage.putMany(blocks)
      const present = [...keys]
      const ops: ResolvedOp[] = []
      const touched = new Set<string>()
      for (let i = 0, n = 1 + random(12); i < n; i++) {
        const del = present.length > 0 && random(2) === 0
        const key = del ? (present[random(present.length)] as string) : `com.example.c${random(3)}/n${random(100_000)}`
        if (touched.has(key) || (!del && keys.has(key))) continue
        touched.add(key)
        ops.push(
          del
            ? { action: 'delete', ...split(key), prev: leaf }
            : { action: 'create', ...split(key), cid: leaf, bytes: new Uint8Array([0xa0]) },
        )
      }
      const head = { did: 'did:example:random', cid: leaf, rev: TID.nextStr(), data: root }
      const { commit } = await formatCommit(storage, head, ops, keypair)
      let after = MST.load(storage, root)
      for (const op of ops)
        after =
          op.action === 'create'
            ? await after.add(`${op.collection}/${op.rkey}`, leaf)
            : await after.delete(`${op.collection}/${op.rkey}`)
      const want = new BlockMap()
      for (const op of ops) want.addMap(await after.getCoveringProof(`${op.collection}/${op.rkey}`))
      const got = commit.relevantBlocks
        .cids()
        .map(String)
        .filter((cid) => cid !== commit.cid.toString() && cid !== leaf.toString())
      expect(got.sort(), `round ${round}`).toEqual(want.cids().map(String).sort())
    }
  })
})

function split(key: string): { collection: string; rkey: string } {
  const [collection, rkey] = key.split('/') as [string, string]
  return { collection, rkey }
}

async function collectHeights(tree: MST, heights: Map<string, number>): Promise<void> {
  const layer = await tree.getLayer()
  const entries: NodeEntry[] = await tree.getEntries()
  for (const entry of entries) {
    if (entry.isLeaf()) heights.set(entry.key, layer)
    else await collectHeights(entry, heights)
  }
}
