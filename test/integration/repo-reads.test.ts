import type { Secp256k1Keypair } from '@atproto/crypto'
import { MemoryBlockstore, Repo, readCar, readCarWithRoot, verifyRecords, verifyRepo } from '@atproto/repo'
import { CID } from 'multiformats/cid'
import { beforeAll, describe, expect, it } from 'vitest'
import { RecordNotFoundError } from '#src/repo/errors.js'
import { dialects } from '../helpers/db.js'
import { POST, post, readAll, useRepoEngine } from '../helpers/repos.js'

describe.each(dialects())('repo engine reads (%s)', (dialect) => {
  const engine = useRepoEngine(dialect)

  it('streams the export of a 10,000-record repo in bounded chunks', async () => {
    const { did, keypair } = await engine.newRepo()
    for (let batch = 0; batch < 50; batch++) {
      await engine.repos.applyWrites({
        did,
        keypair,
        writes: Array.from({ length: 200 }, (_, i) => ({
          action: 'create' as const,
          collection: POST,
          record: post(`bulk ${batch}.${i}`),
        })),
      })
    }
    const stream = await engine.repos.exportRepo(did)
    const chunks: Buffer[] = []
    for await (const chunk of stream) chunks.push(chunk as Buffer)
    // @NOTE a page of 500 blocks per chunk: the CAR is never assembled in one buffer
    expect(chunks.length).toBeGreaterThan(20)
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(1024 * 1024)
    const { root, blocks } = await readCarWithRoot(Buffer.concat(chunks))
    const verified = await verifyRepo(blocks, root, did, keypair.did())
    expect(verified.creates).toHaveLength(10_000)
  }, 120_000)

  describe('reads', () => {
    let did: string
    let keypair: Secp256k1Keypair
    const rkeys: string[] = []

    beforeAll(async () => {
      ;({ did, keypair } = await engine.newRepo())
      for (let batch = 0; batch < 3; batch++) {
        const res = await engine.repos.applyWrites({
          did,
          keypair,
          writes: Array.from({ length: 100 }, (_, i) => ({
            action: 'create' as const,
            collection: POST,
            record: post(`post ${batch * 100 + i}`),
          })),
        })
        for (const r of res.results) rkeys.push((r as { uri: string }).uri.split('/').at(-1) as string)
      }
      await engine.repos.applyWrites({
        did,
        keypair,
        writes: [
          {
            action: 'create',
            collection: 'app.bsky.actor.profile',
            rkey: 'self',
            record: { $type: 'app.bsky.actor.profile' },
          },
        ],
      })
    })

    it('pages through a collection newest first, and oldest first with reverse', async () => {
      for (const reverse of [false, true]) {
        const seen: string[] = []
        let cursor: string | undefined
        do {
          const page = await engine.repos.listRecords(did, POST, { limit: 40, cursor, reverse })
          seen.push(...page.records.map((r) => r.uri.split('/').at(-1) as string))
          cursor = page.cursor
        } while (cursor)
        const sorted = [...rkeys].sort()
        expect(seen).toEqual(reverse ? sorted : sorted.reverse())
      }
    })

    it('lists the collections', async () => {
      expect(await engine.repos.listCollections(did)).toEqual(['app.bsky.actor.profile', POST])
    })

    it('exports a CAR that verifies and whose records equal listRecords', async () => {
      const { verified, blocks } = await engine.exportAndVerify(did, keypair)
      const listed = new Map<string, string>()
      for (const collection of await engine.repos.listCollections(did)) {
        const page = await engine.repos.listRecords(did, collection, { limit: 1000 })
        for (const r of page.records) listed.set(r.uri, r.cid)
      }
      const exported = new Map(verified.creates.map((c) => [`at://${did}/${c.collection}/${c.rkey}`, c.cid.toString()]))
      expect(exported).toEqual(listed)
      const repo = await Repo.load(new MemoryBlockstore(blocks), verified.commit.cid)
      expect(await repo.getRecord(POST, rkeys[0] as string)).toMatchObject({ text: 'post 0' })
    })

    it('exports only what was written after `since`', async () => {
      const before = await engine.repos.getLatestCommit(did)
      const res = await engine.repos.applyWrites({
        did,
        keypair,
        writes: [{ action: 'create', collection: POST, record: post('late') }],
      })
      const car = await readAll(await engine.repos.exportRepo(did, before?.rev))
      const { root, blocks } = await readCarWithRoot(car)
      expect(root.toString()).toBe(res.commit.cid)
      expect(blocks.has(CID.parse((res.results[0] as { cid: string }).cid) as never)).toBe(true)
      const full = await readCarWithRoot(await readAll(await engine.repos.exportRepo(did)))
      expect(blocks.size).toBeLessThan(full.blocks.size / 10)
    })

    it('proves a record with sync getRecord', async () => {
      const rkey = rkeys[5] as string
      const car = await engine.repos.getRecordProof(did, POST, rkey)
      const claims = await verifyRecords(car, did, keypair.did())
      expect(claims).toHaveLength(1)
      expect(claims[0]).toMatchObject({ collection: POST, rkey, record: { text: 'post 5' } })
      await expect(engine.repos.getRecordProof(did, POST, '3jzfcijpj2z2a')).rejects.toBeInstanceOf(RecordNotFoundError)
    })

    it('serves named blocks and names the missing ones', async () => {
      const record = await engine.repos.getRecord(did, POST, rkeys[0] as string)
      const head = await engine.repos.getLatestCommit(did)
      const car = await engine.repos.getBlocks(did, [record?.cid as string, head?.cid as string])
      const { roots, blocks } = await readCar(car)
      expect(roots).toEqual([])
      expect(blocks.size).toBe(2)
      await expect(
        engine.repos.getBlocks(did, ['bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm']),
      ).rejects.toThrow(/bafyreie5737/)
    })

    it('lists repos with a cursor and reports status', async () => {
      const all: string[] = []
      let cursor: string | undefined
      do {
        const page = await engine.repos.listRepos({ limit: 3, cursor })
        all.push(...page.repos.map((r) => r.did))
        cursor = page.cursor
      } while (cursor)
      expect(all).toContain(did)
      expect(all).toEqual([...all].sort())
      expect(await engine.repos.getRepoStatus(did)).toMatchObject({ did, active: true })
      expect(await engine.repos.getRepoStatus('did:plc:nobody')).toBeNull()
    })
  })
})
