/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/feed/postgate.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'app.bsky.feed.postgate'

/**
 * Record defining interaction rules for a post. The record key (rkey) of the postgate record must match the record key of the post, and that record must be in the same repository.
 * Record key: tid
 */
export interface Record {
  $type: 'app.bsky.feed.postgate'
  createdAt: string
  /** Reference (AT-URI) to the post record. */
  post: string
  /** List of AT-URIs embedding this post that the author has detached from. */
  detachedEmbeddingUris?: string[]
  /** List of rules defining who can embed this post. If value is an empty array or is undefined, no particular rules apply and anyone can embed. */
  embeddingRules?: (rt.Typed<DisableRule, 'app.bsky.feed.postgate#disableRule'> | rt.UnknownTyped)[]
}

/** The record key type of this collection. */
export const RECORD_KEY = 'tid'

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRecord(v: unknown, p: string): Record {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.createdAt
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x1)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x2: unknown = o.post
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "post"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/post must be a string')
    if (!rt.isAtUri(x2)) throw rt.invalid(p + '/post must be a valid at-uri')
  }
  const x3: unknown = o.detachedEmbeddingUris
  if (x3 !== undefined) {
    if (!Array.isArray(x3)) throw rt.invalid(p + '/detachedEmbeddingUris must be an array')
    if (x3.length > 50) throw rt.invalid(p + '/detachedEmbeddingUris must not have more than 50 elements')
    for (let i4 = 0; i4 < x3.length; i4++) {
      const e4: unknown = x3[i4]
      if (typeof e4 !== 'string') throw rt.invalid(p + '/detachedEmbeddingUris' + '/' + i4 + ' must be a string')
      if (!rt.isAtUri(e4)) throw rt.invalid(p + '/detachedEmbeddingUris' + '/' + i4 + ' must be a valid at-uri')
    }
  }
  const x5: unknown = o.embeddingRules
  if (x5 !== undefined) {
    if (!Array.isArray(x5)) throw rt.invalid(p + '/embeddingRules must be an array')
    if (x5.length > 5) throw rt.invalid(p + '/embeddingRules must not have more than 5 elements')
    for (let i6 = 0; i6 < x5.length; i6++) {
      const e6: unknown = x5[i6]
      if (typeof e6 !== 'object' || e6 === null || typeof (e6 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/embeddingRules' + '/' + i6 + ' must be an object which includes the "$type" property')
      const t7 = (e6 as { $type: string }).$type
      switch (t7) {
        case 'app.bsky.feed.postgate#disableRule':
          try {
            checkDisableRule(e6, '')
          } catch (err) {
            throw rt.within(err, p + '/embeddingRules' + '/' + i6)
          }
          break
        default:
          if (t7.charCodeAt(0) === 35 || t7.indexOf('#') !== t7.lastIndexOf('#')) throw rt.invalid(p + '/embeddingRules' + '/' + i6 + ' $type is not a valid type reference')
      }
    }
  }
  return o as unknown as Record
}

/** Validates a record of this collection, including its `$type`. */
export function validateRecord(v: unknown): rt.ValidationResult<Record> {
  if (typeof v !== 'object' || v === null) return rt.failure('Record must be an object')
  const t = (v as { $type?: unknown }).$type
  if (typeof t !== 'string') return rt.failure('Record/$type must be a string')
  if (t !== 'app.bsky.feed.postgate') return rt.failure(`Invalid $type: must be lex:app.bsky.feed.postgate, got ${t}`)
  return rt.run(checkRecord, v, 'Record')
}

/** Whether a value says (by its `$type`) that it is a Record; it does not validate it. */
export function isRecord<V>(v: V): v is V & rt.Typed<Record, 'app.bsky.feed.postgate'> {
  return rt.hasMainType(v, 'app.bsky.feed.postgate')
}

/** Disables embedding of this post. */
export interface DisableRule {
  $type?: 'app.bsky.feed.postgate#disableRule'
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkDisableRule(v: unknown, p: string): DisableRule {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  return o as unknown as DisableRule
}

/** Validates a value as DisableRule; a failure says where, e.g. "Object/field must be a string". */
export function validateDisableRule(v: unknown): rt.ValidationResult<DisableRule> {
  return rt.run(checkDisableRule, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a DisableRule; it does not validate it. */
export function isDisableRule<V>(v: V): v is V & rt.Typed<DisableRule, 'app.bsky.feed.postgate#disableRule'> {
  return rt.hasType(v, 'app.bsky.feed.postgate#disableRule')
}
