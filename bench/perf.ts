/**
 * @module
 * Benchmark (issue 15): the issue's table, regenerated in one alternating run side by side with
 * the reference PDS (@atproto/pds): createRecord, applyWrites x10, getRecord, listRecords(100),
 * bulk ingest and getRepo (bench/repo.ts's scenarios), login (createSession), the firehose at
 * 20 and 200 subscribers, and RSS idle, after the whole run and at its peak (VmHWM), each with
 * the reference's figure, ours, the ratio and the issue's goal, and whether it is met.
 *
 * Rate limits are off on both sides, as the reference is measured. Extra columns of ours:
 * `--limited` (rate limits on, every budget raised so nothing is refused: what the limiter
 * costs), `--pg` (ours on PostgreSQL, a fresh database per run, dropped after), and
 * `--two-processes` (writes to different repos, one process against two on one PostgreSQL).
 *
 * @example
 *   npx tsx bench/perf.ts --rounds 2               # the table (~12 min)
 *   npx tsx bench/perf.ts --rounds 2 --all         # plus limited, PostgreSQL and two processes (~25 min)
 *   npx tsx bench/perf.ts --quick --only ours --pg
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import { RATE_BUDGETS } from '../src/config-limits.js'
import { createBenchAccount } from './lib/accounts.js'
import { makeTempDir, runBench, type ServerHandle, sleep, stopSignal } from './lib/children.js'
import { startOurs } from './lib/ours.js'
import { startPlc } from './lib/plc.js'
import { createBenchDatabase, DEFAULT_PG_URL } from './lib/postgres.js'
import { tryReadProcStats } from './lib/proc-stats.js'
import { benchCacheDir, ensureReference, REFERENCE_PDS_VERSION, startReference } from './lib/reference.js'
import { formatDetails, Results, type Side } from './lib/report.js'
import { describeError, isNotImplemented } from './lib/xrpc.js'
import { formatScale, measureScale, type ScaleResult } from './perf-scale.js'
import {
  FIGURES,
  hashStrength,
  issueRows,
  loadOptions,
  numberOption,
  type PerfOptions,
  type Row,
  SCENARIOS,
} from './perf-scenarios.js'
import { MB, type RoundState, runScenarios } from './repo-scenarios.js'

const HELP = `Usage: npx tsx bench/perf.ts [options]   (npm run bench -- perf [options])
  --rounds N           alternating rounds; figures are medians (default 2)
  --duration S         seconds of measured load per scenario (default 10)
  --warmup S           seconds of unmeasured load before each scenario (default 1)
  --repo-size N        records in the getRepo repo, written by the bulk ingest (default 10000)
  --firehose-writes N  createRecord calls of each firehose run (default 500)
  --only SIDE          run only 'reference' or 'ours' (the extra columns still run)
  --limited            add a column: ours with rate limits on and every budget raised
  --pg                 add a column: ours on PostgreSQL (a fresh database, dropped after)
  --two-processes      add the table of one vs two processes on one PostgreSQL
  --all                --limited --pg --two-processes
  --pg-url URL         PostgreSQL server (default ${DEFAULT_PG_URL}; or BENCH_PG_URL)
  --scale-writers N    writers (one repo each) of the two-process table (default 8)
  --quick              --duration 2 --warmup 0.5 --repo-size 2000 --firehose-writes 100
  --json FILE          also write all results as JSON
  -h, --help`

/** The columns this run can have. */
type Column = 'reference' | 'ours' | 'ours limited' | 'ours pg'

interface RunOptions extends PerfOptions {
  columns: Column[]
  twoProcesses: boolean
  pgUrl: string
  scaleWriters: number
}

function parseOptions(): RunOptions | undefined {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '2' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      'repo-size': { type: 'string' },
      'firehose-writes': { type: 'string' },
      only: { type: 'string' },
      limited: { type: 'boolean', default: false },
      pg: { type: 'boolean', default: false },
      'two-processes': { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      'pg-url': { type: 'string', default: DEFAULT_PG_URL },
      'scale-writers': { type: 'string', default: '8' },
      quick: { type: 'boolean', default: false },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) return undefined
  const only = values.only
  if (only !== undefined && only !== 'reference' && only !== 'ours') throw new Error('--only takes reference or ours')
  const columns: Column[] = only ? [only] : ['reference', 'ours']
  if (values.limited || values.all) columns.push('ours limited')
  if (values.pg || values.all) columns.push('ours pg')
  return {
    ...loadOptions(values, 2),
    sides: columns,
    columns,
    twoProcesses: values['two-processes'] || values.all,
    pgUrl: values['pg-url'],
    scaleWriters: Math.floor(numberOption(values['scale-writers'], 8, 'scale-writers', 256)),
    json: values.json,
  }
}

// @NOTE every firehose subscriber comes from 127.0.0.1; ours admits 8 per address by default
// (the reference has no such bound), which is a limit on clients, not on the server's work
const OURS_ENV = { PDS_FIREHOSE_MAX_SUBSCRIBERS_PER_IP: '1000' }

