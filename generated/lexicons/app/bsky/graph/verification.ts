/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/graph/verification.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'app.bsky.graph.verification'

/**
 * Record declaring a verification relationship between two accounts. Verifications are only considered valid by an app if issued by an account the app considers trusted.
 * Record key: tid
 */
export interface Record {
  $type: 'app.bsky.graph.verification'
  /** DID of the subject the verification applies to. */
  subject: string
  /** Handle of the subject the verification applies to at the moment of verifying, which might not be the same at the time of viewing. The verification is only valid if the current handle matches the one at the time of verifying. */
  handle: string
  /** Display name of the subject the verification applies to at the moment of verifying, which might not be the same at the time of viewing. The verification is only valid if the current displayName matches the one at the time of verifying. */
  displayName: string
  /** Date of when the verification was created. */
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
  const x2: unknown = o.handle
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "handle"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/handle must be a string')
    if (!rt.isHandle(x2)) throw rt.invalid(p + '/handle must be a valid handle')
  }
  const x3: unknown = o.displayName
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "displayName"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/displayName must be a string')
  }
  const x4: unknown = o.createdAt
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as Record
}

/** Validates a record of this collection, including its `$type`. */
export function validateRecord(v: unknown): rt.ValidationResult<Record> {
  if (typeof v !== 'object' || v === null) return rt.failure('Record must be an object')
  const t = (v as { $type?: unknown }).$type
  if (typeof t !== 'string') return rt.failure('Record/$type must be a string')
  if (t !== 'app.bsky.graph.verification') return rt.failure(`Invalid $type: must be lex:app.bsky.graph.verification, got ${t}`)
  return rt.run(checkRecord, v, 'Record')
}

/** Whether a value says (by its `$type`) that it is a Record; it does not validate it. */
export function isRecord<V>(v: V): v is V & rt.Typed<Record, 'app.bsky.graph.verification'> {
  return rt.hasMainType(v, 'app.bsky.graph.verification')
}
