/**
 * @module
 * Where our server's time goes: runs our PDS under the V8 CPU profiler, puts it under the
 * createRecord (8 writers) and getRecord (32 readers) loads of bench/repo.ts, and prints
 * the functions with the most self time during the read load, grouped by package.
 *
 * @example
 *   npx tsx bench/profile.ts             # 8 s of each load
 *   npx tsx bench/profile.ts --seconds 4 --top 40
 *   npx tsx bench/profile.ts --batch 10     # applyWrites of 10 creates instead of createRecord
 *   npx tsx bench/profile.ts --read list --write-seconds 2   # mostly listRecords(100) (32 readers)
 *   npx tsx bench/profile.ts --save /tmp/reads.cpuprofile     # also keep the whole profile
 *   npx tsx bench/profile.ts --writes-only --save /tmp/w.cpuprofile   # no read load; count the writes' samples
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
const writeSeconds = arg('--write-seconds', seconds)
const writesOnly = process.argv.includes('--writes-only')
const readIndex = process.argv.indexOf('--read')
const read = readIndex === -1 ? 'get' : process.argv[readIndex + 1]
if (read !== 'get' && read !== 'list') throw new Error('--read takes get or list')

/** Only the read load's samples are counted (start-up and the writes would drown them), or with --writes-only every sample. */
const readWindow = { start: 0, end: Number.POSITIVE_INFINITY }
const dir = mkdtempSync(join(tmpdir(), 'pds-profile-'))
const plc = await startPlc()
// @NOTE through tsx, so the profile names src/ and generated/ files rather than one bundle
const ours = await startOurs({ plcUrl: plc.url, runtime: 'tsx', nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`] })
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
    durationMs: writeSeconds * 1000,
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
  // @NOTE V8 stamps samples with the monotonic clock in µs, as hrtime reads it here
  if (!writesOnly) readWindow.start = Number(process.hrtime.bigint() / 1000n)
  const reads = await runLoad({
    workers: 32,
    durationMs: writesOnly ? 0 : seconds * 1000,
    op: async (n) => {
      if (read === 'list') {
        await xrpc(ours.url, 'com.atproto.repo.listRecords', {
          params: { repo: alice.did, collection: 'app.bsky.feed.post', limit: 100 },
        })
        return 1
      }
      const rkey = (uris[n % uris.length] as string).split('/').pop() as string
      await xrpc(ours.url, 'com.atproto.repo.getRecord', {
        params: { repo: alice.did, collection: 'app.bsky.feed.post', rkey },
      })
      return 1
    },
  })
  if (!writesOnly) readWindow.end = Number(process.hrtime.bigint() / 1000n)
  const readName = read === 'list' ? 'listRecords(100)' : 'getRecord'
  console.log(
    `${batch > 1 ? `applyWrites x${batch}` : 'createRecord'}: ${writes.items} records, ${writes.itemsPerSec.toFixed(0)} records/s; ${readName}: ${reads.opsPerSec.toFixed(0)} req/s`,
  )
} finally {
  await ours.stop()
  await plc.stop()
}

const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))
if (!file) throw new Error(`no profile was written in ${dir}`)
const saveIndex = process.argv.indexOf('--save')
// @NOTE the whole profile, to open in Chrome DevTools (Performance > Load profile)
if (saveIndex !== -1) {
  copyFileSync(join(dir, file), process.argv[saveIndex + 1] as string)
  console.log(`saved; the read load ran from ${readWindow.start} to ${readWindow.end} (µs, the profile's clock)`)
}
printCpuProfile(dir, top, readWindow)
rmSync(dir, { recursive: true, force: true })
