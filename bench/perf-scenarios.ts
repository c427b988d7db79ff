/**
 * @module
 * What bench/perf.ts adds to the scenarios of bench/repo.ts: login (createSession) and the
 * firehose at two subscriber counts, measured on the same server processes, so "RSS after the
 * whole run" and the peak cover everything; and the rows of issue 15's table with their goals.
 */
import { stopSignal } from './lib/children.js'
import { measureFirehose } from './lib/firehose.js'
import { formatNumber, type Results, type Side } from './lib/report.js'
import { describeError } from './lib/xrpc.js'
import {
  type Options,
  FIGURES as REPO_FIGURES,
  SCENARIOS as REPO_SCENARIOS,
  type RoundState,
} from './repo-scenarios.js'

/** Subscriber counts of the two firehose runs. */
export const FIREHOSE_SUBSCRIBERS = [20, 200] as const

/** Options of bench/perf.ts that the scenarios read. */
export interface PerfOptions extends Options {
  /** createRecord calls of each firehose run. */
  firehoseWrites: number
}

/**
 * A number option of a bench's command line: `fallback` when absent, else above 0 and at most
 * `max`, or an error naming `--name`.
 */
export function numberOption(raw: string | undefined, fallback: number, name: string, max: number): number {
  const value = raw === undefined ? fallback : Number(raw)
  if (!(value > 0 && value <= max)) throw new Error(`--${name} must be a number from >0 to ${max}`)
  return value
}

/** The load options every perf-scenario bench takes (`--quick` shortens them), without `sides`. */
export function loadOptions(
  values: {
    rounds?: string
    duration?: string
    warmup?: string
    'repo-size'?: string
    'firehose-writes'?: string
    quick?: boolean
  },
  defaultRounds: number,
): Omit<PerfOptions, 'sides'> {
  const quick = values.quick ?? false
  return {
    rounds: Math.floor(numberOption(values.rounds, defaultRounds, 'rounds', 20)),
    durationMs: numberOption(values.duration, quick ? 2 : 10, 'duration', 600) * 1000,
    warmupMs: numberOption(values.warmup, quick ? 0.5 : 1, 'warmup', 60) * 1000,
    repoSize: Math.floor(numberOption(values['repo-size'], quick ? 2000 : 10_000, 'repo-size', 200_000)),
    firehoseWrites: Math.floor(numberOption(values['firehose-writes'], quick ? 100 : 500, 'firehose-writes', 100_000)),
  }
}

/** The scenarios a comma-separated `--scenarios` names (all when unset); an unknown name is an error. */
export function selectScenarios(list: string | undefined): typeof SCENARIOS {
  const names = list?.split(',').map((n) => n.trim())
  const unknown = names?.filter((n) => !SCENARIOS.some((s) => s.name === n)) ?? []
  if (unknown.length > 0) throw new Error(`unknown scenario(s): ${unknown.join(', ')}`)
  return names ? SCENARIOS.filter((s) => names.includes(s.name)) : SCENARIOS
}

/** Every figure of the run: bench/repo.ts's (login included), then the firehose. */
export const FIGURES = [
  ...REPO_FIGURES.filter((f) => !f.key.startsWith('rss.')),
  ...FIREHOSE_SUBSCRIBERS.flatMap((n) => [
    { key: `fh${n}.p50`, label: `firehose, ${n} subscribers: p50 (ms)`, better: 'lower' as const },
    { key: `fh${n}.p99`, label: `  p99 (ms)`, better: 'lower' as const },
    { key: `fh${n}.lost`, label: '  events lost', better: 'lower' as const },
  ]),
  ...REPO_FIGURES.filter((f) => f.key.startsWith('rss.')),
]

function firehose(subscribers: number) {
  return async (results: Results, opts: PerfOptions, s: RoundState): Promise<void> => {
    if (stopSignal.aborted) return
    try {
      const run = await measureFirehose(s.server, { subscribers, writes: opts.firehoseWrites })
      results.value(`fh${subscribers}.p50`, s.side, run.latency.p50)
      results.value(`fh${subscribers}.p99`, s.side, run.latency.p99)
      results.value(`fh${subscribers}.lost`, s.side, run.lost)
      console.log(
        `  ${`firehose ${subscribers}`.padEnd(12)} ${s.side.padEnd(12)} p50 ${run.latency.p50.toFixed(2)} ms, ` +
          `p99 ${run.latency.p99.toFixed(2)} ms, max ${run.latency.max.toFixed(1)} ms, ${run.lost} lost of ${run.writes * subscribers}, ` +
          `server CPU ${run.serverCpuMsPerWrite.toFixed(2)} ms/write`,
      )
    } catch (err) {
      const why = describeError(err)
      for (const f of ['p50', 'p99', 'lost']) results.na(`fh${subscribers}.${f}`, s.side, why)
      console.log(`  ${`firehose ${subscribers}`.padEnd(12)} ${s.side.padEnd(12)} n/a (${why})`)
    }
  }
}

