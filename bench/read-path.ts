/**
 * @module
 * The read path alone, ours only: server CPU per getRecord and per listRecords(100) request
 * (32 readers each, as bench/repo.ts measures them), on a repo of `--records` posts. Each run
 * is a fixed number of requests after a warm-up of as many, so a loaded machine (few requests
 * per second) does not charge the server's idle work and its JIT warm-up to few requests.
 * With `--compare DIR` a second server runs from another checkout (e.g. /work/main) and the
 * runs alternate between the two, so both see the same load on a shared machine. Quicker
 * than bench/repo.ts for iterating on the read path; bench/repo.ts gives the side-by-side figure.
 *
 * @example
 *   npx tsx bench/read-path.ts                      # 200 records, 3 runs of 3,000 requests (median)
 *   npx tsx bench/read-path.ts --requests 10000 --runs 5 --compare ../main
 *   npx tsx bench/read-path.ts --env PDS_DEV_MODE=false
 */
import { resolve } from 'node:path'
import { createBenchAccount } from './lib/accounts.js'
import { cleanupAll, installCleanupHandlers, type ServerHandle } from './lib/children.js'
import { median, runLoad } from './lib/load.js'
import { envOptions, ROOT, startOurs } from './lib/ours.js'
import { startPlc } from './lib/plc.js'
import { withServerCpu } from './lib/proc-stats.js'
import { xrpc } from './lib/xrpc.js'

const arg = (name: string) => {
  const i = process.argv.indexOf(name)
  return i === -1 ? undefined : process.argv[i + 1]
}
const requests = Number(arg('--requests') ?? 3000)
const runs = Number(arg('--runs') ?? 3)
const records = Number(arg('--records') ?? 200)
const compare = arg('--compare')
const env = envOptions(process.argv)

interface Side {
  name: string
  server: ServerHandle
  loads: Record<string, () => Promise<unknown>>
  cpu: Record<string, number[]>
  rate: Record<string, number[]>
}

async function prepare(name: string, server: ServerHandle): Promise<Side> {
  const alice = await createBenchAccount(server.url)
  const rkeys: string[] = []
  for (let i = 0; i < records; i += 50) {
    const out = await xrpc<{ results: { uri: string }[] }>(server.url, 'com.atproto.repo.applyWrites', {
      token: alice.accessJwt,
      body: {
        repo: alice.did,
        writes: Array.from({ length: 50 }, (_, j) => ({
          $type: 'com.atproto.repo.applyWrites#create',
          collection: 'app.bsky.feed.post',
          value: { $type: 'app.bsky.feed.post', text: `reading post ${i + j}`, createdAt: new Date().toISOString() },
        })),
      },
    })
    for (const r of out.results) rkeys.push(r.uri.split('/').pop() as string)
  }
  const loads = {
    getRecord: () =>
      xrpc(server.url, 'com.atproto.repo.getRecord', {
        params: {
          repo: alice.did,
          collection: 'app.bsky.feed.post',
          rkey: rkeys[Math.floor(Math.random() * rkeys.length)] as string,
        },
      }),
    'listRecords(100)': () =>
      xrpc(server.url, 'com.atproto.repo.listRecords', {
        params: { repo: alice.did, collection: 'app.bsky.feed.post', limit: 100 },
      }),
  }
  return { name, server, loads, cpu: {}, rate: {} }
}

installCleanupHandlers()
const plc = await startPlc()
try {
  const sides = [await prepare(ROOT, await startOurs({ plcUrl: plc.url, env }))]
  if (compare) {
    const root = resolve(compare)
    sides.push(await prepare(root, await startOurs({ plcUrl: plc.url, env, root })))
  }
  for (const name of Object.keys(sides[0]?.loads ?? {})) {
    for (let r = -1; r < runs; r++) {
      // @NOTE alternate which side goes first; run -1 is the warm-up
      for (const side of r % 2 === 0 ? sides : [...sides].reverse()) {
        const op = side.loads[name] as () => Promise<unknown>
        const once = async () => {
          await op()
          return 1
        }
        const load = { workers: 32, durationMs: 600_000, maxOps: requests, op: once }
        const { result, cpuMs } = await withServerCpu(side.server.pid, () => runLoad(load))
        if (result.errors > 0) throw new Error(`${side.name} ${name}: ${result.errors} errors`)
        if (r < 0) continue
        side.cpu[name] = [...(side.cpu[name] ?? []), cpuMs / result.ops]
        side.rate[name] = [...(side.rate[name] ?? []), result.opsPerSec]
      }
    }
    for (const side of sides) {
      const cpu = side.cpu[name] ?? []
      console.log(
        `${name.padEnd(17)} ${side.name.padEnd(24)} server CPU ${median(cpu).toFixed(3)} ms/req ` +
          `(runs: ${cpu.map((c) => c.toFixed(3)).join(' ')}), ${median(side.rate[name] ?? []).toFixed(0)} req/s`,
      )
    }
  }
} finally {
  await cleanupAll()
  await plc.stop()
}
