/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/embed/gallery.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyEmbedDefs from './defs.js'

/** An assortment of media embedded in a Bluesky record (eg, a post). */
export const id = 'app.bsky.embed.gallery'

export interface Main {
  $type?: 'app.bsky.embed.gallery'
  /** The schema-level maxLength of 20 is a future-proof ceiling. Clients should currently enforce a soft limit of 10 items in authoring UIs. */
  items: (rt.Typed<Image, 'app.bsky.embed.gallery#image'> | rt.UnknownTyped)[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMain(v: unknown, p: string): Main {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.items
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "items"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/items must be an array')
    if (x1.length > 20) throw rt.invalid(p + '/items must not have more than 20 elements')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      if (typeof e2 !== 'object' || e2 === null || typeof (e2 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/items' + '/' + i2 + ' must be an object which includes the "$type" property')
      const t3 = (e2 as { $type: string }).$type
      switch (t3) {
        case 'app.bsky.embed.gallery#image':
          try {
            checkImage(e2, '')
          } catch (err) {
            throw rt.within(err, p + '/items' + '/' + i2)
          }
          break
        default:
          if (t3.charCodeAt(0) === 35 || t3.indexOf('#') !== t3.lastIndexOf('#')) throw rt.invalid(p + '/items' + '/' + i2 + ' $type is not a valid type reference')
      }
    }
  }
  return o as unknown as Main
}

/** Validates a value as Main; a failure says where, e.g. "Object/field must be a string". */
export function validateMain(v: unknown): rt.ValidationResult<Main> {
  return rt.run(checkMain, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Main; it does not validate it. */
export function isMain<V>(v: V): v is V & rt.Typed<Main, 'app.bsky.embed.gallery'> {
  return rt.hasMainType(v, 'app.bsky.embed.gallery')
}

export interface Image {
  $type?: 'app.bsky.embed.gallery#image'
  image: rt.BlobRef
  /** Alt text description of the image, for accessibility. */
  alt: string
  aspectRatio: AppBskyEmbedDefs.AspectRatio
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkImage(v: unknown, p: string): Image {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.image
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "image"')
  } else {
    if (!rt.isBlob(x1)) throw rt.invalid(p + '/image should be a blob ref')
    {
      const m = rt.blobMimeType(x1)
      if (!(m.startsWith('image/'))) throw rt.invalid(p + '/image mime type must be one of image/*')
    }
    if ((rt.blobSize(x1) ?? 0) > 2000000) throw rt.invalid(p + '/image must not be larger than 2000000 bytes')
  }
  const x2: unknown = o.alt
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "alt"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/alt must be a string')
  }
  const x3: unknown = o.aspectRatio
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "aspectRatio"')
  } else {
    try {
      AppBskyEmbedDefs.checkAspectRatio(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/aspectRatio')
    }
  }
  return o as unknown as Image
}

/** Validates a value as Image; a failure says where, e.g. "Object/field must be a string". */
export function validateImage(v: unknown): rt.ValidationResult<Image> {
  return rt.run(checkImage, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Image; it does not validate it. */
export function isImage<V>(v: V): v is V & rt.Typed<Image, 'app.bsky.embed.gallery#image'> {
  return rt.hasType(v, 'app.bsky.embed.gallery#image')
}

export interface View {
  $type?: 'app.bsky.embed.gallery#view'
  items: (rt.Typed<ViewImage, 'app.bsky.embed.gallery#viewImage'> | rt.UnknownTyped)[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkView(v: unknown, p: string): View {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.items
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "items"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/items must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      if (typeof e2 !== 'object' || e2 === null || typeof (e2 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/items' + '/' + i2 + ' must be an object which includes the "$type" property')
      const t3 = (e2 as { $type: string }).$type
      switch (t3) {
        case 'app.bsky.embed.gallery#viewImage':
          try {
            checkViewImage(e2, '')
          } catch (err) {
            throw rt.within(err, p + '/items' + '/' + i2)
          }
          break
        default:
          if (t3.charCodeAt(0) === 35 || t3.indexOf('#') !== t3.lastIndexOf('#')) throw rt.invalid(p + '/items' + '/' + i2 + ' $type is not a valid type reference')
      }
    }
  }
  return o as unknown as View
}

/** Validates a value as View; a failure says where, e.g. "Object/field must be a string". */
export function validateView(v: unknown): rt.ValidationResult<View> {
  return rt.run(checkView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a View; it does not validate it. */
export function isView<V>(v: V): v is V & rt.Typed<View, 'app.bsky.embed.gallery#view'> {
  return rt.hasType(v, 'app.bsky.embed.gallery#view')
}

export interface ViewImage {
  $type?: 'app.bsky.embed.gallery#viewImage'
  /** Fully-qualified URL where a thumbnail of the image can be fetched. For example, CDN location provided by the App View. */
  thumbnail: string
  /** Fully-qualified URL where a large version of the image can be fetched. May or may not be the exact original blob. For example, CDN location provided by the App View. */
  fullsize: string
  /** Alt text description of the image, for accessibility. */
  alt: string
  aspectRatio: AppBskyEmbedDefs.AspectRatio
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkViewImage(v: unknown, p: string): ViewImage {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.thumbnail
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "thumbnail"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/thumbnail must be a string')
    if (!rt.isUri(x1)) throw rt.invalid(p + '/thumbnail must be a uri')
  }
  const x2: unknown = o.fullsize
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "fullsize"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/fullsize must be a string')
    if (!rt.isUri(x2)) throw rt.invalid(p + '/fullsize must be a uri')
  }
  const x3: unknown = o.alt
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "alt"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/alt must be a string')
  }
  const x4: unknown = o.aspectRatio
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "aspectRatio"')
  } else {
    try {
      AppBskyEmbedDefs.checkAspectRatio(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/aspectRatio')
    }
  }
  return o as unknown as ViewImage
}

/** Validates a value as ViewImage; a failure says where, e.g. "Object/field must be a string". */
export function validateViewImage(v: unknown): rt.ValidationResult<ViewImage> {
  return rt.run(checkViewImage, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ViewImage; it does not validate it. */
export function isViewImage<V>(v: V): v is V & rt.Typed<ViewImage, 'app.bsky.embed.gallery#viewImage'> {
  return rt.hasType(v, 'app.bsky.embed.gallery#viewImage')
}
