import { randomBytes } from 'node:crypto'
import http from 'node:http'
import { readCarWithRoot, verifyRepo } from '@atproto/repo'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { readConfig } from '#src/config.js'
import { createSnapshots, defaultSnapshotMax } from '#src/db/snapshots.js'
import { type DidDocument, signingKeyOf } from '#src/identity/index.js'
import { exportRepo } from '#src/repo/repo-reader.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestPlc, type TestPlc } from '../helpers/plc.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

const BIG = 'com.example.big'
// @NOTE 16 MB of records: more export pages (500 blocks each) than the socket and stream
// buffers hold, so a paused client leaves the export parked mid-way through the repo
const RECORDS = 2000
const RECORD_BYTES = 8_000
const EXPORT_WAIT_MS = 1_000

/** A getRepo read through node:http, so the test decides when the client reads. */
function startGetRepo(pds: TestServer, did: string) {
  const url = new URL('/xrpc/com.atproto.sync.getRepo', pds.url)
  url.searchParams.set('did', did)
  const chunks: Buffer[] = []
  let req: http.ClientRequest | undefined
  const first = new Promise<http.IncomingMessage>((resolve, reject) => {
    req = http.get(url, { agent: false }, (res) => {
      res.once('data', (chunk: Buffer) => {
        chunks.push(chunk)
        res.pause()
        resolve(res)
      })
      res.once('error', reject)
    })
    req.once('error', reject)
  })
  return {
    /** Resolves once the first bytes arrived; the client then stops reading. */
    first,
    /** Reads the rest; rejects when the server cuts the response. */
    async rest(): Promise<Uint8Array> {
      const res = await first
      expect(res.statusCode).toBe(200)
      await new Promise<void>((resolve, reject) => {
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.once('end', resolve)
        res.once('aborted', () => reject(new Error('getRepo was cut off')))
        res.once('error', reject)
        res.resume()
      })
      return Buffer.concat(chunks)
    },
    /** Goes away mid-stream, as a client that disconnects. */
    abort: () => req?.destroy(),
  }
}

