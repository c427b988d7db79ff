/**
 * The repo engine on a test database of its own, for engine-level tests (no server).
 *
 * @module
 */
import type { Readable } from 'node:stream'
import { Secp256k1Keypair } from '@atproto/crypto'
import { readCarWithRoot, verifyRepo } from '@atproto/repo'
import { afterAll, beforeAll } from 'vitest'
import type { Database } from '#src/db/database.js'
import { createSnapshots, type Snapshots } from '#src/db/snapshots.js'
import { createRepoService, type RepoService, type RepoServiceOptions } from '#src/repo/repo-service.js'
import type { Dialect } from './db.js'
import { openTestDatabase, type TestDatabase } from './test-db.js'

export const POST = 'app.bsky.feed.post'

/** A valid app.bsky.feed.post record. */
export function post(text: string) {
  return { $type: POST, text, createdAt: new Date().toISOString() }
}

/** Every byte of a stream. */
export async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** A repo made by {@link RepoEngineFixture.newRepo}. */
export interface TestRepo {
  did: string
  keypair: Secp256k1Keypair
  /** Its first commit. */
  head: { cid: string; rev: string }
}

/** What {@link useRepoEngine} gives a suite; valid once its `beforeAll` ran. */
export interface RepoEngineFixture {
  readonly db: Database
  readonly repos: RepoService
  /** The snapshots the engine exports from (for engines built beside it over the same database). */
  readonly snapshots: Snapshots
  /** Creates a repo for a new DID with a new signing key. */
  newRepo(): Promise<TestRepo>
  /** Exports the repo and verifies the CAR with @atproto/repo against the signing key. */
  exportAndVerify(did: string, keypair: Secp256k1Keypair): ReturnType<typeof verifyExport>
}

/**
 * Opens a fresh database of `dialect` with a repo engine (built with `opts`) before the suite and removes it after.
 *
 * @example
 * describe.each(dialects())('writes (%s)', (dialect) => {
 *   const engine = useRepoEngine(dialect)
 *   it('...', async () => { const { did, keypair } = await engine.newRepo() })
 * })
 */
export function useRepoEngine(
  dialect: Dialect,
  opts: Omit<RepoServiceOptions, 'dialect' | 'snapshots'> = {},
): RepoEngineFixture {
  let tdb: TestDatabase | undefined
  let repos: RepoService | undefined
  let snapshots: Snapshots | undefined
  let counter = 0
  beforeAll(async () => {
    tdb = await openTestDatabase(dialect, { poolSize: 10 })
    snapshots = createSnapshots(tdb.db, tdb.config)
    repos = createRepoService(tdb.db, { ...opts, dialect, snapshots })
  })
  afterAll(() => tdb?.close())
  const fixture: RepoEngineFixture = {
    get db() {
      if (!tdb) throw new Error('the test database is not open yet')
      return tdb.db
    },
    get snapshots() {
      if (!snapshots) throw new Error('the repo engine is not set up yet')
      return snapshots
    },
    get repos() {
      if (!repos) throw new Error('the repo engine is not set up yet')
      return repos
    },
    async newRepo() {
      const keypair = await Secp256k1Keypair.create({ exportable: true })
      const did = `did:plc:repotest${dialect}${++counter}`
      const head = await fixture.db.transaction().execute((trx) => fixture.repos.init(trx, did, keypair))
      return { did, keypair, head }
    },
    exportAndVerify: (did, keypair) => verifyExport(fixture.repos, did, keypair),
  }
  return fixture
}

async function verifyExport(repos: RepoService, did: string, keypair: Secp256k1Keypair) {
  const car = await readAll(await repos.exportRepo(did))
  const { root, blocks } = await readCarWithRoot(car)
  const verified = await verifyRepo(blocks, root, did, keypair.did())
  return { car, root, blocks, verified }
}
