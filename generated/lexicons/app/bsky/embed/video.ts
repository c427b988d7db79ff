/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/embed/video.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyEmbedDefs from './defs.js'

/** A video embedded in a Bluesky record (eg, a post). */
export const id = 'app.bsky.embed.video'

export interface Main {
  $type?: 'app.bsky.embed.video'
  /** The mp4 video file. May be up to 300mb, formerly limited to 100mb. */
  video: rt.BlobRef
  captions?: Caption[]
  /** Alt text description of the video, for accessibility. */
  alt?: string
  aspectRatio?: AppBskyEmbedDefs.AspectRatio
  /** A hint to the client about how to present the video. */
  presentation?: 'default' | 'gif' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMain(v: unknown, p: string): Main {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.video
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "video"')
  } else {
    if (!rt.isBlob(x1)) throw rt.invalid(p + '/video should be a blob ref')
    {
      const m = rt.blobMimeType(x1)
      if (!(m === 'video/mp4')) throw rt.invalid(p + '/video mime type must be one of video/mp4')
    }
    if ((rt.blobSize(x1) ?? 0) > 300000000) throw rt.invalid(p + '/video must not be larger than 300000000 bytes')
  }
  const x2: unknown = o.captions
  if (x2 !== undefined) {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/captions must be an array')
    if (x2.length > 20) throw rt.invalid(p + '/captions must not have more than 20 elements')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        checkCaption(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/captions' + '/' + i3)
      }
    }
  }
  const x4: unknown = o.alt
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/alt must be a string')
  }
  const x5: unknown = o.aspectRatio
  if (x5 !== undefined) {
    try {
      AppBskyEmbedDefs.checkAspectRatio(x5, '')
    } catch (err) {
      throw rt.within(err, p + '/aspectRatio')
    }
  }
  const x6: unknown = o.presentation
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/presentation must be a string')
  }
  return o as unknown as Main
}

/** Validates a value as Main; a failure says where, e.g. "Object/field must be a string". */
export function validateMain(v: unknown): rt.ValidationResult<Main> {
  return rt.run(checkMain, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Main; it does not validate it. */
export function isMain<V>(v: V): v is V & rt.Typed<Main, 'app.bsky.embed.video'> {
  return rt.hasMainType(v, 'app.bsky.embed.video')
}

export interface Caption {
  $type?: 'app.bsky.embed.video#caption'
  lang: string
  file: rt.BlobRef
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkCaption(v: unknown, p: string): Caption {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.lang
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "lang"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/lang must be a string')
    if (!rt.isLanguage(x1)) throw rt.invalid(p + '/lang must be a well-formed BCP 47 language tag')
  }
  const x2: unknown = o.file
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "file"')
  } else {
    if (!rt.isBlob(x2)) throw rt.invalid(p + '/file should be a blob ref')
    {
      const m = rt.blobMimeType(x2)
      if (!(m === 'text/vtt')) throw rt.invalid(p + '/file mime type must be one of text/vtt')
    }
    if ((rt.blobSize(x2) ?? 0) > 20000) throw rt.invalid(p + '/file must not be larger than 20000 bytes')
  }
  return o as unknown as Caption
}

/** Validates a value as Caption; a failure says where, e.g. "Object/field must be a string". */
export function validateCaption(v: unknown): rt.ValidationResult<Caption> {
  return rt.run(checkCaption, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Caption; it does not validate it. */
export function isCaption<V>(v: V): v is V & rt.Typed<Caption, 'app.bsky.embed.video#caption'> {
  return rt.hasType(v, 'app.bsky.embed.video#caption')
}

export interface View {
  $type?: 'app.bsky.embed.video#view'
  cid: string
  playlist: string
  thumbnail?: string
  alt?: string
  aspectRatio?: AppBskyEmbedDefs.AspectRatio
  /** A hint to the client about how to present the video. */
  presentation?: 'default' | 'gif' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkView(v: unknown, p: string): View {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cid
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "cid"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cid must be a string')
    if (!rt.isCid(x1)) throw rt.invalid(p + '/cid must be a cid string')
  }
  const x2: unknown = o.playlist
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "playlist"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/playlist must be a string')
    if (!rt.isUri(x2)) throw rt.invalid(p + '/playlist must be a uri')
  }
  const x3: unknown = o.thumbnail
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/thumbnail must be a string')
    if (!rt.isUri(x3)) throw rt.invalid(p + '/thumbnail must be a uri')
  }
  const x4: unknown = o.alt
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/alt must be a string')
  }
  const x5: unknown = o.aspectRatio
  if (x5 !== undefined) {
    try {
      AppBskyEmbedDefs.checkAspectRatio(x5, '')
    } catch (err) {
      throw rt.within(err, p + '/aspectRatio')
    }
  }
  const x6: unknown = o.presentation
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/presentation must be a string')
  }
  return o as unknown as View
}

/** Validates a value as View; a failure says where, e.g. "Object/field must be a string". */
export function validateView(v: unknown): rt.ValidationResult<View> {
  return rt.run(checkView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a View; it does not validate it. */
export function isView<V>(v: V): v is V & rt.Typed<View, 'app.bsky.embed.video#view'> {
  return rt.hasType(v, 'app.bsky.embed.video#view')
}
