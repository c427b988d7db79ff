/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/feed/generator.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoLabelDefs from '../../../com/atproto/label/defs.js'
import * as AppBskyRichtextFacet from '../richtext/facet.js'

export const id = 'app.bsky.feed.generator'

/**
 * Record declaring of the existence of a feed generator, and containing metadata about it. The record can exist in any repository.
 * Record key: any
 */
export interface Record {
  $type: 'app.bsky.feed.generator'
  did: string
  displayName: string
  description?: string
  descriptionFacets?: AppBskyRichtextFacet.Main[]
  avatar?: rt.BlobRef
  /** Declaration that a feed accepts feedback interactions from a client through app.bsky.feed.sendInteractions */
  acceptsInteractions?: boolean
  /** Self-label values */
  labels?: rt.Typed<ComAtprotoLabelDefs.SelfLabels, 'com.atproto.label.defs#selfLabels'> | rt.UnknownTyped
  contentMode?: 'app.bsky.feed.defs#contentModeUnspecified' | 'app.bsky.feed.defs#contentModeVideo' | (string & {})
  createdAt: string
}

/** The record key type of this collection. */
export const RECORD_KEY = 'any'

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRecord(v: unknown, p: string): Record {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x2: unknown = o.displayName
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "displayName"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/displayName must be a string')
    if (x2.length * 3 > 240 && rt.utf8Len(x2) > 240) throw rt.invalid(p + '/displayName must not be longer than 240 characters')
    if (x2.length > 24 && rt.graphemeLen(x2) > 24) throw rt.invalid(p + '/displayName must not be longer than 24 graphemes')
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
  const x7: unknown = o.acceptsInteractions
  if (x7 !== undefined) {
    if (typeof x7 !== 'boolean') throw rt.invalid(p + '/acceptsInteractions must be a boolean')
  }
  const x8: unknown = o.labels
  if (x8 !== undefined) {
    if (typeof x8 !== 'object' || x8 === null || typeof (x8 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/labels must be an object which includes the "$type" property')
    const t9 = (x8 as { $type: string }).$type
    switch (t9) {
      case 'com.atproto.label.defs#selfLabels':
        try {
          ComAtprotoLabelDefs.checkSelfLabels(x8, '')
        } catch (err) {
          throw rt.within(err, p + '/labels')
        }
        break
      default:
        if (t9.charCodeAt(0) === 35 || t9.indexOf('#') !== t9.lastIndexOf('#')) throw rt.invalid(p + '/labels $type is not a valid type reference')
    }
  }
  const x10: unknown = o.contentMode
  if (x10 !== undefined) {
    if (typeof x10 !== 'string') throw rt.invalid(p + '/contentMode must be a string')
  }
  const x11: unknown = o.createdAt
  if (x11 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x11 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x11)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as Record
}

/** Validates a record of this collection, including its `$type`. */
export function validateRecord(v: unknown): rt.ValidationResult<Record> {
  if (typeof v !== 'object' || v === null) return rt.failure('Record must be an object')
  const t = (v as { $type?: unknown }).$type
  if (typeof t !== 'string') return rt.failure('Record/$type must be a string')
  if (t !== 'app.bsky.feed.generator') return rt.failure(`Invalid $type: must be lex:app.bsky.feed.generator, got ${t}`)
  return rt.run(checkRecord, v, 'Record')
}

/** Whether a value says (by its `$type`) that it is a Record; it does not validate it. */
export function isRecord<V>(v: V): v is V & rt.Typed<Record, 'app.bsky.feed.generator'> {
  return rt.hasMainType(v, 'app.bsky.feed.generator')
}
