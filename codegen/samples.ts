/**
 * @module
 * Sample values synthesised from a schema, in atproto JSON form: one valid value, and
 * variants each broken in one way. The contract tests are built from them.
 */
import type { FieldDef } from './emit/type.js'
import type { Registry } from './load.js'

/** A CID (dag-cbor, sha-256) used wherever a sample needs a CID. */
export const SAMPLE_CID = 'bafyreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflorx4'
/** A CID of raw bytes, for blob samples. */
export const SAMPLE_RAW_CID = 'bafkreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflorx4'

/** The sample value of each string format. */
export const FORMAT_SAMPLES: { readonly [format: string]: string } = {
  datetime: '2024-01-02T03:04:05.678Z',
  uri: 'https://example.com/path',
  'at-uri': 'at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a',
  did: 'did:plc:abcdefghijklmnopqrstuvwx',
  handle: 'alice.example.com',
  'at-identifier': 'alice.example.com',
  nsid: 'com.example.record',
  cid: SAMPLE_CID,
  language: 'en',
  tid: '3jzfcijpj2z2a',
  'record-key': 'self',
}

/** Values that no format accepts. */
export const BAD_FORMAT_SAMPLE = 'not valid!'

/** Builds samples against one registry. */
export class Sampler {
  /**
   * @param full also fill in optional properties (to a limited depth) and give arrays
   *   an item, for tests that want to reach every part of a schema
   */
  constructor(
    private readonly registry: Registry,
    private readonly full = false,
  ) {}

  /** A valid value of `def` (required properties only), or undefined when none can be made. */
  valid(def: FieldDef, from: string, stack: readonly string[] = []): unknown {
    switch (def.type) {
      case 'string':
        return this.string(def)
      case 'integer': {
        if (typeof def.const === 'number') return def.const
        if (def.enum?.length) return def.enum[0]
        if (typeof def.default === 'number') return def.default
        const min = typeof def.minimum === 'number' ? def.minimum : 0
        const max = typeof def.maximum === 'number' ? def.maximum : min
        return Math.min(Math.max(min, 1), max)
      }
      case 'boolean':
        return typeof def.const === 'boolean' ? def.const : true
      case 'bytes':
        return {
          $bytes: Buffer.alloc(typeof def.minLength === 'number' ? def.minLength : 1, 7)
            .toString('base64')
            .replace(/=+$/, ''),
        }
      case 'cid-link':
        return { $link: SAMPLE_CID }
      case 'blob': {
        const accept = (def.accept as string[] | undefined)?.[0] ?? 'application/octet-stream'
        return {
          $type: 'blob',
          ref: { $link: SAMPLE_RAW_CID },
          mimeType: accept.replace('*/*', 'application/octet-stream').replace('/*', '/png'),
          size: 1,
        }
      }
      case 'unknown':
        return {}
      case 'array': {
        const count = typeof def.minLength === 'number' ? def.minLength : this.full && stack.length < 4 ? 1 : 0
        const item = count > 0 ? this.valid(def.items as FieldDef, from, stack) : undefined
        return Array.from({ length: count }, () => item)
      }
      case 'ref':
        return this.ref(def.ref as string, from, stack, false)
      case 'union':
        return def.refs?.[0] ? this.ref(def.refs[0], from, stack, true) : {}
      case 'object':
      case 'params':
        return this.object(def, from, stack)
      case 'record':
        return this.object(def.record as FieldDef, from, stack)
      default:
        return undefined
    }
  }

  /** Variants of an object's valid sample, each with one required property missing or one property of the wrong type. */
  invalidObjects(def: FieldDef, from: string): [string, unknown][] {
    const valid = this.object(def, from, []) as { [key: string]: unknown }
    const out: [string, unknown][] = []
    for (const key of def.required ?? []) {
      // @NOTE a required property with a default is filled in, so leaving it out is fine
      if (def.properties?.[key]?.default !== undefined) continue
      const { [key]: _, ...rest } = valid
      out.push([`without the required "${key}"`, rest])
    }
    for (const [key, prop] of Object.entries(def.properties ?? {})) {
      if (prop.type === 'unknown' && (def.nullable ?? []).includes(key)) continue
      const wrong = this.typeOf(prop, from) === 'string' ? 12345 : 'a string where it does not belong'
      out.push([`with "${key}" of the wrong type`, { ...valid, [key]: wrong }])
    }
    return out
  }

