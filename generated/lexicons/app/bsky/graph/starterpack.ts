/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/graph/starterpack.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyRichtextFacet from '../richtext/facet.js'

export const id = 'app.bsky.graph.starterpack'

/**
 * Record defining a starter pack of actors and feeds for new users.
 * Record key: tid
 */
export interface Record {
  $type: 'app.bsky.graph.starterpack'
  /** Display name for starter pack; can not be empty. */
  name: string
  description?: string
  descriptionFacets?: AppBskyRichtextFacet.Main[]
  /** Reference (AT-URI) to the list record. */
  list: string
  feeds?: FeedItem[]
  createdAt: string
}

/** The record key type of this collection. */
export const RECORD_KEY = 'tid'

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRecord(v: unknown, p: string): Record {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.name
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "name"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/name must be a string')
    if (x1.length < 1 && (x1.length * 3 < 1 || rt.utf8Len(x1) < 1)) throw rt.invalid(p + '/name must not be shorter than 1 characters')
    if (x1.length * 3 > 500 && rt.utf8Len(x1) > 500) throw rt.invalid(p + '/name must not be longer than 500 characters')
    if (x1.length > 50 && rt.graphemeLen(x1) > 50) throw rt.invalid(p + '/name must not be longer than 50 graphemes')
  }
  const x2: unknown = o.description
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/description must be a string')
    if (x2.length * 3 > 3000 && rt.utf8Len(x2) > 3000) throw rt.invalid(p + '/description must not be longer than 3000 characters')
    if (x2.length > 300 && rt.graphemeLen(x2) > 300) throw rt.invalid(p + '/description must not be longer than 300 graphemes')
  }
  const x3: unknown = o.descriptionFacets
  if (x3 !== undefined) {
    if (!Array.isArray(x3)) throw rt.invalid(p + '/descriptionFacets must be an array')
    for (let i4 = 0; i4 < x3.length; i4++) {
      const e4: unknown = x3[i4]
      try {
        AppBskyRichtextFacet.checkMain(e4, '')
      } catch (err) {
        throw rt.within(err, p + '/descriptionFacets' + '/' + i4)
      }
    }
  }
  const x5: unknown = o.list
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "list"')
  } else {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/list must be a string')
    if (!rt.isAtUri(x5)) throw rt.invalid(p + '/list must be a valid at-uri')
  }
  const x6: unknown = o.feeds
  if (x6 !== undefined) {
    if (!Array.isArray(x6)) throw rt.invalid(p + '/feeds must be an array')
    if (x6.length > 3) throw rt.invalid(p + '/feeds must not have more than 3 elements')
    for (let i7 = 0; i7 < x6.length; i7++) {
      const e7: unknown = x6[i7]
      try {
        checkFeedItem(e7, '')
      } catch (err) {
        throw rt.within(err, p + '/feeds' + '/' + i7)
      }
    }
  }
  const x8: unknown = o.createdAt
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x8)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as Record
}

/** Validates a record of this collection, including its `$type`. */
export function validateRecord(v: unknown): rt.ValidationResult<Record> {
  if (typeof v !== 'object' || v === null) return rt.failure('Record must be an object')
  const t = (v as { $type?: unknown }).$type
  if (typeof t !== 'string') return rt.failure('Record/$type must be a string')
  if (t !== 'app.bsky.graph.starterpack') return rt.failure(`Invalid $type: must be lex:app.bsky.graph.starterpack, got ${t}`)
  return rt.run(checkRecord, v, 'Record')
}

/** Whether a value says (by its `$type`) that it is a Record; it does not validate it. */
export function isRecord<V>(v: V): v is V & rt.Typed<Record, 'app.bsky.graph.starterpack'> {
  return rt.hasMainType(v, 'app.bsky.graph.starterpack')
}

export interface FeedItem {
  $type?: 'app.bsky.graph.starterpack#feedItem'
  uri: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkFeedItem(v: unknown, p: string): FeedItem {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  return o as unknown as FeedItem
}

/** Validates a value as FeedItem; a failure says where, e.g. "Object/field must be a string". */
export function validateFeedItem(v: unknown): rt.ValidationResult<FeedItem> {
  return rt.run(checkFeedItem, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a FeedItem; it does not validate it. */
export function isFeedItem<V>(v: V): v is V & rt.Typed<FeedItem, 'app.bsky.graph.starterpack#feedItem'> {
  return rt.hasType(v, 'app.bsky.graph.starterpack#feedItem')
}
