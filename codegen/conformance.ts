/**
 * @module
 * Conformance cases derived from a schema: one valid request (or record) per method (or record
 * type), and variants of it, each changing one value so that it breaks exactly one constraint
 * (a required property missing, a wrong type at any depth, a string one byte or grapheme over
 * its limit, a bad format, a value outside an enum, an array too long, an integer out of range,
 * a $type a closed union does not list, a blob of a type or size it does not accept...) or sits
 * exactly at a limit, which stays valid. What a server must answer follows from `expect`.
 * @see https://atproto.com/specs/lexicon
 */

import {
  base64,
  blobChanges,
  type Change,
  MAX_ARRAY_CASE,
  MAX_STRING_CASE,
  scalarChanges,
} from './conformance-scalars.js'
import type { FieldDef } from './emit/type.js'
import type { Registry } from './load.js'
import { Sampler } from './samples.js'

export { text } from './conformance-scalars.js'

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** One case: the valid request with the value at `path` replaced (or removed). */
export interface ConformanceCase {
  /** e.g. `input/record/text: 3001 bytes, 1 over maxLength` */
  name: string
  /** which part of the request (or the record) the path starts in */
  in: 'params' | 'input' | 'record'
  path: string[]
  /** the new value; absent when `remove` */
  value?: Json
  remove?: true
  /** first set this key of `fills` (an optional part absent from the valid sample) at its path */
  fill?: string
  /** whether the schema accepts the changed request */
  expect: 'valid' | 'invalid'
  /** the spec (and our validators) refuse it, @atproto/lexicon does not check it (blob accept/maxSize) */
  beyondLexiconLibrary?: true
}

/** The cases of one query or procedure. */
export interface MethodConformance {
  nsid: string
  kind: 'query' | 'procedure'
  /** the Lexicon's declared error names */
  errors: string[]
  /** valid query parameters */
  params: { [name: string]: string | string[] }
  /** the valid input: a JSON body, or `body: null` for a binary one */
  input?: { encoding: string; body: Json | null }
  /** the output encoding, when there is an output */
  output?: { encoding: string }
  /** valid samples of optional parts, by `<in>/<path>`, for cases that break something inside them */
  fills: { [key: string]: Json }
  cases: ConformanceCase[]
}

/** The cases of one record type, written through createRecord, putRecord and applyWrites. */
export interface RecordConformance {
  nsid: string
  kind: 'record'
  /** the record key type (`tid`, `any`, `literal:self`...) */
  key: string
  /** a valid record (required properties only), with its $type */
  record: Json
  fills: { [key: string]: Json }
  cases: ConformanceCase[]
}

// @NOTE deep enough for every nesting in the official Lexicons, bounded for recursive schemas
const MAX_DEPTH = 6
/** Derives the conformance cases of a registry's methods and record types. */
export class CaseBuilder {
  private readonly minimal: Sampler
  private readonly full: Sampler

  constructor(private readonly registry: Registry) {
    this.minimal = new Sampler(registry)
    this.full = new Sampler(registry, true)
  }

  /** The cases of a query or procedure, or undefined for a subscription. */
  method(nsid: string): MethodConformance | undefined {
    const def = this.registry.docs.get(nsid)?.doc.defs.main as unknown as FieldDef & {
      type: string
      errors?: { name: string }[]
      input?: { encoding: string; schema?: FieldDef }
      output?: { encoding: string }
    }
    if (def.type !== 'query' && def.type !== 'procedure') return undefined
    const fills: { [key: string]: Json } = {}
    const cases: ConformanceCase[] = []
    const params = (def.parameters as FieldDef | undefined) ?? { type: 'params', properties: {} }
    const validParams = this.paramSample(params, nsid)
    for (const change of this.paramChanges(params, validParams, nsid)) cases.push(toCase(change, 'params', fills))
    cases.push({
      name: 'params: an unknown parameter',
      in: 'params',
      path: ['conformanceUnknownParam'],
      value: '1',
      expect: 'valid',
    })
    let input: MethodConformance['input']
    if (def.type === 'procedure' && def.input) {
      const schema = def.input.schema
      if (schema && def.input.encoding === 'application/json') {
        const body = this.minimal.valid(schema, nsid) as Json
        input = { encoding: 'application/json', body }
        for (const change of this.changes(schema, body, nsid, [], 0)) cases.push(toCase(change, 'input', fills))
      } else {
        input = { encoding: def.input.encoding === '*/*' ? 'application/octet-stream' : def.input.encoding, body: null }
      }
    }
    return {
      nsid,
      kind: def.type,
      errors: (def.errors ?? []).map((e) => e.name),
      params: validParams,
      ...(input ? { input } : {}),
      ...(def.output ? { output: { encoding: def.output.encoding } } : {}),
      fills,
      cases: uniqueNames(cases),
    }
  }

