/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/actor/declaration.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'chat.bsky.actor.declaration'

/**
 * A declaration of a Bluesky chat account.
 * Record key: literal:self
 */
export interface Record {
  $type: 'chat.bsky.actor.declaration'
  allowIncoming: 'all' | 'none' | 'following' | (string & {})
  /** Declaration about group chat invitation preferences for the record owner. */
  allowGroupInvites?: 'all' | 'none' | 'following' | (string & {})
}

/** The record key type of this collection. */
export const RECORD_KEY = 'literal:self'

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRecord(v: unknown, p: string): Record {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.allowIncoming
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "allowIncoming"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/allowIncoming must be a string')
  }
  const x2: unknown = o.allowGroupInvites
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/allowGroupInvites must be a string')
  }
  return o as unknown as Record
}

/** Validates a record of this collection, including its `$type`. */
export function validateRecord(v: unknown): rt.ValidationResult<Record> {
  if (typeof v !== 'object' || v === null) return rt.failure('Record must be an object')
  const t = (v as { $type?: unknown }).$type
  if (typeof t !== 'string') return rt.failure('Record/$type must be a string')
  if (t !== 'chat.bsky.actor.declaration') return rt.failure(`Invalid $type: must be lex:chat.bsky.actor.declaration, got ${t}`)
  return rt.run(checkRecord, v, 'Record')
}

/** Whether a value says (by its `$type`) that it is a Record; it does not validate it. */
export function isRecord<V>(v: V): v is V & rt.Typed<Record, 'chat.bsky.actor.declaration'> {
  return rt.hasMainType(v, 'chat.bsky.actor.declaration')
}
