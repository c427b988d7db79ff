/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/embed/recordWithMedia.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyEmbedExternal from './external.js'
import * as AppBskyEmbedGallery from './gallery.js'
import * as AppBskyEmbedImages from './images.js'
import * as AppBskyEmbedRecord from './record.js'
import * as AppBskyEmbedVideo from './video.js'

/** A representation of a record embedded in a Bluesky record (eg, a post), alongside other compatible embeds. For example, a quote post and image, or a quote post and external URL card. */
export const id = 'app.bsky.embed.recordWithMedia'

export interface Main {
  $type?: 'app.bsky.embed.recordWithMedia'
  record: AppBskyEmbedRecord.Main
  media: rt.Typed<AppBskyEmbedImages.Main, 'app.bsky.embed.images'> | rt.Typed<AppBskyEmbedVideo.Main, 'app.bsky.embed.video'> | rt.Typed<AppBskyEmbedGallery.Main, 'app.bsky.embed.gallery'> | rt.Typed<AppBskyEmbedExternal.Main, 'app.bsky.embed.external'> | rt.UnknownTyped
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
      AppBskyEmbedRecord.checkMain(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/record')
    }
  }
  const x2: unknown = o.media
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "media"')
  } else {
    if (typeof x2 !== 'object' || x2 === null || typeof (x2 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/media must be an object which includes the "$type" property')
    const t3 = (x2 as { $type: string }).$type
    switch (t3) {
      case 'app.bsky.embed.images': case 'app.bsky.embed.images#main':
        try {
          AppBskyEmbedImages.checkMain(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/media')
        }
        break
      case 'app.bsky.embed.video': case 'app.bsky.embed.video#main':
        try {
          AppBskyEmbedVideo.checkMain(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/media')
        }
        break
      case 'app.bsky.embed.gallery': case 'app.bsky.embed.gallery#main':
        try {
          AppBskyEmbedGallery.checkMain(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/media')
        }
        break
      case 'app.bsky.embed.external': case 'app.bsky.embed.external#main':
        try {
          AppBskyEmbedExternal.checkMain(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/media')
        }
        break
      default:
        if (t3.charCodeAt(0) === 35 || t3.indexOf('#') !== t3.lastIndexOf('#')) throw rt.invalid(p + '/media $type is not a valid type reference')
    }
  }
  return o as unknown as Main
}

/** Validates a value as Main; a failure says where, e.g. "Object/field must be a string". */
export function validateMain(v: unknown): rt.ValidationResult<Main> {
  return rt.run(checkMain, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Main; it does not validate it. */
export function isMain<V>(v: V): v is V & rt.Typed<Main, 'app.bsky.embed.recordWithMedia'> {
  return rt.hasMainType(v, 'app.bsky.embed.recordWithMedia')
}

export interface View {
  $type?: 'app.bsky.embed.recordWithMedia#view'
  record: AppBskyEmbedRecord.View
  media: rt.Typed<AppBskyEmbedImages.View, 'app.bsky.embed.images#view'> | rt.Typed<AppBskyEmbedVideo.View, 'app.bsky.embed.video#view'> | rt.Typed<AppBskyEmbedGallery.View, 'app.bsky.embed.gallery#view'> | rt.Typed<AppBskyEmbedExternal.View, 'app.bsky.embed.external#view'> | rt.UnknownTyped
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkView(v: unknown, p: string): View {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.record
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "record"')
  } else {
    try {
      AppBskyEmbedRecord.checkView(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/record')
    }
  }
  const x2: unknown = o.media
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "media"')
  } else {
    if (typeof x2 !== 'object' || x2 === null || typeof (x2 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/media must be an object which includes the "$type" property')
    const t3 = (x2 as { $type: string }).$type
    switch (t3) {
      case 'app.bsky.embed.images#view':
        try {
          AppBskyEmbedImages.checkView(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/media')
        }
        break
      case 'app.bsky.embed.video#view':
        try {
          AppBskyEmbedVideo.checkView(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/media')
        }
        break
      case 'app.bsky.embed.gallery#view':
        try {
          AppBskyEmbedGallery.checkView(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/media')
        }
        break
      case 'app.bsky.embed.external#view':
        try {
          AppBskyEmbedExternal.checkView(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/media')
        }
        break
      default:
        if (t3.charCodeAt(0) === 35 || t3.indexOf('#') !== t3.lastIndexOf('#')) throw rt.invalid(p + '/media $type is not a valid type reference')
    }
  }
  return o as unknown as View
}

/** Validates a value as View; a failure says where, e.g. "Object/field must be a string". */
export function validateView(v: unknown): rt.ValidationResult<View> {
  return rt.run(checkView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a View; it does not validate it. */
export function isView<V>(v: V): v is V & rt.Typed<View, 'app.bsky.embed.recordWithMedia#view'> {
  return rt.hasType(v, 'app.bsky.embed.recordWithMedia#view')
}
