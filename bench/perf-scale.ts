/**
 * @module
 * Writes to different repos on PostgreSQL, one process against two on one database (issue 15:
 * "writes to different repos should scale with processes"). The same number of writers each
 * time, every writer creating posts in its own account's repo; with two processes, the writers
 * and their accounts are split between them. Each configuration gets a fresh database (dropped
 * after) and one data directory (the disk blob store and secrets.json) that its processes share,
 * with the same secrets, started one after the other.
 */
import { type BenchAccount, createBenchAccount } from './lib/accounts.js'
import { makeTempDir, removeTempDir, type ServerHandle, stopSignal } from './lib/children.js'
import { runLoad } from './lib/load.js'
import { startOurs } from './lib/ours.js'
import { createBenchDatabase } from './lib/postgres.js'
import { tryReadProcStats } from './lib/proc-stats.js'
import { serverSecrets } from './lib/secrets.js'
import { describeError, xrpc } from './lib/xrpc.js'

/** One configuration's figures. */
export interface ScaleResult {
  processes: number
  writers: number
  recordsPerSec: number
  /** Our processes' CPU (not PostgreSQL's) per record, summed over the processes. */
  cpuMsPerRecord: number
  /** Our processes' CPU as a share of one core, each. */
  cpuShares: number[]
  p50: number
  p99: number
  errors: number
  firstError?: string
}

/** Options of {@link measureScale}. */
export interface ScaleOptions {
  plcUrl: string
  pgUrl: string
  writers: number
  durationMs: number
  warmupMs: number
  logDir: string
  /** Environment every process gets (beyond DATABASE_URL). */
  env: Record<string, string>
}

/** Runs one process, then two, on fresh databases. */
export async function measureScale(opts: ScaleOptions): Promise<ScaleResult[]> {
  const out: ScaleResult[] = []
  for (const processes of [1, 2]) {
    if (stopSignal.aborted) break
    out.push(await measureProcesses(processes, opts))
  }
  return out
}

async function measureProcesses(processes: number, opts: ScaleOptions): Promise<ScaleResult> {
  const db = await createBenchDatabase(opts.pgUrl)
  const dataDir = makeTempDir('bench-ours-')
  const secrets = await serverSecrets()
  const servers: ServerHandle[] = []
  try {
    // @NOTE one after the other: the first start writes secrets.json for the second to read
    for (let i = 0; i < processes; i++) {
      servers.push(
        await startOurs({
          plcUrl: opts.plcUrl,
          logDir: opts.logDir,
          dataDir,
          secrets,
          name: `ours-pg-${processes}p-${i + 1}`,
          env: { ...opts.env, DATABASE_URL: db.url },
        }),
      )
    }
    console.log(`  ${processes} process(es) on ${db.name}: pids ${servers.map((s) => s.pid).join(', ')}`)
    const accounts: { server: ServerHandle; account: BenchAccount }[] = []
    for (let w = 0; w < opts.writers; w++) {
      const server = servers[w % processes] as ServerHandle
      accounts.push({ server, account: await createBenchAccount(server.url) })
    }
    const op = async (n: number, worker: number) => {
      const { server, account } = accounts[worker] as (typeof accounts)[number]
      await xrpc(server.url, 'com.atproto.repo.createRecord', {
        token: account.accessJwt,
        body: {
          repo: account.did,
          collection: 'app.bsky.feed.post',
          record: { $type: 'app.bsky.feed.post', text: `scale ${n}`, createdAt: new Date().toISOString() },
        },
      })
      return 1
    }
    await runLoad({ workers: opts.writers, durationMs: opts.warmupMs, op, signal: stopSignal })
    const before = servers.map((s) => tryReadProcStats(s.pid)?.cpuMs ?? 0)
    const run = await runLoad({ workers: opts.writers, durationMs: opts.durationMs, op, signal: stopSignal })
    const used = servers.map((s, i) => (tryReadProcStats(s.pid)?.cpuMs ?? 0) - (before[i] as number))
    const result: ScaleResult = {
      processes,
      writers: opts.writers,
      recordsPerSec: run.itemsPerSec,
      cpuMsPerRecord: used.reduce((a, b) => a + b, 0) / Math.max(1, run.items),
      cpuShares: used.map((ms) => ms / run.elapsedMs),
      p50: run.latency.p50,
      p99: run.latency.p99,
      errors: run.errors,
      firstError: run.firstError === undefined ? undefined : describeError(run.firstError),
    }
    console.log(
      `  ${processes} process(es), ${opts.writers} writers: ${run.itemsPerSec.toFixed(0)} records/s, ` +
        `${result.cpuMsPerRecord.toFixed(2)} server CPU-ms per record, p99 ${run.latency.p99.toFixed(1)} ms` +
        (run.errors ? `, ${run.errors} errors (${result.firstError})` : ''),
    )
    return result
  } finally {
    for (const server of servers) await server.stop()
    removeTempDir(dataDir)
    await db.drop()
  }
}

/** The two-process table (markdown), with the combined rate over one process's. */
export function formatScale(results: ScaleResult[]): string {
  const one = results.find((r) => r.processes === 1)
  const lines = [
    '| processes on one PostgreSQL | writers (one repo each) | records/s, combined | vs one process | server CPU-ms per record | CPU per process | p50 / p99 ms | errors |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ]
  for (const r of results) {
    const scale = one && one.recordsPerSec > 0 ? `${(r.recordsPerSec / one.recordsPerSec).toFixed(2)}x` : '–'
    lines.push(
      `| ${r.processes} | ${r.writers} | ${r.recordsPerSec.toFixed(0)} | ${scale} | ${r.cpuMsPerRecord.toFixed(2)} | ` +
        `${r.cpuShares.map((s) => `${Math.round(s * 100)}%`).join(' + ')} | ${r.p50.toFixed(1)} / ${r.p99.toFixed(1)} | ` +
        `${r.errors ? `${r.errors} (${r.firstError})` : 0} |`,
    )
  }
  return lines.join('\n')
}