describe.each(dialects())('getRepo while the repo is written (%s)', (dialect) => {
  let plc: TestPlc
  let pds: TestServer
  let alice: TestAccount
  let signingKey: string
  // @NOTE the repo's records as the test wrote them: rkey -> cid
  const model = new Map<string, string>()

  async function create(): Promise<void> {
    const { data } = await alice.agent.com.atproto.repo.createRecord({
      repo: alice.did,
      collection: BIG,
      record: { $type: BIG, blob: randomBytes(RECORD_BYTES / 2).toString('hex') },
    })
    model.set(data.uri.split('/').at(-1) as string, data.cid)
  }

  beforeAll(async () => {
    plc = await startTestPlc()
    // @NOTE a short wait for a free export slot, for the 503 below; downloads here run one at a time
    const bounds = { ...readConfig({}).bounds, exportWaitMs: EXPORT_WAIT_MS }
    pds = await startTestServer({ dialect, plcUrl: plc.url, config: { jsonLimit: 2 * 1024 * 1024, bounds } })
    alice = await signUp(pds)
    for (let batch = 0; batch < RECORDS / 100; batch++) {
      const writes = Array.from({ length: 100 }, () => ({
        $type: 'com.atproto.repo.applyWrites#create' as const,
        collection: BIG,
        value: { $type: BIG, blob: randomBytes(RECORD_BYTES / 2).toString('hex') },
      }))
      const { data } = await alice.agent.com.atproto.repo.applyWrites({ repo: alice.did, writes })
      for (const result of data.results ?? []) {
        if ('uri' in result) model.set(result.uri.split('/').at(-1) as string, result.cid)
      }
    }
    const doc = (await (await fetch(`${plc.url}/${alice.did}`)).json()) as DidDocument
    signingKey = signingKeyOf(doc) as string
  }, 120_000)
  afterAll(async () => {
    await pds?.close()
    await plc?.close()
  })

  it('streams the repo as of the request, whole and verified, while another client commits', async () => {
    for (let round = 0; round < 3; round++) {
      const head = (await alice.agent.com.atproto.sync.getLatestCommit({ did: alice.did })).data.cid
      const want = new Map(model)
      const download = startGetRepo(pds, alice.did)
      await download.first
      // deletes drop blocks of the exported tree, creates move its MST nodes: both used to cut the export
      const gone = [...model.keys()].sort(() => Math.random() - 0.5).slice(0, 4)
      for (const rkey of gone) {
        await alice.agent.com.atproto.repo.deleteRecord({ repo: alice.did, collection: BIG, rkey })
        model.delete(rkey)
      }
      for (let i = 0; i < 3; i++) await create()
      const { root, blocks } = await readCarWithRoot(await download.rest())
      expect(root.toString()).toBe(head)
      const verified = await verifyRepo(blocks, root, alice.did, signingKey)
      const got = new Map(verified.creates.map((c) => [c.rkey, c.cid.toString()]))
      expect(got).toEqual(want)
      // and the next download sees the writes
      expect(model).not.toEqual(want)
    }
  }, 120_000)

  it('frees what an export holds when its client goes away mid-stream', async () => {
    // @NOTE more aborted downloads than exports may run at once (4 on SQLite, half the pool on
    // PostgreSQL): one that kept its snapshot or connection would make the downloads below fail
    // (503 once the wait for a free one passes)
    for (let i = 0; i < 6; i++) {
      const download = startGetRepo(pds, alice.did)
      await download.first
      download.abort()
    }
    const head = (await alice.agent.com.atproto.sync.getLatestCommit({ did: alice.did })).data.cid
    for (let i = 0; i < 6; i++) {
      const car = await startGetRepo(pds, alice.did).rest()
      expect((await readCarWithRoot(car)).root.toString()).toBe(head)
    }
    const reads = await Promise.all(
      [...model.keys()]
        .slice(0, 20)
        .map((rkey) => alice.agent.com.atproto.repo.getRecord({ repo: alice.did, collection: BIG, rkey })),
    )
    expect(reads.map((r) => r.data.cid)).toEqual([...model.values()].slice(0, 20))
    await create()
  }, 60_000)

  it('answers 503 NotEnoughResources when every export stays held past the wait, and serves once one ends', async () => {
    const held = Array.from({ length: defaultSnapshotMax(pds.ctx.config.database) }, () => startGetRepo(pds, alice.did))
    await Promise.all(held.map((download) => download.first))
    const url = `${pds.url}/xrpc/com.atproto.sync.getRepo?did=${encodeURIComponent(alice.did)}`
    const started = performance.now()
    const busy = await fetch(url)
    expect(busy.status).toBe(503)
    expect(await busy.json()).toMatchObject({ error: 'NotEnoughResources' })
    expect(performance.now() - started).toBeGreaterThanOrEqual(EXPORT_WAIT_MS - 50)
    for (const download of held) download.abort()
    const head = (await alice.agent.com.atproto.sync.getLatestCommit({ did: alice.did })).data.cid
    const car = await startGetRepo(pds, alice.did).rest()
    expect((await readCarWithRoot(car)).root.toString()).toBe(head)
  }, 60_000)

  it('ends an export whose client stops reading, and frees its snapshot', async () => {
    const snapshots = createSnapshots(pds.ctx.db, pds.ctx.config.database)
    const deps = { db: pds.ctx.db, dialect, snapshots, pageBytes: 16_000, exportStallMs: 200 }
    const stream = await exportRepo(deps, alice.did)
    // @NOTE the HTTP layer's pipeline listens for the error; here the test does
    const failed = new Promise<Error>((resolve) => stream.once('error', resolve))
    stream.once('data', () => stream.pause())
    expect(snapshots.held).toBe(1)
    // 200 ms, plus the pages in flight (two of ~16 KB) at 16 KB/s
    expect((await failed).message).toMatch(/^export stalled/)
    await vi.waitFor(() => expect(snapshots.held).toBe(0))
  }, 30_000)
})
