/**
 * The generated validators against the official interop vectors and, side by side,
 * against @atproto/lexicon: the catalog's record-data cases, and the lexicon
 * documents the loader must accept or refuse.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { jsonToLex, type LexiconDoc, Lexicons, ValidationError } from '@atproto/lexicon'
import { beforeAll, expect, it } from 'vitest'
import { checkDoc, readLexiconDir } from '../../codegen/load.js'
import { describeInterop, hasInterop, INTEROP_DIR, readInteropJson } from '../helpers/interop.js'
import { generateInto } from './generate.js'

interface RecordCase {
  name: string
  rkey: string
  data: { $type: string; [key: string]: unknown }
}

type Validator = { validateRecord(v: unknown): { success: boolean; error?: Error } }

/**
 * Cases where @atproto/lexicon 0.6 accepts what the spec (and these vectors) refuse:
 * it leaves blob `accept`/`maxSize` to the PDS, and lets bytes pass as `unknown`.
 * Our validators follow the spec here.
 */
const LEXICON_LIBRARY_ACCEPTS = new Set(['blob too large', 'blob wrong type'])

/** Cases of a vector file, or none where the vectors are absent (the suite is then skipped). */
const cases = <T>(rel: string): T[] => (hasInterop ? readInteropJson<T[]>(rel) : [])

describeInterop('Lexicon interop vectors', () => {
  let catalog: LexiconDoc[]
  let generated: { [nsid: string]: Validator }
  let reference: Lexicons

  beforeAll(async () => {
    const dir = join(INTEROP_DIR, 'lexicon', 'catalog')
    catalog = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => readInteropJson<LexiconDoc>(`lexicon/catalog/${f}`))
    // @NOTE the catalog refers to app.bsky definitions, so it is generated together with lexicons/
    const official = readLexiconDir(join(import.meta.dirname, '..', '..', 'lexicons')).map((d) => d.doc)
    const out = generateInto('interop-catalog', [...catalog, ...official])
    generated = {}
    for (const doc of catalog) {
      if (doc.defs.main?.type !== 'record') continue
      const path = `${join(out, 'lexicons', ...doc.id.split('.'))}.ts`
      generated[doc.id] = (await import(pathToFileURL(path).href)) as Validator
    }
    reference = new Lexicons(structuredClone(catalog)) // it rewrites the references of what it is given
  })

  const verdictOfReference = (data: unknown): boolean => {
    try {
      reference.assertValidRecord((data as { $type: string }).$type, jsonToLex(data))
      return true
    } catch (err) {
      // @NOTE only a ValidationError is a rejection; any other throw fails the test
      if (err instanceof ValidationError) return false
      throw err
    }
  }
  const verdictOfOurs = (data: { $type: string }): boolean => {
    const validator = generated[data.$type]
    if (!validator) throw new Error(`no generated validator for ${data.$type}`)
    // @NOTE a validator returns its verdict; one that throws fails the test, it is not a rejection
    return validator.validateRecord(jsonToLex(data)).success
  }

  it.each(cases<RecordCase>('lexicon/record-data-valid.json').map((c) => [c.name, c] as const))(
    'accepts the valid record "%s", as @atproto/lexicon does',
    (_, c) => {
      const validator = generated[c.data.$type] as Validator
      const result = validator.validateRecord(jsonToLex(c.data))
      expect(result.error?.message).toBeUndefined()
      expect(verdictOfReference(c.data)).toBe(true)
    },
  )

  it.each(cases<RecordCase>('lexicon/record-data-invalid.json').map((c, i) => [`${i}: ${c.name}`, c] as const))(
    'refuses the invalid record "%s", with the verdict of @atproto/lexicon',
    (name, c) => {
      expect(verdictOfOurs(c.data)).toBe(false)
      const expected = LEXICON_LIBRARY_ACCEPTS.has(name.replace(/^\d+: /, ''))
      expect(verdictOfReference(c.data)).toBe(expected)
    },
  )

  it.each(cases<{ name: string; lexicon: unknown }>('lexicon/lexicon-valid.json').map((c) => [c.name, c] as const))(
    'loads the valid lexicon "%s"',
    (_, c) => {
      expect(() => checkDoc(c.lexicon, 'case.json')).not.toThrow()
    },
  )

  it.each(cases<{ name: string; lexicon: unknown }>('lexicon/lexicon-invalid.json').map((c) => [c.name, c] as const))(
    'refuses the invalid lexicon "%s" with a path and a reason',
    (_, c) => {
      expect(() => checkDoc(c.lexicon, 'case.json')).toThrow(/^case\.json: \$[^:]*: .+/)
    },
  )
})
