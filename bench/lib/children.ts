/**
 * @module
 * Server processes for the benchmarks: start one on a loopback port, wait until it answers,
 * and stop it by PID. Every process and temp dir is registered for clean-up, which runs at the
 * end, on Ctrl-C / SIGTERM and on an uncaught error, so a run leaves nothing behind. Each child
 * also preloads `orphan-guard.mjs`, so it exits by itself if this process is killed with -9.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A running server. */
export interface ServerHandle {
  /** Which server: 'plc', 'reference' or 'ours'. */
  name: string
  /** Base URL, e.g. `http://localhost:41234`. */
  url: string
  /** PID of the server process (for /proc measurements and for stopping it). */
  pid: number
  /** Where its stdout and stderr go, when it has a log. */
  logFile?: string
  /** Stops it (SIGTERM, then SIGKILL after a grace period); safe to call twice. */
  stop(): Promise<void>
}

/** Absolute path of the preload that stops a child whose parent died. */
export const ORPHAN_GUARD = join(import.meta.dirname, 'orphan-guard.mjs')

const cleanups = new Map<number, () => Promise<void> | void>()
const liveChildren = new Set<ChildProcess>()
const tempDirs = new Set<string>()
let nextCleanup = 0
let handlersInstalled = false
const stopping = new AbortController()

/**
 * Aborted once the bench is told to stop (Ctrl-C, SIGTERM, an uncaught error): loops check it
 * so they start nothing new while clean-up runs.
 */
export const stopSignal: AbortSignal = stopping.signal

/** Registers `fn` to run at clean-up (last registered runs first); returns an unregister. */
export function onCleanup(fn: () => Promise<void> | void): () => void {
  const id = nextCleanup++
  cleanups.set(id, fn)
  return () => cleanups.delete(id)
}

/** Runs every registered clean-up, newest first, then kills what is left and removes temp dirs. */
export async function cleanupAll(): Promise<void> {
  const fns = [...cleanups.entries()].sort(([a], [b]) => b - a)
  cleanups.clear()
  for (const [, fn] of fns) {
    try {
      await fn()
    } catch (err) {
      console.error('clean-up step failed:', err)
    }
  }
  killLeftovers()
}

function killLeftovers(): void {
  for (const child of liveChildren) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
  tempDirs.clear()
}

/**
 * Runs a bench script's `main`: installs the clean-up handlers, reports a failure as
 * `bench/<name> failed`, then cleans up and exits with main's code (once stopped by a signal,
 * that signal's handler cleans up and exits instead).
 *
 * @example
 * runBench('perf', main)
 */
export function runBench(name: string, main: () => Promise<number>): void {
  installCleanupHandlers()
  main()
    .catch((err: unknown) => {
      console.error(`bench/${name} failed:`, err)
      return 1
    })
    .then(async (code) => {
      if (stopSignal.aborted) return
      await cleanupAll()
      process.exit(code)
    })
}

/**
 * Makes Ctrl-C, SIGTERM, uncaught errors and normal exit all clean up. Call once at the start
 * of a bench script.
 */
export function installCleanupHandlers(): void {
  if (handlersInstalled) return
  handlersInstalled = true
  let exiting = false
  const bail = (code: number, why: string, err?: unknown) => {
    if (exiting) return
    exiting = true
    stopping.abort()
    if (err !== undefined) console.error(why, err)
    else console.error(`\n${why}: stopping servers...`)
    // @NOTE clean-up of a hung server must not hang us: SIGKILL after 15 s whatever happens
    const hard = setTimeout(() => {
      killLeftovers()
      process.exit(code)
    }, 15_000)
    hard.unref()
    cleanupAll().finally(() => process.exit(code))
  }
  process.on('SIGINT', () => bail(130, 'interrupted'))
  process.on('SIGTERM', () => bail(143, 'terminated'))
  process.on('uncaughtException', (err) => bail(1, 'uncaught error:', err))
  process.on('unhandledRejection', (err) => bail(1, 'unhandled rejection:', err))
  // last resort: synchronous, so it only kills and deletes
  process.on('exit', killLeftovers)
}