  /** The cases of a record type. */
  record(nsid: string): RecordConformance {
    const def = this.registry.docs.get(nsid)?.doc.defs.main as unknown as FieldDef & { key?: string }
    const schema = def.record as FieldDef
    const record = { $type: nsid, ...(this.minimal.valid(schema, nsid) as object) } as Json
    const fills: { [key: string]: Json } = {}
    const cases = this.changes(schema, record, nsid, [], 0)
      .filter((c) => !(c.path[0] === '$type'))
      .map((c) => toCase(c, 'record', fills))
    return { nsid, kind: 'record', key: def.key ?? 'any', record, fills, cases: uniqueNames(cases) }
  }

  private paramSample(params: FieldDef, from: string): { [name: string]: string | string[] } {
    const out: { [name: string]: string | string[] } = {}
    for (const key of params.required ?? []) {
      const prop = params.properties?.[key]
      if (!prop) continue
      const value = this.minimal.valid(
        prop.type === 'array' ? { ...prop, minLength: Math.max(1, (prop.minLength as number) ?? 1) } : prop,
        from,
      )
      out[key] = Array.isArray(value) ? value.map(String) : String(value)
    }
    return out
  }

  /** Query-string changes: parameters are scalars (or arrays of them), written as strings. */
  private *paramChanges(
    params: FieldDef,
    valid: { [name: string]: string | string[] },
    from: string,
  ): Generator<Change> {
    for (const key of params.required ?? []) {
      if (key in valid && params.properties?.[key]?.default === undefined) {
        yield { what: 'the required parameter missing', path: [key], remove: true, expect: 'invalid' }
      }
    }
    for (const [key, prop] of Object.entries(params.properties ?? {})) {
      const item = prop.type === 'array' ? (prop.items as FieldDef) : prop
      const sample = String(this.minimal.valid(item, from))
      const wrap = (v: string): string | string[] => (prop.type === 'array' ? [v] : v)
      for (const change of scalarChanges(item, true)) {
        yield { ...change, path: [key], value: wrap(change.value as string) }
      }
      if (prop.type === 'array') {
        const max = prop.maxLength as number | undefined
        if (typeof max === 'number' && max < MAX_ARRAY_CASE) {
          yield { what: `${max} values, at maxLength`, path: [key], value: Array(max).fill(sample), expect: 'valid' }
          yield {
            what: `${max + 1} values, 1 over maxLength`,
            path: [key],
            value: Array(max + 1).fill(sample),
            expect: 'invalid',
          }
        }
      }
    }
  }

