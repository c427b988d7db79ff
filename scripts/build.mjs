/**
 * @module
 * Builds the server and the `pds-admin` CLI into dist/ as plain JavaScript (esbuild: one ESM
 * bundle per entry, packages from node_modules left as imports, source maps beside them), so
 * `npm start` runs no TypeScript loader.
 *
 *   node scripts/build.mjs              # build now
 *   node scripts/build.mjs --if-stale   # build only when dist/ is missing or older than a source
 *
 * @NOTE plain JavaScript, not TypeScript: it runs before there is anything compiled to run it with.
 * dist/ sits one folder below the root, as src/ does, so a path a module reads relative to its
 * own file (`new URL('../generated/openapi.json', import.meta.url)` in src/server.ts) still
 * finds the same file from dist/.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Bumped whenever the build's options change, so an older dist/ counts as stale. */
export const BUILD_VERSION = 2

/**
 * How `npm start` runs dist/index.js: Node's options, then the environment it sets when the
 * operator has not (package.json's start script spells out the same; the bench runs these, and
 * test/integration/start.test.ts checks the three agree).
 *
 * @NOTE the V8 options bound the old generation's garbage, which is most of the RSS under load:
 * V8 let it reach ~150 MB before its first full collection and then 1.1-4x what survived each
 * one (4x for a small, fast-to-collect heap like ours); at 64 MB and 1.5x the peak of bench/perf's
 * run is ~30% lower and the CPU per request the same (bench/ab.ts). They can only be given on
 * Node's command line, before the heap exists. A smaller young generation
 * (`--max-semi-space-size=8`) saved ~5 MB more but cost 8-17% CPU per request, so it is not here.
 * `--liftoff-only` keeps WebAssembly on V8's baseline compiler: the only WebAssembly here is
 * undici's HTTP parser (llhttp, behind `fetch` and the proxy), and optimizing its one huge
 * function took ~30 MB of compiler memory on a background thread, which glibc kept resident
 * after it was freed (bench/mem-phases.ts: peak RSS -20 MB after the first createRecord load,
 * 10-20 MB less resident after it; the parser's CPU is a small part of a proxied request).
 */
export const START_NODE_ARGS = [
  '--enable-source-maps',
  '--heap-growing-percent=50',
  '--initial-old-space-size=64',
  '--liftoff-only',
]
export const START_ENV = { MALLOC_ARENA_MAX: '2' }

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** What is built: dist/<name>.js from each source. */
export const ENTRIES = { index: 'src/index.ts', 'pds-admin': 'src/cli/entry.ts' }

/** Folders and files whose change makes dist/ stale. */
const SOURCE_DIRS = ['src', 'generated', 'migrations']
const SOURCE_FILES = ['package.json', 'package-lock.json', 'scripts/build.mjs']
const STAMP = 'dist/build.json'

/**
 * Why dist/ under `root` needs building, or null when it is up to date: it is missing, was
 * built by another {@link BUILD_VERSION}, or a file or folder under src/, generated/ or
 * migrations/ (a folder's time changes when a file is added or removed), package.json, the
 * lockfile or this script changed after the build began.
 *
 * @example
 * if (staleReason() !== null) await build()
 */
export function staleReason(root = ROOT) {
  let stamp
  try {
    stamp = JSON.parse(fs.readFileSync(path.join(root, STAMP), 'utf8'))
  } catch {
    return 'no build yet'
  }
  if (stamp?.version !== BUILD_VERSION) return `built by build version ${stamp?.version}, now ${BUILD_VERSION}`
  for (const name of Object.keys(ENTRIES)) {
    if (!fs.existsSync(path.join(root, 'dist', `${name}.js`))) return `dist/${name}.js is missing`
  }
  const builtAt = fs.statSync(path.join(root, STAMP)).mtimeMs
  const newer = (file) => fs.statSync(path.join(root, file)).mtimeMs > builtAt
  for (const file of SOURCE_FILES) if (fs.existsSync(path.join(root, file)) && newer(file)) return `${file} changed`
  for (const dir of SOURCE_DIRS) {
    if (!fs.existsSync(path.join(root, dir))) continue
    if (newer(dir)) return `${dir}/ changed`
    for (const entry of fs.readdirSync(path.join(root, dir), { recursive: true })) {
      const file = path.join(dir, String(entry))
      if (newer(file)) return `${file} changed`
    }
  }
  return null
}

