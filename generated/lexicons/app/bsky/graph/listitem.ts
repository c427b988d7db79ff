/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/graph/listitem.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'app.bsky.graph.listitem'

/**
 * Record representing an account's inclusion on a specific list. The AppView will ignore duplicate listitem records.
 * Record key: tid
 */
export interface Record {
  $type: 'app.bsky.graph.listitem'
  /** The account which is included on the list. */
  subject: string
  /** Reference (AT-URI) to the list record (app.bsky.graph.list). */
  list: string
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
  const x2: unknown = o.list
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "list"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/list must be a string')
    if (!rt.isAtUri(x2)) throw rt.invalid(p + '/list must be a valid at-uri')
  }
  const x3: unknown = o.createdAt
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x3)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as Record
}

/** Validates a record of this collection, including its `$type`. */
export function validateRecord(v: unknown): rt.ValidationResult<Record> {
  if (typeof v !== 'object' || v === null) return rt.failure('Record must be an object')
  const t = (v as { $type?: unknown }).$type
  if (typeof t !== 'string') return rt.failure('Record/$type must be a string')
  if (t !== 'app.bsky.graph.listitem') return rt.failure(`Invalid $type: must be lex:app.bsky.graph.listitem, got ${t}`)
  return rt.run(checkRecord, v, 'Record')
}

/** Whether a value says (by its `$type`) that it is a Record; it does not validate it. */
export function isRecord<V>(v: V): v is V & rt.Typed<Record, 'app.bsky.graph.listitem'> {
  return rt.hasMainType(v, 'app.bsky.graph.listitem')
}
