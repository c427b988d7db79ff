/**
 * @module
 * Soak (issue 15): our server under steady mixed load for --minutes, its RSS sampled all along.
 * Paced writes (createRecord; every 10th an applyWrites of 5 creates, every 5th a deleteRecord)
 * over a few accounts, paced reads (getRecord, listRecords), a getRepo every 15 s, a login every
 * 10 s, and firehose subscribers that count every commit of those accounts. Prints the RSS per
 * minute (min / max), then the verdict: RSS is flat when the last third's peak is within
 * --flat-percent (10%) of the second third's (the first third is warm-up); no firehose event
 * may be lost, no request may fail, no subscriber may be cut.
 *
 * @example
 *   npx tsx bench/soak.ts --minutes 30          # what the issue asks for
 *   npx tsx bench/soak.ts --minutes 2 --sample 2
 *   npx tsx bench/soak.ts --minutes 10 --pg     # on PostgreSQL (a fresh database, dropped after)
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { Frame } from '@atproto/xrpc-server'
import { type BenchAccount, createBenchAccount } from './lib/accounts.js'
import { runBench, sleep, stopSignal } from './lib/children.js'
import { openSubscription, type RawSocket, subscribeReposUrl } from './lib/firehose.js'
import { runLoad, summarize } from './lib/load.js'
import { startOurs } from './lib/ours.js'
import { startPlc } from './lib/plc.js'
import { createBenchDatabase, DEFAULT_PG_URL } from './lib/postgres.js'
import { tryReadProcStats } from './lib/proc-stats.js'
import { benchCacheDir } from './lib/reference.js'
import { describeError, xrpc, xrpcDownload } from './lib/xrpc.js'

const HELP = `Usage: npx tsx bench/soak.ts [options]   (npm run bench -- soak [options])
  --minutes N          how long (default 30)
  --sample S           seconds between RSS samples (default 5)
  --writes-per-sec N   write calls per second, paced (default 40)
  --reads-per-sec N    getRecord / listRecords calls per second, paced (default 150)
  --subscribers N      firehose subscribers (default 20)
  --accounts N         accounts written to (default 4)
  --flat-percent P     RSS is flat when the last third's peak <= the second third's + P% (default 10)
  --pg                 ours on PostgreSQL (a fresh database, dropped after)
  --pg-url URL         PostgreSQL server (default ${DEFAULT_PG_URL}; or BENCH_PG_URL)
  --json FILE          also write the samples and figures as JSON
  -h, --help`

const POST = 'app.bsky.feed.post'
const MB = 1024 * 1024

interface SoakOptions {
  minutes: number
  sampleMs: number
  writesPerSec: number
  readsPerSec: number
  subscribers: number
  accounts: number
  flatPercent: number
  pg: boolean
  pgUrl: string
  json?: string
}

function parseOptions(): SoakOptions | undefined {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '30' },
      sample: { type: 'string', default: '5' },
      'writes-per-sec': { type: 'string', default: '40' },
      'reads-per-sec': { type: 'string', default: '150' },
      subscribers: { type: 'string', default: '20' },
      accounts: { type: 'string', default: '4' },
      'flat-percent': { type: 'string', default: '10' },
      pg: { type: 'boolean', default: false },
      'pg-url': { type: 'string', default: DEFAULT_PG_URL },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) return undefined
  const num = (raw: string, name: string, max: number) => {
    const value = Number(raw)
    if (!(value > 0 && value <= max)) throw new Error(`--${name} must be a number from >0 to ${max}`)
    return value
  }
  return {
    minutes: num(values.minutes, 'minutes', 24 * 60),
    sampleMs: num(values.sample, 'sample', 600) * 1000,
    writesPerSec: num(values['writes-per-sec'], 'writes-per-sec', 10_000),
    readsPerSec: num(values['reads-per-sec'], 'reads-per-sec', 100_000),
    subscribers: Math.floor(num(values.subscribers, 'subscribers', 1000)),
    accounts: Math.floor(num(values.accounts, 'accounts', 100)),
    flatPercent: num(values['flat-percent'], 'flat-percent', 1000),
    pg: values.pg,
    pgUrl: values['pg-url'],
    json: values.json,
  }
}

/** Waits for the next of `perSec` evenly spaced slots; a late caller may catch up at most 1 s. */
function pacer(perSec: number): () => Promise<void> {
  const interval = 1000 / perSec
  let next = performance.now()
  return async () => {
    const now = performance.now()
    next = Math.max(next + interval, now - 1000)
    if (next > now) await sleep(next - now)
  }
}

