/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/actor/contentVisibilityDeclaration.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'app.bsky.actor.contentVisibilityDeclaration'

/**
 * A declaration of an account's preferences for appearing in content discovery surfaces.
 * Record key: literal:self
 */
export interface Record {
  $type: 'app.bsky.actor.contentVisibilityDeclaration'
  /** Whether the account requests that its posts be hidden from algorithmic recommendations. Consumers must treat a missing record as false. */
  hideFromAlgorithmicRecommendations: boolean
}

/** The record key type of this collection. */
export const RECORD_KEY = 'literal:self'

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRecord(v: unknown, p: string): Record {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.hideFromAlgorithmicRecommendations
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "hideFromAlgorithmicRecommendations"')
  } else {
    if (typeof x1 !== 'boolean') throw rt.invalid(p + '/hideFromAlgorithmicRecommendations must be a boolean')
  }
  return o as unknown as Record
}

/** Validates a record of this collection, including its `$type`. */
export function validateRecord(v: unknown): rt.ValidationResult<Record> {
  if (typeof v !== 'object' || v === null) return rt.failure('Record must be an object')
  const t = (v as { $type?: unknown }).$type
  if (typeof t !== 'string') return rt.failure('Record/$type must be a string')
  if (t !== 'app.bsky.actor.contentVisibilityDeclaration') return rt.failure(`Invalid $type: must be lex:app.bsky.actor.contentVisibilityDeclaration, got ${t}`)
  return rt.run(checkRecord, v, 'Record')
}

/** Whether a value says (by its `$type`) that it is a Record; it does not validate it. */
export function isRecord<V>(v: V): v is V & rt.Typed<Record, 'app.bsky.actor.contentVisibilityDeclaration'> {
  return rt.hasMainType(v, 'app.bsky.actor.contentVisibilityDeclaration')
}
