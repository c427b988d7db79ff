/**
 * @module
 * Benchmark: where our server's memory goes, phase by phase. One server (as `npm start` runs
 * it, bench/lib/ours.ts) takes bench/perf.ts's scenarios one at a time; 1 s after each, this
 * reads its RSS from /proc, splits /proc/<pid>/smaps into glibc's malloc arenas, other anonymous
 * memory (V8's heap, large mmapped allocations) and files, and asks the server itself (the
 * preload bench/lib/mem-probe.mjs, on SIGUSR2) for `process.memoryUsage()`: the JS heap, its
 * external memory and ArrayBuffers. Each phase's row says which scenario left memory behind and
 * of which kind.
 *
 * @example
 *   npx tsx bench/mem-phases.ts --quick
 *   npx tsx bench/mem-phases.ts --env MALLOC_MMAP_THRESHOLD_=1048576 --scenarios createSession
 *   npx tsx bench/mem-phases.ts --node-args=--liftoff-only --snapshot /tmp/after.heapsnapshot
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createBenchAccount } from './lib/accounts.js'
import { makeTempDir, runBench, sleep, stopSignal } from './lib/children.js'
import { envOptions, ROOT, startOurs } from './lib/ours.js'
import { startPlc } from './lib/plc.js'
import { tryReadProcStats } from './lib/proc-stats.js'
import { Results } from './lib/report.js'
import { FIGURES, loadOptions, type PerfOptions, SCENARIOS, selectScenarios } from './perf-scenarios.js'
import { MB, type RoundState, runScenarios } from './repo-scenarios.js'

const HELP = `Usage: npx tsx bench/mem-phases.ts [options]   (npm run bench -- mem-phases [options])
  --root ROOT          checkout to run (default: this one)
  --node-args ARGS     Node options added to npm start's (space-separated; the last of a flag wins)
  --env NAME=VALUE     extra environment for the server (repeatable), e.g. MALLOC_ARENA_MAX=1
  --scenarios LIST     comma-separated scenario names (default: all of bench/perf.ts's):
                       ${SCENARIOS.map((s) => s.name).join(', ')}
  --rounds N           rounds of the scenarios (default 1)
  --duration S         seconds of measured load per scenario (default 10)
  --warmup S           seconds of unmeasured load before each scenario (default 1)
  --repo-size N        records in the getRepo repo (default 10000)
  --firehose-writes N  createRecord calls of each firehose run (default 500)
  --quick              --duration 2 --warmup 0.5 --repo-size 2000 --firehose-writes 100
  --snapshot FILE      after the last phase, have the server write a V8 heap snapshot to FILE
  --hold FILE          after the last phase, keep the server up until FILE exists (to look at it
                       with gdb's \`call malloc_stats()\`, /proc/<pid>/smaps...)
  -h, --help`

/** One reading of the server's memory, in MB. */
interface Reading {
  phase: string
  rss: number
  peak: number
  /** Resident in glibc's main arena (the brk `[heap]`, where the main thread allocates). */
  mainArena: number
  /** Resident in glibc's thread arenas (64 MiB-aligned heaps, where other threads allocate). */
  threadArenas: number
  /** Other anonymous memory: V8's heap pages, large malloc'd blocks (own mmaps), thread stacks. */
  otherAnon: number
  /** Resident file-backed pages: the node binary, shared libraries, SQLite's -shm. */
  file: number
  heapTotal: number
  heapUsed: number
  external: number
  arrayBuffers: number
  /** V8's code space, resident. */
  code: number
}

/** glibc's HEAP_MAX_SIZE on 64-bit: every thread arena's heap is a mapping this size, aligned to it. */
const ARENA_HEAP = 64 * MB

interface Mapping {
  start: number
  end: number
  perms: string
  path: string
  rss: number
}

/** /proc/<pid>/smaps as mappings with their resident bytes. */
function readSmaps(pid: number): Mapping[] {
  const maps: Mapping[] = []
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+\s*(.*)$/.exec(line)
    if (head) {
      const [, start, end, perms, path] = head as unknown as [string, string, string, string, string]
      maps.push({ start: Number.parseInt(start, 16), end: Number.parseInt(end, 16), perms, path, rss: 0 })
      continue
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line)
    const last = maps[maps.length - 1]
    if (rss && last) last.rss = Number(rss[1]) * 1024
  }
  return maps
}

/**
 * Splits the resident memory: a thread arena's heap starts on a 64 MiB boundary and, with the
 * reserved (---p) rest that follows it, spans exactly 64 MiB; the main arena is `[heap]`.
 */
function classify(maps: Mapping[]): { mainArena: number; threadArenas: number; otherAnon: number; file: number } {
  let mainArena = 0
  let threadArenas = 0
  let otherAnon = 0
  let file = 0
  maps.forEach((m, i) => {
    if (m.path.startsWith('/')) file += m.rss
    else if (m.path === '[heap]') mainArena += m.rss
    else if (m.path === '' && isArenaHeap(m, maps[i + 1])) threadArenas += m.rss
    else otherAnon += m.rss
  })
  return { mainArena, threadArenas, otherAnon, file }
}

function isArenaHeap(m: Mapping, next: Mapping | undefined): boolean {
  if (m.start % ARENA_HEAP !== 0 || !m.perms.startsWith('rw')) return false
  if (m.end - m.start === ARENA_HEAP) return true
  return next !== undefined && next.start === m.end && next.perms.startsWith('---') && next.end - m.start === ARENA_HEAP
}

