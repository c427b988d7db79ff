/**
 * The repo engine on a test database of its own, for engine-level tests (no server).
 *
 * @module
 */
import type { Readable } from 'node:stream'
import { type Keypair, Secp256k1Keypair } from '@atproto/crypto'
import { readCarWithRoot, verifyRepo } from '@atproto/repo'
import { afterAll, beforeAll } from 'vitest'
import { encryptSigningKey } from '#src/account/key-encryption.js'
import type { Database } from '#src/db/database.js'
import { createSnapshots, type Snapshots } from '#src/db/snapshots.js'
import { createRepoService, type RepoService, type RepoServiceOptions } from '#src/repo/repo-service.js'
import type { Dialect } from './db.js'
import { openTestDatabase, type TestDatabase } from './test-db.js'
import type { TestServer } from './test-server.js'

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

/**
 * Rotates the signing key of `did` on `pds`'s database as another PDS process sharing it does:
 * under the repo lock, the head re-signed with a new key and the key stored, in one
 * transaction, through a repo engine whose caches are not `pds`'s (which still hold the head
 * and key it had). The PLC document is left alone. Returns the new key.
 *
 * @example
 * const next = await rotateKeyAsAnotherProcess(pds, alice.did)
 */
export async function rotateKeyAsAnotherProcess(pds: TestServer, did: string): Promise<Keypair> {
  const next = await Secp256k1Keypair.create({ exportable: true })
  const kek = Buffer.from(pds.ctx.secrets.repoKeyEncryptionKeyHex, 'hex')
  const other = createRepoService(pds.ctx.db, {
    dialect: pds.ctx.config.database.dialect,
    snapshots: createSnapshots(pds.ctx.db, pds.ctx.config.database),
  })
  await pds.ctx.db.transaction().execute(async (trx) => {
    await other.resign(trx, did, next)
    await trx
      .updateTable('accountKey')
      .set({ privateKey: encryptSigningKey(await next.export(), did, kek) })
      .where('did', '=', did)
      .execute()
  })
  return next
}
