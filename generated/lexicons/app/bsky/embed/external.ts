/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/embed/external.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoLabelDefs from '../../../com/atproto/label/defs.js'
import * as ComAtprotoRepoStrongRef from '../../../com/atproto/repo/strongRef.js'
import * as AppBskyActorDefs from '../actor/defs.js'

export const id = 'app.bsky.embed.external'

/** A representation of some externally linked content (eg, a URL and 'card'), embedded in a Bluesky record (eg, a post). */
export interface Main {
  $type?: 'app.bsky.embed.external'
  external: External
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMain(v: unknown, p: string): Main {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.external
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "external"')
  } else {
    try {
      checkExternal(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/external')
    }
  }
  return o as unknown as Main
}

/** Validates a value as Main; a failure says where, e.g. "Object/field must be a string". */
export function validateMain(v: unknown): rt.ValidationResult<Main> {
  return rt.run(checkMain, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Main; it does not validate it. */
export function isMain<V>(v: V): v is V & rt.Typed<Main, 'app.bsky.embed.external'> {
  return rt.hasMainType(v, 'app.bsky.embed.external')
}

export interface External {
  $type?: 'app.bsky.embed.external#external'
  uri: string
  title: string
  description: string
  thumb?: rt.BlobRef
  /** StrongRefs (uri+cid) of the Atmosphere records that backed this view. */
  associatedRefs?: ComAtprotoRepoStrongRef.Main[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkExternal(v: unknown, p: string): External {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isUri(x1)) throw rt.invalid(p + '/uri must be a uri')
  }
  const x2: unknown = o.title
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "title"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/title must be a string')
  }
  const x3: unknown = o.description
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "description"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/description must be a string')
  }
  const x4: unknown = o.thumb
  if (x4 !== undefined) {
    if (!rt.isBlob(x4)) throw rt.invalid(p + '/thumb should be a blob ref')
    {
      const m = rt.blobMimeType(x4)
      if (!(m.startsWith('image/'))) throw rt.invalid(p + '/thumb mime type must be one of image/*')
    }
    if ((rt.blobSize(x4) ?? 0) > 1000000) throw rt.invalid(p + '/thumb must not be larger than 1000000 bytes')
  }
  const x5: unknown = o.associatedRefs
  if (x5 !== undefined) {
    if (!Array.isArray(x5)) throw rt.invalid(p + '/associatedRefs must be an array')
    for (let i6 = 0; i6 < x5.length; i6++) {
      const e6: unknown = x5[i6]
      try {
        ComAtprotoRepoStrongRef.checkMain(e6, '')
      } catch (err) {
        throw rt.within(err, p + '/associatedRefs' + '/' + i6)
      }
    }
  }
  return o as unknown as External
}

/** Validates a value as External; a failure says where, e.g. "Object/field must be a string". */
export function validateExternal(v: unknown): rt.ValidationResult<External> {
  return rt.run(checkExternal, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a External; it does not validate it. */
export function isExternal<V>(v: V): v is V & rt.Typed<External, 'app.bsky.embed.external#external'> {
  return rt.hasType(v, 'app.bsky.embed.external#external')
}

export interface View {
  $type?: 'app.bsky.embed.external#view'
  external: ViewExternal
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkView(v: unknown, p: string): View {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.external
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "external"')
  } else {
    try {
      checkViewExternal(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/external')
    }
  }
  return o as unknown as View
}

/** Validates a value as View; a failure says where, e.g. "Object/field must be a string". */
export function validateView(v: unknown): rt.ValidationResult<View> {
  return rt.run(checkView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a View; it does not validate it. */
export function isView<V>(v: V): v is V & rt.Typed<View, 'app.bsky.embed.external#view'> {
  return rt.hasType(v, 'app.bsky.embed.external#view')
}

export interface ViewExternal {
  $type?: 'app.bsky.embed.external#viewExternal'
  uri: string
  title: string
  description: string
  thumb?: string
  /** When the external content was created, if available. Example: a publication date, for an article. */
  createdAt?: string
  /** When the external content was updated, if available. */
  updatedAt?: string
  /** Estimated reading time in minutes, if applicable and available. */
  readingTime?: number
  labels?: ComAtprotoLabelDefs.Label[]
  source?: ViewExternalSource
  /** StrongRefs (uri+cid) of the Atmosphere records that backed this view. */
  associatedRefs?: ComAtprotoRepoStrongRef.Main[]
  /** Profiles of the owners of the Atmosphere records that backed this view. */
  associatedProfiles?: AppBskyActorDefs.ProfileViewBasic[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkViewExternal(v: unknown, p: string): ViewExternal {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isUri(x1)) throw rt.invalid(p + '/uri must be a uri')
  }
  const x2: unknown = o.title
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "title"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/title must be a string')
  }
  const x3: unknown = o.description
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "description"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/description must be a string')
  }
  const x4: unknown = o.thumb
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/thumb must be a string')
    if (!rt.isUri(x4)) throw rt.invalid(p + '/thumb must be a uri')
  }
  const x5: unknown = o.createdAt
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x5)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x6: unknown = o.updatedAt
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/updatedAt must be a string')
    if (!rt.isDatetime(x6)) throw rt.invalid(p + '/updatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x7: unknown = o.readingTime
  if (x7 !== undefined) {
    if (!Number.isInteger(x7)) throw rt.invalid(p + '/readingTime must be an integer')
  }
  const x8: unknown = o.labels
  if (x8 !== undefined) {
    if (!Array.isArray(x8)) throw rt.invalid(p + '/labels must be an array')
    for (let i9 = 0; i9 < x8.length; i9++) {
      const e9: unknown = x8[i9]
      try {
        ComAtprotoLabelDefs.checkLabel(e9, '')
      } catch (err) {
        throw rt.within(err, p + '/labels' + '/' + i9)
      }
    }
  }
  const x10: unknown = o.source
  if (x10 !== undefined) {
    try {
      checkViewExternalSource(x10, '')
    } catch (err) {
      throw rt.within(err, p + '/source')
    }
  }
  const x11: unknown = o.associatedRefs
  if (x11 !== undefined) {
    if (!Array.isArray(x11)) throw rt.invalid(p + '/associatedRefs must be an array')
    for (let i12 = 0; i12 < x11.length; i12++) {
      const e12: unknown = x11[i12]
      try {
        ComAtprotoRepoStrongRef.checkMain(e12, '')
      } catch (err) {
        throw rt.within(err, p + '/associatedRefs' + '/' + i12)
      }
    }
  }
  const x13: unknown = o.associatedProfiles
  if (x13 !== undefined) {
    if (!Array.isArray(x13)) throw rt.invalid(p + '/associatedProfiles must be an array')
    for (let i14 = 0; i14 < x13.length; i14++) {
      const e14: unknown = x13[i14]
      try {
        AppBskyActorDefs.checkProfileViewBasic(e14, '')
      } catch (err) {
        throw rt.within(err, p + '/associatedProfiles' + '/' + i14)
      }
    }
  }
  return o as unknown as ViewExternal
}

/** Validates a value as ViewExternal; a failure says where, e.g. "Object/field must be a string". */
export function validateViewExternal(v: unknown): rt.ValidationResult<ViewExternal> {
  return rt.run(checkViewExternal, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ViewExternal; it does not validate it. */
export function isViewExternal<V>(v: V): v is V & rt.Typed<ViewExternal, 'app.bsky.embed.external#viewExternal'> {
  return rt.hasType(v, 'app.bsky.embed.external#viewExternal')
}

/** The source of an external embed, such as a standard.site publication. */
export interface ViewExternalSource {
  $type?: 'app.bsky.embed.external#viewExternalSource'
  /** URI of the source, if available. Example: the https:// URL of a site.standard.publication record. */
  uri: string
  /** Fully-qualified URL where an icon representing the source can be fetched. For example, CDN location provided by the App View. */
  icon?: string
  title: string
  description?: string
  theme?: ViewExternalSourceTheme
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkViewExternalSource(v: unknown, p: string): ViewExternalSource {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isUri(x1)) throw rt.invalid(p + '/uri must be a uri')
  }
  const x2: unknown = o.icon
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/icon must be a string')
    if (!rt.isUri(x2)) throw rt.invalid(p + '/icon must be a uri')
  }
  const x3: unknown = o.title
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "title"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/title must be a string')
  }
  const x4: unknown = o.description
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/description must be a string')
  }
  const x5: unknown = o.theme
  if (x5 !== undefined) {
    try {
      checkViewExternalSourceTheme(x5, '')
    } catch (err) {
      throw rt.within(err, p + '/theme')
    }
  }
  return o as unknown as ViewExternalSource
}

/** Validates a value as ViewExternalSource; a failure says where, e.g. "Object/field must be a string". */
export function validateViewExternalSource(v: unknown): rt.ValidationResult<ViewExternalSource> {
  return rt.run(checkViewExternalSource, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ViewExternalSource; it does not validate it. */
export function isViewExternalSource<V>(v: V): v is V & rt.Typed<ViewExternalSource, 'app.bsky.embed.external#viewExternalSource'> {
  return rt.hasType(v, 'app.bsky.embed.external#viewExternalSource')
}

/** The theme colors of an external source, such as a site.standard.publication. These colors may be used when rendering an embed from that source. */
export interface ViewExternalSourceTheme {
  $type?: 'app.bsky.embed.external#viewExternalSourceTheme'
  backgroundRGB?: ColorRGB
  foregroundRGB?: ColorRGB
  accentRGB?: ColorRGB
  accentForegroundRGB?: ColorRGB
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkViewExternalSourceTheme(v: unknown, p: string): ViewExternalSourceTheme {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.backgroundRGB
  if (x1 !== undefined) {
    try {
      checkColorRGB(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/backgroundRGB')
    }
  }
  const x2: unknown = o.foregroundRGB
  if (x2 !== undefined) {
    try {
      checkColorRGB(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/foregroundRGB')
    }
  }
  const x3: unknown = o.accentRGB
  if (x3 !== undefined) {
    try {
      checkColorRGB(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/accentRGB')
    }
  }
  const x4: unknown = o.accentForegroundRGB
  if (x4 !== undefined) {
    try {
      checkColorRGB(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/accentForegroundRGB')
    }
  }
  return o as unknown as ViewExternalSourceTheme
}

/** Validates a value as ViewExternalSourceTheme; a failure says where, e.g. "Object/field must be a string". */
export function validateViewExternalSourceTheme(v: unknown): rt.ValidationResult<ViewExternalSourceTheme> {
  return rt.run(checkViewExternalSourceTheme, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ViewExternalSourceTheme; it does not validate it. */
export function isViewExternalSourceTheme<V>(v: V): v is V & rt.Typed<ViewExternalSourceTheme, 'app.bsky.embed.external#viewExternalSourceTheme'> {
  return rt.hasType(v, 'app.bsky.embed.external#viewExternalSourceTheme')
}

/** RGB color definition, inspired by site.standard.theme.color#rgb */
export interface ColorRGB {
  $type?: 'app.bsky.embed.external#colorRGB'
  r: number
  g: number
  b: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkColorRGB(v: unknown, p: string): ColorRGB {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.r
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "r"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/r must be an integer')
    if ((x1 as number) > 255) throw rt.invalid(p + '/r can not be greater than 255')
    if ((x1 as number) < 0) throw rt.invalid(p + '/r can not be less than 0')
  }
  const x2: unknown = o.g
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "g"')
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/g must be an integer')
    if ((x2 as number) > 255) throw rt.invalid(p + '/g can not be greater than 255')
    if ((x2 as number) < 0) throw rt.invalid(p + '/g can not be less than 0')
  }
  const x3: unknown = o.b
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "b"')
  } else {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/b must be an integer')
    if ((x3 as number) > 255) throw rt.invalid(p + '/b can not be greater than 255')
    if ((x3 as number) < 0) throw rt.invalid(p + '/b can not be less than 0')
  }
  return o as unknown as ColorRGB
}

/** Validates a value as ColorRGB; a failure says where, e.g. "Object/field must be a string". */
export function validateColorRGB(v: unknown): rt.ValidationResult<ColorRGB> {
  return rt.run(checkColorRGB, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ColorRGB; it does not validate it. */
export function isColorRGB<V>(v: V): v is V & rt.Typed<ColorRGB, 'app.bsky.embed.external#colorRGB'> {
  return rt.hasType(v, 'app.bsky.embed.external#colorRGB')
}
