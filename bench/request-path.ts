/**
 * @module
 * The per-request path, ours only: server CPU per createRecord and applyWrites x10 call
 * (8 writers) and per getRecord and listRecords(100) request (32 readers), as bench/repo.ts
 * loads them, each run a fixed number of calls after a warm-up of as many. With `--compare DIR`
 * a second server runs from another checkout and the runs alternate between the two, so both
 * see the same load on a shared machine (an A/B of a branch against main). `--env K=V` sets
 * the servers' environment, e.g. `--env LOG_LEVEL=info` to count the request log line.
 *
 * @example
 *   npx tsx bench/request-path.ts                                  # 3 runs of each (median)
 *   npx tsx bench/request-path.ts --runs 5 --compare ../main --env LOG_LEVEL=info
 *   npx tsx bench/request-path.ts --only createRecord,getRecord --writes 400 --reads 3000
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
const writes = Number(arg('--writes') ?? 300)
const reads = Number(arg('--reads') ?? 3000)
const runs = Number(arg('--runs') ?? 3)
const compare = arg('--compare')
const only = arg('--only')?.split(',')
const env = envOptions(process.argv)

interface Load {
  workers: number
  calls: number
  /** One call; resolves with the records (writes) or requests (reads) it counts as. */
  op: () => Promise<number>
}

interface Side {
  name: string
  server: ServerHandle
  loads: Record<string, Load>
  cpu: Record<string, number[]>
}

const post = (text: string) => ({ $type: 'app.bsky.feed.post', text, createdAt: new Date().toISOString() })

async function prepare(name: string, server: ServerHandle): Promise<Side> {
  const alice = await createBenchAccount(server.url)
  const token = alice.accessJwt
  const rkeys: string[] = []
  const applyWrites = async (n: number, text: string) => {
    const out = await xrpc<{ results: { uri: string }[] }>(server.url, 'com.atproto.repo.applyWrites', {
      token,
      body: {
        repo: alice.did,
        writes: Array.from({ length: n }, () => ({
          $type: 'com.atproto.repo.applyWrites#create',
          collection: 'app.bsky.feed.post',
          value: post(text),
        })),
      },
    })
    return out.results.map((r) => r.uri.split('/').pop() as string)
  }
  for (let i = 0; i < 4; i++) rkeys.push(...(await applyWrites(50, `reading post ${i}`)))
  const loads: Record<string, Load> = {
    createRecord: {
      workers: 8,
      calls: writes,
      op: async () => {
        await xrpc(server.url, 'com.atproto.repo.createRecord', {
          token,
          body: { repo: alice.did, collection: 'app.bsky.feed.post', record: post('one write') },
        })
        return 1
      },
    },
    'applyWrites x10': {
      workers: 8,
      calls: Math.ceil(writes / 4),
      op: async () => (await applyWrites(10, 'ten')).length,
    },
    getRecord: {
      workers: 32,
      calls: reads,
      op: async () => {
        await xrpc(server.url, 'com.atproto.repo.getRecord', {
          params: {
            repo: alice.did,
            collection: 'app.bsky.feed.post',
            rkey: rkeys[Math.floor(Math.random() * rkeys.length)] as string,
          },
        })
        return 1
      },
    },
    'listRecords(100)': {
      workers: 32,
      calls: Math.ceil(reads / 3),
      op: async () => {
        await xrpc(server.url, 'com.atproto.repo.listRecords', {
          params: { repo: alice.did, collection: 'app.bsky.feed.post', limit: 100 },
        })
        return 1
      },
    },
  }
  return { name, server, loads, cpu: {} }
}

installCleanupHandlers()
const plc = await startPlc()
try {
  const sides = [await prepare(ROOT, await startOurs({ plcUrl: plc.url, env }))]
  if (compare) {
    const root = resolve(compare)
    sides.push(await prepare(root, await startOurs({ plcUrl: plc.url, env, root })))
  }
  const names = Object.keys(sides[0]?.loads ?? {}).filter((n) => !only || only.includes(n))
  for (const name of names) {
    for (let r = -1; r < runs; r++) {
      // @NOTE alternate which side goes first; run -1 is the warm-up
      for (const side of r % 2 === 0 ? sides : [...sides].reverse()) {
        const { workers, calls, op } = side.loads[name] as Load
        const load = { workers, durationMs: 600_000, maxOps: calls, op }
        const { result, cpuMs } = await withServerCpu(side.server.pid, () => runLoad(load))
        // @NOTE a loaded machine times out the odd call; more than 1% is a failure, not noise
        if (result.errors > calls / 100) {
          throw new Error(`${side.name} ${name}: ${result.errors} errors`, { cause: result.firstError })
        }
        if (result.errors > 0)
          console.log(`${side.name} ${name}: ${result.errors} errors (${String(result.firstError)})`)
        if (r >= 0) side.cpu[name] = [...(side.cpu[name] ?? []), cpuMs / result.items]
      }
    }
    const [first, second] = sides.map((side) => median(side.cpu[name] ?? []))
    for (const side of sides) {
      const cpu = side.cpu[name] ?? []
      const per = name.startsWith('get') || name.startsWith('list') ? 'req' : 'record'
      console.log(
        `${name.padEnd(17)} ${side.name.padEnd(24)} server CPU ${median(cpu).toFixed(3)} ms/${per} ` +
          `(runs: ${cpu.map((c) => c.toFixed(3)).join(' ')})`,
      )
    }
    if (second !== undefined && first !== undefined)
      console.log(`${''.padEnd(17)} ratio ${(first / second).toFixed(2)}`)
  }
} finally {
  await cleanupAll()
  await plc.stop()
}