/** One firehose subscriber's tally. */
interface Subscriber {
  socket: RawSocket
  commits: number
  lastSeq: number
  /** Sum of the jumps in seq beyond 1 (seqs are gap-free on our server). */
  seqGaps: number
  /** Why it was closed, if the server closed it. */
  closed?: string
}

async function subscribe(url: string, dids: Set<string>): Promise<Subscriber> {
  const sub = { commits: 0, lastSeq: 0, seqGaps: 0 } as Subscriber
  sub.socket = await openSubscription(url, (data) => {
    const frame = Frame.fromBytes(new Uint8Array(data))
    if (frame.isError()) {
      sub.closed = `error frame ${frame.body.error}`
      return
    }
    if (!frame.isMessage()) return
    const body = frame.body as { seq?: number; repo?: string }
    if (typeof body.seq === 'number') {
      if (sub.lastSeq > 0 && body.seq > sub.lastSeq + 1) sub.seqGaps += body.seq - sub.lastSeq - 1
      sub.lastSeq = Math.max(sub.lastSeq, body.seq)
    }
    if (frame.header.t === '#commit' && body.repo && dids.has(body.repo)) sub.commits++
  })
  sub.socket.on('close', () => {
    sub.closed ??= 'closed by the server'
  })
  return sub
}

interface Sample {
  /** Seconds since the load began. */
  t: number
  rssMb: number
  peakMb: number
}

/** Flat: the last third's peak within `percent` of the second third's. */
export function flatness(samples: Sample[], percent: number): { flat: boolean; second: number; last: number } {
  const end = samples[samples.length - 1]?.t ?? 0
  const peak = (from: number, to: number) =>
    Math.max(0, ...samples.filter((s) => s.t >= from && s.t <= to).map((s) => s.rssMb))
  const second = peak(end / 3, (2 * end) / 3)
  const last = peak((2 * end) / 3, end)
  return { flat: second > 0 && last <= second * (1 + percent / 100), second, last }
}

