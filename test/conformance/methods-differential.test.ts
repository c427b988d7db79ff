/**
 * Every generated conformance case, judged side by side by our generated validators and by
 * @atproto/lexicon: query parameters (decoded from the query string as a server decodes
 * them), JSON inputs, and records. Both must give the verdict the case expects, except where
 * the spec is stricter than that library (blob accept/maxSize), which our validators follow.
 */
import { jsonToLex, Lexicons, ValidationError } from '@atproto/lexicon'
import { describe, expect, it } from 'vitest'
import { LEXICON_IDS } from '#generated/index.js'
import { Registry, readLexiconDir } from '../../codegen/load.js'
import { applyCase, type Json, type JsonObject, loadCases } from '../../conformance/cases.js'

const registry = new Registry(readLexiconDir(new URL('../../lexicons', import.meta.url).pathname))
// @NOTE Lexicons rewrites the references of the documents it is given, so it gets copies
const reference = new Lexicons(structuredClone([...registry.docs.values()].map((d) => d.doc)))

interface GeneratedModule {
  schema: {
    parameters: { fromURLSearchParams(search: URLSearchParams): unknown }
    input?: { schema?: { safeValidate(v: unknown): { success: boolean } } }
  }
  validateRecord?: (v: unknown) => { success: boolean }
  checkQueryParams?: (v: unknown, path: string) => unknown
}

const load = (nsid: string) =>
  import(
    /* @vite-ignore */ new URL(`../../generated/lexicons/${nsid.split('.').join('/')}.js`, import.meta.url).href
  ) as Promise<GeneratedModule>

/** @atproto/lexicon's verdict: only a ValidationError is a rejection; anything else fails the test. */
function theirs(fn: () => unknown): boolean {
  try {
    fn()
    return true
  } catch (err) {
    if (err instanceof ValidationError) return false
    throw err
  }
}

type ParamsDef = { properties?: { [key: string]: { type: string; items?: { type: string } } } }

/**
 * Decodes query-string values by the parameter's type, as our server does; undefined when one
 * does not decode (`not-a-number` for an integer): our server refuses those before validation,
 * while @atproto/xrpc-server reads them leniently (as 0, as false), so only decoded
 * parameters are put to both validators.
 */
function decode(def: ParamsDef | undefined, params: JsonObject): JsonObject | undefined {
  const out: JsonObject = {}
  for (const [key, value] of Object.entries(params)) {
    const prop = def?.properties?.[key]
    if (!prop) continue
    const kind = prop.type === 'array' ? (prop.items?.type ?? 'string') : prop.type
    const items: Json[] = []
    for (const raw of (Array.isArray(value) ? value : [value]).map(String)) {
      if (kind === 'integer') {
        if (!/^-?\d+$/.test(raw)) return undefined
        items.push(Number(raw))
      } else if (kind === 'boolean') {
        if (raw !== 'true' && raw !== 'false') return undefined
        items.push(raw === 'true')
      } else items.push(raw)
    }
    out[key] = prop.type === 'array' ? items : (items[0] as Json)
  }
  return out
}

/** Both verdicts on query parameters, from the decoded values; undefined when they do not decode. */
function paramVerdicts(
  nsid: string,
  mod: GeneratedModule,
  params: JsonObject,
): { ours: boolean; lexicon: boolean } | undefined {
  const def = (registry.docs.get(nsid)?.doc.defs.main as { parameters?: ParamsDef } | undefined)?.parameters
  const decoded = decode(def, params)
  if (!decoded) return undefined
  const ours = mod.checkQueryParams
    ? (() => {
        try {
          mod.checkQueryParams(decoded, 'Params')
          return true
        } catch (err) {
          if (err instanceof Error && err.name === 'ValidationError') return false
          throw err
        }
      })()
    : true
  return { ours, lexicon: theirs(() => reference.assertValidXrpcParams(nsid, decoded)) }
}

const ids = LEXICON_IDS.filter((id) => loadCases(id) !== undefined)

describe('generated method and record validators agree with @atproto/lexicon on every conformance case', () => {
  it('has cases for every method and record type but subscriptions', () => {
    expect(ids.length).toBeGreaterThan(300)
  })

  it.each(ids)('%s', async (nsid) => {
    const cases = loadCases(nsid)
    if (!cases) return
    const mod = await load(nsid)
    const disagreements: string[] = []
    const judge = (name: string, expected: boolean, ours: boolean, lexicon: boolean, beyond: boolean) => {
      if (ours !== expected) disagreements.push(`${name}: ours says ${ours ? 'valid' : 'invalid'}`)
      const want = beyond ? true : expected
      if (lexicon !== want) disagreements.push(`${name}: @atproto/lexicon says ${lexicon ? 'valid' : 'invalid'}`)
    }
    if (cases.kind === 'record') {
      const validate = mod.validateRecord as (v: unknown) => { success: boolean }
      const record = (value: Json) => ({
        ours: validate(jsonToLex(value)).success,
        lexicon: theirs(() => reference.assertValidRecord(nsid, jsonToLex(value))),
      })
      const valid = record(cases.record)
      judge('the valid record', true, valid.ours, valid.lexicon, false)
      for (const c of cases.cases) {
        const v = record(applyCase(cases.record, c, cases.fills))
        judge(c.name, c.expect === 'valid', v.ours, v.lexicon, c.beyondLexiconLibrary === true)
      }
    } else {
      const validParams = paramVerdicts(nsid, mod, cases.params)
      judge('the valid params', true, validParams?.ours ?? false, validParams?.lexicon ?? false, false)
      const body = cases.input?.encoding === 'application/json' ? (cases.input.body as Json) : undefined
      const input = (value: Json) => ({
        ours: mod.schema.input?.schema?.safeValidate(jsonToLex(value)).success === true,
        lexicon: theirs(() => reference.assertValidXrpcInput(nsid, jsonToLex(value))),
      })
      if (body !== undefined) {
        const v = input(body)
        judge('the valid input', true, v.ours, v.lexicon, false)
      }
      for (const c of cases.cases) {
        if (c.in === 'params') {
          const v = paramVerdicts(nsid, mod, applyCase(cases.params, c, cases.fills) as JsonObject)
          // @NOTE a value that does not decode is refused by our reader (see decode), not a validator
          if (v === undefined) expect(c.expect, c.name).toBe('invalid')
          else judge(c.name, c.expect === 'valid', v.ours, v.lexicon, false)
        } else if (body !== undefined) {
          const v = input(applyCase(body, c, cases.fills))
          judge(c.name, c.expect === 'valid', v.ours, v.lexicon, c.beyondLexiconLibrary === true)
        }
      }
    }
    expect(disagreements).toEqual([])
  })
})
