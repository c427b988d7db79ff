/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/graph/list.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoLabelDefs from '../../../com/atproto/label/defs.js'
import * as AppBskyRichtextFacet from '../richtext/facet.js'
import * as AppBskyGraphDefs from './defs.js'

export const id = 'app.bsky.graph.list'

/**
 * Record representing a list of accounts (actors). Scope includes both moderation-oriented lists and curration-oriented lists.
 * Record key: tid
 */
export interface Record {
  $type: 'app.bsky.graph.list'
  /** Defines the purpose of the list (aka, moderation-oriented or curration-oriented) */
  purpose: AppBskyGraphDefs.ListPurpose
  /** Display name for list; can not be empty. */
  name: string
  description?: string
  descriptionFacets?: AppBskyRichtextFacet.Main[]
  avatar?: rt.BlobRef
  labels?: rt.Typed<ComAtprotoLabelDefs.SelfLabels, 'com.atproto.label.defs#selfLabels'> | rt.UnknownTyped
  createdAt: string
}

/** The record key type of this collection. */
export const RECORD_KEY = 'tid'

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRecord(v: unknown, p: string): Record {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.purpose
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "purpose"')
  } else {
    try {
      AppBskyGraphDefs.checkListPurpose(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/purpose')
    }
  }
  const x2: unknown = o.name
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "name"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/name must be a string')
    if (x2.length < 1 && (x2.length * 3 < 1 || rt.utf8Len(x2) < 1)) throw rt.invalid(p + '/name must not be shorter than 1 characters')
    if (x2.length * 3 > 64 && rt.utf8Len(x2) > 64) throw rt.invalid(p + '/name must not be longer than 64 characters')
  }
  const x3: unknown = o.description
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/description must be a string')
    if (x3.length * 3 > 3000 && rt.utf8Len(x3) > 3000) throw rt.invalid(p + '/description must not be longer than 3000 characters')
    if (x3.length > 300 && rt.graphemeLen(x3) > 300) throw rt.invalid(p + '/description must not be longer than 300 graphemes')
  }
  const x4: unknown = o.descriptionFacets
  if (x4 !== undefined) {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/descriptionFacets must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      try {
        AppBskyRichtextFacet.checkMain(e5, '')
      } catch (err) {
        throw rt.within(err, p + '/descriptionFacets' + '/' + i5)
      }
    }
  }
  const x6: unknown = o.avatar
  if (x6 !== undefined) {
    if (!rt.isBlob(x6)) throw rt.invalid(p + '/avatar should be a blob ref')
    {
      const m = rt.blobMimeType(x6)
      if (!(m === 'image/png' || m === 'image/jpeg')) throw rt.invalid(p + '/avatar mime type must be one of image/png, image/jpeg')
    }
    if ((rt.blobSize(x6) ?? 0) > 1000000) throw rt.invalid(p + '/avatar must not be larger than 1000000 bytes')
  }
  const x7: unknown = o.labels
  if (x7 !== undefined) {
    if (typeof x7 !== 'object' || x7 === null || typeof (x7 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/labels must be an object which includes the "$type" property')
    const t8 = (x7 as { $type: string }).$type
    switch (t8) {
      case 'com.atproto.label.defs#selfLabels':
        try {
          ComAtprotoLabelDefs.checkSelfLabels(x7, '')
        } catch (err) {
          throw rt.within(err, p + '/labels')
        }
        break
      default:
        if (t8.charCodeAt(0) === 35 || t8.indexOf('#') !== t8.lastIndexOf('#')) throw rt.invalid(p + '/labels $type is not a valid type reference')
    }
  }
  const x9: unknown = o.createdAt
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x9)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as Record
}

/** Validates a record of this collection, including its `$type`. */
export function validateRecord(v: unknown): rt.ValidationResult<Record> {
  if (typeof v !== 'object' || v === null) return rt.failure('Record must be an object')
  const t = (v as { $type?: unknown }).$type
  if (typeof t !== 'string') return rt.failure('Record/$type must be a string')
  if (t !== 'app.bsky.graph.list') return rt.failure(`Invalid $type: must be lex:app.bsky.graph.list, got ${t}`)
  return rt.run(checkRecord, v, 'Record')
}

/** Whether a value says (by its `$type`) that it is a Record; it does not validate it. */
export function isRecord<V>(v: V): v is V & rt.Typed<Record, 'app.bsky.graph.list'> {
  return rt.hasMainType(v, 'app.bsky.graph.list')
}