/**
 * Rate limits on, every budget of src/config-limits.ts with its windows kept and its points
 * raised a million-fold: each request pays for the counting, none is refused.
 */
export function limitedEnv(): Record<string, string> {
  const env: Record<string, string> = { PDS_RATE_LIMITS_ENABLED: 'true' }
  for (const [name, windows] of Object.entries(RATE_BUDGETS)) {
    const variable = `PDS_RATE_LIMIT_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`
    env[variable] = windows.map((w) => `${w.points * 1_000_000}/${w.durationMs / 1000}s`).join(',')
  }
  return env
}

interface Started {
  server: ServerHandle
  /** Where ours keeps its SQLite file, for reading the password hash scheme. */
  dataDir?: string
}

async function startColumn(column: Column, opts: RunOptions, plcUrl: string, logDir: string): Promise<Started> {
  if (column === 'reference') return { server: await startReference(await ensureReference(), { plcUrl, logDir }) }
  const name = column.replace(' ', '-')
  if (column === 'ours pg') {
    const db = await createBenchDatabase(opts.pgUrl)
    return { server: await startOurs({ plcUrl, logDir, name, env: { ...OURS_ENV, DATABASE_URL: db.url } }) }
  }
  const dataDir = makeTempDir('bench-ours-')
  const env = column === 'ours limited' ? { ...OURS_ENV, ...limitedEnv() } : OURS_ENV
  return { server: await startOurs({ plcUrl, logDir, name, dataDir, env }), dataDir }
}

/** The stored password hash's scheme and parameters (not the salt or hash) of a SQLite server. */
function readHashScheme(dataDir: string | undefined): string | undefined {
  if (!dataDir) return undefined
  try {
    const db = new Database(join(dataDir, 'pds.sqlite'), { readonly: true, fileMustExist: true })
    try {
      const rows = db.prepare('select * from account limit 1').all() as Record<string, unknown>[]
      const stored = Object.values(rows[0] ?? {}).find((v): v is string => typeof v === 'string' && v.startsWith('$'))
      return stored?.split('$').slice(0, -2).join('$')
    } finally {
      db.close()
    }
  } catch {
    return undefined
  }
}

function formatIssueTable(rows: Row[], results: Results): string {
  const lines = [
    `| figure | reference | ours | ours/ref | CPU ref/ours | goal | met |`,
    '| --- | --- | --- | --- | --- | --- | --- |',
  ]
  for (const row of rows) {
    const ratio = row.ratio(results, 'ours', 'reference')
    const cpu = row.cpuRatio?.(results, 'ours', 'reference')
    lines.push(
      `| ${row.label} | ${row.cell(results, 'reference')} | ${row.cell(results, 'ours')} | ` +
        `${ratio === undefined ? '–' : `${ratio.toFixed(2)}x`} | ${cpu === undefined ? '–' : `${cpu.toFixed(2)}x`} | ` +
        `${row.goal} | ${row.verdict(results, 'ours')} |`,
    )
  }
  return lines.join('\n')
}

function formatVariantTable(rows: Row[], results: Results, variants: Side[]): string {
  const header = ['figure', 'ours', ...variants.flatMap((v) => [v, `${v}/ours`, `${v}: goal met`]), 'goal']
  const lines = [`| ${header.join(' | ')} |`, `|${' --- |'.repeat(header.length)}`]
  for (const row of rows) {
    const cells = [row.label, row.cell(results, 'ours')]
    for (const v of variants) {
      const ratio = row.ratio(results, v, 'ours')
      cells.push(row.cell(results, v), ratio === undefined ? '–' : `${ratio.toFixed(2)}x`, row.verdict(results, v))
    }
    cells.push(row.goal)
    lines.push(`| ${cells.join(' | ')} |`)
  }
  return lines.join('\n')
}