  /** Every change to `value` (valid for `def`) that breaks one constraint or sits at one limit. */
  private changes(def: FieldDef, value: Json, from: string, stack: readonly string[], depth: number): Change[] {
    if (depth > MAX_DEPTH) return []
    switch (def.type) {
      case 'ref': {
        const target = this.registry.resolve(def.ref as string, from)
        if (!target) return []
        const id = `${target.nsid}#${target.name}`
        if (stack.includes(id)) return []
        const inner = target.def as unknown as FieldDef
        return this.changes(
          inner.type === 'record' ? (inner.record as FieldDef) : inner,
          value,
          target.nsid,
          [...stack, id],
          depth,
        )
      }
      case 'string':
      case 'integer':
      case 'boolean':
        return scalarChanges(def, false)
      case 'bytes': {
        const out: Change[] = [{ what: 'not bytes', path: [], value: 'a string', expect: 'invalid' }]
        const max = def.maxLength as number | undefined
        if (typeof max === 'number' && max < MAX_STRING_CASE) {
          out.push({
            what: `${max + 1} bytes, 1 over maxLength`,
            path: [],
            value: { $bytes: base64(max + 1) },
            expect: 'invalid',
          })
        }
        const min = def.minLength as number | undefined
        if (typeof min === 'number' && min > 0) {
          out.push({
            what: `${min - 1} bytes, 1 under minLength`,
            path: [],
            value: { $bytes: base64(min - 1) },
            expect: 'invalid',
          })
        }
        return out
      }
      case 'cid-link':
        return [{ what: 'not a link', path: [], value: 'a string', expect: 'invalid' }]
      case 'unknown':
        return [{ what: 'not an object', path: [], value: 'a string', expect: 'invalid' }]
      case 'blob':
        return blobChanges(def, value)
      case 'array':
        return this.arrayChanges(def, value, from, stack, depth)
      case 'union':
        return this.unionChanges(def, value, from, stack, depth)
      case 'object':
        return this.objectChanges(def, value, from, stack, depth)
      default:
        return []
    }
  }

  private arrayChanges(def: FieldDef, value: Json, from: string, stack: readonly string[], depth: number): Change[] {
    const out: Change[] = [{ what: 'not an array', path: [], value: 'a string', expect: 'invalid' }]
    const items = def.items as FieldDef
    const list = Array.isArray(value) ? value : []
    const item = (list[0] ?? this.minimal.valid(items, from, stack)) as Json | undefined
    if (item === undefined) return out
    const max = def.maxLength as number | undefined
    if (typeof max === 'number' && max < MAX_ARRAY_CASE) {
      out.push({ what: `${max} items, at maxLength`, path: [], value: Array(max).fill(item), expect: 'valid' })
      out.push({
        what: `${max + 1} items, 1 over maxLength`,
        path: [],
        value: Array(max + 1).fill(item),
        expect: 'invalid',
      })
    }
    const min = def.minLength as number | undefined
    if (typeof min === 'number' && min > 0) {
      out.push({
        what: `${min - 1} items, 1 under minLength`,
        path: [],
        value: Array(min - 1).fill(item),
        expect: 'invalid',
      })
    }
    if (list.length > 0) {
      for (const c of this.changes(items, item, from, stack, depth + 1)) out.push(prefixed(c, ['0']))
    } else {
      // @NOTE an empty array is valid; an item broken inside it is tried in a one-item array
      const full = this.full.valid(items, from, stack) as Json | undefined
      if (full !== undefined) {
        for (const c of this.changes(items, full, from, stack, depth + 1)) {
          if (c.expect === 'invalid') out.push(within(c, ['0'], full, true))
        }
      }
    }
    return out
  }

  private unionChanges(def: FieldDef, value: Json, from: string, stack: readonly string[], depth: number): Change[] {
    const out: Change[] = [{ what: 'not an object', path: [], value: 'a string', expect: 'invalid' }]
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return out
    const other = { ...value, $type: 'com.example.conformance.notInTheUnion' }
    if (def.closed)
      out.push({ what: 'a $type the closed union does not list', path: [], value: other, expect: 'invalid' })
    else out.push({ what: 'an unlisted $type (the union is open)', path: [], value: other, expect: 'valid' })
    out.push({ what: 'without $type', path: ['$type'], remove: true, expect: 'invalid' })
    const ref = def.refs?.[0]
    if (!ref) return out
    for (const c of this.changes({ type: 'ref', ref }, value, from, stack, depth + 1)) {
      if (c.path[0] !== '$type') out.push(c)
    }
    return out
  }

