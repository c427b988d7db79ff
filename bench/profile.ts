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
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBenchAccount } from './lib/accounts.js'
import { runLoad } from './lib/load.js'
import { startOurs } from './lib/ours.js'
import { startPlc } from './lib/plc.js'
import { xrpc } from './lib/xrpc.js'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name)
  return i === -1 ? fallback : Number(process.argv[i + 1])
}
const seconds = arg('--seconds', 8)
const top = arg('--top', 25)
const batch = arg('--batch', 1)

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
    durationMs: seconds * 1000,
    op: async (n) => {
      const rkey = (uris[n % uris.length] as string).split('/').pop() as string
      await xrpc(ours.url, 'com.atproto.repo.getRecord', {
        params: { repo: alice.did, collection: 'app.bsky.feed.post', rkey },
      })
      return 1
    },
  })
  console.log(
    `createRecord: ${writes.itemsPerSec.toFixed(0)} records/s; getRecord: ${reads.opsPerSec.toFixed(0)} req/s`,
  )
} finally {
  await ours.stop()
  await plc.stop()
}

const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))
if (!file) throw new Error(`no profile was written in ${dir}`)
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile
rmSync(dir, { recursive: true, force: true })

const selfTime = new Map<number, number>()
profile.samples.forEach((id, i) => {
  selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
})
const total = [...selfTime.values()].reduce((a, b) => a + b, 0)
const byFunction = new Map<string, number>()
const byPackage = new Map<string, number>()
for (const node of profile.nodes) {
  const t = selfTime.get(node.id) ?? 0
  if (t === 0) continue
  const { functionName, url, lineNumber } = node.callFrame
  const where = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(src|generated|codegen)\//, '$1/')
  const key = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`
  byFunction.set(key, (byFunction.get(key) ?? 0) + t)
  const pkg = url.includes('node_modules/')
    ? (url
        .split('node_modules/')
        .pop()
        ?.split('/')
        .slice(0, url.includes('node_modules/@') ? 2 : 1)
        .join('/') ?? '?')
    : url.startsWith('node:') || url === ''
      ? functionName.startsWith('(')
        ? functionName
        : 'node internals'
      : (url.match(/\/(src|generated|codegen)\//)?.[1] ?? 'other')
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + t)
}
const show = (title: string, map: Map<string, number>, n: number) => {
  console.log(`\n${title}`)
  for (const [key, t] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) {
    console.log(`  ${((t / total) * 100).toFixed(1).padStart(5)}%  ${key}`)
  }
}
show('Self time by package:', byPackage, 20)
show(`Self time by function (top ${top}):`, byFunction, top)