  /** The type of a field, seen through references. */
  private typeOf(def: FieldDef, from: string): string {
    if (def.type !== 'ref') return def.type
    return this.registry.resolve(def.ref as string, from)?.def.type ?? 'ref'
  }

  private string(def: FieldDef): string {
    if (typeof def.const === 'string') return def.const
    if (def.enum?.length) return String(def.enum[0])
    if (typeof def.default === 'string') return def.default
    if (typeof def.format === 'string' && FORMAT_SAMPLES[def.format]) return FORMAT_SAMPLES[def.format] as string
    if (def.knownValues?.length) return def.knownValues[0] as string
    const min = Math.max((def.minLength as number) ?? 0, (def.minGraphemes as number) ?? 0, 1)
    return 'a'.repeat(min)
  }

  private ref(ref: string, from: string, stack: readonly string[], typed: boolean): unknown {
    const target = this.registry.resolve(ref, from)
    if (!target) return undefined
    const id = target.name === 'main' ? target.nsid : `${target.nsid}#${target.name}`
    if (stack.includes(id)) return undefined
    const value = this.valid(target.def as unknown as FieldDef, target.nsid, [...stack, id])
    if (typed && value && typeof value === 'object' && !Array.isArray(value)) return { $type: id, ...value }
    return value
  }

  private object(def: FieldDef, from: string, stack: readonly string[]): unknown {
    const out: { [key: string]: unknown } = {}
    const keys = this.full && stack.length < 4 ? Object.keys(def.properties ?? {}) : (def.required ?? [])
    for (const key of keys) {
      const prop = def.properties?.[key]
      if (!prop) continue
      const value = this.valid(prop, from, stack)
      if (value !== undefined) out[key] = value
    }
    return out
  }
}

/** A query-string sample: every required parameter, as strings. */
export function paramSample(
  sampler: Sampler,
  params: FieldDef | undefined,
  from: string,
): { [name: string]: string | string[] } {
  const out: { [name: string]: string | string[] } = {}
  for (const key of params?.required ?? []) {
    const prop = params?.properties?.[key]
    if (!prop) continue
    const value = sampler.valid(
      prop.type === 'array' ? { ...prop, minLength: Math.max(1, (prop.minLength as number) ?? 1) } : prop,
      from,
    )
    out[key] = Array.isArray(value) ? value.map(String) : String(value)
  }
  return out
}

/** Query strings each broken in one way: a required parameter missing, or a value its type or format rejects. */
export function invalidParamSamples(
  sampler: Sampler,
  params: FieldDef | undefined,
  from: string,
): [string, { [name: string]: string | string[] }][] {
  const valid = paramSample(sampler, params, from)
  const out: [string, { [name: string]: string | string[] }][] = []
  for (const key of params?.required ?? []) {
    const { [key]: _, ...rest } = valid
    out.push([`without the required "${key}"`, rest])
  }
  for (const [key, prop] of Object.entries(params?.properties ?? {})) {
    const item = prop.type === 'array' ? (prop.items as FieldDef) : prop
    let bad: string | undefined
    if (item.type === 'integer') bad = 'not-a-number'
    else if (item.type === 'boolean') bad = 'maybe'
    else if (item.type === 'string' && typeof item.format === 'string') bad = BAD_FORMAT_SAMPLE
    else if (item.type === 'string' && (item.enum?.length || typeof item.const === 'string')) bad = 'not-one-of-them'
    if (bad !== undefined) out.push([`with "${key}" of the wrong type or format`, { ...valid, [key]: bad }])
  }
  return out
}
