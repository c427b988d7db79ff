/**
 * @module
 * The changes to one scalar value (string, integer, boolean, bytes, blob) that break one
 * constraint or sit at one limit, and `text()`, which builds strings of an exact length in
 * UTF-8 bytes and in graphemes.
 * @see https://atproto.com/specs/lexicon#string
 */
import type { Json } from './conformance.js'
import type { FieldDef } from './emit/type.js'
import { BAD_FORMAT_SAMPLE } from './samples.js'

/** A change found by walking a schema, relative to the value walked. */
export interface Change {
  what: string
  path: string[]
  value?: Json
  remove?: true
  fill?: { path: string[]; value: Json }
  expect: 'valid' | 'invalid'
  beyond?: true
}

// @NOTE larger values would overflow the usual 150 KiB JSON body limit before the schema's limit
export const MAX_STRING_CASE = 60_000
export const MAX_ARRAY_CASE = 250

/**
 * A string of exactly `bytes` UTF-8 bytes and `graphemes` grapheme clusters (bytes >= graphemes):
 * ASCII letters, then one cluster that takes the remaining bytes with combining accents.
 *
 * @example
 * text(8, 2) // 'a' + 'a' + 3 × U+0301 (1 + 1 + 6 bytes; the accents join the second 'a')
 */
export function text(bytes: number, graphemes: number): string {
  if (graphemes <= 0 || bytes <= 0) return ''
  const rest = bytes - (graphemes - 1)
  const base = rest % 2 === 1 ? 'a' : '\u00e9'
  const marks = (rest - (rest % 2 === 1 ? 1 : 2)) / 2
  return 'a'.repeat(graphemes - 1) + base + '\u0301'.repeat(marks)
}

