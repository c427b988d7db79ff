/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/lexicon/schema.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'com.atproto.lexicon.schema'

/**
 * Representation of Lexicon schemas themselves, when published as atproto records. Note that the schema language is not defined in Lexicon; this meta schema currently only includes a single version field ('lexicon'). See the atproto specifications for description of the other expected top-level fields ('id', 'defs', etc).
 * Record key: nsid
 */
export interface Record {
  $type: 'com.atproto.lexicon.schema'
  /** Indicates the 'version' of the Lexicon language. Must be '1' for the current atproto/Lexicon schema system. */
  lexicon: number
}

/** The record key type of this collection. */
export const RECORD_KEY = 'nsid'

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRecord(v: unknown, p: string): Record {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.lexicon
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "lexicon"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/lexicon must be an integer')
  }
  return o as unknown as Record
}

/** Validates a record of this collection, including its `$type`. */
export function validateRecord(v: unknown): rt.ValidationResult<Record> {
  if (typeof v !== 'object' || v === null) return rt.failure('Record must be an object')
  const t = (v as { $type?: unknown }).$type
  if (typeof t !== 'string') return rt.failure('Record/$type must be a string')
  if (t !== 'com.atproto.lexicon.schema') return rt.failure(`Invalid $type: must be lex:com.atproto.lexicon.schema, got ${t}`)
  return rt.run(checkRecord, v, 'Record')
}

/** Whether a value says (by its `$type`) that it is a Record; it does not validate it. */
export function isRecord<V>(v: V): v is V & rt.Typed<Record, 'com.atproto.lexicon.schema'> {
  return rt.hasMainType(v, 'com.atproto.lexicon.schema')
}
