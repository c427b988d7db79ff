/**
 * @module
 * The scenarios of bench/repo.ts, their figures, and the per-round state they share. Each
 * scenario records its figures for one server into the shared {@link Results}; a server that
 * lacks the endpoint gets `n/a (501)`.
 */
import type { BenchAccount } from './lib/accounts.js'
import type { ServerHandle } from './lib/children.js'
import { stopSignal } from './lib/children.js'
import { type LoadOptions, median, runLoad } from './lib/load.js'
import { withServerCpu } from './lib/proc-stats.js'
import { type Figure, formatNumber, type Results, type Side } from './lib/report.js'
import { describeError, isNotImplemented, xrpc, xrpcDownload } from './lib/xrpc.js'

const WRITERS = 8
const READERS = 32
/** How many of the records written getRecord reads, at random (the same on every side). */
const READ_SET = 2_000
/** Concurrent logins: more than either server hashes at once, so both run at their limit. */
const LOGINS = 8
const APPLY_BATCH = 10
const BULK_BATCH = 200
const COLLECTION = 'app.bsky.feed.post'
/** Bytes in a MiB (what the tables call MB). */
export const MB = 1024 * 1024

/** The rows of the table, in order. */
export const FIGURES: Figure[] = [
  { key: 'create.rate', label: `createRecord, ${WRITERS} writers (records/s)`, better: 'higher' },
  { key: 'create.cpu', label: '  server CPU-ms per record', better: 'lower' },
  { key: 'apply.rate', label: `applyWrites x${APPLY_BATCH}, ${WRITERS} writers (records/s)`, better: 'higher' },
  { key: 'apply.cpu', label: '  server CPU-ms per record', better: 'lower' },
  { key: 'get.rate', label: `getRecord, ${READERS} readers (req/s)`, better: 'higher' },
  { key: 'get.cpu', label: '  server CPU-ms per request', better: 'lower' },
  { key: 'list.rate', label: `listRecords limit 100, ${READERS} readers (req/s)`, better: 'higher' },
  { key: 'list.cpu', label: '  server CPU-ms per request', better: 'lower' },
  { key: 'login.rate', label: `login (createSession), ${LOGINS} clients (logins/s)`, better: 'higher' },
  { key: 'login.cpu', label: '  server CPU-ms per login', better: 'lower' },
  { key: 'bulk.rate', label: `bulk ingest, applyWrites x${BULK_BATCH}, 1 writer (records/s)`, better: 'higher' },
  { key: 'bulk.cpu', label: '  server CPU-ms per record', better: 'lower' },
  { key: 'repo.seconds', label: 'getRepo, whole repo (s)', better: 'lower' },
  { key: 'repo.records', label: '  records in that repo', better: 'info' },
  { key: 'repo.mb', label: '  CAR size (MB)', better: 'info' },
  { key: 'rss.idle', label: 'server RSS idle (MB)', better: 'lower' },
  { key: 'rss.after', label: 'server RSS after load (MB)', better: 'lower' },
  { key: 'rss.peak', label: 'server peak RSS (MB)', better: 'lower' },
]

/** Run options (from the command line). */
export interface Options {
  rounds: number
  durationMs: number
  warmupMs: number
  repoSize: number
  sides: Side[]
  json?: string
}

/** One server's state within one round. */
export interface RoundState {
  side: Side
  round: number
  server: ServerHandle
  main: BenchAccount
  bulk: BenchAccount
  /** Record keys written to `main` (what the readers read). */
  rkeys: string[]
  bulkRecords: number
}

function post(n: number) {
  return { $type: COLLECTION, text: `bench post ${n}: the quick brown fox jumps`, createdAt: new Date().toISOString() }
}

function rkeyOf(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1)
}

interface ApplyWritesOutput {
  results?: { uri?: string }[]
}

async function applyCreates(account: BenchAccount, count: number, n: number): Promise<string[]> {
  const writes = Array.from({ length: count }, (_, i) => ({
    $type: 'com.atproto.repo.applyWrites#create',
    collection: COLLECTION,
    value: post(n * count + i),
  }))
  const out = await xrpc<ApplyWritesOutput>(account.service, 'com.atproto.repo.applyWrites', {
    token: account.accessJwt,
    body: { repo: account.did, writes },
  })
  return (out?.results ?? []).flatMap((r) => (r.uri ? [rkeyOf(r.uri)] : []))
}

/**
 * Probes with one operation (a 501 or other failure becomes the figures' note), warms up, then
 * measures throughput and server CPU per item.
 */
