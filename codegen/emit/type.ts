/**
 * @module
 * TypeScript type expressions for Lexicon field types, one function per construct.
 * Generated code never names TypeScript's builtin `Record` (a Lexicon may define a
 * type of that name), so maps are written as index signatures.
 * @see https://atproto.com/specs/lexicon#field-type-definitions
 */

import { lit, propKey } from '../names.js'
import { jsDoc } from '../ts.js'
import type { DocContext } from './context.js'

/** The subset of a Lexicon field definition the type emitters read. */
export interface FieldDef {
  type: string
  description?: string
  const?: unknown
  enum?: readonly unknown[]
  knownValues?: readonly string[]
  default?: unknown
  items?: FieldDef
  ref?: string
  refs?: readonly string[]
  closed?: boolean
  properties?: { [key: string]: FieldDef }
  required?: readonly string[]
  nullable?: readonly string[]
  format?: string
  [key: string]: unknown
}

/** @see https://atproto.com/specs/lexicon#string */
export function emitStringType(def: FieldDef): string {
  if (typeof def.const === 'string') return lit(def.const)
  if (def.enum && def.enum.length > 0) return def.enum.map((v) => lit(String(v))).join(' | ')
  if (def.knownValues && def.knownValues.length > 0) {
    return `${def.knownValues.map((v) => lit(v)).join(' | ')} | (string & {})`
  }
  return 'string'
}

/** @see https://atproto.com/specs/lexicon#integer */
export function emitIntegerType(def: FieldDef): string {
  if (typeof def.const === 'number') return String(def.const)
  if (def.enum && def.enum.length > 0) return def.enum.map(String).join(' | ')
  return 'number'
}

/** @see https://atproto.com/specs/lexicon#boolean */
export function emitBooleanType(def: FieldDef): string {
  return typeof def.const === 'boolean' ? String(def.const) : 'boolean'
}

/** @see https://atproto.com/specs/lexicon#union */
export function emitUnionType(def: FieldDef, ctx: DocContext): string {
  const members = (def.refs ?? []).map((r) => {
    const target = ctx.ref(r)
    return `rt.Typed<${target.type}, ${lit(target.typeId)}>`
  })
  if (!def.closed) members.push('rt.UnknownTyped')
  return members.length === 0 ? 'never' : members.join(' | ')
}

/** @see https://atproto.com/specs/lexicon#object */
export function emitObjectBody(def: FieldDef, ctx: DocContext, typeId?: string, defaultsFilled = false): string {
  const required = new Set(def.required ?? [])
  const nullable = new Set(def.nullable ?? [])
  const lines: string[] = []
  if (typeId) lines.push(`$type?: ${lit(typeId)}`)
  for (const [key, prop] of Object.entries(def.properties ?? {})) {
    // @NOTE validation fills in defaults, so a validated value always has those properties
    const optional = !required.has(key) && !(defaultsFilled && prop.default !== undefined)
    const type = emitType(prop, ctx)
    const withNull = nullable.has(key) ? `${wrap(type)} | null` : type
    lines.push(`${jsDoc(prop.description)}${propKey(key)}${optional ? '?' : ''}: ${withNull}`)
  }
  if (lines.length === 0) return '{}'
  return `{\n${lines.map((l) => l.replace(/^/gm, '  ')).join('\n')}\n}`
}

/** The type of any field definition. */
export function emitType(def: FieldDef, ctx: DocContext): string {
  switch (def.type) {
    case 'string':
      return emitStringType(def)
    case 'integer':
      return emitIntegerType(def)
    case 'boolean':
      return emitBooleanType(def)
    case 'bytes':
      return 'Uint8Array'
    case 'cid-link':
      return 'rt.CID'
    case 'blob':
      return 'rt.BlobRef'
    case 'unknown':
      return '{ [key: string]: unknown }'
    case 'array':
      return `${wrap(emitType(def.items as FieldDef, ctx))}[]`
    case 'ref':
      return ctx.ref(def.ref as string).type
    case 'union':
      return emitUnionType(def, ctx)
    case 'object':
      return emitObjectBody(def, ctx)
    default:
      return 'unknown'
  }
}

function wrap(type: string): string {
  return /^[\w.$<>, ']+$/.test(type) && !type.includes(' | ') ? type : `(${type})`
}