async function main(): Promise<number> {
  const opts = parseOptions()
  if (!opts) {
    console.log(HELP)
    return 0
  }
  const began = Date.now()
  // @NOTE every call and loop is bounded already; this is the net under them (and the install)
  const perColumn = 7 * (opts.warmupMs + opts.durationMs + 60_000) + 900_000
  const watchdog = setTimeout(
    () => {
      console.error('bench/perf: over its time limit, stopping')
      process.kill(process.pid, 'SIGTERM')
    },
    opts.rounds * opts.columns.length * perColumn + (opts.twoProcesses ? 600_000 : 0) + 1_200_000,
  )
  watchdog.unref()
  const results = new Results(FIGURES, opts.columns)
  const logDir = join(benchCacheDir(), 'logs', 'perf')
  rmSync(logDir, { recursive: true, force: true })
  mkdirSync(logDir, { recursive: true })
  console.log(
    `bench/perf: ${opts.rounds} round(s), ${opts.durationMs / 1000} s per scenario, getRepo of ${opts.repoSize} records, ` +
      `firehose ${opts.firehoseWrites} writes; columns: ${opts.columns.join(', ')}; reference @atproto/pds@${REFERENCE_PDS_VERSION}; ` +
      `${cpus().length} cores, load ${loadavg()[0]?.toFixed(2)}`,
  )
  const plc = await startPlc()
  const servers = new Map<Side, Started | string>()
  for (const column of opts.columns) {
    const started = Date.now()
    try {
      const s = await startColumn(column, opts, plc.url, logDir)
      servers.set(column, s)
      console.log(
        `${column}: ${s.server.url} (pid ${s.server.pid}), up in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      )
    } catch (err) {
      console.error(`${column} did not start: ${err instanceof Error ? err.message : String(err)}`)
      servers.set(column, 'did not start')
    }
  }
  const serverOf = (side: Side) => {
    const s = servers.get(side)
    return typeof s === 'object' ? s.server : undefined
  }
  const readRss = (key: 'rss.idle' | 'rss.after' | 'rss.peak') => {
    for (const side of opts.columns) {
      const server = serverOf(side)
      const stats = server ? tryReadProcStats(server.pid) : undefined
      const why = typeof servers.get(side) === 'string' ? (servers.get(side) as string) : 'gone'
      if (!stats) results.na(key, side, why)
      else results.value(key, side, (key === 'rss.peak' ? stats.peakRssBytes : stats.rssBytes) / MB)
    }
  }

  await sleep(2_000) // @NOTE let start-up work (migrations, JIT of the first requests) settle
  readRss('rss.idle')

  for (let round = 1; round <= opts.rounds; round++) {
    const order = round % 2 === 1 ? opts.columns : [...opts.columns].reverse()
    console.log(`\nround ${round}/${opts.rounds}: ${order.join(' then ')}`)
    const states: RoundState[] = []
    for (const side of order) {
      const server = serverOf(side)
      if (!server) {
        for (const f of FIGURES) if (!f.key.startsWith('rss.')) results.na(f.key, side, 'did not start')
        continue
      }
      try {
        const [main, bulk] = [await createBenchAccount(server.url), await createBenchAccount(server.url)]
        states.push({ side, round, server, main, bulk, rkeys: [], bulkRecords: 0 })
      } catch (err) {
        const why = isNotImplemented(err) ? '501' : `createAccount: ${describeError(err)}`
        console.log(`  accounts     ${side.padEnd(12)} n/a (${why})`)
        for (const f of FIGURES) if (!f.key.startsWith('rss.')) results.na(f.key, side, why)
      }
    }
    if (!(await runScenarios(SCENARIOS, results, opts, states))) return 130
  }
  await sleep(1_000)
  readRss('rss.after')
  readRss('rss.peak')
  const ours = servers.get('ours')
  const hash = hashStrength(readHashScheme(typeof ours === 'object' ? ours.dataDir : undefined))
  for (const side of opts.columns) await serverOf(side)?.stop()

  let scale: ScaleResult[] = []
  if (opts.twoProcesses && !stopSignal.aborted) {
    console.log(`\ntwo processes on one PostgreSQL (${opts.scaleWriters} writers, one repo each):`)
    try {
      scale = await measureScale({
        plcUrl: plc.url,
        pgUrl: opts.pgUrl,
        writers: opts.scaleWriters,
        durationMs: opts.durationMs,
        warmupMs: opts.warmupMs,
        logDir,
        env: OURS_ENV,
      })
    } catch (err) {
      console.error(`  two processes failed: ${describeError(err)}`)
    }
  }

  const rows = issueRows(opts, hash)
  console.log(`\n${formatDetails(results)}`)
  console.log(
    `\nIssue 15's table: ${opts.rounds} alternating round(s), medians, ${opts.durationMs / 1000} s per scenario; ` +
      `rate limits off on both sides; load ${loadavg()[0]?.toFixed(2)} at the end\n`,
  )
  const sideBySide = opts.columns.includes('reference') && opts.columns.includes('ours')
  if (sideBySide) console.log(formatIssueTable(rows, results))
  const variants = opts.columns.filter((c) => c !== 'ours' && (c !== 'reference' || !sideBySide))
  if (variants.length > 0 || !sideBySide) {
    console.log(`\n${formatVariantTable(rows, results, variants)}`)
    if (variants.includes('ours limited')) {
      console.log('(ours limited: PDS_RATE_LIMITS_ENABLED=true, every PDS_RATE_LIMIT_<NAME> raised a million-fold)')
    }
  }
  console.log(
    `\nours' stored password hash: ${hash.scheme} (OWASP minimum: ${hash.strongEnough === undefined ? 'unknown' : hash.strongEnough ? 'met' : 'not met'})`,
  )
  if (scale.length > 0) console.log(`\n${formatScale(scale)}`)
  console.log(`\nserver logs: ${logDir}; took ${((Date.now() - began) / 1000).toFixed(0)} s`)
  if (opts.json) {
    const meta = { date: new Date().toISOString(), options: opts, referenceVersion: REFERENCE_PDS_VERSION, hash }
    writeFileSync(opts.json, `${JSON.stringify({ meta, ...(results.toJSON() as object), scale }, null, 2)}\n`)
    console.log(`results written to ${opts.json}`)
  }
  return 0
}

runBench('perf', main)