async function main(): Promise<number> {
  const opts = parseOptions()
  if (!opts) {
    console.log(HELP)
    return 0
  }
  const durationMs = opts.minutes * 60_000
  const watchdog = setTimeout(() => {
    console.error('bench/soak: over its time limit, stopping')
    process.kill(process.pid, 'SIGTERM')
  }, durationMs + 600_000)
  watchdog.unref()
  const plc = await startPlc()
  const env: Record<string, string> = { PDS_FIREHOSE_MAX_SUBSCRIBERS_PER_IP: String(Math.max(8, opts.subscribers)) }
  if (opts.pg) env.DATABASE_URL = (await createBenchDatabase(opts.pgUrl)).url
  const logDir = join(benchCacheDir(), 'logs')
  mkdirSync(logDir, { recursive: true })
  const server = await startOurs({ plcUrl: plc.url, env, logDir, name: 'soak' })
  console.log(
    `bench/soak: ${opts.minutes} min, ${opts.writesPerSec} writes/s, ${opts.readsPerSec} reads/s, ` +
      `${opts.subscribers} subscribers, ${opts.accounts} accounts, ${opts.pg ? 'PostgreSQL' : 'SQLite'}; ` +
      `ours pid ${server.pid}, log ${server.logFile}; load ${loadavg()[0]?.toFixed(2)}`,
  )
  const accounts: BenchAccount[] = []
  for (let i = 0; i < opts.accounts; i++) accounts.push(await createBenchAccount(server.url))
  const rkeys = accounts.map(() => [] as string[])
  const dids = new Set(accounts.map((a) => a.did))
  const url = subscribeReposUrl(server)
  const subscribers: Subscriber[] = []
  for (let i = 0; i < opts.subscribers; i++) subscribers.push(await subscribe(url, dids))

  let commitsAcked = 0
  const errorsByKind = new Map<string, number>()
  const countError = (kind: string, err: unknown) => {
    const key = `${kind}: ${describeError(err)}`
    errorsByKind.set(key, (errorsByKind.get(key) ?? 0) + 1)
  }
  const samples: Sample[] = []
  const began = performance.now()
  const sampler = setInterval(() => {
    const stats = tryReadProcStats(server.pid)
    if (stats) {
      samples.push({
        t: (performance.now() - began) / 1000,
        rssMb: stats.rssBytes / MB,
        peakMb: stats.peakRssBytes / MB,
      })
    }
  }, opts.sampleMs)
  const minuteTimer = setInterval(() => {
    const last = samples[samples.length - 1]
    const minute = Math.round((performance.now() - began) / 60_000)
    console.log(
      `  minute ${minute}: RSS ${last?.rssMb.toFixed(0)} MB, peak ${last?.peakMb.toFixed(0)} MB, ${commitsAcked} commits`,
    )
  }, 60_000)
  const wait = { writes: pacer(opts.writesPerSec), reads: pacer(opts.readsPerSec) }

  const writes = async (n: number, worker: number) => {
    const a = (n + worker) % accounts.length
    const account = accounts[a] as BenchAccount
    const mine = rkeys[a] as string[]
    const record = { $type: POST, text: `soak ${n}: the quick brown fox jumps`, createdAt: new Date().toISOString() }
    if (n % 10 === 9) {
      const writes = Array.from({ length: 5 }, () => ({
        $type: 'com.atproto.repo.applyWrites#create',
        collection: POST,
        value: record,
      }))
      const out = await xrpc<{ results?: { uri?: string }[] }>(server.url, 'com.atproto.repo.applyWrites', {
        token: account.accessJwt,
        body: { repo: account.did, writes },
      })
      for (const r of out.results ?? []) if (r.uri) mine.push(r.uri.slice(r.uri.lastIndexOf('/') + 1))
    } else if (n % 5 === 4 && mine.length > 10) {
      const rkey = mine.splice(Math.floor(Math.random() * mine.length), 1)[0] as string
      await xrpc(server.url, 'com.atproto.repo.deleteRecord', {
        token: account.accessJwt,
        body: { repo: account.did, collection: POST, rkey },
      })
    } else {
      const out = await xrpc<{ uri: string }>(server.url, 'com.atproto.repo.createRecord', {
        token: account.accessJwt,
        body: { repo: account.did, collection: POST, record },
      })
      mine.push(out.uri.slice(out.uri.lastIndexOf('/') + 1))
    }
    commitsAcked++
  }
  const reads = async (n: number) => {
    const a = n % accounts.length
    const account = accounts[a] as BenchAccount
    const mine = rkeys[a] as string[]
    if (n % 4 === 3 || mine.length === 0) {
      await xrpc(server.url, 'com.atproto.repo.listRecords', {
        params: { repo: account.did, collection: POST, limit: 100 },
      })
    } else {
      const rkey = mine[Math.floor(Math.random() * mine.length)] as string
      try {
        await xrpc(server.url, 'com.atproto.repo.getRecord', { params: { repo: account.did, collection: POST, rkey } })
      } catch (err) {
        // @NOTE a record deleted between the pick and the read is a 404 by design, not a failure
        if ((err as { status?: number }).status !== 404 || mine.includes(rkey)) throw err
      }
    }
  }
  const getRepo = async (n: number) => {
    const account = accounts[n % accounts.length] as BenchAccount
    await xrpcDownload(server.url, 'com.atproto.sync.getRepo', { params: { did: account.did }, fresh: true })
  }
  const login = async (n: number) => {
    const account = accounts[n % accounts.length] as BenchAccount
    await xrpc(server.url, 'com.atproto.server.createSession', {
      body: { identifier: account.handle, password: account.password },
      fresh: true,
    })
  }
  // @NOTE latency is timed inside each call, after its pacing wait, so waiting is not counted
  const loop = async (
    kind: string,
    workers: number,
    pace: () => Promise<void>,
    op: (n: number, worker: number) => Promise<void>,
  ) => {
    const latencies: number[] = []
    const run = await runLoad({
      workers,
      durationMs,
      maxErrors: Number.POSITIVE_INFINITY,
      signal: stopSignal,
      op: async (n, worker) => {
        await pace()
        const t0 = performance.now()
        try {
          await op(n, worker)
          latencies.push(performance.now() - t0)
          return 1
        } catch (err) {
          countError(kind, err)
          throw err
        }
      },
    })
    return { kind, ok: run.ops, errors: run.errors, perSec: run.opsPerSec, latency: summarize(latencies) }
  }
  const runs = await Promise.all([
    loop('write', 4, wait.writes, writes),
    loop('read', 8, wait.reads, reads),
    loop('getRepo', 1, pacer(1 / 15), getRepo),
    loop('createSession', 1, pacer(1 / 10), login),
  ])
  clearInterval(minuteTimer)
  clearInterval(sampler)

  // every acknowledged commit must reach every subscriber; give stragglers 15 s
  const drainUntil = Date.now() + 15_000
  while (Date.now() < drainUntil && subscribers.some((s) => !s.closed && s.commits < commitsAcked)) await sleep(100)
  const lost = subscribers.reduce((sum, s) => sum + Math.max(0, commitsAcked - s.commits), 0)
  const gaps = subscribers.reduce((sum, s) => sum + s.seqGaps, 0)
  const cut = subscribers.filter((s) => s.closed).map((s) => s.closed as string)
  const final = tryReadProcStats(server.pid)
  for (const s of subscribers) s.socket.terminate()
  await server.stop()

  // the RSS curve, per minute
  console.log('\n| minute | RSS min MB | RSS max MB |\n| --- | --- | --- |')
  const minutes = Math.ceil((samples[samples.length - 1]?.t ?? 0) / 60)
  for (let m = 0; m < minutes; m++) {
    const inMinute = samples.filter((s) => s.t > m * 60 && s.t <= (m + 1) * 60).map((s) => s.rssMb)
    if (inMinute.length) {
      console.log(`| ${m + 1} | ${Math.min(...inMinute).toFixed(0)} | ${Math.max(...inMinute).toFixed(0)} |`)
    }
  }
  const flat = flatness(samples, opts.flatPercent)
  const errors = [...errorsByKind.values()].reduce((a, b) => a + b, 0)
  console.log('\n| load | ok calls | per s | p50 ms | p99 ms | errors |\n| --- | --- | --- | --- | --- | --- |')
  for (const run of runs) {
    console.log(
      `| ${run.kind} | ${run.ok} | ${run.perSec.toFixed(1)} | ${run.latency.p50.toFixed(1)} | ${run.latency.p99.toFixed(1)} | ${run.errors} |`,
    )
  }
  for (const [kind, count] of errorsByKind) console.log(`  ${count} x ${kind}`)
  const peak = (final?.peakRssBytes ?? 0) / MB
  console.log(
    `\nRSS: second third's peak ${flat.second.toFixed(0)} MB, last third's ${flat.last.toFixed(0)} MB ` +
      `(flat means within ${opts.flatPercent}%): ${flat.flat ? 'flat' : 'NOT flat'}; VmHWM ${peak.toFixed(0)} MB`,
  )
  console.log(
    `firehose: ${commitsAcked} commits acknowledged, ${opts.subscribers} subscribers, ${lost} lost, ${gaps} seq gaps, ` +
      `${cut.length} cut${cut.length ? ` (${[...new Set(cut)].join('; ')})` : ''}`,
  )
  const pass = flat.flat && lost === 0 && gaps === 0 && cut.length === 0 && errors === 0
  console.log(
    `verdict: ${pass ? 'PASS' : 'FAIL'} (needs RSS flat, 0 lost, 0 gaps, 0 cut, 0 errors; saw ${errors} errors); load ${loadavg()[0]?.toFixed(2)}`,
  )
  if (opts.json) {
    const figures = { commitsAcked, lost, gaps, cut, errors: Object.fromEntries(errorsByKind), flat, peakMb: peak }
    writeFileSync(opts.json, `${JSON.stringify({ options: opts, figures, samples }, null, 2)}\n`)
    console.log(`samples written to ${opts.json}`)
  }
  return pass ? 0 : 1
}

runBench('soak', main)