/**
 * Builds dist/ under `root`. The stamp is written last and carries the time the build began,
 * so a source saved during the build makes the next start build again.
 *
 * @NOTE written to a folder of its own, then each file renamed into dist/: two starts that
 * build at once (or a start while a server runs) never see a half-written file
 */
export async function build(root = ROOT) {
  const began = new Date()
  const esbuild = await import('esbuild')
  const dist = path.join(root, 'dist')
  const scratch = path.join(root, `dist.tmp-${process.pid}`)
  fs.rmSync(path.join(root, STAMP), { force: true })
  fs.rmSync(scratch, { recursive: true, force: true })
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir: scratch,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    // @NOTE node_modules stay imports: native bindings, and one copy shared with the tests and tools
    packages: 'external',
    // @NOTE mappings only: a stack trace needs lines, not the sources (which would double the map)
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'warning',
  })
  for (const file of fs.readdirSync(scratch)) {
    if (!file.endsWith('.map')) continue
    const mapFile = path.join(scratch, file)
    fs.writeFileSync(mapFile, JSON.stringify(lineMappings(JSON.parse(fs.readFileSync(mapFile, 'utf8')))))
  }
  fs.mkdirSync(dist, { recursive: true })
  for (const file of fs.readdirSync(scratch)) fs.renameSync(path.join(scratch, file), path.join(dist, file))
  fs.rmSync(scratch, { recursive: true, force: true })
  fs.writeFileSync(path.join(root, STAMP), `${JSON.stringify({ version: BUILD_VERSION, builtAt: began })}\n`)
  fs.utimesSync(path.join(root, STAMP), began, began)
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/**
 * `map` (a version 3 source map) with one mapping per source line of each generated line
 * instead of one per token, and no names: a stack frame still maps to the same file and
 * line (the column to where that line's code begins).
 *
 * @NOTE `--enable-source-maps` parses the map of every module as it loads and keeps it: with
 * esbuild's 240,000 mappings that cost ~10 MB of a fresh server's RSS, and these 65,000 save
 * ~5 MB of it (fresh starts side by side); a stack trace wants the line, not the column
 *
 * @example
 * fs.writeFileSync(file, JSON.stringify(lineMappings(JSON.parse(fs.readFileSync(file, 'utf8')))))
 */
export function lineMappings(map) {
  // @NOTE fields after a segment's first are relative to the previous segment's, across lines
  const at = [0, 0, 0] // source, line, column
  const written = [0, 0, 0]
  const lines = map.mappings.split(';').map((line) => {
    let column = 0
    let writtenColumn = 0
    let last = ''
    const kept = []
    for (const segment of line === '' ? [] : line.split(',')) {
      const fields = decodeVlq(segment)
      column += fields[0]
      if (fields.length < 4) continue
      for (let i = 0; i < 3; i++) at[i] += fields[i + 1]
      const key = `${at[0]}:${at[1]}`
      if (key === last) continue
      last = key
      kept.push([column - writtenColumn, ...at.map((v, i) => v - written[i])].map(encodeVlq).join(''))
      writtenColumn = column
      written.splice(0, 3, ...at)
    }
    return kept.join(',')
  })
  return { version: 3, sources: map.sources, sourceRoot: map.sourceRoot, mappings: lines.join(';'), names: [] }
}

function decodeVlq(segment) {
  const fields = []
  let value = 0
  let shift = 0
  for (const char of segment) {
    const digit = BASE64.indexOf(char)
    value += (digit & 31) << shift
    if (digit & 32) {
      shift += 5
      continue
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1)
    value = 0
    shift = 0
  }
  return fields
}

function encodeVlq(n) {
  let value = n < 0 ? (-n << 1) | 1 : n << 1
  let out = ''
  do {
    const digit = value & 31
    value >>>= 5
    out += BASE64[value ? digit | 32 : digit]
  } while (value)
  return out
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ifStale = process.argv.includes('--if-stale')
  const reason = staleReason()
  if (!ifStale || reason !== null) {
    const began = performance.now()
    await build()
    const seconds = ((performance.now() - began) / 1000).toFixed(1)
    console.error(`built dist/ in ${seconds} s${ifStale ? ` (${reason})` : ''}`)
  }
}
