/**
 * @module
 * Builds the whole output folder in memory, as a map of relative path -> content.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { emitClient } from './emit/client.js'
import { emitConformanceCases } from './emit/conformance.js'
import { DocContext, Facts } from './emit/context.js'
import { emitContractTests } from './emit/contract.js'
import { emitDocument } from './emit/document.js'
import { emitHandlers, emitRecords } from './emit/handlers.js'
import { emitOpenApi } from './emit/openapi.js'
import type { Registry } from './load.js'
import { printFile } from './ts.js'

const RUNTIME_DIR = join(import.meta.dirname, 'runtime')
const PACKAGE = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
  name: string
  version: string
}

/** The banner every generated file opens with. */
export function banner(source: string): string[] {
  return [
    'GENERATED CODE - DO NOT EDIT.',
    `Source: ${source}`,
    `Generator: ${PACKAGE.name} codegen ${PACKAGE.version} (codegen/); run \`npm run codegen\` to regenerate.`,
  ]
}

/** Options of one build. */
export interface BuildOptions {
  /** emit contract tests (default true) */
  contract?: boolean
}

/** Everything the generator writes, by path relative to the output folder. */
export function buildOutput(registry: Registry, options: BuildOptions = {}): Map<string, string> {
  const files = new Map<string, string>()
  const facts = new Facts(registry)
  const docs = [...registry.docs.values()].sort((a, b) => (a.doc.id < b.doc.id ? -1 : 1))
  const methods: string[] = []
  const collections: { nsid: string; key: string }[] = []
  for (const { file, doc } of docs) {
    const ctx = new DocContext(registry, facts, doc.id)
    files.set(ctx.modulePath, printFile(emitDocument(doc, ctx, banner(file.split('\\').join('/')))))
    const main = doc.defs.main
    if (main?.type === 'query' || main?.type === 'procedure' || main?.type === 'subscription') methods.push(doc.id)
    if (main?.type === 'record') collections.push({ nsid: doc.id, key: main.key ?? 'any' })
  }
  files.set('handlers.ts', printFile(emitHandlers(methods, banner('every XRPC method in lexicons/'))))
  files.set('records.ts', printFile(emitRecords(collections, banner('every record type in lexicons/'))))
  for (const [path, spec] of emitClient(registry, methods, banner('every XRPC method in lexicons/'))) {
    files.set(path, printFile(spec))
  }
  files.set('openapi.json', `${JSON.stringify(emitOpenApi(registry, methods, PACKAGE.version), null, 2)}\n`)
  if (options.contract !== false) {
    for (const [path, content] of emitContractTests(registry, methods, collections, banner)) files.set(path, content)
    for (const [path, content] of emitConformanceCases(registry, methods, collections, banner)) files.set(path, content)
  }
  for (const name of readdirSync(RUNTIME_DIR).sort()) {
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue
    const source = readFileSync(join(RUNTIME_DIR, name), 'utf8')
    files.set(
      `runtime/${name}`,
      `/**\n${banner(`codegen/runtime/${name}`)
        .map((l) => ` * ${l}`)
        .join('\n')}\n */\n${source}`,
    )
  }
  files.set('index.ts', printFile(emitIndex(docs.map((d) => d.doc.id))))
  return files
}

function emitIndex(ids: readonly string[]) {
  return {
    banner: banner('lexicons/'),
    imports: [],
    statements: [
      `export * from './handlers.js'\nexport { collections, type Collection } from './records.js'\nexport * as rt from './runtime/index.js'`,
      `/** The NSID of every Lexicon document the code was generated from. */\nexport const LEXICON_IDS: readonly string[] = [\n${ids.map((id) => `  '${id}',`).join('\n')}\n]`,
    ],
  }
}
