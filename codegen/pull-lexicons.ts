/**
 * @module
 * Refreshes lexicons/ from a release of @atproto/api, the only npm package that
 * ships the complete official Lexicon set (as its `schemas` export).
 *
 * @example
 *   npm run lexicons:pull            # the newest release
 *   npm run lexicons:pull 0.21.0     # a given release
 *
 * The package is installed into a temporary folder with --ignore-scripts, so this
 * works on any Node version; only its data is read. References in the export are
 * rewritten to a `lex:` form, which is turned back into plain `nsid#def` / `#def`.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

const LEXICON_DIR = resolve(import.meta.dirname, '..', 'lexicons')
const PACKAGE = '@atproto/api'
const OFFICIAL_NAMESPACES = [
  ['com', 'atproto'],
  ['app', 'bsky'],
  ['chat', 'bsky'],
  ['tools', 'ozone'],
]

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Turns `lex:nsid#def` back into the form used in hand-written Lexicon files. */
export function plainRef(ref: string, docId: string): string {
  const bare = ref.startsWith('lex:') ? ref.slice(4) : ref
  const hash = bare.indexOf('#')
  const nsid = hash === -1 ? bare : bare.slice(0, hash)
  const def = hash === -1 ? 'main' : bare.slice(hash + 1)
  if (nsid === '' || nsid === docId) return `#${def}`
  return def === 'main' ? nsid : `${nsid}#${def}`
}

function rewriteRefs(value: Json, docId: string, key?: string): Json {
  if (typeof value === 'string') return key === 'ref' ? plainRef(value, docId) : value
  if (Array.isArray(value))
    return value.map((v) => (key === 'refs' && typeof v === 'string' ? plainRef(v, docId) : rewriteRefs(v, docId)))
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: Json } = {}
    for (const [k, v] of Object.entries(value)) out[k] = rewriteRefs(v, docId, k)
    return out
  }
  return value
}

function main(): void {
  const version = process.argv[2] ?? 'latest'
  const work = mkdtempSync(join(tmpdir(), 'lexicons-pull-'))
  try {
    execFileSync(
      'npm',
      [
        'install',
        '--ignore-scripts',
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        '--omit=dev',
        `${PACKAGE}@${version}`,
      ],
      { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] },
    )
    const pkgDir = join(work, 'node_modules', ...PACKAGE.split('/'))
    const installed = (JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version
    // @NOTE read in a plain node child: the module is CommonJS with ESM-only deps, which
    // node's own loader handles and a TS loader hook may not
    const dump = `process.stdout.write(JSON.stringify(require(${JSON.stringify(join(pkgDir, 'dist', 'client', 'lexicons.js'))}).schemas))`
    const schemas = JSON.parse(
      execFileSync(process.execPath, ['-e', dump], { cwd: work, maxBuffer: 256 << 20, encoding: 'utf8' }),
    ) as { id: string }[]

    // @NOTE only the official namespaces are replaced; a developer's own lexicons stay
    for (const ns of OFFICIAL_NAMESPACES) rmSync(join(LEXICON_DIR, ...ns), { recursive: true, force: true })
    for (const schema of [...schemas].sort((a, b) => a.id.localeCompare(b.id))) {
      const doc = rewriteRefs(schema as unknown as Json, schema.id)
      const file = `${join(LEXICON_DIR, ...schema.id.split('.'))}.json`
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`)
    }
    writeFileSync(join(LEXICON_DIR, 'README.md'), readme(installed, schemas.length))
    console.log(`lexicons/: ${schemas.length} documents from ${PACKAGE}@${installed}`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

function readme(version: string, count: number): string {
  return `# lexicons/

The official AT Protocol Lexicon documents (com.atproto.*, app.bsky.*, chat.bsky.*,
tools.ozone.*), one JSON file per NSID at its NSID path.

- Source: \`${PACKAGE}@${version}\` (its \`schemas\` export), ${count} documents.
- Refresh: \`npm run lexicons:pull [version]\`, then \`npm run codegen\` and review the diff.

Do not edit the official documents by hand: a pull replaces com/atproto, app/bsky,
chat/bsky and tools/ozone. Lexicons of your own go in their own NSID folders (for
example \`lexicons/com/example/ping.json\`); a pull leaves those alone.
`
}

main()
