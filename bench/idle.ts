/**
 * @module
 * Benchmark: the RSS of a fresh, idle server, A against B, as the median of several fresh starts
 * of each (alternating A, B then B, A). One start's idle RSS moves by a few MB on this shared
 * machine, so bench/ab.ts's single reading cannot show a saving of that size; this can. Each
 * start is as `npm start` runs it (bench/lib/ours.ts), read 2 s after it answers, as bench/perf.ts
 * reads "RSS idle".
 *
 * @example
 *   npx tsx bench/idle.ts --a /work/main --starts 7                   # main (A) against this checkout (B)
 *   npx tsx bench/idle.ts --b-node-args=--no-enable-source-maps      # this checkout, without and with a flag
 */
import { parseArgs } from 'node:util'
import { runBench, sleep, stopSignal } from './lib/children.js'
import { ROOT, startOurs } from './lib/ours.js'
import { startPlc } from './lib/plc.js'
import { tryReadProcStats } from './lib/proc-stats.js'
import { MB } from './repo-scenarios.js'

const HELP = `Usage: npx tsx bench/idle.ts [options]   (npm run bench -- idle [options])
  --a ROOT             checkout of A (default: this one)
  --b ROOT             checkout of B (default: this one)
  --a-node-args ARGS   Node options added to A's (space-separated; the last of a flag wins)
  --b-node-args ARGS   the same for B
  --starts N           fresh starts of each; figures are medians (default 5)
  -h, --help`

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      a: { type: 'string', default: ROOT },
      b: { type: 'string', default: ROOT },
      'a-node-args': { type: 'string', default: '' },
      'b-node-args': { type: 'string', default: '' },
      starts: { type: 'string', default: '5' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    console.log(HELP)
    return 0
  }
  const starts = Number(values.starts)
  if (!(Number.isInteger(starts) && starts > 0 && starts <= 50))
    throw new Error('--starts must be a whole number from 1 to 50')
  const sides = {
    A: { root: values.a, nodeArgs: values['a-node-args'].split(' ').filter(Boolean) },
    B: { root: values.b, nodeArgs: values['b-node-args'].split(' ').filter(Boolean) },
  }
  for (const [side, { root, nodeArgs }] of Object.entries(sides)) {
    console.log(`${side}: ${root}${nodeArgs.length ? ` + ${nodeArgs.join(' ')}` : ''}`)
  }
  const plc = await startPlc()
  const rss: Record<'A' | 'B', number[]> = { A: [], B: [] }
  for (let i = 0; i < starts; i++) {
    for (const side of i % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
      if (stopSignal.aborted) return 130
      const server = await startOurs({ plcUrl: plc.url, ...sides[side], name: `${side}${i + 1}` })
      await sleep(2_000) // @NOTE as bench/perf.ts: start-up work settles first
      const stats = tryReadProcStats(server.pid)
      await server.stop()
      if (!stats) throw new Error(`${side} (pid ${server.pid}) exited before its RSS was read`)
      rss[side].push(stats.rssBytes / MB)
    }
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((x, y) => x - y)
    const mid = Math.floor(sorted.length / 2)
    return sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
  }
  const [a, b] = [median(rss.A), median(rss.B)]
  console.log(`\n| figure | A | B | B/A |\n| --- | --- | --- | --- |`)
  console.log(
    `| server RSS idle, median of ${starts} fresh starts (MB) | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(b / a).toFixed(2)}x |`,
  )
  for (const side of ['A', 'B'] as const) console.log(`\n${side}: ${rss[side].map((v) => v.toFixed(1)).join(', ')} MB`)
  return 0
}

runBench('idle', main)
