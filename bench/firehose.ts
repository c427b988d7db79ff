/**
 * @module
 * Benchmark (issue 4): the firehose, ours side by side with the reference PDS (@atproto/pds).
 * N subscribers (default 20) connect to subscribeRepos on one server; one writer creates
 * --writes records (default 500) one after the other with createRecord. For every write and
 * every subscriber: the delivery latency from the moment the commit was first seen (its HTTP
 * response, or its event at any subscriber, whichever came first) to the event's arrival, and
 * events lost (must be 0). Server
 * RSS after the run, its peak, and its CPU time per write (the write and its delivery).
 *
 * @example
 *   npx tsx bench/firehose.ts                       # 20 subscribers, 500 writes, both servers
 *   npx tsx bench/firehose.ts --subscribers 200
 *   npx tsx bench/firehose.ts --only ours
 */
import { parseArgs } from 'node:util'
import { cleanupAll, installCleanupHandlers, type ServerHandle } from './lib/children.js'
import { measureFirehose } from './lib/firehose.js'
import { startOurs } from './lib/ours.js'
import { startPlc } from './lib/plc.js'
import { tryReadProcStats } from './lib/proc-stats.js'
import { ensureReference, startReference } from './lib/reference.js'

const HELP = `Usage: npx tsx bench/firehose.ts [options]
  --subscribers N  concurrent subscribeRepos connections (default 20)
  --writes N       records created, one after the other (default 500)
  --only SIDE      run only 'reference' or 'ours'
  -h, --help`

interface SideResult {
  side: string
  p50: number
  p99: number
  max: number
  lost: number
  delivered: number
  cpuMs: number
  rssMb: number
  peakRssMb: number
}

async function runSide(side: 'reference' | 'ours', plcUrl: string, subscribers: number, writes: number) {
  const server: ServerHandle =
    side === 'ours'
      ? await startOurs({
          plcUrl,
          // @NOTE every bench subscriber comes from 127.0.0.1: lift the per-IP cap (8) to the run's count
          env: {
            PDS_FIREHOSE_MAX_SUBSCRIBERS_PER_IP: String(subscribers),
            PDS_FIREHOSE_MAX_SUBSCRIBERS: String(Math.max(1000, subscribers)),
          },
        })
      : await startReference(await ensureReference(), { plcUrl })
  try {
    const run = await measureFirehose(server, { subscribers, writes })
    const stats = tryReadProcStats(server.pid)
    return {
      side,
      p50: run.latency.p50,
      p99: run.latency.p99,
      max: run.latency.max,
      lost: run.lost,
      delivered: run.delivered,
      cpuMs: run.serverCpuMsPerWrite,
      rssMb: (stats?.rssBytes ?? 0) / 2 ** 20,
      peakRssMb: (stats?.peakRssBytes ?? 0) / 2 ** 20,
    } satisfies SideResult
  } finally {
    await server.stop()
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      subscribers: { type: 'string', default: '20' },
      writes: { type: 'string', default: '500' },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    console.log(HELP)
    return
  }
  const subscribers = Number(values.subscribers)
  const writes = Number(values.writes)
  if (!(subscribers >= 1 && writes >= 1)) throw new Error('--subscribers and --writes must be positive numbers')
  const sides = values.only ? [values.only] : ['reference', 'ours']
  if (!sides.every((side) => side === 'reference' || side === 'ours')) {
    throw new Error('--only takes reference or ours')
  }
  installCleanupHandlers()
  const plc = await startPlc()
  const results: SideResult[] = []
  try {
    for (const side of sides as ('reference' | 'ours')[]) {
      console.log(`${side}: ${subscribers} subscribers, ${writes} writes...`)
      results.push(await runSide(side, plc.url, subscribers, writes))
    }
  } finally {
    await plc.stop()
    await cleanupAll()
  }
  console.log(`\n| server | p50 ms | p99 ms | max ms | delivered | lost | server CPU ms/write | RSS MB | peak RSS MB |`)
  console.log(`| --- | --- | --- | --- | --- | --- | --- | --- | --- |`)
  for (const r of results) {
    const ms = (v: number) => v.toFixed(2)
    console.log(
      `| ${r.side} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.delivered} | ${r.lost} | ${r.cpuMs.toFixed(2)} | ${r.rssMb.toFixed(0)} | ${r.peakRssMb.toFixed(0)} |`,
    )
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exitCode = 1
})
