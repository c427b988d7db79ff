import { randomBytes } from 'node:crypto'
import { AtpAgent } from '@atproto/api'
import { TID } from '@atproto/common'
import { type Keypair, Secp256k1Keypair } from '@atproto/crypto'
import { BlockMap, MemoryBlockstore, MST, signCommit, verifyRepoCar } from '@atproto/repo'
import { createServiceJwt } from '@atproto/xrpc-server'
import { encode as cborEncode } from '@ipld/dag-cbor'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { carFile } from '#src/repo/car.js'
import { layerOf } from '#src/repo/import-walk.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestPlc, type TestPlc } from '../helpers/plc.js'
import { rotateKeyAsAnotherProcess } from '../helpers/repos.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'
import { xrpcError } from '../helpers/xrpc-error.js'

type Cid = Awaited<ReturnType<BlockMap['add']>>
const POST = 'app.bsky.feed.post'
const post = (text: string) => ({ $type: POST, text, createdAt: new Date().toISOString() })

/** A repo built by hand: records in a real MST (or a tree given as blocks), a commit signed by `key`. */
async function buildCar(opts: {
  did: string
  key: Keypair
  records?: Record<string, unknown>
  tree?: { root: Cid; blocks: BlockMap }
  extra?: [Cid, Uint8Array][]
  duplicate?: boolean
  /** Bytes to put in place of the commit's signature. */
  sig?: Uint8Array
}): Promise<Uint8Array> {
  const blocks = new BlockMap()
  let data: Cid
  if (opts.tree) {
    data = opts.tree.root
    blocks.addMap(opts.tree.blocks)
  } else {
    const storage = new MemoryBlockstore()
    let tree = await MST.create(storage)
    for (const [path, record] of Object.entries(opts.records ?? {})) {
      tree = await tree.add(path, await blocks.add(record as never))
    }
    data = await tree.getPointer()
    const { blocks: nodes } = await tree.getUnstoredBlocks()
    blocks.addMap(nodes)
  }
  for (const [cid, bytes] of opts.extra ?? []) blocks.set(cid, bytes)
  const signed = await signCommit({ did: opts.did, version: 3, rev: TID.nextStr(), prev: null, data }, opts.key)
  const commitCid = await blocks.add(opts.sig ? { ...signed, sig: opts.sig } : signed)
  const entries: { cid: Cid; bytes: Uint8Array }[] = []
  blocks.forEach((bytes, cid) => {
    entries.push({ cid, bytes })
  })
  if (opts.duplicate) entries.push(entries[entries.length - 1] as { cid: Cid; bytes: Uint8Array })
  return carFile([commitCid.toString()], entries)
}

/** Two record paths, the first at MST layer 0 and the second (sorting after it) at layer 1 or more. */
function keysOfTwoLayers(): [string, string] {
  const next = (wanted: (layer: number) => boolean) => {
    for (;;) {
      const key = `${POST}/${TID.nextStr()}`
      if (wanted(layerOf(Buffer.from(key)))) return key
    }
  }
  // @NOTE TIDs grow with time, so the key found second sorts after the first
  const low = next((layer) => layer === 0)
  return [low, next((layer) => layer > 0)]
}

