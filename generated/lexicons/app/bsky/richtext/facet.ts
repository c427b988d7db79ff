/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/richtext/facet.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'app.bsky.richtext.facet'

/** Annotation of a sub-string within rich text. */
export interface Main {
  $type?: 'app.bsky.richtext.facet'
  index: ByteSlice
  features: (rt.Typed<Mention, 'app.bsky.richtext.facet#mention'> | rt.Typed<Link, 'app.bsky.richtext.facet#link'> | rt.Typed<Tag, 'app.bsky.richtext.facet#tag'> | rt.UnknownTyped)[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMain(v: unknown, p: string): Main {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.index
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "index"')
  } else {
    try {
      checkByteSlice(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/index')
    }
  }
  const x2: unknown = o.features
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "features"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/features must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      if (typeof e3 !== 'object' || e3 === null || typeof (e3 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/features' + '/' + i3 + ' must be an object which includes the "$type" property')
      const t4 = (e3 as { $type: string }).$type
      switch (t4) {
        case 'app.bsky.richtext.facet#mention':
          try {
            checkMention(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/features' + '/' + i3)
          }
          break
        case 'app.bsky.richtext.facet#link':
          try {
            checkLink(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/features' + '/' + i3)
          }
          break
        case 'app.bsky.richtext.facet#tag':
          try {
            checkTag(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/features' + '/' + i3)
          }
          break
        default:
          if (t4.charCodeAt(0) === 35 || t4.indexOf('#') !== t4.lastIndexOf('#')) throw rt.invalid(p + '/features' + '/' + i3 + ' $type is not a valid type reference')
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
export function isMain<V>(v: V): v is V & rt.Typed<Main, 'app.bsky.richtext.facet'> {
  return rt.hasMainType(v, 'app.bsky.richtext.facet')
}

/** Facet feature for mention of another account. The text is usually a handle, including a '@' prefix, but the facet reference is a DID. */
export interface Mention {
  $type?: 'app.bsky.richtext.facet#mention'
  did: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMention(v: unknown, p: string): Mention {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  return o as unknown as Mention
}

/** Validates a value as Mention; a failure says where, e.g. "Object/field must be a string". */
export function validateMention(v: unknown): rt.ValidationResult<Mention> {
  return rt.run(checkMention, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Mention; it does not validate it. */
export function isMention<V>(v: V): v is V & rt.Typed<Mention, 'app.bsky.richtext.facet#mention'> {
  return rt.hasType(v, 'app.bsky.richtext.facet#mention')
}

/** Facet feature for a URL. The text URL may have been simplified or truncated, but the facet reference should be a complete URL. */
export interface Link {
  $type?: 'app.bsky.richtext.facet#link'
  uri: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLink(v: unknown, p: string): Link {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isUri(x1)) throw rt.invalid(p + '/uri must be a uri')
  }
  return o as unknown as Link
}

/** Validates a value as Link; a failure says where, e.g. "Object/field must be a string". */
export function validateLink(v: unknown): rt.ValidationResult<Link> {
  return rt.run(checkLink, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Link; it does not validate it. */
export function isLink<V>(v: V): v is V & rt.Typed<Link, 'app.bsky.richtext.facet#link'> {
  return rt.hasType(v, 'app.bsky.richtext.facet#link')
}

/** Facet feature for a hashtag. The text usually includes a '#' prefix, but the facet reference should not (except in the case of 'double hash tags'). */
export interface Tag {
  $type?: 'app.bsky.richtext.facet#tag'
  tag: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkTag(v: unknown, p: string): Tag {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.tag
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "tag"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/tag must be a string')
    if (x1.length * 3 > 640 && rt.utf8Len(x1) > 640) throw rt.invalid(p + '/tag must not be longer than 640 characters')
    if (x1.length > 64 && rt.graphemeLen(x1) > 64) throw rt.invalid(p + '/tag must not be longer than 64 graphemes')
  }
  return o as unknown as Tag
}

/** Validates a value as Tag; a failure says where, e.g. "Object/field must be a string". */
export function validateTag(v: unknown): rt.ValidationResult<Tag> {
  return rt.run(checkTag, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Tag; it does not validate it. */
export function isTag<V>(v: V): v is V & rt.Typed<Tag, 'app.bsky.richtext.facet#tag'> {
  return rt.hasType(v, 'app.bsky.richtext.facet#tag')
}

/** Specifies the sub-string range a facet feature applies to. Start index is inclusive, end index is exclusive. Indices are zero-indexed, counting bytes of the UTF-8 encoded text. NOTE: some languages, like Javascript, use UTF-16 or Unicode codepoints for string slice indexing; in these languages, convert to byte arrays before working with facets. */
export interface ByteSlice {
  $type?: 'app.bsky.richtext.facet#byteSlice'
  byteStart: number
  byteEnd: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkByteSlice(v: unknown, p: string): ByteSlice {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.byteStart
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "byteStart"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/byteStart must be an integer')
    if ((x1 as number) < 0) throw rt.invalid(p + '/byteStart can not be less than 0')
  }
  const x2: unknown = o.byteEnd
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "byteEnd"')
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/byteEnd must be an integer')
    if ((x2 as number) < 0) throw rt.invalid(p + '/byteEnd can not be less than 0')
  }
  return o as unknown as ByteSlice
}

/** Validates a value as ByteSlice; a failure says where, e.g. "Object/field must be a string". */
export function validateByteSlice(v: unknown): rt.ValidationResult<ByteSlice> {
  return rt.run(checkByteSlice, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ByteSlice; it does not validate it. */
export function isByteSlice<V>(v: V): v is V & rt.Typed<ByteSlice, 'app.bsky.richtext.facet#byteSlice'> {
  return rt.hasType(v, 'app.bsky.richtext.facet#byteSlice')
}
