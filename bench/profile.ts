/**
 * @module
 * Where our server's time goes: runs our PDS under the V8 CPU profiler, puts it under the
 * createRecord (8 writers) and getRecord (32 readers) loads of bench/repo.ts, and prints
 * the functions with the most self time, grouped by package.
 *
 * @example
 *   npx tsx bench/profile.ts             # 8 s of each load
 *   npx tsx bench/profile.ts --seconds 4 --top 40
 *   npx tsx bench/profile.ts --batch 10     # applyWrites of 10 creates instead of createRecord
 *   npx tsx bench/profile.ts --writes-only --keep /tmp/w.cpuprofile   # no read load; keep the profile
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBenchAccount } from './lib/accounts.js'
import { printCpuProfile } from './lib/cpu-profile.js'
import { runLoad } from './lib/load.js'
import { startOurs } from './lib/ours.js'
import { startPlc } from './lib/plc.js'
import { xrpc } from './lib/xrpc.js'

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name)
  return i === -1 ? fallback : Number(process.argv[i + 1])
}
const seconds = arg('--seconds', 8)
const top = arg('--top', 25)
const batch = arg('--batch', 1)
const writesOnly = process.argv.includes('--writes-only')
const keepAt = process.argv.indexOf('--keep')
const keep = keepAt === -1 ? undefined : process.argv[keepAt + 1]

const dir = mkdtempSync(join(tmpdir(), 'pds-profile-'))
const plc = await startPlc()
const ours = await startOurs({ plcUrl: plc.url, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`] })
try {
  const alice = await createBenchAccount(ours.url)
  const post = () => ({
    $type: 'app.bsky.feed.post',
    text: 'profiling the write path',
    createdAt: new Date().toISOString(),
  })
  const uris: string[] = []
  const writes = await runLoad({
    workers: 8,
    durationMs: seconds * 1000,
    op: async () => {
      if (batch > 1) {
        const out = await xrpc<{ results: { uri: string }[] }>(ours.url, 'com.atproto.repo.applyWrites', {
          token: alice.accessJwt,
          body: {
            repo: alice.did,
            writes: Array.from({ length: batch }, () => ({
              $type: 'com.atproto.repo.applyWrites#create',
              collection: 'app.bsky.feed.post',
              value: post(),
            })),
          },
        })
        for (const r of out.results) uris.push(r.uri)
        return batch
      }
      const out = await xrpc<{ uri: string }>(ours.url, 'com.atproto.repo.createRecord', {
        token: alice.accessJwt,
        body: { repo: alice.did, collection: 'app.bsky.feed.post', record: post() },
      })
      uris.push(out.uri)
      return 1
    },
  })
  const reads = await runLoad({
    workers: 32,
    durationMs: writesOnly ? 0 : seconds * 1000,
    op: async (n) => {
      const rkey = (uris[n % uris.length] as string).split('/').pop() as string
      await xrpc(ours.url, 'com.atproto.repo.getRecord', {
        params: { repo: alice.did, collection: 'app.bsky.feed.post', rkey },
      })
      return 1
    },
  })
  console.log(
    `${batch > 1 ? `applyWrites x${batch}` : 'createRecord'}: ${writes.items} records, ${writes.itemsPerSec.toFixed(0)} records/s; getRecord: ${reads.opsPerSec.toFixed(0)} req/s`,
  )
} finally {
  await ours.stop()
  await plc.stop()
}

const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))
if (!file) throw new Error(`no profile was written in ${dir}`)
if (keep) copyFileSync(join(dir, file), keep)
printCpuProfile(dir, top)
rmSync(dir, { recursive: true, force: true })