/** Changes to a scalar (string, integer, boolean) at one place; `query` writes numbers as strings. */
export function scalarChanges(def: FieldDef, query: boolean): Change[] {
  const out: Change[] = []
  const q = (v: Json): Json => (query && typeof v === 'number' ? String(v) : v)
  if (def.type === 'integer') {
    out.push({ what: 'not an integer', path: [], value: query ? 'not-a-number' : 'a string', expect: 'invalid' })
    if (!query) out.push({ what: 'a fraction', path: [], value: 1.5, expect: 'invalid' })
    if (typeof def.const === 'number') {
      out.push({ what: 'not the const', path: [], value: q(def.const + 1), expect: 'invalid' })
      return out
    }
    if (def.enum?.length) {
      const outside = Math.max(...(def.enum as number[])) + 1
      out.push({ what: 'a value outside the enum', path: [], value: q(outside), expect: 'invalid' })
      return out
    }
    const { minimum: min, maximum: max } = def as { minimum?: number; maximum?: number }
    if (typeof min === 'number') {
      out.push({ what: `${min}, at the minimum`, path: [], value: q(min), expect: 'valid' })
      out.push({ what: `${min - 1}, 1 under the minimum`, path: [], value: q(min - 1), expect: 'invalid' })
    }
    if (typeof max === 'number') {
      out.push({ what: `${max}, at the maximum`, path: [], value: q(max), expect: 'valid' })
      out.push({ what: `${max + 1}, 1 over the maximum`, path: [], value: q(max + 1), expect: 'invalid' })
    }
    return out
  }
  if (def.type === 'boolean') {
    out.push({ what: 'not a boolean', path: [], value: query ? 'maybe' : 'a string', expect: 'invalid' })
    if (typeof def.const === 'boolean')
      out.push({ what: 'not the const', path: [], value: q(!def.const), expect: 'invalid' })
    return out
  }
  if (def.type !== 'string') return out
  if (!query) out.push({ what: 'not a string', path: [], value: 12345, expect: 'invalid' })
  if (typeof def.const === 'string')
    return [...out, { what: 'not the const', path: [], value: `${def.const}x`, expect: 'invalid' }]
  if (def.enum?.length)
    return [...out, { what: 'a value outside the enum', path: [], value: 'not-one-of-them', expect: 'invalid' }]
  if (typeof def.format === 'string') {
    return [...out, { what: `not a valid ${def.format}`, path: [], value: BAD_FORMAT_SAMPLE, expect: 'invalid' }]
  }
  const minLength = (def.minLength as number | undefined) ?? 0
  const maxLength = def.maxLength as number | undefined
  const minGraphemes = (def.minGraphemes as number | undefined) ?? 0
  const maxGraphemes = def.maxGraphemes as number | undefined
  if (def.knownValues?.length) {
    const other = 'conformance-unknown-value'
    const fits = (maxLength ?? Infinity) >= other.length && (maxGraphemes ?? Infinity) >= other.length
    if (fits && other.length >= Math.max(minLength, minGraphemes)) {
      out.push({ what: 'a value not among the knownValues (they are open)', path: [], value: other, expect: 'valid' })
    }
    return out
  }
  const graphemesFor = (bytes: number) =>
    Math.max(Math.min(bytes, maxGraphemes ?? bytes), Math.min(minGraphemes, bytes))
  if (typeof maxLength === 'number' && maxLength < MAX_STRING_CASE) {
    const g = graphemesFor(maxLength)
    if (g >= minGraphemes) {
      out.push({ what: `${maxLength} bytes, at maxLength`, path: [], value: text(maxLength, g), expect: 'valid' })
    }
    const over = graphemesFor(maxLength + 1)
    if (over >= minGraphemes && over <= (maxGraphemes ?? Infinity)) {
      out.push({
        what: `${maxLength + 1} bytes, 1 over maxLength`,
        path: [],
        value: text(maxLength + 1, over),
        expect: 'invalid',
      })
    }
  }
  if (typeof maxGraphemes === 'number' && maxGraphemes < MAX_STRING_CASE) {
    const bytes = Math.max(maxGraphemes, minLength)
    if (bytes <= (maxLength ?? Infinity)) {
      out.push({
        what: `${maxGraphemes} graphemes, at maxGraphemes`,
        path: [],
        value: text(bytes, maxGraphemes),
        expect: 'valid',
      })
    }
    const overBytes = Math.max(maxGraphemes + 1, minLength)
    if (overBytes <= (maxLength ?? Infinity)) {
      out.push({
        what: `${maxGraphemes + 1} graphemes, 1 over maxGraphemes`,
        path: [],
        value: text(overBytes, maxGraphemes + 1),
        expect: 'invalid',
      })
    }
  }
  if (minLength > 0) {
    out.push({
      what: `${minLength - 1} bytes, 1 under minLength`,
      path: [],
      value: text(minLength - 1, Math.min(minLength - 1, Math.max(minGraphemes, 1))),
      expect: 'invalid',
    })
  }
  if (minGraphemes > 0) {
    const bytes = Math.max(minGraphemes - 1, minLength)
    out.push({
      what: `${minGraphemes - 1} graphemes, 1 under minGraphemes`,
      path: [],
      value: text(bytes, minGraphemes - 1),
      expect: 'invalid',
    })
  }
  return out
}

/** Changes to a blob: wrong type, a type `accept` does not list, one byte over `maxSize`. */
export function blobChanges(def: FieldDef, value: Json): Change[] {
  const out: Change[] = [{ what: 'not a blob', path: [], value: 'a string', expect: 'invalid' }]
  const blob = value as { [key: string]: Json }
  const accept = def.accept as string[] | undefined
  if (accept?.length && !accept.includes('*/*')) {
    const type = accept.some((a) => a.startsWith('application/')) ? 'text/x-conformance' : 'application/x-conformance'
    out.push({
      what: `a blob of type ${type}, not accepted`,
      path: [],
      value: { ...blob, mimeType: type },
      expect: 'invalid',
      beyond: true,
    })
  }
  const maxSize = def.maxSize as number | undefined
  if (typeof maxSize === 'number') {
    out.push({
      what: `a blob of ${maxSize + 1} bytes, 1 over maxSize`,
      path: [],
      value: { ...blob, size: maxSize + 1 },
      expect: 'invalid',
      beyond: true,
    })
  }
  return out
}

/** `bytes` bytes as unpadded base64, the atproto JSON form of bytes. */
export function base64(bytes: number): string {
  return Buffer.alloc(bytes, 7).toString('base64').replace(/=+$/, '')
}
