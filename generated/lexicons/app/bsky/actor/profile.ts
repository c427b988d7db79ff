/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/actor/profile.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoLabelDefs from '../../../com/atproto/label/defs.js'
import * as ComAtprotoRepoStrongRef from '../../../com/atproto/repo/strongRef.js'

export const id = 'app.bsky.actor.profile'

/**
 * A declaration of a Bluesky account profile.
 * Record key: literal:self
 */
export interface Record {
  $type: 'app.bsky.actor.profile'
  displayName?: string
  /** Free-form profile description text. */
  description?: string
  /** Free-form pronouns text. */
  pronouns?: string
  website?: string
  /** Small image to be displayed next to posts from account. AKA, 'profile picture' */
  avatar?: rt.BlobRef
  /** Larger horizontal image to display behind profile view. */
  banner?: rt.BlobRef
  /** Self-label values, specific to the Bluesky application, on the overall account. */
  labels?: rt.Typed<ComAtprotoLabelDefs.SelfLabels, 'com.atproto.label.defs#selfLabels'> | rt.UnknownTyped
  joinedViaStarterPack?: ComAtprotoRepoStrongRef.Main
  pinnedPost?: ComAtprotoRepoStrongRef.Main
  createdAt?: string
}

/** The record key type of this collection. */
export const RECORD_KEY = 'literal:self'

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRecord(v: unknown, p: string): Record {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.displayName
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/displayName must be a string')
    if (x1.length * 3 > 640 && rt.utf8Len(x1) > 640) throw rt.invalid(p + '/displayName must not be longer than 640 characters')
    if (x1.length > 64 && rt.graphemeLen(x1) > 64) throw rt.invalid(p + '/displayName must not be longer than 64 graphemes')
  }
  const x2: unknown = o.description
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/description must be a string')
    if (x2.length * 3 > 2560 && rt.utf8Len(x2) > 2560) throw rt.invalid(p + '/description must not be longer than 2560 characters')
    if (x2.length > 256 && rt.graphemeLen(x2) > 256) throw rt.invalid(p + '/description must not be longer than 256 graphemes')
  }
  const x3: unknown = o.pronouns
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/pronouns must be a string')
    if (x3.length * 3 > 200 && rt.utf8Len(x3) > 200) throw rt.invalid(p + '/pronouns must not be longer than 200 characters')
    if (x3.length > 20 && rt.graphemeLen(x3) > 20) throw rt.invalid(p + '/pronouns must not be longer than 20 graphemes')
  }
  const x4: unknown = o.website
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/website must be a string')
    if (!rt.isUri(x4)) throw rt.invalid(p + '/website must be a uri')
  }
  const x5: unknown = o.avatar
  if (x5 !== undefined) {
    if (!rt.isBlob(x5)) throw rt.invalid(p + '/avatar should be a blob ref')
    {
      const m = rt.blobMimeType(x5)
      if (!(m === 'image/png' || m === 'image/jpeg')) throw rt.invalid(p + '/avatar mime type must be one of image/png, image/jpeg')
    }
    if ((rt.blobSize(x5) ?? 0) > 1000000) throw rt.invalid(p + '/avatar must not be larger than 1000000 bytes')
  }
  const x6: unknown = o.banner
  if (x6 !== undefined) {
    if (!rt.isBlob(x6)) throw rt.invalid(p + '/banner should be a blob ref')
    {
      const m = rt.blobMimeType(x6)
      if (!(m === 'image/png' || m === 'image/jpeg')) throw rt.invalid(p + '/banner mime type must be one of image/png, image/jpeg')
    }
    if ((rt.blobSize(x6) ?? 0) > 1000000) throw rt.invalid(p + '/banner must not be larger than 1000000 bytes')
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
  const x9: unknown = o.joinedViaStarterPack
  if (x9 !== undefined) {
    try {
      ComAtprotoRepoStrongRef.checkMain(x9, '')
    } catch (err) {
      throw rt.within(err, p + '/joinedViaStarterPack')
    }
  }
  const x10: unknown = o.pinnedPost
  if (x10 !== undefined) {
    try {
      ComAtprotoRepoStrongRef.checkMain(x10, '')
    } catch (err) {
      throw rt.within(err, p + '/pinnedPost')
    }
  }
  const x11: unknown = o.createdAt
  if (x11 !== undefined) {
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
  if (t !== 'app.bsky.actor.profile') return rt.failure(`Invalid $type: must be lex:app.bsky.actor.profile, got ${t}`)
  return rt.run(checkRecord, v, 'Record')
}

/** Whether a value says (by its `$type`) that it is a Record; it does not validate it. */
export function isRecord<V>(v: V): v is V & rt.Typed<Record, 'app.bsky.actor.profile'> {
  return rt.hasMainType(v, 'app.bsky.actor.profile')
}
