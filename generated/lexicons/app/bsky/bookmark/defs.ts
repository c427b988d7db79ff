/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/bookmark/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoRepoStrongRef from '../../../com/atproto/repo/strongRef.js'
import * as AppBskyFeedDefs from '../feed/defs.js'

export const id = 'app.bsky.bookmark.defs'

/** Object used to store bookmark data in stash. */
export interface Bookmark {
  $type?: 'app.bsky.bookmark.defs#bookmark'
  /** A strong ref to the record to be bookmarked. Currently, only `app.bsky.feed.post` records are supported. */
  subject: ComAtprotoRepoStrongRef.Main
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkBookmark(v: unknown, p: string): Bookmark {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.subject
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "subject"')
  } else {
    try {
      ComAtprotoRepoStrongRef.checkMain(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/subject')
    }
  }
  return o as unknown as Bookmark
}

/** Validates a value as Bookmark; a failure says where, e.g. "Object/field must be a string". */
export function validateBookmark(v: unknown): rt.ValidationResult<Bookmark> {
  return rt.run(checkBookmark, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Bookmark; it does not validate it. */
export function isBookmark<V>(v: V): v is V & rt.Typed<Bookmark, 'app.bsky.bookmark.defs#bookmark'> {
  return rt.hasType(v, 'app.bsky.bookmark.defs#bookmark')
}

export interface BookmarkView {
  $type?: 'app.bsky.bookmark.defs#bookmarkView'
  /** A strong ref to the bookmarked record. */
  subject: ComAtprotoRepoStrongRef.Main
  createdAt?: string
  item: rt.Typed<AppBskyFeedDefs.BlockedPost, 'app.bsky.feed.defs#blockedPost'> | rt.Typed<AppBskyFeedDefs.NotFoundPost, 'app.bsky.feed.defs#notFoundPost'> | rt.Typed<AppBskyFeedDefs.PostView, 'app.bsky.feed.defs#postView'> | rt.UnknownTyped
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkBookmarkView(v: unknown, p: string): BookmarkView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.subject
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "subject"')
  } else {
    try {
      ComAtprotoRepoStrongRef.checkMain(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/subject')
    }
  }
  const x2: unknown = o.createdAt
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x2)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x3: unknown = o.item
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "item"')
  } else {
    if (typeof x3 !== 'object' || x3 === null || typeof (x3 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/item must be an object which includes the "$type" property')
    const t4 = (x3 as { $type: string }).$type
    switch (t4) {
      case 'app.bsky.feed.defs#blockedPost':
        try {
          AppBskyFeedDefs.checkBlockedPost(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/item')
        }
        break
      case 'app.bsky.feed.defs#notFoundPost':
        try {
          AppBskyFeedDefs.checkNotFoundPost(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/item')
        }
        break
      case 'app.bsky.feed.defs#postView':
        try {
          AppBskyFeedDefs.checkPostView(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/item')
        }
        break
      default:
        if (t4.charCodeAt(0) === 35 || t4.indexOf('#') !== t4.lastIndexOf('#')) throw rt.invalid(p + '/item $type is not a valid type reference')
    }
  }
  return o as unknown as BookmarkView
}

/** Validates a value as BookmarkView; a failure says where, e.g. "Object/field must be a string". */
export function validateBookmarkView(v: unknown): rt.ValidationResult<BookmarkView> {
  return rt.run(checkBookmarkView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a BookmarkView; it does not validate it. */
export function isBookmarkView<V>(v: V): v is V & rt.Typed<BookmarkView, 'app.bsky.bookmark.defs#bookmarkView'> {
  return rt.hasType(v, 'app.bsky.bookmark.defs#bookmarkView')
}