/** Every scenario, in the order they run: bench/repo.ts's (login included), then the firehose. */
export const SCENARIOS: { name: string; run: (results: Results, opts: PerfOptions, s: RoundState) => Promise<void> }[] =
  [...REPO_SCENARIOS, ...FIREHOSE_SUBSCRIBERS.map((n) => ({ name: `firehose ${n}`, run: firehose(n) }))]

/** Whether a row's goal is met: yes, no, partly (what and why), or not measured. */
export type Verdict = 'yes' | 'no' | 'n/a' | `no; ${string}` | `partly: ${string}`

/** One row of issue 15's table. */
export interface Row {
  label: string
  goal: string
  /** What a column shows, e.g. `139 rec/s, 6.75 ms CPU`. */
  cell(results: Results, side: Side): string
  /** The issue's ours/ref figure for this row (its direction is the issue's). */
  ratio(results: Results, side: Side, base: Side): number | undefined
  /** Server CPU per item, base over this side (>1: this side spends less), where measured. */
  cpuRatio?(results: Results, side: Side, base: Side): number | undefined
  /** Is the goal met by `side` (compared with the reference)? */
  verdict(results: Results, side: Side): Verdict
}

function value(results: Results, key: string, side: Side): number | undefined {
  const cell = results.cell(key, side)
  return cell && 'value' in cell ? cell.value : undefined
}

function noteOf(results: Results, key: string, side: Side): string {
  const cell = results.cell(key, side)
  return cell && 'na' in cell ? `n/a (${cell.na})` : '–'
}

function div(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined || b === 0 ? undefined : a / b
}

/** A throughput row: rate and CPU per item; the goal is a ratio to the reference's rate, or a CPU bound. */
function rateRow(
  label: string,
  key: string,
  unit: string,
  goal: { text: string; ratio?: number; cpuMs?: number },
): Row {
  const rate = `${key}.rate`
  const cpu = `${key}.cpu`
  return {
    label,
    goal: goal.text,
    cell(results, side) {
      const r = value(results, rate, side)
      const c = value(results, cpu, side)
      if (r === undefined) return noteOf(results, rate, side)
      return `${formatNumber(r)} ${unit}${c === undefined ? '' : `, ${formatNumber(c)} ms CPU`}`
    },
    ratio: (results, side, base) => div(value(results, rate, side), value(results, rate, base)),
    cpuRatio: (results, side, base) => div(value(results, cpu, base), value(results, cpu, side)),
    verdict(results, side) {
      const checks: [string, boolean | undefined][] = []
      if (goal.ratio !== undefined) {
        const byRate = div(value(results, rate, side), value(results, rate, 'reference'))
        const byCpu = div(value(results, cpu, 'reference'), value(results, cpu, side))
        checks.push(['rate', byRate === undefined ? undefined : byRate >= goal.ratio])
        checks.push(['CPU', byCpu === undefined ? undefined : byCpu >= goal.ratio])
      }
      if (goal.cpuMs !== undefined) {
        const c = value(results, cpu, side)
        checks.push([`≤ ${goal.cpuMs} ms CPU`, c === undefined ? undefined : c <= goal.cpuMs])
      }
      return combine(checks)
    },
  }
}

/** yes when every known check passes, partly when some do, n/a when none is known. */
function combine(checks: [string, boolean | undefined][]): Verdict {
  const known = checks.filter(([, ok]) => ok !== undefined)
  if (known.length === 0) return 'n/a'
  const passed = known.filter(([, ok]) => ok)
  const unknown = checks.filter(([, ok]) => ok === undefined).map(([n]) => n)
  const missing = unknown.length ? `; ${unknown.join(', ')} not measured` : ''
  if (passed.length === known.length)
    return unknown.length ? `partly: ${passed.map(([n]) => n).join(', ')} met${missing}` : 'yes'
  if (passed.length === 0) return unknown.length ? `no; ${unknown.join(', ')} not measured` : 'no'
  return `partly: ${passed.map(([n]) => n).join(', ')} met${missing}`
}

