/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/feed/post.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoLabelDefs from '../../../com/atproto/label/defs.js'
import * as ComAtprotoRepoStrongRef from '../../../com/atproto/repo/strongRef.js'
import * as AppBskyEmbedExternal from '../embed/external.js'
import * as AppBskyEmbedGallery from '../embed/gallery.js'
import * as AppBskyEmbedImages from '../embed/images.js'
import * as AppBskyEmbedRecord from '../embed/record.js'
import * as AppBskyEmbedRecordWithMedia from '../embed/recordWithMedia.js'
import * as AppBskyEmbedVideo from '../embed/video.js'
import * as AppBskyRichtextFacet from '../richtext/facet.js'

export const id = 'app.bsky.feed.post'

/**
 * Record containing a Bluesky post.
 * Record key: tid
 */
export interface Record {
  $type: 'app.bsky.feed.post'
  /** The primary post content. May be an empty string, if there are embeds. */
  text: string
  /** DEPRECATED: replaced by app.bsky.richtext.facet. */
  entities?: Entity[]
  /** Annotations of text (mentions, URLs, hashtags, etc) */
  facets?: AppBskyRichtextFacet.Main[]
  reply?: ReplyRef
  embed?: rt.Typed<AppBskyEmbedImages.Main, 'app.bsky.embed.images'> | rt.Typed<AppBskyEmbedVideo.Main, 'app.bsky.embed.video'> | rt.Typed<AppBskyEmbedGallery.Main, 'app.bsky.embed.gallery'> | rt.Typed<AppBskyEmbedExternal.Main, 'app.bsky.embed.external'> | rt.Typed<AppBskyEmbedRecord.Main, 'app.bsky.embed.record'> | rt.Typed<AppBskyEmbedRecordWithMedia.Main, 'app.bsky.embed.recordWithMedia'> | rt.UnknownTyped
  /** Indicates human language of post primary text content. */
  langs?: string[]
  /** Self-label values for this post. Effectively content warnings. */
  labels?: rt.Typed<ComAtprotoLabelDefs.SelfLabels, 'com.atproto.label.defs#selfLabels'> | rt.UnknownTyped
  /** Additional hashtags, in addition to any included in post text and facets. */
  tags?: string[]
  /** Client-declared timestamp when this post was originally created. */
  createdAt: string
}

