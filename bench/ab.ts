/**
 * @module
 * Benchmark: two builds of ours side by side, A and B, in one alternating run: two checkouts
 * (main against a branch) or one checkout with two sets of Node options (a V8 flag with and
 * without). Both servers are up for the whole run, as `npm start` runs them (bench/lib/ours.ts);
 * each scenario of bench/perf.ts runs on A then B (B then A in even rounds), and the table gives
 * the medians of both, B/A, and RSS idle, after the run and at its peak. `server CPU` per request
 * is the figure to trust on a shared machine; B/A below 1 means B is cheaper.
 *
 * @example
 *   npx tsx bench/ab.ts --a /work/main --rounds 3                 # main (A) against this checkout (B)
 *   npx tsx bench/ab.ts --b-node-args=--max-semi-space-size=16    # this checkout, as started and with a flag
 */
import { parseArgs } from 'node:util'
import { createBenchAccount } from './lib/accounts.js'
import { runBench, type ServerHandle, sleep } from './lib/children.js'
import { ROOT, startOurs } from './lib/ours.js'
import { startPlc } from './lib/plc.js'
import { tryReadProcStats } from './lib/proc-stats.js'
import { formatDetails, Results } from './lib/report.js'
import { FIGURES, loadOptions, type PerfOptions, SCENARIOS, selectScenarios } from './perf-scenarios.js'
import { MB, type RoundState, runScenarios } from './repo-scenarios.js'

const HELP = `Usage: npx tsx bench/ab.ts [options]   (npm run bench -- ab [options])
  --a ROOT             checkout of A (default: this one)
  --b ROOT             checkout of B (default: this one)
  --a-node-args ARGS   Node options added to A's (space-separated; the last of a flag wins)
  --b-node-args ARGS   the same for B
  --scenarios LIST     comma-separated scenario names (default: all of bench/perf.ts's):
                       ${SCENARIOS.map((s) => s.name).join(', ')}
  --rounds N           alternating rounds; figures are medians (default 2)
  --duration S         seconds of measured load per scenario (default 10)
  --warmup S           seconds of unmeasured load before each scenario (default 1)
  --repo-size N        records in the getRepo repo (default 10000)
  --firehose-writes N  createRecord calls of each firehose run (default 500)
  --quick              --duration 2 --warmup 0.5 --repo-size 2000 --firehose-writes 100
  -h, --help`

interface AbOptions extends PerfOptions {
  a: { root: string; nodeArgs: string[] }
  b: { root: string; nodeArgs: string[] }
  scenarios: typeof SCENARIOS
}

function parseOptions(): AbOptions | undefined {
  const { values } = parseArgs({
    options: {
      a: { type: 'string', default: ROOT },
      b: { type: 'string', default: ROOT },
      'a-node-args': { type: 'string', default: '' },
      'b-node-args': { type: 'string', default: '' },
      scenarios: { type: 'string' },
      rounds: { type: 'string', default: '2' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      'repo-size': { type: 'string' },
      'firehose-writes': { type: 'string' },
      quick: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) return undefined
  return {
    a: { root: values.a, nodeArgs: values['a-node-args'].split(' ').filter(Boolean) },
    b: { root: values.b, nodeArgs: values['b-node-args'].split(' ').filter(Boolean) },
    scenarios: selectScenarios(values.scenarios),
    ...loadOptions(values, 2),
    sides: ['A', 'B'],
  }
}

const RSS = ['rss.idle', 'rss.after', 'rss.peak'] as const

async function main(): Promise<number> {
  const opts = parseOptions()
  if (!opts) {
    console.log(HELP)
    return 0
  }
  const began = Date.now()
  const results = new Results(FIGURES, ['A', 'B'])
  const plc = await startPlc()
  const servers: Record<'A' | 'B', ServerHandle> = {
    A: await startOurs({ plcUrl: plc.url, root: opts.a.root, nodeArgs: opts.a.nodeArgs, name: 'A', env: OURS_ENV }),
    B: await startOurs({ plcUrl: plc.url, root: opts.b.root, nodeArgs: opts.b.nodeArgs, name: 'B', env: OURS_ENV }),
  }
  for (const side of ['A', 'B'] as const) {
    const { root, nodeArgs } = opts[side.toLowerCase() as 'a' | 'b']
    console.log(`${side}: ${root}${nodeArgs.length ? ` + ${nodeArgs.join(' ')}` : ''} (pid ${servers[side].pid})`)
  }
  const readRss = (key: (typeof RSS)[number]) => {
    for (const side of ['A', 'B'] as const) {
      const stats = tryReadProcStats(servers[side].pid)
      if (!stats) results.na(key, side, 'gone')
      else results.value(key, side, (key === 'rss.peak' ? stats.peakRssBytes : stats.rssBytes) / MB)
    }
  }
  await sleep(2_000) // @NOTE as bench/perf.ts: start-up work settles first
  readRss('rss.idle')
  for (let round = 1; round <= opts.rounds; round++) {
    const order = round % 2 === 1 ? (['A', 'B'] as const) : (['B', 'A'] as const)
    console.log(`\nround ${round}/${opts.rounds}: ${order.join(' then ')}`)
    const states: RoundState[] = []
    for (const side of order) {
      const server = servers[side]
      const [mainAccount, bulk] = [await createBenchAccount(server.url), await createBenchAccount(server.url)]
      states.push({ side, round, server, main: mainAccount, bulk, rkeys: [], bulkRecords: 0 })
    }
    if (!(await runScenarios(opts.scenarios, results, opts, states))) return 130
  }
  await sleep(1_000)
  readRss('rss.after')
  readRss('rss.peak')
  for (const server of Object.values(servers)) await server.stop()

  console.log(`\n${formatDetails(results)}\n`)
  console.log(`${opts.rounds} alternating round(s), medians, ${opts.durationMs / 1000} s per scenario\n`)
  console.log('| figure | A | B | B/A |\n| --- | --- | --- | --- |')
  for (const figure of FIGURES) {
    const [a, b] = (['A', 'B'] as const).map((side) => results.cell(figure.key, side))
    if (!a || !b || !('value' in a) || !('value' in b)) continue
    const ratio = a.value === 0 ? '–' : `${(b.value / a.value).toFixed(2)}x`
    console.log(`| ${figure.label.trim()} | ${format(a.value)} | ${format(b.value)} | ${ratio} |`)
  }
  console.log(`\nserver logs beside their data dirs; took ${((Date.now() - began) / 1000).toFixed(0)} s`)
  return 0
}

// @NOTE as bench/perf.ts: every firehose subscriber comes from 127.0.0.1
const OURS_ENV = { PDS_FIREHOSE_MAX_SUBSCRIBERS_PER_IP: '1000' }

function format(value: number): string {
  return value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toPrecision(3)
}

runBench('ab', main)
