/**
 * @module
 * Benchmark: a full regeneration of every Lexicon (types, validators, stubs, client,
 * contract tests, OpenAPI), as wall time of `npm run codegen` (a fresh process, so
 * start-up counts) and as the in-process time of each stage.
 *
 * @example
 *   npx tsx bench/codegen.ts              # ours only
 *   npx tsx bench/codegen.ts --lex-cli    # also @atproto/lex-cli gen-server + gen-api (minutes)
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { buildOutput } from '../codegen/build.js'
import { Registry, readLexiconDir } from '../codegen/load.js'

const ROOT = resolve(import.meta.dirname, '..')
const RUNS = 5

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

function time(fn: () => void): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

const scratch = mkdtempSync(join(tmpdir(), 'codegen-bench-'))
try {
  const load: number[] = []
  const build: number[] = []
  let files = 0
  for (let i = 0; i < RUNS; i++) {
    let registry: Registry | undefined
    load.push(time(() => (registry = new Registry(readLexiconDir(join(ROOT, 'lexicons'))))))
    build.push(time(() => (files = buildOutput(registry as Registry).size)))
  }
  const cli: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const out = join(scratch, `out-${i}`)
    cli.push(time(() => execFileSync('npx', ['tsx', join(ROOT, 'codegen/main.ts'), '--out', out], { stdio: 'ignore' })))
  }
  const docs = readdirSync(join(ROOT, 'lexicons'), { recursive: true }).filter((f) =>
    String(f).endsWith('.json'),
  ).length
  console.log(`Full regeneration of ${docs} lexicons into ${files} files (median of ${RUNS}):`)
  console.log(`  npm run codegen (new process, wall): ${median(cli).toFixed(0)} ms`)
  console.log(`  in process: load+check ${median(load).toFixed(0)} ms, emit ${median(build).toFixed(0)} ms`)

  if (process.argv.includes('--lex-cli')) {
    const lexFiles = readdirSync(join(ROOT, 'lexicons'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(ROOT, 'lexicons', f))
    const bin = join(ROOT, 'node_modules/.bin/lex')
    const server = time(() =>
      execFileSync(bin, ['gen-server', '--yes', join(scratch, 'lex-server'), ...lexFiles], { stdio: 'ignore' }),
    )
    const api = time(() =>
      execFileSync(bin, ['gen-api', '--yes', join(scratch, 'lex-api'), ...lexFiles], { stdio: 'ignore' }),
    )
    console.log(`  @atproto/lex-cli gen-server: ${(server / 1000).toFixed(1)} s, gen-api: ${(api / 1000).toFixed(1)} s`)
    console.log(`  ratio (lex-cli server+api / ours, wall): ${((server + api) / median(cli)).toFixed(0)}x`)
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