/** The record key type of this collection. */
export const RECORD_KEY = 'tid'

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRecord(v: unknown, p: string): Record {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.text
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "text"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/text must be a string')
    if (x1.length * 3 > 3000 && rt.utf8Len(x1) > 3000) throw rt.invalid(p + '/text must not be longer than 3000 characters')
    if (x1.length > 300 && rt.graphemeLen(x1) > 300) throw rt.invalid(p + '/text must not be longer than 300 graphemes')
  }
  const x2: unknown = o.entities
  if (x2 !== undefined) {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/entities must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        checkEntity(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/entities' + '/' + i3)
      }
    }
  }
  const x4: unknown = o.facets
  if (x4 !== undefined) {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/facets must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      try {
        AppBskyRichtextFacet.checkMain(e5, '')
      } catch (err) {
        throw rt.within(err, p + '/facets' + '/' + i5)
      }
    }
  }
  const x6: unknown = o.reply
  if (x6 !== undefined) {
    try {
      checkReplyRef(x6, '')
    } catch (err) {
      throw rt.within(err, p + '/reply')
    }
  }
  const x7: unknown = o.embed
  if (x7 !== undefined) {
    if (typeof x7 !== 'object' || x7 === null || typeof (x7 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/embed must be an object which includes the "$type" property')
    const t8 = (x7 as { $type: string }).$type
    switch (t8) {
      case 'app.bsky.embed.images': case 'app.bsky.embed.images#main':
        try {
          AppBskyEmbedImages.checkMain(x7, '')
        } catch (err) {
          throw rt.within(err, p + '/embed')
        }
        break
      case 'app.bsky.embed.video': case 'app.bsky.embed.video#main':
        try {
          AppBskyEmbedVideo.checkMain(x7, '')
        } catch (err) {
          throw rt.within(err, p + '/embed')
        }
        break
      case 'app.bsky.embed.gallery': case 'app.bsky.embed.gallery#main':
        try {
          AppBskyEmbedGallery.checkMain(x7, '')
        } catch (err) {
          throw rt.within(err, p + '/embed')
        }
        break
      case 'app.bsky.embed.external': case 'app.bsky.embed.external#main':
        try {
          AppBskyEmbedExternal.checkMain(x7, '')
        } catch (err) {
          throw rt.within(err, p + '/embed')
        }
        break
      case 'app.bsky.embed.record': case 'app.bsky.embed.record#main':
        try {
          AppBskyEmbedRecord.checkMain(x7, '')
        } catch (err) {
          throw rt.within(err, p + '/embed')
        }
        break
      case 'app.bsky.embed.recordWithMedia': case 'app.bsky.embed.recordWithMedia#main':
        try {
          AppBskyEmbedRecordWithMedia.checkMain(x7, '')
        } catch (err) {
          throw rt.within(err, p + '/embed')
        }
        break
      default:
        if (t8.charCodeAt(0) === 35 || t8.indexOf('#') !== t8.lastIndexOf('#')) throw rt.invalid(p + '/embed $type is not a valid type reference')
    }
  }
  const x9: unknown = o.langs
  if (x9 !== undefined) {
    if (!Array.isArray(x9)) throw rt.invalid(p + '/langs must be an array')
    if (x9.length > 3) throw rt.invalid(p + '/langs must not have more than 3 elements')
    for (let i10 = 0; i10 < x9.length; i10++) {
      const e10: unknown = x9[i10]
      if (typeof e10 !== 'string') throw rt.invalid(p + '/langs' + '/' + i10 + ' must be a string')
      if (!rt.isLanguage(e10)) throw rt.invalid(p + '/langs' + '/' + i10 + ' must be a well-formed BCP 47 language tag')
    }
  }
  const x11: unknown = o.labels
  if (x11 !== undefined) {
    if (typeof x11 !== 'object' || x11 === null || typeof (x11 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/labels must be an object which includes the "$type" property')
    const t12 = (x11 as { $type: string }).$type
    switch (t12) {
      case 'com.atproto.label.defs#selfLabels':
        try {
          ComAtprotoLabelDefs.checkSelfLabels(x11, '')
        } catch (err) {
          throw rt.within(err, p + '/labels')
        }
        break
      default:
        if (t12.charCodeAt(0) === 35 || t12.indexOf('#') !== t12.lastIndexOf('#')) throw rt.invalid(p + '/labels $type is not a valid type reference')
    }
  }
  const x13: unknown = o.tags
  if (x13 !== undefined) {
    if (!Array.isArray(x13)) throw rt.invalid(p + '/tags must be an array')
    if (x13.length > 8) throw rt.invalid(p + '/tags must not have more than 8 elements')
    for (let i14 = 0; i14 < x13.length; i14++) {
      const e14: unknown = x13[i14]
      if (typeof e14 !== 'string') throw rt.invalid(p + '/tags' + '/' + i14 + ' must be a string')
      if (e14.length * 3 > 640 && rt.utf8Len(e14) > 640) throw rt.invalid(p + '/tags' + '/' + i14 + ' must not be longer than 640 characters')
      if (e14.length > 64 && rt.graphemeLen(e14) > 64) throw rt.invalid(p + '/tags' + '/' + i14 + ' must not be longer than 64 graphemes')
    }
  }
  const x15: unknown = o.createdAt
  if (x15 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x15 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x15)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as Record
}

/** Validates a record of this collection, including its `$type`. */
export function validateRecord(v: unknown): rt.ValidationResult<Record> {
  if (typeof v !== 'object' || v === null) return rt.failure('Record must be an object')
  const t = (v as { $type?: unknown }).$type
  if (typeof t !== 'string') return rt.failure('Record/$type must be a string')
  if (t !== 'app.bsky.feed.post') return rt.failure(`Invalid $type: must be lex:app.bsky.feed.post, got ${t}`)
  return rt.run(checkRecord, v, 'Record')
}

/** Whether a value says (by its `$type`) that it is a Record; it does not validate it. */
export function isRecord<V>(v: V): v is V & rt.Typed<Record, 'app.bsky.feed.post'> {
  return rt.hasMainType(v, 'app.bsky.feed.post')
}

export interface ReplyRef {
  $type?: 'app.bsky.feed.post#replyRef'
  root: ComAtprotoRepoStrongRef.Main
  parent: ComAtprotoRepoStrongRef.Main
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkReplyRef(v: unknown, p: string): ReplyRef {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.root
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "root"')
  } else {
    try {
      ComAtprotoRepoStrongRef.checkMain(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/root')
    }
  }
  const x2: unknown = o.parent
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "parent"')
  } else {
    try {
      ComAtprotoRepoStrongRef.checkMain(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/parent')
    }
  }
  return o as unknown as ReplyRef
}

/** Validates a value as ReplyRef; a failure says where, e.g. "Object/field must be a string". */
export function validateReplyRef(v: unknown): rt.ValidationResult<ReplyRef> {
  return rt.run(checkReplyRef, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ReplyRef; it does not validate it. */
export function isReplyRef<V>(v: V): v is V & rt.Typed<ReplyRef, 'app.bsky.feed.post#replyRef'> {
  return rt.hasType(v, 'app.bsky.feed.post#replyRef')
}

/** Deprecated: use facets instead. */
export interface Entity {
  $type?: 'app.bsky.feed.post#entity'
  index: TextSlice
  /** Expected values are 'mention' and 'link'. */
  type: string
  value: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkEntity(v: unknown, p: string): Entity {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.index
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "index"')
  } else {
    try {
      checkTextSlice(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/index')
    }
  }
  const x2: unknown = o.type
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "type"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/type must be a string')
  }
  const x3: unknown = o.value
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "value"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/value must be a string')
  }
  return o as unknown as Entity
}

/** Validates a value as Entity; a failure says where, e.g. "Object/field must be a string". */
export function validateEntity(v: unknown): rt.ValidationResult<Entity> {
  return rt.run(checkEntity, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Entity; it does not validate it. */
export function isEntity<V>(v: V): v is V & rt.Typed<Entity, 'app.bsky.feed.post#entity'> {
  return rt.hasType(v, 'app.bsky.feed.post#entity')
}

/** Deprecated. Use app.bsky.richtext instead -- A text segment. Start is inclusive, end is exclusive. Indices are for utf16-encoded strings. */
export interface TextSlice {
  $type?: 'app.bsky.feed.post#textSlice'
  start: number
  end: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkTextSlice(v: unknown, p: string): TextSlice {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.start
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "start"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/start must be an integer')
    if ((x1 as number) < 0) throw rt.invalid(p + '/start can not be less than 0')
  }
  const x2: unknown = o.end
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "end"')
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/end must be an integer')
    if ((x2 as number) < 0) throw rt.invalid(p + '/end can not be less than 0')
  }
  return o as unknown as TextSlice
}

/** Validates a value as TextSlice; a failure says where, e.g. "Object/field must be a string". */
export function validateTextSlice(v: unknown): rt.ValidationResult<TextSlice> {
  return rt.run(checkTextSlice, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a TextSlice; it does not validate it. */
export function isTextSlice<V>(v: V): v is V & rt.Typed<TextSlice, 'app.bsky.feed.post#textSlice'> {
  return rt.hasType(v, 'app.bsky.feed.post#textSlice')
}
