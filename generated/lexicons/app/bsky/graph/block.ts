/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/graph/block.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'app.bsky.graph.block'

/**
 * Record declaring a 'block' relationship against another account. NOTE: blocks are public in Bluesky; see blog posts for details.
 * Record key: tid
 */
export interface Record {
  $type: 'app.bsky.graph.block'
  /** DID of the account to be blocked. */
  subject: string
  createdAt: string
}

/** The record key type of this collection. */
export const RECORD_KEY = 'tid'

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRecord(v: unknown, p: string): Record {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.subject
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "subject"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/subject must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/subject must be a valid did')
  }
  const x2: unknown = o.createdAt
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x2)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as Record
}

/** Validates a record of this collection, including its `$type`. */
export function validateRecord(v: unknown): rt.ValidationResult<Record> {
  if (typeof v !== 'object' || v === null) return rt.failure('Record must be an object')
  const t = (v as { $type?: unknown }).$type
  if (typeof t !== 'string') return rt.failure('Record/$type must be a string')
  if (t !== 'app.bsky.graph.block') return rt.failure(`Invalid $type: must be lex:app.bsky.graph.block, got ${t}`)
  return rt.run(checkRecord, v, 'Record')
}

/** Whether a value says (by its `$type`) that it is a Record; it does not validate it. */
export function isRecord<V>(v: V): v is V & rt.Typed<Record, 'app.bsky.graph.block'> {
  return rt.hasMainType(v, 'app.bsky.graph.block')
}
