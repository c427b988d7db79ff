/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/notification/declaration.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'app.bsky.notification.declaration'

/**
 * A declaration of the user's choices related to notifications that can be produced by them.
 * Record key: literal:self
 */
export interface Record {
  $type: 'app.bsky.notification.declaration'
  /** A declaration of the user's preference for allowing activity subscriptions from other users. Absence of a record implies 'followers'. */
  allowSubscriptions: 'followers' | 'mutuals' | 'none' | (string & {})
}

/** The record key type of this collection. */
export const RECORD_KEY = 'literal:self'

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRecord(v: unknown, p: string): Record {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.allowSubscriptions
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "allowSubscriptions"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/allowSubscriptions must be a string')
  }
  return o as unknown as Record
}

/** Validates a record of this collection, including its `$type`. */
export function validateRecord(v: unknown): rt.ValidationResult<Record> {
  if (typeof v !== 'object' || v === null) return rt.failure('Record must be an object')
  const t = (v as { $type?: unknown }).$type
  if (typeof t !== 'string') return rt.failure('Record/$type must be a string')
  if (t !== 'app.bsky.notification.declaration') return rt.failure(`Invalid $type: must be lex:app.bsky.notification.declaration, got ${t}`)
  return rt.run(checkRecord, v, 'Record')
}

/** Whether a value says (by its `$type`) that it is a Record; it does not validate it. */
export function isRecord<V>(v: V): v is V & rt.Typed<Record, 'app.bsky.notification.declaration'> {
  return rt.hasMainType(v, 'app.bsky.notification.declaration')
}
