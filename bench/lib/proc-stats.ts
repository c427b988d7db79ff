/**
 * @module
 * Server-side measurements of a child process by PID, read from /proc (Linux only): CPU time
 * (utime + stime of every thread) and resident memory (current and peak).
 *
 * @example
 *   const before = readProcStats(pid)
 *   await runTheLoad()
 *   const after = readProcStats(pid)
 *   const cpuMsPerRecord = (after.cpuMs - before.cpuMs) / records
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

/** One reading of a process. */
export interface ProcStats {
  /** User + system CPU time of all its threads so far, in ms (clock-tick resolution, usually 10 ms). */
  cpuMs: number
  /** Resident set size now (VmRSS), in bytes. */
  rssBytes: number
  /** Peak resident set size over the process's life (VmHWM), in bytes. */
  peakRssBytes: number
}

let clockTicks: number | undefined

/** Clock ticks per second (`getconf CLK_TCK`, 100 on every common Linux). */
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
    } catch {
      clockTicks = 100
    }
  }
  return clockTicks
}

/** Reads CPU time and memory of `pid`; throws when the process is gone. */
export function readProcStats(pid: number): ProcStats {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // @NOTE the command name (field 2) may hold spaces and parentheses, so split after its last ')'
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const ticks = Number(fields[11]) + Number(fields[12]) // utime, stime (fields 14 and 15 of stat(5))
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return {
    cpuMs: (ticks * 1000) / ticksPerSecond(),
    rssBytes: statusKb(status, 'VmRSS') * 1024,
    peakRssBytes: statusKb(status, 'VmHWM') * 1024,
  }
}

/** Like {@link readProcStats}, but undefined instead of throwing when the process is gone. */
export function tryReadProcStats(pid: number): ProcStats | undefined {
  try {
    return readProcStats(pid)
  } catch {
    return undefined
  }
}

function statusKb(status: string, key: string): number {
  const match = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)
  return match ? Number(match[1]) : 0
}

/**
 * Polls the RSS of `pid` every `intervalMs` until stopped, for the peak within one phase
 * (VmHWM only knows the peak over the whole life of the process).
 *
 * @example
 *   const sampler = sampleRss(pid)
 *   await upload100MB()
 *   const peakBytes = sampler.stop()
 */
export function sampleRss(pid: number, intervalMs = 50): { stop(): number } {
  let peak = tryReadProcStats(pid)?.rssBytes ?? 0
  const timer = setInterval(() => {
    const rss = tryReadProcStats(pid)?.rssBytes ?? 0
    if (rss > peak) peak = rss
  }, intervalMs)
  timer.unref()
  return {
    stop() {
      clearInterval(timer)
      const rss = tryReadProcStats(pid)?.rssBytes ?? 0
      return Math.max(peak, rss)
    },
  }
}

/** What a server spent on one piece of work. */
export interface ServerCost<T> {
  result: T
  /** CPU the server process used meanwhile, in ms. */
  cpuMs: number
  /** Wall time of the work, in ms. */
  wallMs: number
  /** cpuMs / wallMs: 1 means one core busy throughout. */
  cpuShare: number
}

/**
 * Runs `work` and measures the CPU time `pid` used meanwhile (utime + stime deltas).
 *
 * @example
 *   const { result, cpuMs } = await withServerCpu(server.pid, () => runLoad(opts))
 *   const cpuMsPerRecord = cpuMs / result.items
 */
export async function withServerCpu<T>(pid: number, work: () => Promise<T>): Promise<ServerCost<T>> {
  const before = readProcStats(pid).cpuMs
  const start = performance.now()
  const result = await work()
  const wallMs = performance.now() - start
  const cpuMs = (tryReadProcStats(pid)?.cpuMs ?? before) - before
  return { result, cpuMs, wallMs, cpuShare: cpuMs / wallMs }
}
