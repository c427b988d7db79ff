import { randomBytes } from 'node:crypto'
import { CarReader } from '@ipld/car'
import { sha256 } from 'multiformats/hashes/sha2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rowsWithin } from '#src/db/byte-pages.js'
import { createSnapshots } from '#src/db/snapshots.js'
import { exportRepo } from '#src/repo/repo-reader.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

const RECORD_BYTES = 100_000

describe('rowsWithin', () => {
  it.each([
    [[400, 400, 400], 1000, 2],
    [[2000, 10], 1000, 1],
    [[10, 10], 1000, 2],
    [[], 1000, 0],
  ])('of %j within %i bytes keeps %i', (sizes, max, want) => {
    expect(rowsWithin(sizes, max)).toBe(want)
  })
})

describe.each(dialects())('pages bounded by bytes (%s)', (dialect) => {
  let pds: TestServer
  let alice: TestAccount

  beforeAll(async () => {
    pds = await startTestServer({ dialect })
    alice = await signUp(pds)
    for (let i = 0; i < 8; i++) {
      await alice.agent.com.atproto.repo.createRecord({
        repo: alice.did,
        collection: 'com.example.big',
        record: { $type: 'com.example.big', blob: randomBytes(RECORD_BYTES / 2).toString('hex') },
      })
    }
  }, 60_000)
  afterAll(() => pds?.close())

  it('replays the firehose log in pages of at most the byte budget (one event at least)', async () => {
    const all = await pds.ctx.sequencer.eventsAfter(0, 500)
    const commits = all.filter((event) => event.type === 'commit')
    // the account's first (empty) commit, then the eight big ones
    expect(commits.length).toBe(9)
    const first = commits[1]?.seq as number
    const page = await pds.ctx.sequencer.eventsAfter(first - 1, 500, 3 * RECORD_BYTES)
    expect(page.length).toBeGreaterThanOrEqual(1)
    expect(page.length).toBeLessThan(4)
    expect(page.map((event) => event.seq)).toEqual(
      all
        .filter((e) => e.seq >= first)
        .slice(0, page.length)
        .map((e) => e.seq),
    )
    expect((await pds.ctx.sequencer.eventsAfter(first - 1, 500, 10)).length).toBe(1)
  })

  it('streams getRepo in chunks of at most the byte budget, and the CAR is whole', async () => {
    const deps = {
      db: pds.ctx.db,
      dialect,
      snapshots: createSnapshots(pds.ctx.db, pds.ctx.config.database),
      pageBytes: 2 * RECORD_BYTES,
    }
    const chunks: Buffer[] = []
    for await (const chunk of await exportRepo(deps, alice.did)) chunks.push(chunk as Buffer)
    // header, then pages: none holds more than two records' worth (plus the one block that crossed)
    expect(chunks.length).toBeGreaterThan(4)
    for (const chunk of chunks) expect(chunk.byteLength).toBeLessThan(3 * RECORD_BYTES)
    const paged = await CarReader.fromBytes(Buffer.concat(chunks))
    const whole = await CarReader.fromBytes(
      new Uint8Array(await (await fetch(`${pds.url}/xrpc/com.atproto.sync.getRepo?did=${alice.did}`)).arrayBuffer()),
    )
    const cids = async (car: CarReader) => {
      const found: string[] = []
      for await (const cid of car.cids()) found.push(cid.toString())
      return found.sort()
    }
    expect(await cids(paged)).toEqual(await cids(whole))
    // @NOTE by default the 100 KB records are past what a page carries inline: each is read on
    // its own, between the MST nodes that come with their page; every block keeps its bytes
    for await (const { cid, bytes } of whole.blocks()) {
      expect(Buffer.from((await sha256.digest(bytes)).digest)).toEqual(Buffer.from(cid.multihash.digest))
    }
  })
})