function firehoseRow(subscribers: number, p99Goal: number): Row {
  const p99 = `fh${subscribers}.p99`
  const lost = `fh${subscribers}.lost`
  return {
    label: `firehose, ${subscribers} subscribers`,
    goal: `p99 < ${p99Goal} ms, 0 lost`,
    cell(results, side) {
      const p = value(results, p99, side)
      const l = value(results, lost, side)
      if (p === undefined) return noteOf(results, p99, side)
      return `p99 ${formatNumber(p)} ms, ${l === undefined ? '?' : Math.round(l)} lost`
    },
    ratio: (results, side, base) => div(value(results, p99, side), value(results, p99, base)),
    verdict(results, side) {
      const p = value(results, p99, side)
      const l = value(results, lost, side)
      return combine([
        [`p99 < ${p99Goal} ms`, p === undefined ? undefined : p < p99Goal],
        ['0 lost', l === undefined ? undefined : l === 0],
      ])
    },
  }
}

function rssRow(label: string, key: string, maxMb: number, extra = ''): Row {
  return {
    label,
    goal: `≤ ${maxMb} MB${extra}`,
    cell(results, side) {
      const v = value(results, key, side)
      return v === undefined ? noteOf(results, key, side) : `${formatNumber(v)} MB`
    },
    ratio: (results, side, base) => div(value(results, key, side), value(results, key, base)),
    verdict(results, side) {
      const v = value(results, key, side)
      return combine([[`≤ ${maxMb} MB`, v === undefined ? undefined : v <= maxMb]])
    },
  }
}

/**
 * A password hash's scheme and parameters (`$scrypt$ln=15,r=8,p=1`), and whether they are at
 * least OWASP's minimum (argon2id m=19 MiB t=2, or scrypt N=2^17 r=8).
 */
export function hashStrength(prefix: string | undefined): { scheme: string; strongEnough: boolean | undefined } {
  if (!prefix) return { scheme: 'unknown', strongEnough: undefined }
  const params = Object.fromEntries(
    prefix
      .split('$')
      .flatMap((part) => part.split(','))
      .map((kv) => kv.split('='))
      .filter((kv): kv is [string, string] => kv.length === 2),
  )
  const num = (k: string) => Number(params[k])
  if (prefix.startsWith('$scrypt$')) {
    return { scheme: prefix, strongEnough: num('ln') >= 17 && num('r') >= 8 }
  }
  if (prefix.startsWith('$argon2id$')) {
    return { scheme: prefix, strongEnough: num('m') >= 19 * 1024 && num('t') >= 2 }
  }
  return { scheme: prefix, strongEnough: undefined }
}

/** The rows of issue 15's table, in its order. `hash` is ours' stored password hash scheme. */
export function issueRows(opts: Options, hash: { scheme: string; strongEnough: boolean | undefined }): Row[] {
  const login = rateRow('login (createSession)', 'login', 'logins/s', { text: '', ratio: 1 })
  return [
    rateRow('createRecord, 8 writers', 'create', 'rec/s', { text: '≤ 1.2 ms CPU per record', cpuMs: 1.2 }),
    rateRow('applyWrites x10', 'apply', 'rec/s', { text: '≥ 4x', ratio: 4 }),
    rateRow('getRecord, 32 readers', 'get', 'req/s', { text: '≥ 5x (≤ 0.2 ms CPU)', ratio: 5, cpuMs: 0.2 }),
    rateRow('listRecords(100), 32 readers', 'list', 'req/s', { text: '≥ 3x', ratio: 3 }),
    rateRow('bulk ingest (applyWrites x200)', 'bulk', 'rec/s', { text: '≥ 5x', ratio: 5 }),
    {
      label: `getRepo, ${formatNumber(opts.repoSize)} records`,
      goal: 'keep (3.8x before; met at ≥ 3x)',
      cell(results, side) {
        const v = value(results, 'repo.seconds', side)
        return v === undefined ? noteOf(results, 'repo.seconds', side) : `${v.toFixed(3)} s`
      },
      // @NOTE as the issue's table has it: how many times faster (base time over this side's)
      ratio: (results, side, base) => div(value(results, 'repo.seconds', base), value(results, 'repo.seconds', side)),
      verdict(results, side) {
        const r = div(value(results, 'repo.seconds', 'reference'), value(results, 'repo.seconds', side))
        return combine([['≥ 3x', r === undefined ? undefined : r >= 3]])
      },
    },
    firehoseRow(20, 2),
    firehoseRow(200, 5),
    {
      ...login,
      goal: `≥ the reference's rate, hash ≥ OWASP minimum (ours: ${hash.scheme})`,
      verdict(results, side) {
        const r = div(value(results, 'login.rate', side), value(results, 'login.rate', 'reference'))
        return combine([
          ["≥ reference's rate", r === undefined ? undefined : r >= 1],
          ['hash strength', hash.strongEnough],
        ])
      },
    },
    rssRow('RSS idle', 'rss.idle', 110),
    rssRow('RSS after the whole run', 'rss.after', 200),
    rssRow('peak RSS (VmHWM)', 'rss.peak', 340, ', and flat under sustained load (see soak)'),
  ]
}
