/**
 * Every record type of lexicons/, validated side by side by the generated validators
 * and by @atproto/lexicon: a full sample of each (every optional property filled in)
 * and variants of it broken at each path must get the same verdict from both.
 */
import { jsonToLex, Lexicons, ValidationError } from '@atproto/lexicon'
import { describe, expect, it } from 'vitest'
import { collections } from '#generated/records.js'
import type { FieldDef } from '../../codegen/emit/type.js'
import { Registry, readLexiconDir } from '../../codegen/load.js'
import { FORMAT_SAMPLES, Sampler } from '../../codegen/samples.js'

const registry = new Registry(readLexiconDir(new URL('../../lexicons', import.meta.url).pathname))
// @NOTE Lexicons rewrites the references of the documents it is given, so it gets copies
const reference = new Lexicons(structuredClone([...registry.docs.values()].map((d) => d.doc)))
const sampler = new Sampler(registry, true)

const FORMATTED = new Set(Object.values(FORMAT_SAMPLES))

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Every variant of `value` with one part replaced by a value of another type, or removed. */
function* mutations(value: Json, path: string[] = []): Generator<[string, (root: Json) => Json]> {
  if (value === null || typeof value !== 'object') return
  const entries: [string, Json][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value)
  for (const [key, child] of entries) {
    const at = [...path, key]
    const wrong =
      typeof child === 'string'
        ? 12345
        : typeof child === 'number'
          ? 'a string'
          : typeof child === 'boolean'
            ? 7
            : 'a string'
    yield [`${at.join('/')} of the wrong type`, (root) => setAt(root, at, wrong)]
    if (!Array.isArray(value)) yield [`${at.join('/')} removed`, (root) => setAt(root, at, undefined)]
    // @NOTE not on strings with a format (the spec caps DIDs at 2 KB and record keys at 512
    // characters, which @atproto/lexicon does not check), nor on a blob's mimeType (the spec
    // enforces `accept`, @atproto/lexicon does not): there the two rightly disagree
    if (typeof child === 'string' && key !== 'mimeType' && !FORMATTED.has(child)) {
      yield [`${at.join('/')} very long`, (root) => setAt(root, at, child + 'x'.repeat(3100))]
    }
    yield* mutations(child, at)
  }
}

function setAt(root: Json, path: readonly string[], value: Json | undefined): Json {
  const copy = structuredClone(root)
  let node = copy as { [key: string]: Json }
  for (const key of path.slice(0, -1)) node = node[key] as { [key: string]: Json }
  const last = path[path.length - 1] as string
  if (value === undefined) delete node[last]
  else node[last] = value
  return copy
}

/**
 * @atproto/lexicon's verdict: a ValidationError is a rejection; any other throw is a bug in
 * the test or the library, so it fails the test instead of passing as a rejection.
 */
const verdictOfReference = (fn: () => void): boolean => {
  try {
    fn()
    return true
  } catch (err) {
    if (err instanceof ValidationError) return false
    throw err
  }
}

describe('generated record validators agree with @atproto/lexicon', () => {
  const types = [...registry.docs.values()].filter((d) => d.doc.defs.main?.type === 'record').map((d) => d.doc.id)

  it('covers every record type', () => {
    expect(types.length).toBeGreaterThan(15)
    for (const nsid of types) expect(collections[nsid], nsid).toBeDefined()
  })

  it.each(types)('%s: a full sample and each variant broken at one path', (nsid) => {
    const def = registry.docs.get(nsid)?.doc.defs.main as unknown as { record: FieldDef }
    const sample = { $type: nsid, ...(sampler.valid(def.record, nsid) as object) } as Json
    const validate = collections[nsid]?.validate as (v: unknown) => { success: boolean }
    // @NOTE our validators return a result; one that throws fails the test (it is not a rejection)
    const ours = (value: Json) => validate(jsonToLex(value)).success
    const theirs = (value: Json) => verdictOfReference(() => reference.assertValidRecord(nsid, jsonToLex(value)))
    const own = validate(jsonToLex(sample)) as { success: boolean; error?: Error }
    expect(own.error?.message).toBeUndefined()
    expect(theirs(sample)).toBe(true)
    const disagreements: string[] = []
    let count = 0
    for (const [name, mutate] of mutations(sample)) {
      const value = mutate(sample)
      count++
      if (ours(value) !== theirs(value))
        disagreements.push(`${name}: ours ${ours(value)}, @atproto/lexicon ${theirs(value)}`)
    }
    expect(count).toBeGreaterThan(0)
    expect(disagreements).toEqual([])
  })
})
