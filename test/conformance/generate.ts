/**
 * @module
 * Generates code for a folder of Lexicon documents into a scratch folder inside the
 * project (so its imports resolve against node_modules), for tests that need the
 * generator's output for documents other than lexicons/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { LexiconDoc } from '@atproto/lexicon'
import { buildOutput } from '../../codegen/build.js'
import { checkDoc, Registry } from '../../codegen/load.js'

const SCRATCH = resolve(import.meta.dirname, '..', '..', '.cache')

/** Writes the generated code for `docs` under .cache/<name>/ and returns that folder. */
export function generateInto(name: string, docs: readonly LexiconDoc[]): string {
  const registry = new Registry(docs.map((doc) => ({ file: `${doc.id}.json`, doc: checkDoc(doc, `${doc.id}.json`) })))
  const out = join(SCRATCH, name)
  rmSync(out, { recursive: true, force: true })
  for (const [path, content] of buildOutput(registry, { contract: false })) {
    const file = join(out, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, content)
  }
  return out
}
