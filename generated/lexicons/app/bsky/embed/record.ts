/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/embed/record.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoLabelDefs from '../../../com/atproto/label/defs.js'
import * as ComAtprotoRepoStrongRef from '../../../com/atproto/repo/strongRef.js'
import * as AppBskyActorDefs from '../actor/defs.js'
import * as AppBskyFeedDefs from '../feed/defs.js'
import * as AppBskyGraphDefs from '../graph/defs.js'
import * as AppBskyLabelerDefs from '../labeler/defs.js'
import * as AppBskyEmbedExternal from './external.js'
import * as AppBskyEmbedGallery from './gallery.js'
import * as AppBskyEmbedImages from './images.js'
import * as AppBskyEmbedRecordWithMedia from './recordWithMedia.js'
import * as AppBskyEmbedVideo from './video.js'

/** A representation of a record embedded in a Bluesky record (eg, a post). For example, a quote-post, or sharing a feed generator record. */
export const id = 'app.bsky.embed.record'

export interface Main {
  $type?: 'app.bsky.embed.record'
  record: ComAtprotoRepoStrongRef.Main
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMain(v: unknown, p: string): Main {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.record
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "record"')
  } else {
    try {
      ComAtprotoRepoStrongRef.checkMain(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/record')
    }
  }
  return o as unknown as Main
}

/** Validates a value as Main; a failure says where, e.g. "Object/field must be a string". */
export function validateMain(v: unknown): rt.ValidationResult<Main> {
  return rt.run(checkMain, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Main; it does not validate it. */
export function isMain<V>(v: V): v is V & rt.Typed<Main, 'app.bsky.embed.record'> {
  return rt.hasMainType(v, 'app.bsky.embed.record')
}

export interface View {
  $type?: 'app.bsky.embed.record#view'
  record: rt.Typed<ViewRecord, 'app.bsky.embed.record#viewRecord'> | rt.Typed<ViewNotFound, 'app.bsky.embed.record#viewNotFound'> | rt.Typed<ViewBlocked, 'app.bsky.embed.record#viewBlocked'> | rt.Typed<ViewDetached, 'app.bsky.embed.record#viewDetached'> | rt.Typed<AppBskyFeedDefs.GeneratorView, 'app.bsky.feed.defs#generatorView'> | rt.Typed<AppBskyGraphDefs.ListView, 'app.bsky.graph.defs#listView'> | rt.Typed<AppBskyLabelerDefs.LabelerView, 'app.bsky.labeler.defs#labelerView'> | rt.Typed<AppBskyGraphDefs.StarterPackViewBasic, 'app.bsky.graph.defs#starterPackViewBasic'> | rt.UnknownTyped
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkView(v: unknown, p: string): View {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.record
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "record"')
  } else {
    if (typeof x1 !== 'object' || x1 === null || typeof (x1 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/record must be an object which includes the "$type" property')
    const t2 = (x1 as { $type: string }).$type
    switch (t2) {
      case 'app.bsky.embed.record#viewRecord':
        try {
          checkViewRecord(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/record')
        }
        break
      case 'app.bsky.embed.record#viewNotFound':
        try {
          checkViewNotFound(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/record')
        }
        break
      case 'app.bsky.embed.record#viewBlocked':
        try {
          checkViewBlocked(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/record')
        }
        break
      case 'app.bsky.embed.record#viewDetached':
        try {
          checkViewDetached(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/record')
        }
        break
      case 'app.bsky.feed.defs#generatorView':
        try {
          AppBskyFeedDefs.checkGeneratorView(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/record')
        }
        break
      case 'app.bsky.graph.defs#listView':
        try {
          AppBskyGraphDefs.checkListView(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/record')
        }
        break
      case 'app.bsky.labeler.defs#labelerView':
        try {
          AppBskyLabelerDefs.checkLabelerView(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/record')
        }
        break
      case 'app.bsky.graph.defs#starterPackViewBasic':
        try {
          AppBskyGraphDefs.checkStarterPackViewBasic(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/record')
        }
        break
      default:
        if (t2.charCodeAt(0) === 35 || t2.indexOf('#') !== t2.lastIndexOf('#')) throw rt.invalid(p + '/record $type is not a valid type reference')
    }
  }
  return o as unknown as View
}

/** Validates a value as View; a failure says where, e.g. "Object/field must be a string". */
export function validateView(v: unknown): rt.ValidationResult<View> {
  return rt.run(checkView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a View; it does not validate it. */
export function isView<V>(v: V): v is V & rt.Typed<View, 'app.bsky.embed.record#view'> {
  return rt.hasType(v, 'app.bsky.embed.record#view')
}

export interface ViewRecord {
  $type?: 'app.bsky.embed.record#viewRecord'
  uri: string
  cid: string
  author: AppBskyActorDefs.ProfileViewBasic
  /** The record data itself. */
  value: { [key: string]: unknown }
  labels?: ComAtprotoLabelDefs.Label[]
  replyCount?: number
  repostCount?: number
  likeCount?: number
  quoteCount?: number
  embeds?: (rt.Typed<AppBskyEmbedImages.View, 'app.bsky.embed.images#view'> | rt.Typed<AppBskyEmbedVideo.View, 'app.bsky.embed.video#view'> | rt.Typed<AppBskyEmbedGallery.View, 'app.bsky.embed.gallery#view'> | rt.Typed<AppBskyEmbedExternal.View, 'app.bsky.embed.external#view'> | rt.Typed<View, 'app.bsky.embed.record#view'> | rt.Typed<AppBskyEmbedRecordWithMedia.View, 'app.bsky.embed.recordWithMedia#view'> | rt.UnknownTyped)[]
  indexedAt: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkViewRecord(v: unknown, p: string): ViewRecord {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  const x2: unknown = o.cid
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "cid"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/cid must be a string')
    if (!rt.isCid(x2)) throw rt.invalid(p + '/cid must be a cid string')
  }
  const x3: unknown = o.author
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "author"')
  } else {
    try {
      AppBskyActorDefs.checkProfileViewBasic(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/author')
    }
  }
  const x4: unknown = o.value
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "value"')
  } else {
    if (!rt.isPlainObject(x4)) throw rt.invalid(p + '/value must be an object')
  }
  const x5: unknown = o.labels
  if (x5 !== undefined) {
    if (!Array.isArray(x5)) throw rt.invalid(p + '/labels must be an array')
    for (let i6 = 0; i6 < x5.length; i6++) {
      const e6: unknown = x5[i6]
      try {
        ComAtprotoLabelDefs.checkLabel(e6, '')
      } catch (err) {
        throw rt.within(err, p + '/labels' + '/' + i6)
      }
    }
  }
  const x7: unknown = o.replyCount
  if (x7 !== undefined) {
    if (!Number.isInteger(x7)) throw rt.invalid(p + '/replyCount must be an integer')
  }
  const x8: unknown = o.repostCount
  if (x8 !== undefined) {
    if (!Number.isInteger(x8)) throw rt.invalid(p + '/repostCount must be an integer')
  }
  const x9: unknown = o.likeCount
  if (x9 !== undefined) {
    if (!Number.isInteger(x9)) throw rt.invalid(p + '/likeCount must be an integer')
  }
  const x10: unknown = o.quoteCount
  if (x10 !== undefined) {
    if (!Number.isInteger(x10)) throw rt.invalid(p + '/quoteCount must be an integer')
  }
  const x11: unknown = o.embeds
  if (x11 !== undefined) {
    if (!Array.isArray(x11)) throw rt.invalid(p + '/embeds must be an array')
    for (let i12 = 0; i12 < x11.length; i12++) {
      const e12: unknown = x11[i12]
      if (typeof e12 !== 'object' || e12 === null || typeof (e12 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/embeds' + '/' + i12 + ' must be an object which includes the "$type" property')
      const t13 = (e12 as { $type: string }).$type
      switch (t13) {
        case 'app.bsky.embed.images#view':
          try {
            AppBskyEmbedImages.checkView(e12, '')
          } catch (err) {
            throw rt.within(err, p + '/embeds' + '/' + i12)
          }
          break
        case 'app.bsky.embed.video#view':
          try {
            AppBskyEmbedVideo.checkView(e12, '')
          } catch (err) {
            throw rt.within(err, p + '/embeds' + '/' + i12)
          }
          break
        case 'app.bsky.embed.gallery#view':
          try {
            AppBskyEmbedGallery.checkView(e12, '')
          } catch (err) {
            throw rt.within(err, p + '/embeds' + '/' + i12)
          }
          break
        case 'app.bsky.embed.external#view':
          try {
            AppBskyEmbedExternal.checkView(e12, '')
          } catch (err) {
            throw rt.within(err, p + '/embeds' + '/' + i12)
          }
          break
        case 'app.bsky.embed.record#view':
          try {
            checkView(e12, '')
          } catch (err) {
            throw rt.within(err, p + '/embeds' + '/' + i12)
          }
          break
        case 'app.bsky.embed.recordWithMedia#view':
          try {
            AppBskyEmbedRecordWithMedia.checkView(e12, '')
          } catch (err) {
            throw rt.within(err, p + '/embeds' + '/' + i12)
          }
          break
        default:
          if (t13.charCodeAt(0) === 35 || t13.indexOf('#') !== t13.lastIndexOf('#')) throw rt.invalid(p + '/embeds' + '/' + i12 + ' $type is not a valid type reference')
      }
    }
  }
  const x14: unknown = o.indexedAt
  if (x14 === undefined) {
    throw rt.invalid(p + ' must have the property "indexedAt"')
  } else {
    if (typeof x14 !== 'string') throw rt.invalid(p + '/indexedAt must be a string')
    if (!rt.isDatetime(x14)) throw rt.invalid(p + '/indexedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as ViewRecord
}

/** Validates a value as ViewRecord; a failure says where, e.g. "Object/field must be a string". */
export function validateViewRecord(v: unknown): rt.ValidationResult<ViewRecord> {
  return rt.run(checkViewRecord, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ViewRecord; it does not validate it. */
export function isViewRecord<V>(v: V): v is V & rt.Typed<ViewRecord, 'app.bsky.embed.record#viewRecord'> {
  return rt.hasType(v, 'app.bsky.embed.record#viewRecord')
}

export interface ViewNotFound {
  $type?: 'app.bsky.embed.record#viewNotFound'
  uri: string
  notFound: true
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkViewNotFound(v: unknown, p: string): ViewNotFound {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  const x2: unknown = o.notFound
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "notFound"')
  } else {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/notFound must be a boolean')
    if (x2 !== true) throw rt.invalid(p + '/notFound must be true')
  }
  return o as unknown as ViewNotFound
}

/** Validates a value as ViewNotFound; a failure says where, e.g. "Object/field must be a string". */
export function validateViewNotFound(v: unknown): rt.ValidationResult<ViewNotFound> {
  return rt.run(checkViewNotFound, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ViewNotFound; it does not validate it. */
export function isViewNotFound<V>(v: V): v is V & rt.Typed<ViewNotFound, 'app.bsky.embed.record#viewNotFound'> {
  return rt.hasType(v, 'app.bsky.embed.record#viewNotFound')
}

export interface ViewBlocked {
  $type?: 'app.bsky.embed.record#viewBlocked'
  uri: string
  blocked: true
  author: AppBskyFeedDefs.BlockedAuthor
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkViewBlocked(v: unknown, p: string): ViewBlocked {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  const x2: unknown = o.blocked
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "blocked"')
  } else {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/blocked must be a boolean')
    if (x2 !== true) throw rt.invalid(p + '/blocked must be true')
  }
  const x3: unknown = o.author
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "author"')
  } else {
    try {
      AppBskyFeedDefs.checkBlockedAuthor(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/author')
    }
  }
  return o as unknown as ViewBlocked
}

/** Validates a value as ViewBlocked; a failure says where, e.g. "Object/field must be a string". */
export function validateViewBlocked(v: unknown): rt.ValidationResult<ViewBlocked> {
  return rt.run(checkViewBlocked, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ViewBlocked; it does not validate it. */
export function isViewBlocked<V>(v: V): v is V & rt.Typed<ViewBlocked, 'app.bsky.embed.record#viewBlocked'> {
  return rt.hasType(v, 'app.bsky.embed.record#viewBlocked')
}

export interface ViewDetached {
  $type?: 'app.bsky.embed.record#viewDetached'
  uri: string
  detached: true
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkViewDetached(v: unknown, p: string): ViewDetached {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  const x2: unknown = o.detached
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "detached"')
  } else {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/detached must be a boolean')
    if (x2 !== true) throw rt.invalid(p + '/detached must be true')
  }
  return o as unknown as ViewDetached
}

/** Validates a value as ViewDetached; a failure says where, e.g. "Object/field must be a string". */
export function validateViewDetached(v: unknown): rt.ValidationResult<ViewDetached> {
  return rt.run(checkViewDetached, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ViewDetached; it does not validate it. */
export function isViewDetached<V>(v: V): v is V & rt.Typed<ViewDetached, 'app.bsky.embed.record#viewDetached'> {
  return rt.hasType(v, 'app.bsky.embed.record#viewDetached')
}
