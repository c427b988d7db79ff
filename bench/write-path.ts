/**
 * @module
 * The write path alone, in process: the repo engine (`applyWrites`) with the sequencer's
 * `onCommit` hook on a fresh database, no HTTP, no auth. Prints the CPU this process spent
 * per record, which is steadier on a loaded machine than a server's wall-clock rate and
 * separates the engine's cost from the HTTP layer's.
 *
 * @example
 *   npx tsx bench/write-path.ts                      # 2,000 createRecord-like commits, 8 in flight
 *   npx tsx bench/write-path.ts --batch 10 --records 5000
 *   PDS_TEST_PG_URL=postgresql://... npx tsx bench/write-path.ts --dialect postgres
 *   node --cpu-prof --import tsx bench/write-path.ts  # and open the .cpuprofile
 */
import { Secp256k1Keypair } from '@atproto/crypto'
import { createSnapshots } from '#src/db/snapshots.js'
import { createRepoService } from '#src/repo/repo-service.js'
import { Sequencer } from '#src/sequencer/sequencer.js'
import { openTestDatabase } from '../test/helpers/test-db.js'

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name)
  return i === -1 ? fallback : (process.argv[i + 1] as string)
}
const dialect = arg('--dialect', 'sqlite') as 'sqlite' | 'postgres'
const batch = Number(arg('--batch', '1'))
const records = Number(arg('--records', '2000'))
const inFlight = Number(arg('--concurrency', '8'))

const tdb = await openTestDatabase(dialect)
try {
  const sequencer = new Sequencer(tdb.db, dialect)
  const repos = createRepoService(tdb.db, {
    dialect,
    snapshots: createSnapshots(tdb.db, tdb.config),
    onCommit: sequencer.onCommit,
  })
  const keypair = await Secp256k1Keypair.create({ exportable: true })
  const did = 'did:plc:writepathbench0000000000'
  await tdb.db.transaction().execute((trx) => repos.init(trx, did, keypair))
  const commit = () =>
    repos.applyWrites({
      did,
      keypair,
      writes: Array.from({ length: batch }, () => ({
        action: 'create' as const,
        collection: 'app.bsky.feed.post',
        record: { $type: 'app.bsky.feed.post', text: 'measuring the write path', createdAt: new Date().toISOString() },
      })),
    })
  // warm-up: compiled code, statement caches, the loaded tree
  for (let i = 0; i < 50; i++) await commit()
  const commits = Math.ceil(records / batch)
  let started = 0
  const cpu = process.cpuUsage()
  const t0 = performance.now()
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (started++ < commits) await commit()
    }),
  )
  const wall = performance.now() - t0
  const used = process.cpuUsage(cpu)
  const cpuMs = (used.user + used.system) / 1000
  const done = commits * batch
  console.log(
    `${dialect}, batch ${batch}, ${inFlight} in flight: ${done} records in ${(wall / 1000).toFixed(1)} s; ` +
      `CPU ${(cpuMs / done).toFixed(3)} ms per record (user ${(used.user / 1000 / done).toFixed(3)}, ` +
      `system ${(used.system / 1000 / done).toFixed(3)})`,
  )
} finally {
  await tdb.close()
}
