/**
 * @module
 * `npm run bench -- <name> [options]`: runs one benchmark script from bench/ with its options.
 *
 * @example
 *   npm run bench -- repo --quick
 *   npm run bench -- codegen
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'

const BENCHES: Record<string, string> = {
  repo: 'accounts + repository, side by side with the reference PDS (issue 3)',
  firehose: 'subscribeRepos delivery latency and loss, side by side with the reference PDS (issue 4)',
  blob: 'uploadBlob / getBlob throughput and RSS of a 100 MB upload, side by side with the reference PDS (issue 5)',
  proxy:
    'AppView proxying: added latency, CPU per request and RSS with 10 MB answers, side by side with the reference PDS (issue 8)',
  import: 'importRepo of a 1 GiB and a 100,000-record repo, side by side with the reference PDS (issue 12)',
  codegen: 'full regeneration of every Lexicon',
  validation: 'validating a post: ours vs @atproto/lexicon vs @atcute/lexicons',
  oauth: 'OAuth sign-in flows/s and DPoP-verified vs session-JWT requests (issue 9)',
  perf: "issue 15's table (repo, login, firehose, RSS) with its goals, side by side with the reference PDS; --limited, --pg, --two-processes",
  ab: 'two builds of ours (two checkouts, or Node options with and without) alternating on the perf scenarios: CPU per request and RSS, B/A',
  idle: 'RSS of a fresh idle server, A against B (two checkouts, or Node options): the median of several fresh starts of each',
  'mem-phases':
    "where our server's memory goes: RSS, malloc arenas, JS heap and ArrayBuffers after each of bench/perf's scenarios",
  soak: 'our server under mixed writes, reads and firehose subscribers for N minutes: the RSS curve, lost events, errors (issue 15)',
}

const [name, ...args] = process.argv.slice(2)
if (!name || !(name in BENCHES)) {
  console.log('Usage: npm run bench -- <name> [options]   (options: npm run bench -- <name> --help)\n')
  for (const [bench, what] of Object.entries(BENCHES)) console.log(`  ${bench.padEnd(12)} ${what}`)
  process.exit(name ? 2 : 0)
}
// @NOTE a child of its own, so each bench keeps its own signal handling and clean-up; signals
// are passed on, and this process waits for the child's clean-up to finish
const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, `${name}.ts`), ...args], {
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal))
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)))
