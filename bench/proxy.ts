/**
 * @module
 * Benchmark (issue 8): what proxying to the AppView costs, ours side by side with the reference
 * PDS (@atproto/pds), both forwarding to one stand-in AppView (`bench/proxy/stand-in-appview.mjs`,
 * a child process answering from prebuilt bodies), everything on loopback.
 *
 * - 32 concurrent getTimeline calls with ~50 KB answers, for `--seconds` each: called directly
 *   on the stand-in (the baseline), then through each PDS with a session token. Latency p50/p99,
 *   the latency the PDS adds over the baseline, and the PDS's CPU per proxied request (each
 *   request gets a fresh ES256K service JWT, so signing is part of it).
 * - 10 MB answers (8 concurrent, 24 calls): the PDS's RSS before and at its peak, which must stay
 *   flat because the body is streamed, never buffered.
 *
 * @example
 *   npm run bench -- proxy
 *   npx tsx bench/proxy.ts --only ours --seconds 5
 */
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createBenchAccount } from './lib/accounts.js'
import {
  cleanupAll,
  freePort,
  installCleanupHandlers,
  makeTempDir,
  ORPHAN_GUARD,
  type ServerHandle,
  spawnServer,
} from './lib/children.js'
import { type LoadResult, runLoad } from './lib/load.js'
import { startOurs } from './lib/ours.js'
import { startPlc } from './lib/plc.js'
import { sampleRss, tryReadProcStats, withServerCpu } from './lib/proc-stats.js'
import { baseEnv, ensureReference, startReference } from './lib/reference.js'

const HELP = `Usage: npx tsx bench/proxy.ts [options]
  --seconds N      length of each getTimeline load (default 10)
  --only SIDE      run only 'reference' or 'ours' (the direct baseline always runs)
  -h, --help`

const MB = 1024 * 1024
const WORKERS = 32
const APPVIEW_DID = 'did:web:appview.bench.test'

interface Row {
  label: string
  load: LoadResult
  cpuMsPerReq?: number
  baseRssMb?: number
  peakRssMb?: number
}

async function startStandIn(): Promise<ServerHandle> {
  const port = await freePort()
  return spawnServer({
    name: 'stand-in-appview',
    command: process.execPath,
    args: ['--import', ORPHAN_GUARD, join(import.meta.dirname, 'proxy', 'stand-in-appview.mjs')],
    env: { ...baseEnv(), PORT: String(port) },
    cwd: import.meta.dirname,
    url: `http://127.0.0.1:${port}`,
    logFile: join(makeTempDir('bench-appview-'), 'appview.log'),
  })
}

async function drain(res: Response): Promise<number> {
  if (!res.ok) throw new Error(`answered ${res.status}: ${await res.text()}`)
  let bytes = 0
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.byteLength
  return bytes
}

function timelineLoad(url: string, token: string | undefined, seconds: number): Promise<LoadResult> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {}
  return runLoad({
    workers: WORKERS,
    durationMs: seconds * 1000,
    op: async () => {
      await drain(await fetch(`${url}/xrpc/app.bsky.feed.getTimeline?limit=50`, { headers }))
      return 1
    },
  })
}

async function bigBodies(server: ServerHandle, token: string): Promise<{ baseRssMb: number; peakRssMb: number }> {
  const baseRssMb = (tryReadProcStats(server.pid)?.rssBytes ?? 0) / MB
  const sampler = sampleRss(server.pid, 20)
  let next = 0
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next++ < 24) {
        const res = await fetch(`${server.url}/xrpc/app.bsky.feed.searchPosts?q=x`, {
          headers: { authorization: `Bearer ${token}` },
        })
        const bytes = await drain(res)
        if (bytes < 10 * MB) throw new Error(`10 MB answer cut at ${bytes} bytes`)
      }
    }),
  )
  return { baseRssMb, peakRssMb: sampler.stop() / MB }
}

async function runSide(
  side: 'reference' | 'ours',
  plcUrl: string,
  appview: ServerHandle,
  seconds: number,
): Promise<Row> {
  // @NOTE the same settings under both servers' (shared) names; the cap is raised for the 10 MB bodies
  const env = {
    PDS_BSKY_APP_VIEW_URL: appview.url,
    PDS_BSKY_APP_VIEW_DID: APPVIEW_DID,
    PDS_PROXY_MAX_RESPONSE_SIZE: String(64 * MB),
  }
  const server =
    side === 'ours' ? await startOurs({ plcUrl, env }) : await startReference(await ensureReference(), { plcUrl, env })
  try {
    const account = await createBenchAccount(server.url)
    await timelineLoad(server.url, account.accessJwt, 2) // warm-up
    const { result, cpuMs } = await withServerCpu(server.pid, () =>
      timelineLoad(server.url, account.accessJwt, seconds),
    )
    if (result.errors > 0) throw new Error(`${side}: ${result.errors} failed calls: ${String(result.firstError)}`)
    const rss = await bigBodies(server, account.accessJwt)
    return { label: `via ${side}`, load: result, cpuMsPerReq: cpuMs / result.ops, ...rss }
  } finally {
    await server.stop()
  }
}

function printTable(direct: Row, rows: Row[]): void {
  const fmt = (n: number | undefined, digits = 1) => (n === undefined ? '-' : n.toFixed(digits))
  console.log('\ngetTimeline (~50 KB), 32 concurrent:')
  console.log(
    `${'path'.padEnd(16)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}` +
      `${'+p50 ms'.padStart(9)}${'+p99 ms'.padStart(9)}${'CPU ms/req'.padStart(12)}`,
  )
  for (const row of [direct, ...rows]) {
    const added = row === direct ? undefined : row
    console.log(
      `${row.label.padEnd(16)}${fmt(row.load.opsPerSec, 0).padStart(9)}${fmt(row.load.latency.p50).padStart(9)}` +
        `${fmt(row.load.latency.p99).padStart(9)}` +
        `${fmt(added && added.load.latency.p50 - direct.load.latency.p50).padStart(9)}` +
        `${fmt(added && added.load.latency.p99 - direct.load.latency.p99).padStart(9)}` +
        `${fmt(row.cpuMsPerReq, 2).padStart(12)}`,
    )
  }
  console.log('\n10 MB answers, 8 concurrent, 24 calls: server RSS')
  for (const row of rows) {
    console.log(`${row.label.padEnd(16)} before ${fmt(row.baseRssMb, 0)} MB, peak ${fmt(row.peakRssMb, 0)} MB`)
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '10' },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    console.log(HELP)
    return
  }
  const seconds = Number(values.seconds)
  const sides = (['reference', 'ours'] as const).filter((s) => !values.only || values.only === s)
  installCleanupHandlers()
  const plc = await startPlc()
  const appview = await startStandIn()
  try {
    await drain(await fetch(`${appview.url}/xrpc/app.bsky.feed.getTimeline`))
    await timelineLoad(appview.url, undefined, 2) // warm-up
    const direct: Row = { label: 'direct', load: await timelineLoad(appview.url, undefined, seconds) }
    const rows: Row[] = []
    for (const side of sides) rows.push(await runSide(side, plc.url, appview, seconds))
    printTable(direct, rows)
  } finally {
    await appview.stop()
    await plc.stop()
    await cleanupAll()
  }
}

await main()