  private objectChanges(def: FieldDef, value: Json, from: string, stack: readonly string[], depth: number): Change[] {
    const out: Change[] = [{ what: 'not an object', path: [], value: 'a string', expect: 'invalid' }]
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return out
    const nullable = def.nullable ?? []
    for (const key of def.required ?? []) {
      if (!(key in value) || def.properties?.[key]?.default !== undefined) continue
      out.push({ what: 'the required property missing', path: [key], remove: true, expect: 'invalid' })
      if (!nullable.includes(key)) out.push({ what: 'null, not nullable', path: [key], value: null, expect: 'invalid' })
    }
    for (const [key, prop] of Object.entries(def.properties ?? {})) {
      if (nullable.includes(key)) out.push({ what: 'null (nullable)', path: [key], value: null, expect: 'valid' })
      const present = value[key]
      if (present !== undefined) {
        for (const c of this.changes(prop, present, from, stack, depth + 1)) out.push(prefixed(c, [key]))
        continue
      }
      // @NOTE an optional property absent from the sample: broken inside its own full sample
      const full = this.full.valid(prop, from, stack) as Json | undefined
      if (full === undefined) continue
      for (const c of this.changes(prop, full, from, stack, depth + 1)) {
        if (c.expect === 'invalid') out.push(within(c, [key], full, false))
      }
    }
    return out
  }
}

/** A change of a part, seen from its parent. */
function prefixed(c: Change, at: string[]): Change {
  return {
    ...c,
    path: [...at, ...c.path],
    ...(c.fill ? { fill: { path: [...at, ...c.fill.path], value: c.fill.value } } : {}),
  }
}

/**
 * A change inside an absent part: the part (`full`, with any fill of its own applied) is first
 * put at `at`, or for an item of an empty array, the array becomes `[full]`.
 */
function within(c: Change, at: string[], full: Json, asItem: boolean): Change {
  // @NOTE a change of the whole part needs no fill: it replaces the part
  if (c.path.length === 0 && !asItem) return { ...c, path: at }
  const filled = c.fill ? setAt(full, c.fill.path, c.fill.value) : full
  const fill = asItem ? { path: [], value: [filled] } : { path: at, value: filled }
  return { ...c, path: [...at, ...c.path], fill }
}

/** A copy of `root` with the value at `path` replaced. */
export function setAt(root: Json, path: readonly string[], value: Json | undefined): Json {
  if (path.length === 0) return value as Json
  const copy = structuredClone(root) as { [key: string]: Json }
  let node = copy
  for (const key of path.slice(0, -1)) node = node[key] as { [key: string]: Json }
  const last = path[path.length - 1] as string
  if (value === undefined) delete node[last]
  else node[last] = value
  return copy
}

function toCase(c: Change, part: ConformanceCase['in'], fills: { [key: string]: Json }): ConformanceCase {
  const where = [part, ...c.path].join('/')
  const out: ConformanceCase = { name: `${where}: ${c.what}`, in: part, path: c.path, expect: c.expect }
  if (c.remove) out.remove = true
  else out.value = c.value as Json
  if (c.fill) {
    // @NOTE one key per distinct (path, value): cases share fills, and none overwrites another's
    const json = JSON.stringify(c.fill.value)
    const base = [part, ...c.fill.path].join('/')
    let n = 1
    while (fills[`${base}#${n}`] !== undefined && JSON.stringify(fills[`${base}#${n}`]) !== json) n++
    fills[`${base}#${n}`] = c.fill.value
    out.fill = `${base}#${n}`
  }
  if (c.beyond) out.beyondLexiconLibrary = true
  return out
}

function uniqueNames(cases: ConformanceCase[]): ConformanceCase[] {
  const seen = new Map<string, number>()
  const same = new Set<string>()
  // @NOTE a union and its first member both yield "not an object": the same request once
  const distinct = cases.filter((c) => {
    const key = JSON.stringify([c.in, c.path, c.value, c.remove, c.fill, c.expect])
    if (same.has(key)) return false
    same.add(key)
    return true
  })
  return distinct.map((c) => {
    const n = (seen.get(c.name) ?? 0) + 1
    seen.set(c.name, n)
    return n === 1 ? c : { ...c, name: `${c.name} (${n})` }
  })
}
