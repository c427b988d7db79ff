/**
 * @module
 * The generator's entry: load -> resolve refs -> emit -> write.
 *
 * @example
 *   npm run codegen            # regenerate generated/ from lexicons/
 *   npm run codegen:check      # exit 1 when generated/ is not what the generator would write
 *   tsx codegen/main.ts --lexicons some/dir --out some/other/dir
 *
 * Output is all built in memory first, then written to a fresh folder that replaces
 * the old one in a rename, so a failure never leaves half an output behind.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { buildOutput } from './build.js'
import { LexiconLoadError, Registry, readLexiconDir } from './load.js'

const ROOT = resolve(import.meta.dirname, '..')

interface Args {
  check: boolean
  lexicons: string
  out: string
  contract: boolean
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { check: false, lexicons: join(ROOT, 'lexicons'), out: join(ROOT, 'generated'), contract: true }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--check') args.check = true
    else if (arg === '--no-contract') args.contract = false
    else if (arg === '--lexicons') args.lexicons = resolve(argv[++i] ?? '')
    else if (arg === '--out') args.out = resolve(argv[++i] ?? '')
    else throw new Error(`unknown argument ${arg} (use --check, --lexicons DIR, --out DIR, --no-contract)`)
  }
  return args
}

/** Reads every file under `dir` into a map of relative path -> content. */
function readTree(dir: string, base = dir, into = new Map<string, string>()): Map<string, string> {
  if (!existsSync(dir)) return into
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) readTree(path, base, into)
    else into.set(relative(base, path).split('\\').join('/'), readFileSync(path, 'utf8'))
  }
  return into
}

function writeTree(out: string, files: ReadonlyMap<string, string>): void {
  const staging = `${out}.staging-${process.pid}`
  rmSync(staging, { recursive: true, force: true })
  for (const [path, content] of files) {
    const file = join(staging, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, content)
  }
  const old = `${out}.old-${process.pid}`
  if (existsSync(out)) renameSync(out, old)
  renameSync(staging, out)
  rmSync(old, { recursive: true, force: true })
}

function main(): number {
  const args = parseArgs(process.argv.slice(2))
  const started = performance.now()
  let files: Map<string, string>
  let docCount: number
  try {
    const registry = new Registry(readLexiconDir(args.lexicons))
    docCount = registry.docs.size
    files = buildOutput(registry, { contract: args.contract })
  } catch (err) {
    if (err instanceof LexiconLoadError) {
      console.error(`codegen: ${err.message}`)
      return 2
    }
    throw err
  }
  const built = performance.now()
  const shown = relative(process.cwd(), args.out) || '.'
  if (args.check) {
    const current = readTree(args.out)
    const stale = [...files].filter(([path, content]) => current.get(path) !== content).map(([path]) => path)
    const extra = [...current.keys()].filter((path) => !files.has(path))
    if (stale.length > 0 || extra.length > 0) {
      console.error(`codegen: ${shown}/ is stale; run \`npm run codegen\` and commit the result.`)
      for (const path of [...stale.slice(0, 20)]) console.error(`  differs: ${path}`)
      for (const path of [...extra.slice(0, 20)]) console.error(`  not generated: ${path}`)
      return 1
    }
    console.log(
      `codegen: ${shown}/ is up to date (${files.size} files from ${docCount} lexicons, ${ms(built - started)})`,
    )
    return 0
  }
  writeTree(args.out, files)
  const done = performance.now()
  console.log(
    `codegen: wrote ${files.size} files to ${shown}/ from ${docCount} lexicons in ${ms(done - started)} (generation ${ms(built - started)}, writing ${ms(done - built)})`,
  )
  return 0
}

function ms(value: number): string {
  return `${Math.round(value)} ms`
}

process.exitCode = main()