export async function measureLoad(
  results: Results,
  opts: Options,
  state: RoundState,
  names: { scenario: string; rate: string; cpu: string },
  load: Omit<LoadOptions, 'durationMs'>,
): Promise<void> {
  const { side } = state
  try {
    await load.op(-1, 0)
  } catch (err) {
    const why = isNotImplemented(err) ? '501' : describeError(err)
    results.na(names.rate, side, why)
    results.na(names.cpu, side, why)
    console.log(`  ${names.scenario.padEnd(12)} ${side.padEnd(12)} n/a (${why})`)
    return
  }
  if (opts.warmupMs > 0) await runLoad({ ...load, durationMs: opts.warmupMs, signal: stopSignal })
  const measured = await withServerCpu(state.server.pid, () =>
    runLoad({ ...load, durationMs: opts.durationMs, signal: stopSignal }),
  )
  const run = measured.result
  const firstError = run.firstError === undefined ? undefined : describeError(run.firstError)
  results.details.push({
    scenario: names.scenario,
    side,
    round: state.round,
    ops: run.ops,
    errors: run.errors,
    firstError,
    ...run.latency,
    serverCpu: measured.cpuShare,
    clientCpu: run.clientCpuShare,
  })
  if (run.items === 0) {
    results.na(names.rate, side, firstError ?? 'nothing done')
    results.na(names.cpu, side, firstError ?? 'nothing done')
  } else {
    results.value(names.rate, side, run.itemsPerSec)
    results.value(names.cpu, side, measured.cpuMs / run.items)
  }
  const errors = run.errors ? `, ${run.errors} errors (${firstError})` : ''
  console.log(
    `  ${names.scenario.padEnd(12)} ${side.padEnd(12)} ${formatNumber(run.itemsPerSec)}/s, p50 ${run.latency.p50.toFixed(1)} ms, ` +
      `p99 ${run.latency.p99.toFixed(1)} ms, server CPU ${Math.round(measured.cpuShare * 100)}%${errors}`,
  )
}

/** Every scenario, in the order they run. */
/**
 * Runs each scenario on each side's round state in turn; a scenario that throws on one side is
 * reported and skipped there, so one side's surprise does not cost the other side's figures.
 * False once the bench is told to stop.
 */
export async function runScenarios<O>(
  scenarios: readonly { name: string; run: (results: Results, opts: O, s: RoundState) => Promise<void> }[],
  results: Results,
  opts: O,
  states: readonly RoundState[],
): Promise<boolean> {
  for (const scenario of scenarios) {
    for (const state of states) {
      if (stopSignal.aborted) return false
      try {
        await scenario.run(results, opts, state)
      } catch (err) {
        console.error(`  ${scenario.name} on ${state.side} failed: ${describeError(err)}`)
      }
    }
  }
  return true
}

export const SCENARIOS: { name: string; run: (results: Results, opts: Options, s: RoundState) => Promise<void> }[] = [
  {
    name: 'createRecord',
    run: (results, opts, s) =>
      measureLoad(
        results,
        opts,
        s,
        { scenario: 'createRecord', rate: 'create.rate', cpu: 'create.cpu' },
        {
          workers: WRITERS,
          op: async (n) => {
            const out = await xrpc<{ uri: string }>(s.server.url, 'com.atproto.repo.createRecord', {
              token: s.main.accessJwt,
              body: { repo: s.main.did, collection: COLLECTION, record: post(n) },
            })
            s.rkeys.push(rkeyOf(out.uri))
            return 1
          },
        },
      ),
  },
  {
    name: 'applyWrites',
    run: (results, opts, s) =>
      measureLoad(
        results,
        opts,
        s,
        { scenario: 'applyWrites', rate: 'apply.rate', cpu: 'apply.cpu' },
        {
          workers: WRITERS,
          op: async (n) => {
            const rkeys = await applyCreates(s.main, APPLY_BATCH, n + 1_000_000)
            s.rkeys.push(...rkeys)
            return APPLY_BATCH
          },
        },
      ),
  },
  {
    name: 'getRecord',
    run: (results, opts, s) => {
      // @NOTE the same number of records on every side (the first written): a side that wrote
      // more in the write scenarios would otherwise read from a larger set, less of it cached.
      // With nothing written, a made-up key still tells 501 apart from 404
      const readSet = s.rkeys.slice(0, READ_SET)
      const pick = () => (readSet.length ? readSet[Math.floor(Math.random() * readSet.length)] : '3jzfcijpj2z2a')
      return measureLoad(
        results,
        opts,
        s,
        { scenario: 'getRecord', rate: 'get.rate', cpu: 'get.cpu' },
        {
          workers: READERS,
          op: async () => {
            await xrpc(s.server.url, 'com.atproto.repo.getRecord', {
              params: { repo: s.main.did, collection: COLLECTION, rkey: pick() },
            })
            return 1
          },
        },
      )
    },
  },
  {
    name: 'listRecords',
    run: (results, opts, s) =>
      measureLoad(
        results,
        opts,
        s,
        { scenario: 'listRecords', rate: 'list.rate', cpu: 'list.cpu' },
        {
          workers: READERS,
          op: async () => {
            await xrpc(s.server.url, 'com.atproto.repo.listRecords', {
              params: { repo: s.main.did, collection: COLLECTION, limit: 100 },
            })
            return 1
          },
        },
      ),
  },
  {
    name: 'createSession',
    run: (results, opts, s) =>
      measureLoad(
        results,
        opts,
        s,
        { scenario: 'login', rate: 'login.rate', cpu: 'login.cpu' },
        {
          workers: LOGINS,
          op: async () => {
            await xrpc(s.server.url, 'com.atproto.server.createSession', {
              body: { identifier: s.main.handle, password: s.main.password },
            })
            return 1
          },
        },
      ),
  },
  { name: 'bulk ingest', run: bulkIngest },
  { name: 'getRepo', run: getRepo },
]