interface ProbeReport {
  memory: NodeJS.MemoryUsage
  spaces: { name: string; physical: number }[]
}

/** Asks the server (bench/lib/mem-probe.mjs) for its own view. */
async function probe(pid: number, file: string): Promise<ProbeReport | undefined> {
  rmSync(`${file}.done`, { force: true })
  process.kill(pid, 'SIGUSR2')
  for (let i = 0; i < 100; i++) {
    await sleep(20)
    try {
      return JSON.parse(readFileSync(`${file}.done`, 'utf8')) as ProbeReport
    } catch {
      // not written yet
    }
  }
  return undefined
}

async function read(pid: number, file: string, phase: string): Promise<Reading> {
  const report = await probe(pid, file)
  const stats = tryReadProcStats(pid)
  if (!stats || !report) throw new Error(`the server (pid ${pid}) did not answer the memory probe`)
  const { mainArena, threadArenas, otherAnon, file: fileRss } = classify(readSmaps(pid))
  const m = report.memory
  return {
    phase,
    rss: stats.rssBytes / MB,
    peak: stats.peakRssBytes / MB,
    mainArena: mainArena / MB,
    threadArenas: threadArenas / MB,
    otherAnon: otherAnon / MB,
    file: fileRss / MB,
    heapTotal: m.heapTotal / MB,
    heapUsed: m.heapUsed / MB,
    external: m.external / MB,
    arrayBuffers: m.arrayBuffers / MB,
    code: (report.spaces.find((s) => s.name === 'code_space')?.physical ?? 0) / MB,
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: ROOT },
      'node-args': { type: 'string', default: '' },
      env: { type: 'string', multiple: true },
      scenarios: { type: 'string' },
      rounds: { type: 'string', default: '1' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      'repo-size': { type: 'string' },
      'firehose-writes': { type: 'string' },
      quick: { type: 'boolean', default: false },
      snapshot: { type: 'string' },
      hold: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    console.log(HELP)
    return 0
  }
  const scenarios = selectScenarios(values.scenarios)
  const opts: PerfOptions = {
    ...loadOptions(values, 1),
    sides: ['ours'],
  }
  const probeFile = join(makeTempDir('bench-mem-'), 'memory.json')
  const env = { ...envOptions(process.argv), PDS_FIREHOSE_MAX_SUBSCRIBERS_PER_IP: '1000', BENCH_MEM_FILE: probeFile }
  const nodeArgs = [
    ...values['node-args'].split(' ').filter(Boolean),
    '--import',
    join(import.meta.dirname, 'lib', 'mem-probe.mjs'),
  ]
  const plc = await startPlc()
  const server = await startOurs({ plcUrl: plc.url, root: values.root, nodeArgs, env })
  console.log(
    `ours: ${values.root} + ${nodeArgs.join(' ')} (pid ${server.pid}), env ${JSON.stringify(envOptions(process.argv))}`,
  )
  const results = new Results(FIGURES, ['ours'])
  await sleep(2_000) // @NOTE as bench/perf.ts reads "RSS idle"
  const readings = [await read(server.pid, probeFile, 'idle')]
  for (let round = 1; round <= opts.rounds; round++) {
    const state: RoundState = {
      side: 'ours',
      round,
      server,
      main: await createBenchAccount(server.url),
      bulk: await createBenchAccount(server.url),
      rkeys: [],
      bulkRecords: 0,
    }
    for (const scenario of scenarios) {
      if (!(await runScenarios([scenario], results, opts, [state])) || stopSignal.aborted) return 130
      await sleep(1_000) // @NOTE as bench/perf.ts reads "RSS after"
      readings.push(await read(server.pid, probeFile, `${round}: ${scenario.name}`))
    }
  }
  if (values.snapshot) {
    writeFileSync(`${probeFile}.snapshot`, resolve(values.snapshot))
    await probe(server.pid, probeFile)
    console.log(`heap snapshot in ${resolve(values.snapshot)}`)
  }
  if (values.hold) {
    console.log(`holding the server (pid ${server.pid}) until ${values.hold} exists`)
    while (!existsSync(values.hold) && !stopSignal.aborted) await sleep(500)
    readings.push(await read(server.pid, probeFile, 'after the hold'))
  }
  await server.stop()

  const cols: [string, (r: Reading) => number][] = [
    ['RSS', (r) => r.rss],
    ['peak', (r) => r.peak],
    ['main arena', (r) => r.mainArena],
    ['thread arenas', (r) => r.threadArenas],
    ['other anon', (r) => r.otherAnon],
    ['file', (r) => r.file],
    ['JS heap total', (r) => r.heapTotal],
    ['heap used', (r) => r.heapUsed],
    ['code', (r) => r.code],
    ['external', (r) => r.external],
    ['arrayBuffers', (r) => r.arrayBuffers],
  ]
  console.log(`\nMB after each phase (1 s after it ends)\n`)
  console.log(`| phase | ${cols.map(([n]) => n).join(' | ')} |\n| --- |${' --- |'.repeat(cols.length)}`)
  for (const r of readings) console.log(`| ${r.phase} | ${cols.map(([, f]) => f(r).toFixed(1)).join(' | ')} |`)
  return 0
}

runBench('mem-phases', main)