describe.each(dialects())('importRepo (%s)', (dialect) => {
  let plc: TestPlc
  let pds: TestServer
  let alice: TestAccount
  let aliceKey: Keypair

  const counts = async (did: string) => {
    const [blocks, records, staged] = await Promise.all([
      pds.ctx.db
        .selectFrom('repoBlock')
        .select(pds.ctx.db.fn.countAll().as('n'))
        .where('did', '=', did)
        .executeTakeFirst(),
      pds.ctx.db
        .selectFrom('record')
        .select(pds.ctx.db.fn.countAll().as('n'))
        .where('did', '=', did)
        .executeTakeFirst(),
      pds.ctx.db.selectFrom('importBlock').select(pds.ctx.db.fn.countAll().as('n')).executeTakeFirst(),
    ])
    return { blocks: Number(blocks?.n), records: Number(records?.n), staged: Number(staged?.n) }
  }
  const importCar = (agent: AtpAgent, car: Uint8Array) =>
    agent.com.atproto.repo.importRepo(car, { encoding: 'application/vnd.ipld.car' })

  beforeAll(async () => {
    plc = await startTestPlc()
    pds = await startTestServer({ dialect, plcUrl: plc.url })
    alice = await signUp(pds)
    aliceKey = await pds.ctx.accounts.signingKey(alice.did)
    for (let i = 0; i < 5; i++) {
      await alice.agent.com.atproto.repo.createRecord({ repo: alice.did, collection: POST, record: post(`hi ${i}`) })
    }
  })
  afterAll(async () => {
    await pds?.close()
    await plc?.close()
  })

  it('moves a repo to a new PDS: records indexed, re-signed with the key held there, blobs listed as missing', async () => {
    const image = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomBytes(64)])
    const { data: uploaded } = await alice.agent.com.atproto.repo.uploadBlob(image, { encoding: 'image/png' })
    await alice.agent.com.atproto.repo.createRecord({
      repo: alice.did,
      collection: POST,
      record: {
        ...post('with image'),
        embed: { $type: 'app.bsky.embed.images', images: [{ image: uploaded.blob, alt: '' }] },
      },
    })
    const exported = new Uint8Array(
      await (await fetch(`${pds.url}/xrpc/com.atproto.sync.getRepo?did=${alice.did}`)).arrayBuffer(),
    )

    const target = await startTestServer({ dialect, plcUrl: plc.url })
    try {
      const { data: describe } = await new AtpAgent({ service: target.url }).com.atproto.server.describeServer()
      const jwt = await createServiceJwt({
        iss: alice.did,
        aud: describe.did,
        lxm: 'com.atproto.server.createAccount',
        keypair: aliceKey,
      })
      const moved = new AtpAgent({ service: target.url })
      const created = await moved.com.atproto.server.createAccount(
        { did: alice.did, handle: `m${alice.handle}`, email: `moved-${alice.email}`, password: alice.password },
        { headers: { authorization: `Bearer ${jwt}` } },
      )
      moved.sessionManager.session = { ...created.data, active: false }
      await importCar(moved, exported)

      const records = await target.ctx.db.selectFrom('record').select('uri').where('did', '=', alice.did).execute()
      expect(records).toHaveLength(6)
      const newKey = await target.ctx.accounts.signingKey(alice.did)
      const again = await target.ctx.repos.exportRepo(alice.did)
      const chunks: Buffer[] = []
      for await (const chunk of again) chunks.push(chunk as Buffer)
      const verified = await verifyRepoCar(new Uint8Array(Buffer.concat(chunks)), alice.did, newKey.did())
      expect(verified.creates.map((op) => `${op.collection}/${op.rkey}`).sort()).toEqual(
        records.map((row) => row.uri.split('/').slice(3).join('/')).sort(),
      )

      const { data: missing } = await moved.com.atproto.repo.listMissingBlobs()
      expect(missing.blobs.map((blob) => blob.cid)).toEqual([uploaded.blob.ref.toString()])
      await moved.com.atproto.repo.uploadBlob(image, { encoding: 'image/png' })
      expect((await moved.com.atproto.repo.listMissingBlobs()).data.blobs).toEqual([])
      expect((await counts(alice.did)).staged).toBe(0)
    } finally {
      await target.close()
    }
  })

  it('resets an active repo from a CAR and tells consumers with #sync', async () => {
    const before = await pds.ctx.db.selectFrom('repoSeq').select('seq').where('eventType', '=', 'sync').execute()
    const car = await buildCar({
      did: alice.did,
      key: aliceKey,
      records: { [`${POST}/${TID.nextStr()}`]: post('reset') },
    })
    await importCar(alice.agent, car)
    expect((await counts(alice.did)).records).toBe(1)
    const after = await pds.ctx.db.selectFrom('repoSeq').select('seq').where('eventType', '=', 'sync').execute()
    expect(after.length).toBe(before.length + 1)
    const { data } = await alice.agent.com.atproto.repo.listRecords({ repo: alice.did, collection: POST })
    expect(data.records.map((record) => (record.value as { text: string }).text)).toEqual(['reset'])
    await alice.agent.com.atproto.repo.createRecord({ repo: alice.did, collection: POST, record: post('after') })
    expect((await counts(alice.did)).records).toBe(2)
  })

  it('signs the imported head with the key stored now, even when this process cached the one before (a rotation by another process)', async () => {
    const bob = await signUp(pds)
    const bobKey = await pds.ctx.accounts.signingKey(bob.did)
    await bob.agent.com.atproto.repo.createRecord({ repo: bob.did, collection: POST, record: post('before') })
    // @NOTE the PLC document is left alone, so the CAR below still verifies against bob's old key
    const next = await rotateKeyAsAnotherProcess(pds, bob.did)
    const car = await buildCar({ did: bob.did, key: bobKey, records: { [`${POST}/${TID.nextStr()}`]: post('moved') } })
    await importCar(bob.agent, car)
    const res = await fetch(`${pds.url}/xrpc/com.atproto.sync.getRepo?did=${bob.did}`)
    const exported = new Uint8Array(await res.arrayBuffer())
    await verifyRepoCar(exported, bob.did, next.did())
    await expect(verifyRepoCar(exported, bob.did, bobKey.did())).rejects.toThrow()
  })

  describe('refuses, storing nothing', () => {
    const refusedWith = async (car: Uint8Array, message: string) => {
      const before = await counts(alice.did)
      const refused = await xrpcError(importCar(alice.agent, car))
      expect(refused).toMatchObject({ status: 400, error: 'InvalidRequest' })
      expect(refused.message).toContain(message)
      expect(await counts(alice.did)).toEqual({ ...before, staged: 0 })
    }
    const record = () => ({ [`${POST}/${TID.nextStr()}`]: post('x') })

    it('garbage bytes', async () => {
      await refusedWith(new Uint8Array(randomBytes(300)), 'CAR')
    })

    it('a truncated CAR', async () => {
      const car = await buildCar({ did: alice.did, key: aliceKey, records: { ...record(), ...record() } })
      await refusedWith(car.subarray(0, car.length - 20), 'truncated')
    })

    it('a CAR signed by another key', async () => {
      await refusedWith(
        await buildCar({ did: alice.did, key: await Secp256k1Keypair.create(), records: record() }),
        'not signed',
      )
    })

    it('a commit whose signature is not a compact one (DER, wrong length)', async () => {
      const sig = new Uint8Array(randomBytes(70))
      await refusedWith(await buildCar({ did: alice.did, key: aliceKey, records: record(), sig }), 'not signed')
    })

    it("another DID's repo", async () => {
      await refusedWith(
        await buildCar({ did: 'did:plc:someoneelse0000000000000', key: aliceKey, records: record() }),
        'belongs to',
      )
    })

    it('a block given twice', async () => {
      await refusedWith(
        await buildCar({ did: alice.did, key: aliceKey, records: record(), duplicate: true }),
        'more than once',
      )
    })

    it('a block whose bytes do not match its CID', async () => {
      const blocks = new BlockMap()
      const cid = await blocks.add({ a: 1 })
      await refusedWith(
        await buildCar({ did: alice.did, key: aliceKey, records: record(), extra: [[cid, cborEncode({ a: 2 })]] }),
        'does not match',
      )
    })

    it('a record that fails its Lexicon', async () => {
      const bad = { [`${POST}/${TID.nextStr()}`]: { $type: POST, text: 42, createdAt: 'yesterday' } }
      await refusedWith(
        await buildCar({ did: alice.did, key: aliceKey, records: bad }),
        'not a valid app.bsky.feed.post',
      )
    })

    it('a record the CAR lacks', async () => {
      const blocks = new BlockMap()
      const absent = await new BlockMap().add(post('absent'))
      const [key] = keysOfTwoLayers()
      const root = await blocks.add({ l: null, e: [{ p: 0, k: Buffer.from(key), v: absent, t: null }] })
      await refusedWith(await buildCar({ did: alice.did, key: aliceKey, tree: { root, blocks } }), 'lacks the record')
    })

    it('a tree that is not canonical (keys of two layers in one node)', async () => {
      const [low, high] = keysOfTwoLayers()
      const blocks = new BlockMap()
      const a = await blocks.add(post('a'))
      const b = await blocks.add(post('b'))
      const root = await blocks.add({
        l: null,
        e: [
          { p: 0, k: Buffer.from(low), v: a, t: null },
          { p: 0, k: Buffer.from(high), v: b, t: null },
        ],
      })
      await refusedWith(await buildCar({ did: alice.did, key: aliceKey, tree: { root, blocks } }), 'layers')
    })

    it('an MST node referenced twice', async () => {
      const [low, high] = keysOfTwoLayers()
      const layer = layerOf(Buffer.from(high))
      const blocks = new BlockMap()
      const value = await blocks.add(post('v'))
      // a layer-0 node reached from both sides of the higher key, through empty nodes down to layer 0
      let child = await blocks.add({ l: null, e: [{ p: 0, k: Buffer.from(low), v: value, t: null }] })
      for (let l = 1; l < layer; l++) child = await blocks.add({ l: child, e: [] })
      const root = await blocks.add({ l: child, e: [{ p: 0, k: Buffer.from(high), v: value, t: child }] })
      await refusedWith(await buildCar({ did: alice.did, key: aliceKey, tree: { root, blocks } }), 'referenced twice')
    })

    it('without a session', async () => {
      const anon = new AtpAgent({ service: pds.url })
      const car = await buildCar({ did: alice.did, key: aliceKey, records: record() })
      expect(await xrpcError(importCar(anon, car))).toMatchObject({ status: 401 })
    })
  })
})