/** Fills the second account to --repo-size records with 200-create applyWrites, one writer. */
async function bulkIngest(results: Results, opts: Options, s: RoundState): Promise<void> {
  const calls = Math.ceil(opts.repoSize / BULK_BATCH)
  // @NOTE bounded by count and by time: a server far slower than the reference stops at 5 min
  const measured = await withServerCpu(s.server.pid, () =>
    runLoad({
      workers: 1,
      durationMs: 300_000,
      maxOps: calls,
      maxErrors: 1,
      signal: stopSignal,
      op: async (n) => {
        const count = Math.min(BULK_BATCH, opts.repoSize - n * BULK_BATCH)
        await applyCreates(s.bulk, count, n)
        return count
      },
    }),
  )
  const run = measured.result
  s.bulkRecords = run.items
  const firstError = run.firstError === undefined ? undefined : describeError(run.firstError)
  results.details.push({
    scenario: 'bulk ingest',
    side: s.side,
    round: s.round,
    ops: run.ops,
    errors: run.errors,
    firstError,
    ...run.latency,
    serverCpu: measured.cpuShare,
    clientCpu: run.clientCpuShare,
  })
  if (run.items === 0) {
    const why = isNotImplemented(run.firstError) ? '501' : (firstError ?? 'nothing written')
    results.na('bulk.rate', s.side, why)
    results.na('bulk.cpu', s.side, why)
    console.log(`  ${'bulk ingest'.padEnd(12)} ${s.side.padEnd(12)} n/a (${why})`)
    return
  }
  results.value('bulk.rate', s.side, run.itemsPerSec)
  results.value('bulk.cpu', s.side, measured.cpuMs / run.items)
  console.log(
    `  ${'bulk ingest'.padEnd(12)} ${s.side.padEnd(12)} ${formatNumber(run.itemsPerSec)} records/s ` +
      `(${run.items} records in ${(run.elapsedMs / 1000).toFixed(1)} s)${firstError ? `, stopped: ${firstError}` : ''}`,
  )
}

/** Downloads the bulk account's repo: one warm-up, then the median of 3 timed downloads. */
async function getRepo(results: Results, _opts: Options, s: RoundState): Promise<void> {
  const download = () => xrpcDownload(s.server.url, 'com.atproto.sync.getRepo', { params: { did: s.bulk.did } })
  try {
    await download()
  } catch (err) {
    const why = isNotImplemented(err) ? '501' : describeError(err)
    for (const key of ['repo.seconds', 'repo.records', 'repo.mb']) results.na(key, s.side, why)
    console.log(`  ${'getRepo'.padEnd(12)} ${s.side.padEnd(12)} n/a (${why})`)
    return
  }
  const times: number[] = []
  let bytes = 0
  const cpuStart = process.cpuUsage()
  const measured = await withServerCpu(s.server.pid, async () => {
    for (let i = 0; i < 3 && !stopSignal.aborted; i++) {
      const got = await download()
      times.push(got.totalMs)
      bytes = got.bytes
    }
  })
  const cpu = process.cpuUsage(cpuStart)
  const seconds = median(times) / 1000
  results.value('repo.seconds', s.side, seconds)
  results.value('repo.records', s.side, s.bulkRecords)
  results.value('repo.mb', s.side, bytes / MB)
  const sorted = [...times].sort((a, b) => a - b)
  results.details.push({
    scenario: 'getRepo',
    side: s.side,
    round: s.round,
    ops: times.length,
    errors: 0,
    p50: median(times),
    p90: sorted[sorted.length - 1] as number,
    p99: sorted[sorted.length - 1] as number,
    max: sorted[sorted.length - 1] as number,
    serverCpu: measured.cpuShare,
    clientCpu: (cpu.user + cpu.system) / 1000 / measured.wallMs,
  })
  console.log(
    `  ${'getRepo'.padEnd(12)} ${s.side.padEnd(12)} ${seconds.toFixed(3)} s for ${s.bulkRecords} records ` +
      `(${(bytes / MB).toFixed(1)} MB)`,
  )
}