/**
 * A new temp dir under the OS temp folder, named `<prefix><pid>-XXXXXX` and removed at
 * clean-up. Dirs with the same prefix left by a bench process that no longer runs (killed
 * with -9) are removed first.
 */
export function makeTempDir(prefix: string): string {
  removeStaleTempDirs(prefix)
  const dir = mkdtempSync(join(tmpdir(), `${prefix}${process.pid}-`))
  tempDirs.add(dir)
  return dir
}

function removeStaleTempDirs(prefix: string): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(prefix)) continue
    const pid = Number(name.slice(prefix.length).split('-')[0])
    if (!(pid > 0) || pid === process.pid || isAlive(pid)) continue
    rmSync(join(tmpdir(), name), { recursive: true, force: true })
  }
}

/** Whether a process with this PID exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Removes a temp dir made by {@link makeTempDir} now. */
export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
  tempDirs.delete(dir)
}

/** A TCP port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/** Options of {@link spawnServer}. */
export interface SpawnServerOptions {
  name: string
  /** Executable (a node binary). */
  command: string
  args: string[]
  env: Record<string, string>
  cwd: string
  /** Base URL the server will answer on. */
  url: string
  /** File that receives stdout and stderr. */
  logFile: string
  /** Path polled until it answers 200 (default /xrpc/_health). */
  healthPath?: string
  /** Give up after this long (default 90 s). */
  startTimeoutMs?: number
}

/**
 * Starts a server process, waits until `healthPath` answers 200, and registers it for
 * clean-up. Rejects (and kills it) if it exits or does not answer in time; the error includes
 * the end of its log.
 */
export async function spawnServer(opts: SpawnServerOptions): Promise<ServerHandle> {
  const log = openSync(opts.logFile, 'a')
  const child = spawn(opts.command, opts.args, {
    cwd: opts.cwd,
    env: { ...opts.env, BENCH_PARENT_PID: String(process.pid) },
    stdio: ['ignore', log, log],
    // @NOTE its own process group: a Ctrl-C reaches only the bench, which stops the servers in
    // order instead of having them die under load
    detached: true,
  })
  closeSync(log) // the child has its own copy
  liveChildren.add(child)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  exited.then(() => liveChildren.delete(child))
  let spawnFailure: Error | undefined
  child.once('error', (err) => {
    spawnFailure = err
  })

  let stopped: Promise<void> | undefined
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      if (spawnFailure || child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      if (!(await within(exited, 8_000))) {
        child.kill('SIGKILL')
        await within(exited, 2_000)
      }
    })()
    return stopped
  }
  const unregister = onCleanup(stop)

  const deadline = Date.now() + (opts.startTimeoutMs ?? 90_000)
  const healthUrl = new URL(opts.healthPath ?? '/xrpc/_health', opts.url).toString()
  let failure: string | undefined
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      failure = `exited (${child.exitCode ?? child.signalCode}) before answering`
      break
    }
    if (spawnFailure) {
      failure = `could not be started: ${spawnFailure.message}`
      break
    }
    if (Date.now() > deadline) {
      failure = `did not answer ${healthUrl} within ${opts.startTimeoutMs ?? 90_000} ms`
      break
    }
    try {
      const res = await fetch(healthUrl, { signal: AbortSignal.timeout(2_000) })
      await res.arrayBuffer()
      if (res.ok) break
    } catch {
      // not listening yet
    }
    await within(exited, 150)
  }
  if (failure) {
    await stop()
    unregister()
    throw new Error(`${opts.name} ${failure}. End of its log (${opts.logFile}):\n${tail(opts.logFile, 30)}`)
  }
  return {
    name: opts.name,
    url: opts.url,
    pid: child.pid as number,
    logFile: opts.logFile,
    async stop() {
      await stop()
      unregister()
    },
  }
}

/** The last `lines` lines of a text file, or a note that it cannot be read. */
export function tail(file: string, lines: number): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log)'
  }
}

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Whether `promise` settles within `ms`; the timer is cleared either way. */
export async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms)
  })
  try {
    return await Promise.race([promise.then(() => true), timeout])
  } finally {
    clearTimeout(timer)
  }
}
