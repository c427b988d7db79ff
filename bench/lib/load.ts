/**
 * @module
 * A closed-loop load runner: N concurrent workers each call an operation back to back until a
 * time limit, an operation count or an error budget runs out, whichever comes first (so every
 * run is bounded in time and count). Records per-operation latency and throughput.
 *
 * @example
 *   const result = await runLoad({
 *     workers: 8,
 *     durationMs: 10_000,
 *     op: async () => { await createOneRecord(); return 1 }, // items done (records)
 *   })
 *   console.log(result.itemsPerSec, result.latency.p99)
 */
import { performance } from 'node:perf_hooks'

/** Options of {@link runLoad}. */
export interface LoadOptions {
  /** Concurrent workers (each has one operation in flight at a time). */
  workers: number
  /** No new operation starts after this long. */
  durationMs: number
  /** No new operation starts after this many have started (default 10 million). */
  maxOps?: number
  /** Stop after this many failed operations (default 50). */
  maxErrors?: number
  /**
   * One operation. `n` counts operations across workers from 0. Returns how many items it
   * did (records written, say); undefined counts as 1.
   */
  op: (n: number, worker: number) => Promise<number | undefined>
  /** No new operation starts once this is aborted. */
  signal?: AbortSignal
}

/** Latency percentiles, in ms. */
export interface Latency {
  p50: number
  p90: number
  p99: number
  max: number
  mean: number
}

/** What a run did. */
export interface LoadResult {
  /** Operations that succeeded. */
  ops: number
  /** Items the successful operations did. */
  items: number
  errors: number
  firstError?: unknown
  /** Wall time from the first start to the last finish. */
  elapsedMs: number
  opsPerSec: number
  itemsPerSec: number
  /** Of successful operations. */
  latency: Latency
  /** CPU the load generator (this process) used, as a share of one core. */
  clientCpuShare: number
}

/** Runs `op` from `workers` workers; see {@link LoadOptions} for when it stops. */
export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const maxOps = opts.maxOps ?? 10_000_000
  const maxErrors = opts.maxErrors ?? 50
  const latencies: number[] = []
  let started = 0
  let items = 0
  let errors = 0
  let firstError: unknown
  const cpuStart = process.cpuUsage()
  const start = performance.now()
  const end = start + opts.durationMs
  const worker = async (id: number) => {
    while (performance.now() < end && started < maxOps && errors < maxErrors && !opts.signal?.aborted) {
      const n = started++
      const t0 = performance.now()
      try {
        const done = await opts.op(n, id)
        latencies.push(performance.now() - t0)
        items += done ?? 1
      } catch (err) {
        errors++
        firstError ??= err
      }
    }
  }
  await Promise.all(Array.from({ length: opts.workers }, (_, id) => worker(id)))
  const elapsedMs = performance.now() - start
  const cpu = process.cpuUsage(cpuStart)
  return {
    ops: latencies.length,
    items,
    errors,
    firstError,
    elapsedMs,
    opsPerSec: (latencies.length * 1000) / elapsedMs,
    itemsPerSec: (items * 1000) / elapsedMs,
    latency: summarize(latencies),
    clientCpuShare: (cpu.user + cpu.system) / 1000 / elapsedMs,
  }
}

/** Percentiles of a list of latencies (nearest rank); zeros when empty. */
export function summarize(latencies: number[]): Latency {
  if (latencies.length === 0) return { p50: 0, p90: 0, p99: 0, max: 0, mean: 0 }
  const sorted = Float64Array.from(latencies).sort()
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number
  const sum = sorted.reduce((a, b) => a + b, 0)
  return {
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: sorted[sorted.length - 1] as number,
    mean: sum / sorted.length,
  }
}

/** The median of some numbers (NaN when empty). */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}
