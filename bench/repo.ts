/**
 * @module
 * Benchmark (issue 3): accounts and the signed repository, ours side by side with the
 * reference PDS (@atproto/pds), both on loopback against one PLC directory, with the same load.
 * Each round creates fresh accounts with @atproto/api (createAccount + login) on both servers,
 * then runs every scenario on both, alternating which server goes first from round to round:
 *
 * - createRecord, 8 concurrent writers (app.bsky.feed.post): records/s, server CPU-ms per record
 * - applyWrites with 10 creates per call, 8 writers: records/s, CPU-ms per record
 * - getRecord, 32 concurrent readers over the records just written: req/s
 * - listRecords limit=100, 32 readers: req/s
 * - bulk ingest: applyWrites with 200 creates per call, 1 writer, into a second account until it
 *   holds --repo-size records (10,000): records/s
 * - getRepo of that repo: seconds to the last byte (median of 3 after a warm-up)
 * - server RSS idle (after start), after the load, and peak
 *
 * A server that lacks an endpoint (501 MethodNotImplemented) gets "n/a (501)" there and the run
 * goes on. Servers and temp dirs are removed at the end, on Ctrl-C and on errors.
 *
 * @example
 *   npx tsx bench/repo.ts                      # 1 round, 10 s per scenario (~3 min, + ~2 min first install)
 *   npx tsx bench/repo.ts --rounds 3           # medians of 3 alternating rounds
 *   npx tsx bench/repo.ts --quick              # smoke run: 2 s per scenario, 2,000-record getRepo
 *   npx tsx bench/repo.ts --only reference --json /tmp/ref.json
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createBenchAccount } from './lib/accounts.js'
import { runBench, type ServerHandle, sleep } from './lib/children.js'
import { startOurs } from './lib/ours.js'
import { startPlc } from './lib/plc.js'
import { tryReadProcStats } from './lib/proc-stats.js'
import { benchCacheDir, ensureReference, REFERENCE_PDS_VERSION, startReference } from './lib/reference.js'
import { formatDetails, formatTable, Results, SIDES, type Side } from './lib/report.js'
import { describeError, isNotImplemented } from './lib/xrpc.js'
import { FIGURES, MB, type Options, type RoundState, runScenarios, SCENARIOS } from './repo-scenarios.js'

const HELP = `Usage: npx tsx bench/repo.ts [options]
  --rounds N       alternating rounds; figures are medians (default 1)
  --duration S     seconds of measured load per scenario (default 10)
  --warmup S       seconds of unmeasured load before each scenario (default 1)
  --repo-size N    records in the getRepo repo, written by the bulk ingest (default 10000)
  --only SIDE      run only 'reference' or 'ours'
  --quick          --duration 2 --warmup 0.5 --repo-size 2000
  --json FILE      also write all results as JSON
  -h, --help`

function parseOptions(): Options | undefined {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '1' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      'repo-size': { type: 'string' },
      only: { type: 'string' },
      quick: { type: 'boolean', default: false },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) return undefined
  const num = (raw: string | undefined, fallback: number, name: string, max: number) => {
    const value = raw === undefined ? fallback : Number(raw)
    if (!(value > 0 && value <= max)) throw new Error(`--${name} must be a number from >0 to ${max}`)
    return value
  }
  const quick = values.quick
  const only = values.only
  if (only !== undefined && only !== 'reference' && only !== 'ours') throw new Error('--only takes reference or ours')
  return {
    rounds: Math.floor(num(values.rounds, 1, 'rounds', 20)),
    durationMs: num(values.duration, quick ? 2 : 10, 'duration', 600) * 1000,
    warmupMs: num(values.warmup, quick ? 0.5 : 1, 'warmup', 60) * 1000,
    repoSize: Math.floor(num(values['repo-size'], quick ? 2000 : 10_000, 'repo-size', 200_000)),
    sides: only ? [only] : [...SIDES],
    json: values.json,
  }
}

async function startServers(opts: Options, plcUrl: string, logDir: string): Promise<Map<Side, ServerHandle | string>> {
  const servers = new Map<Side, ServerHandle | string>()
  for (const side of opts.sides) {
    const started = Date.now()
    try {
      const server =
        side === 'reference'
          ? await startReference(await ensureReference(), { plcUrl, logDir })
          : await startOurs({ plcUrl, logDir })
      servers.set(side, server)
      console.log(`${side}: ${server.url} (pid ${server.pid}), up in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    } catch (err) {
      console.error(`${side} did not start: ${err instanceof Error ? err.message : String(err)}`)
      servers.set(side, 'did not start')
    }
  }
  return servers
}

async function main(): Promise<number> {
  const opts = parseOptions()
  if (!opts) {
    console.log(HELP)
    return 0
  }
  const began = Date.now()
  // @NOTE every call and loop is bounded already; this is the net under them (and the install)
  const perSide = 4 * (opts.warmupMs + opts.durationMs + 60_000) + 900_000
  const watchdog = setTimeout(
    () => {
      console.error('bench/repo: over its time limit, stopping')
      process.kill(process.pid, 'SIGTERM')
    },
    opts.rounds * opts.sides.length * perSide + 1_200_000,
  )
  watchdog.unref()
  const results = new Results(FIGURES)
  const logDir = join(benchCacheDir(), 'logs', 'repo')
  rmSync(logDir, { recursive: true, force: true })
  mkdirSync(logDir, { recursive: true })
  console.log(
    `bench/repo: ${opts.rounds} round(s), ${opts.durationMs / 1000} s per scenario, getRepo of ${opts.repoSize} ` +
      `records; reference @atproto/pds@${REFERENCE_PDS_VERSION}; ${cpus().length} cores, load ${loadavg()[0]?.toFixed(2)}`,
  )
  const plc = await startPlc()
  console.log(`plc: ${plc.url} (in process)`)
  const servers = await startServers(opts, plc.url, logDir)
  if (![...servers.values()].some((server) => typeof server === 'object')) {
    console.error(`no server started; logs in ${logDir}`)
    return 1
  }

  await sleep(2_000) // @NOTE let start-up work (migrations, JIT of the first requests) settle
  for (const side of opts.sides) {
    const server = servers.get(side)
    const stats = typeof server === 'object' ? tryReadProcStats(server.pid) : undefined
    if (stats) results.value('rss.idle', side, stats.rssBytes / MB)
    else results.na('rss.idle', side, typeof server === 'string' ? server : 'gone')
  }

  for (let round = 1; round <= opts.rounds; round++) {
    const order = round % 2 === 1 ? opts.sides : [...opts.sides].reverse()
    console.log(`\nround ${round}/${opts.rounds}: ${order.join(' then ')}`)
    const states: RoundState[] = []
    for (const side of order) {
      const server = servers.get(side)
      if (typeof server !== 'object') {
        for (const f of FIGURES) if (!f.key.startsWith('rss.')) results.na(f.key, side, server ?? 'not run')
        continue
      }
      try {
        const [main, bulk] = [await createBenchAccount(server.url), await createBenchAccount(server.url)]
        states.push({ side, round, server, main, bulk, rkeys: [], bulkRecords: 0 })
      } catch (err) {
        const why = isNotImplemented(err) ? '501' : `createAccount: ${describeError(err)}`
        console.log(`  accounts     ${side.padEnd(9)} n/a (${why})`)
        for (const f of FIGURES) if (!f.key.startsWith('rss.')) results.na(f.key, side, why)
      }
    }
    if (!(await runScenarios(SCENARIOS, results, opts, states))) return 130
  }

  await sleep(1_000)
  for (const side of opts.sides) {
    const server = servers.get(side)
    const stats = typeof server === 'object' ? tryReadProcStats(server.pid) : undefined
    if (stats) {
      results.value('rss.after', side, stats.rssBytes / MB)
      results.value('rss.peak', side, stats.peakRssBytes / MB)
    } else {
      results.na('rss.after', side, typeof server === 'string' ? server : 'gone')
      results.na('rss.peak', side, typeof server === 'string' ? server : 'gone')
    }
  }

  console.log(`\n${formatTable(results)}\n\n${formatDetails(results)}`)
  console.log(`\nserver logs: ${logDir}; took ${((Date.now() - began) / 1000).toFixed(0)} s`)
  if (opts.json) {
    const meta = { date: new Date().toISOString(), options: opts, referenceVersion: REFERENCE_PDS_VERSION }
    writeFileSync(opts.json, `${JSON.stringify({ meta, ...(results.toJSON() as object) }, null, 2)}\n`)
    console.log(`results written to ${opts.json}`)
  }
  return 0
}

runBench('repo', main)
