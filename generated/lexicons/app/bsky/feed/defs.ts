/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/feed/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoLabelDefs from '../../../com/atproto/label/defs.js'
import * as AppBskyActorDefs from '../actor/defs.js'
import * as AppBskyEmbedExternal from '../embed/external.js'
import * as AppBskyEmbedGallery from '../embed/gallery.js'
import * as AppBskyEmbedImages from '../embed/images.js'
import * as AppBskyEmbedRecord from '../embed/record.js'
import * as AppBskyEmbedRecordWithMedia from '../embed/recordWithMedia.js'
import * as AppBskyEmbedVideo from '../embed/video.js'
import * as AppBskyGraphDefs from '../graph/defs.js'
import * as AppBskyRichtextFacet from '../richtext/facet.js'

export const id = 'app.bsky.feed.defs'

export interface PostView {
  $type?: 'app.bsky.feed.defs#postView'
  uri: string
  cid: string
  author: AppBskyActorDefs.ProfileViewBasic
  record: { [key: string]: unknown }
  embed?: rt.Typed<AppBskyEmbedImages.View, 'app.bsky.embed.images#view'> | rt.Typed<AppBskyEmbedVideo.View, 'app.bsky.embed.video#view'> | rt.Typed<AppBskyEmbedGallery.View, 'app.bsky.embed.gallery#view'> | rt.Typed<AppBskyEmbedExternal.View, 'app.bsky.embed.external#view'> | rt.Typed<AppBskyEmbedRecord.View, 'app.bsky.embed.record#view'> | rt.Typed<AppBskyEmbedRecordWithMedia.View, 'app.bsky.embed.recordWithMedia#view'> | rt.UnknownTyped
  bookmarkCount?: number
  replyCount?: number
  repostCount?: number
  likeCount?: number
  quoteCount?: number
  indexedAt: string
  viewer?: ViewerState
  labels?: ComAtprotoLabelDefs.Label[]
  threadgate?: ThreadgateView
  /** Debug information for internal development */
  debug?: { [key: string]: unknown }
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkPostView(v: unknown, p: string): PostView {
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
  const x4: unknown = o.record
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "record"')
  } else {
    if (!rt.isPlainObject(x4)) throw rt.invalid(p + '/record must be an object')
  }
  const x5: unknown = o.embed
  if (x5 !== undefined) {
    if (typeof x5 !== 'object' || x5 === null || typeof (x5 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/embed must be an object which includes the "$type" property')
    const t6 = (x5 as { $type: string }).$type
    switch (t6) {
      case 'app.bsky.embed.images#view':
        try {
          AppBskyEmbedImages.checkView(x5, '')
        } catch (err) {
          throw rt.within(err, p + '/embed')
        }
        break
      case 'app.bsky.embed.video#view':
        try {
          AppBskyEmbedVideo.checkView(x5, '')
        } catch (err) {
          throw rt.within(err, p + '/embed')
        }
        break
      case 'app.bsky.embed.gallery#view':
        try {
          AppBskyEmbedGallery.checkView(x5, '')
        } catch (err) {
          throw rt.within(err, p + '/embed')
        }
        break
      case 'app.bsky.embed.external#view':
        try {
          AppBskyEmbedExternal.checkView(x5, '')
        } catch (err) {
          throw rt.within(err, p + '/embed')
        }
        break
      case 'app.bsky.embed.record#view':
        try {
          AppBskyEmbedRecord.checkView(x5, '')
        } catch (err) {
          throw rt.within(err, p + '/embed')
        }
        break
      case 'app.bsky.embed.recordWithMedia#view':
        try {
          AppBskyEmbedRecordWithMedia.checkView(x5, '')
        } catch (err) {
          throw rt.within(err, p + '/embed')
        }
        break
      default:
        if (t6.charCodeAt(0) === 35 || t6.indexOf('#') !== t6.lastIndexOf('#')) throw rt.invalid(p + '/embed $type is not a valid type reference')
    }
  }
  const x7: unknown = o.bookmarkCount
  if (x7 !== undefined) {
    if (!Number.isInteger(x7)) throw rt.invalid(p + '/bookmarkCount must be an integer')
  }
  const x8: unknown = o.replyCount
  if (x8 !== undefined) {
    if (!Number.isInteger(x8)) throw rt.invalid(p + '/replyCount must be an integer')
  }
  const x9: unknown = o.repostCount
  if (x9 !== undefined) {
    if (!Number.isInteger(x9)) throw rt.invalid(p + '/repostCount must be an integer')
  }
  const x10: unknown = o.likeCount
  if (x10 !== undefined) {
    if (!Number.isInteger(x10)) throw rt.invalid(p + '/likeCount must be an integer')
  }
  const x11: unknown = o.quoteCount
  if (x11 !== undefined) {
    if (!Number.isInteger(x11)) throw rt.invalid(p + '/quoteCount must be an integer')
  }
  const x12: unknown = o.indexedAt
  if (x12 === undefined) {
    throw rt.invalid(p + ' must have the property "indexedAt"')
  } else {
    if (typeof x12 !== 'string') throw rt.invalid(p + '/indexedAt must be a string')
    if (!rt.isDatetime(x12)) throw rt.invalid(p + '/indexedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x13: unknown = o.viewer
  if (x13 !== undefined) {
    try {
      checkViewerState(x13, '')
    } catch (err) {
      throw rt.within(err, p + '/viewer')
    }
  }
  const x14: unknown = o.labels
  if (x14 !== undefined) {
    if (!Array.isArray(x14)) throw rt.invalid(p + '/labels must be an array')
    for (let i15 = 0; i15 < x14.length; i15++) {
      const e15: unknown = x14[i15]
      try {
        ComAtprotoLabelDefs.checkLabel(e15, '')
      } catch (err) {
        throw rt.within(err, p + '/labels' + '/' + i15)
      }
    }
  }
  const x16: unknown = o.threadgate
  if (x16 !== undefined) {
    try {
      checkThreadgateView(x16, '')
    } catch (err) {
      throw rt.within(err, p + '/threadgate')
    }
  }
  const x17: unknown = o.debug
  if (x17 !== undefined) {
    if (!rt.isPlainObject(x17)) throw rt.invalid(p + '/debug must be an object')
  }
  return o as unknown as PostView
}

/** Validates a value as PostView; a failure says where, e.g. "Object/field must be a string". */
export function validatePostView(v: unknown): rt.ValidationResult<PostView> {
  return rt.run(checkPostView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a PostView; it does not validate it. */
export function isPostView<V>(v: V): v is V & rt.Typed<PostView, 'app.bsky.feed.defs#postView'> {
  return rt.hasType(v, 'app.bsky.feed.defs#postView')
}

/** Metadata about the requesting account's relationship with the subject content. Only has meaningful content for authed requests. */
export interface ViewerState {
  $type?: 'app.bsky.feed.defs#viewerState'
  repost?: string
  like?: string
  bookmarked?: boolean
  threadMuted?: boolean
  replyDisabled?: boolean
  embeddingDisabled?: boolean
  pinned?: boolean
  /** This property is present only in selected cases, as an optimization. */
  knownLikers?: KnownLikers
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkViewerState(v: unknown, p: string): ViewerState {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.repost
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/repost must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/repost must be a valid at-uri')
  }
  const x2: unknown = o.like
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/like must be a string')
    if (!rt.isAtUri(x2)) throw rt.invalid(p + '/like must be a valid at-uri')
  }
  const x3: unknown = o.bookmarked
  if (x3 !== undefined) {
    if (typeof x3 !== 'boolean') throw rt.invalid(p + '/bookmarked must be a boolean')
  }
  const x4: unknown = o.threadMuted
  if (x4 !== undefined) {
    if (typeof x4 !== 'boolean') throw rt.invalid(p + '/threadMuted must be a boolean')
  }
  const x5: unknown = o.replyDisabled
  if (x5 !== undefined) {
    if (typeof x5 !== 'boolean') throw rt.invalid(p + '/replyDisabled must be a boolean')
  }
  const x6: unknown = o.embeddingDisabled
  if (x6 !== undefined) {
    if (typeof x6 !== 'boolean') throw rt.invalid(p + '/embeddingDisabled must be a boolean')
  }
  const x7: unknown = o.pinned
  if (x7 !== undefined) {
    if (typeof x7 !== 'boolean') throw rt.invalid(p + '/pinned must be a boolean')
  }
  const x8: unknown = o.knownLikers
  if (x8 !== undefined) {
    try {
      checkKnownLikers(x8, '')
    } catch (err) {
      throw rt.within(err, p + '/knownLikers')
    }
  }
  return o as unknown as ViewerState
}

/** Validates a value as ViewerState; a failure says where, e.g. "Object/field must be a string". */
export function validateViewerState(v: unknown): rt.ValidationResult<ViewerState> {
  return rt.run(checkViewerState, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ViewerState; it does not validate it. */
export function isViewerState<V>(v: V): v is V & rt.Typed<ViewerState, 'app.bsky.feed.defs#viewerState'> {
  return rt.hasType(v, 'app.bsky.feed.defs#viewerState')
}

/** The post's likers whom you also follow */
export interface KnownLikers {
  $type?: 'app.bsky.feed.defs#knownLikers'
  count: number
  actors: AppBskyActorDefs.ProfileViewBasic[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkKnownLikers(v: unknown, p: string): KnownLikers {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.count
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "count"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/count must be an integer')
  }
  const x2: unknown = o.actors
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "actors"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/actors must be an array')
    if (x2.length > 5) throw rt.invalid(p + '/actors must not have more than 5 elements')
    if (x2.length < 0) throw rt.invalid(p + '/actors must not have fewer than 0 elements')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        AppBskyActorDefs.checkProfileViewBasic(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/actors' + '/' + i3)
      }
    }
  }
  return o as unknown as KnownLikers
}

/** Validates a value as KnownLikers; a failure says where, e.g. "Object/field must be a string". */
export function validateKnownLikers(v: unknown): rt.ValidationResult<KnownLikers> {
  return rt.run(checkKnownLikers, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a KnownLikers; it does not validate it. */
export function isKnownLikers<V>(v: V): v is V & rt.Typed<KnownLikers, 'app.bsky.feed.defs#knownLikers'> {
  return rt.hasType(v, 'app.bsky.feed.defs#knownLikers')
}

/** Metadata about this post within the context of the thread it is in. */
export interface ThreadContext {
  $type?: 'app.bsky.feed.defs#threadContext'
  rootAuthorLike?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkThreadContext(v: unknown, p: string): ThreadContext {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rootAuthorLike
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rootAuthorLike must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/rootAuthorLike must be a valid at-uri')
  }
  return o as unknown as ThreadContext
}

/** Validates a value as ThreadContext; a failure says where, e.g. "Object/field must be a string". */
export function validateThreadContext(v: unknown): rt.ValidationResult<ThreadContext> {
  return rt.run(checkThreadContext, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ThreadContext; it does not validate it. */
export function isThreadContext<V>(v: V): v is V & rt.Typed<ThreadContext, 'app.bsky.feed.defs#threadContext'> {
  return rt.hasType(v, 'app.bsky.feed.defs#threadContext')
}

export interface FeedViewPost {
  $type?: 'app.bsky.feed.defs#feedViewPost'
  post: PostView
  reply?: ReplyRef
  reason?: rt.Typed<ReasonRepost, 'app.bsky.feed.defs#reasonRepost'> | rt.Typed<ReasonPin, 'app.bsky.feed.defs#reasonPin'> | rt.UnknownTyped
  /** Context provided by feed generator that may be passed back alongside interactions. */
  feedContext?: string
  /** Unique identifier per request that may be passed back alongside interactions. */
  reqId?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkFeedViewPost(v: unknown, p: string): FeedViewPost {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.post
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "post"')
  } else {
    try {
      checkPostView(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/post')
    }
  }
  const x2: unknown = o.reply
  if (x2 !== undefined) {
    try {
      checkReplyRef(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/reply')
    }
  }
  const x3: unknown = o.reason
  if (x3 !== undefined) {
    if (typeof x3 !== 'object' || x3 === null || typeof (x3 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/reason must be an object which includes the "$type" property')
    const t4 = (x3 as { $type: string }).$type
    switch (t4) {
      case 'app.bsky.feed.defs#reasonRepost':
        try {
          checkReasonRepost(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/reason')
        }
        break
      case 'app.bsky.feed.defs#reasonPin':
        try {
          checkReasonPin(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/reason')
        }
        break
      default:
        if (t4.charCodeAt(0) === 35 || t4.indexOf('#') !== t4.lastIndexOf('#')) throw rt.invalid(p + '/reason $type is not a valid type reference')
    }
  }
  const x5: unknown = o.feedContext
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/feedContext must be a string')
    if (x5.length * 3 > 2000 && rt.utf8Len(x5) > 2000) throw rt.invalid(p + '/feedContext must not be longer than 2000 characters')
  }
  const x6: unknown = o.reqId
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/reqId must be a string')
    if (x6.length * 3 > 100 && rt.utf8Len(x6) > 100) throw rt.invalid(p + '/reqId must not be longer than 100 characters')
  }
  return o as unknown as FeedViewPost
}

/** Validates a value as FeedViewPost; a failure says where, e.g. "Object/field must be a string". */
export function validateFeedViewPost(v: unknown): rt.ValidationResult<FeedViewPost> {
  return rt.run(checkFeedViewPost, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a FeedViewPost; it does not validate it. */
export function isFeedViewPost<V>(v: V): v is V & rt.Typed<FeedViewPost, 'app.bsky.feed.defs#feedViewPost'> {
  return rt.hasType(v, 'app.bsky.feed.defs#feedViewPost')
}

export interface ReplyRef {
  $type?: 'app.bsky.feed.defs#replyRef'
  root: rt.Typed<PostView, 'app.bsky.feed.defs#postView'> | rt.Typed<NotFoundPost, 'app.bsky.feed.defs#notFoundPost'> | rt.Typed<BlockedPost, 'app.bsky.feed.defs#blockedPost'> | rt.UnknownTyped
  parent: rt.Typed<PostView, 'app.bsky.feed.defs#postView'> | rt.Typed<NotFoundPost, 'app.bsky.feed.defs#notFoundPost'> | rt.Typed<BlockedPost, 'app.bsky.feed.defs#blockedPost'> | rt.UnknownTyped
  /** When parent is a reply to another post, this is the author of that post. */
  grandparentAuthor?: AppBskyActorDefs.ProfileViewBasic
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkReplyRef(v: unknown, p: string): ReplyRef {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.root
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "root"')
  } else {
    if (typeof x1 !== 'object' || x1 === null || typeof (x1 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/root must be an object which includes the "$type" property')
    const t2 = (x1 as { $type: string }).$type
    switch (t2) {
      case 'app.bsky.feed.defs#postView':
        try {
          checkPostView(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/root')
        }
        break
      case 'app.bsky.feed.defs#notFoundPost':
        try {
          checkNotFoundPost(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/root')
        }
        break
      case 'app.bsky.feed.defs#blockedPost':
        try {
          checkBlockedPost(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/root')
        }
        break
      default:
        if (t2.charCodeAt(0) === 35 || t2.indexOf('#') !== t2.lastIndexOf('#')) throw rt.invalid(p + '/root $type is not a valid type reference')
    }
  }
  const x3: unknown = o.parent
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "parent"')
  } else {
    if (typeof x3 !== 'object' || x3 === null || typeof (x3 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/parent must be an object which includes the "$type" property')
    const t4 = (x3 as { $type: string }).$type
    switch (t4) {
      case 'app.bsky.feed.defs#postView':
        try {
          checkPostView(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/parent')
        }
        break
      case 'app.bsky.feed.defs#notFoundPost':
        try {
          checkNotFoundPost(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/parent')
        }
        break
      case 'app.bsky.feed.defs#blockedPost':
        try {
          checkBlockedPost(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/parent')
        }
        break
      default:
        if (t4.charCodeAt(0) === 35 || t4.indexOf('#') !== t4.lastIndexOf('#')) throw rt.invalid(p + '/parent $type is not a valid type reference')
    }
  }
  const x5: unknown = o.grandparentAuthor
  if (x5 !== undefined) {
    try {
      AppBskyActorDefs.checkProfileViewBasic(x5, '')
    } catch (err) {
      throw rt.within(err, p + '/grandparentAuthor')
    }
  }
  return o as unknown as ReplyRef
}

/** Validates a value as ReplyRef; a failure says where, e.g. "Object/field must be a string". */
export function validateReplyRef(v: unknown): rt.ValidationResult<ReplyRef> {
  return rt.run(checkReplyRef, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ReplyRef; it does not validate it. */
export function isReplyRef<V>(v: V): v is V & rt.Typed<ReplyRef, 'app.bsky.feed.defs#replyRef'> {
  return rt.hasType(v, 'app.bsky.feed.defs#replyRef')
}

export interface ReasonRepost {
  $type?: 'app.bsky.feed.defs#reasonRepost'
  by: AppBskyActorDefs.ProfileViewBasic
  uri?: string
  cid?: string
  indexedAt: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkReasonRepost(v: unknown, p: string): ReasonRepost {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.by
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "by"')
  } else {
    try {
      AppBskyActorDefs.checkProfileViewBasic(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/by')
    }
  }
  const x2: unknown = o.uri
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x2)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  const x3: unknown = o.cid
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/cid must be a string')
    if (!rt.isCid(x3)) throw rt.invalid(p + '/cid must be a cid string')
  }
  const x4: unknown = o.indexedAt
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "indexedAt"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/indexedAt must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/indexedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as ReasonRepost
}

/** Validates a value as ReasonRepost; a failure says where, e.g. "Object/field must be a string". */
export function validateReasonRepost(v: unknown): rt.ValidationResult<ReasonRepost> {
  return rt.run(checkReasonRepost, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ReasonRepost; it does not validate it. */
export function isReasonRepost<V>(v: V): v is V & rt.Typed<ReasonRepost, 'app.bsky.feed.defs#reasonRepost'> {
  return rt.hasType(v, 'app.bsky.feed.defs#reasonRepost')
}

export interface ReasonPin {
  $type?: 'app.bsky.feed.defs#reasonPin'
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkReasonPin(v: unknown, p: string): ReasonPin {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  return o as unknown as ReasonPin
}

/** Validates a value as ReasonPin; a failure says where, e.g. "Object/field must be a string". */
export function validateReasonPin(v: unknown): rt.ValidationResult<ReasonPin> {
  return rt.run(checkReasonPin, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ReasonPin; it does not validate it. */
export function isReasonPin<V>(v: V): v is V & rt.Typed<ReasonPin, 'app.bsky.feed.defs#reasonPin'> {
  return rt.hasType(v, 'app.bsky.feed.defs#reasonPin')
}

export interface ThreadViewPost {
  $type?: 'app.bsky.feed.defs#threadViewPost'
  post: PostView
  parent?: rt.Typed<ThreadViewPost, 'app.bsky.feed.defs#threadViewPost'> | rt.Typed<NotFoundPost, 'app.bsky.feed.defs#notFoundPost'> | rt.Typed<BlockedPost, 'app.bsky.feed.defs#blockedPost'> | rt.UnknownTyped
  replies?: (rt.Typed<ThreadViewPost, 'app.bsky.feed.defs#threadViewPost'> | rt.Typed<NotFoundPost, 'app.bsky.feed.defs#notFoundPost'> | rt.Typed<BlockedPost, 'app.bsky.feed.defs#blockedPost'> | rt.UnknownTyped)[]
  threadContext?: ThreadContext
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkThreadViewPost(v: unknown, p: string): ThreadViewPost {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.post
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "post"')
  } else {
    try {
      checkPostView(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/post')
    }
  }
  const x2: unknown = o.parent
  if (x2 !== undefined) {
    if (typeof x2 !== 'object' || x2 === null || typeof (x2 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/parent must be an object which includes the "$type" property')
    const t3 = (x2 as { $type: string }).$type
    switch (t3) {
      case 'app.bsky.feed.defs#threadViewPost':
        try {
          checkThreadViewPost(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/parent')
        }
        break
      case 'app.bsky.feed.defs#notFoundPost':
        try {
          checkNotFoundPost(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/parent')
        }
        break
      case 'app.bsky.feed.defs#blockedPost':
        try {
          checkBlockedPost(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/parent')
        }
        break
      default:
        if (t3.charCodeAt(0) === 35 || t3.indexOf('#') !== t3.lastIndexOf('#')) throw rt.invalid(p + '/parent $type is not a valid type reference')
    }
  }
  const x4: unknown = o.replies
  if (x4 !== undefined) {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/replies must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      if (typeof e5 !== 'object' || e5 === null || typeof (e5 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/replies' + '/' + i5 + ' must be an object which includes the "$type" property')
      const t6 = (e5 as { $type: string }).$type
      switch (t6) {
        case 'app.bsky.feed.defs#threadViewPost':
          try {
            checkThreadViewPost(e5, '')
          } catch (err) {
            throw rt.within(err, p + '/replies' + '/' + i5)
          }
          break
        case 'app.bsky.feed.defs#notFoundPost':
          try {
            checkNotFoundPost(e5, '')
          } catch (err) {
            throw rt.within(err, p + '/replies' + '/' + i5)
          }
          break
        case 'app.bsky.feed.defs#blockedPost':
          try {
            checkBlockedPost(e5, '')
          } catch (err) {
            throw rt.within(err, p + '/replies' + '/' + i5)
          }
          break
        default:
          if (t6.charCodeAt(0) === 35 || t6.indexOf('#') !== t6.lastIndexOf('#')) throw rt.invalid(p + '/replies' + '/' + i5 + ' $type is not a valid type reference')
      }
    }
  }
  const x7: unknown = o.threadContext
  if (x7 !== undefined) {
    try {
      checkThreadContext(x7, '')
    } catch (err) {
      throw rt.within(err, p + '/threadContext')
    }
  }
  return o as unknown as ThreadViewPost
}

/** Validates a value as ThreadViewPost; a failure says where, e.g. "Object/field must be a string". */
export function validateThreadViewPost(v: unknown): rt.ValidationResult<ThreadViewPost> {
  return rt.run(checkThreadViewPost, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ThreadViewPost; it does not validate it. */
export function isThreadViewPost<V>(v: V): v is V & rt.Typed<ThreadViewPost, 'app.bsky.feed.defs#threadViewPost'> {
  return rt.hasType(v, 'app.bsky.feed.defs#threadViewPost')
}

export interface NotFoundPost {
  $type?: 'app.bsky.feed.defs#notFoundPost'
  uri: string
  notFound: true
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkNotFoundPost(v: unknown, p: string): NotFoundPost {
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
  return o as unknown as NotFoundPost
}

/** Validates a value as NotFoundPost; a failure says where, e.g. "Object/field must be a string". */
export function validateNotFoundPost(v: unknown): rt.ValidationResult<NotFoundPost> {
  return rt.run(checkNotFoundPost, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a NotFoundPost; it does not validate it. */
export function isNotFoundPost<V>(v: V): v is V & rt.Typed<NotFoundPost, 'app.bsky.feed.defs#notFoundPost'> {
  return rt.hasType(v, 'app.bsky.feed.defs#notFoundPost')
}

export interface BlockedPost {
  $type?: 'app.bsky.feed.defs#blockedPost'
  uri: string
  blocked: true
  author: BlockedAuthor
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkBlockedPost(v: unknown, p: string): BlockedPost {
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
      checkBlockedAuthor(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/author')
    }
  }
  return o as unknown as BlockedPost
}

/** Validates a value as BlockedPost; a failure says where, e.g. "Object/field must be a string". */
export function validateBlockedPost(v: unknown): rt.ValidationResult<BlockedPost> {
  return rt.run(checkBlockedPost, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a BlockedPost; it does not validate it. */
export function isBlockedPost<V>(v: V): v is V & rt.Typed<BlockedPost, 'app.bsky.feed.defs#blockedPost'> {
  return rt.hasType(v, 'app.bsky.feed.defs#blockedPost')
}

export interface BlockedAuthor {
  $type?: 'app.bsky.feed.defs#blockedAuthor'
  did: string
  viewer?: AppBskyActorDefs.ViewerState
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkBlockedAuthor(v: unknown, p: string): BlockedAuthor {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x2: unknown = o.viewer
  if (x2 !== undefined) {
    try {
      AppBskyActorDefs.checkViewerState(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/viewer')
    }
  }
  return o as unknown as BlockedAuthor
}

/** Validates a value as BlockedAuthor; a failure says where, e.g. "Object/field must be a string". */
export function validateBlockedAuthor(v: unknown): rt.ValidationResult<BlockedAuthor> {
  return rt.run(checkBlockedAuthor, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a BlockedAuthor; it does not validate it. */
export function isBlockedAuthor<V>(v: V): v is V & rt.Typed<BlockedAuthor, 'app.bsky.feed.defs#blockedAuthor'> {
  return rt.hasType(v, 'app.bsky.feed.defs#blockedAuthor')
}

export interface GeneratorView {
  $type?: 'app.bsky.feed.defs#generatorView'
  uri: string
  cid: string
  did: string
  creator: AppBskyActorDefs.ProfileView
  displayName: string
  description?: string
  descriptionFacets?: AppBskyRichtextFacet.Main[]
  avatar?: string
  likeCount?: number
  acceptsInteractions?: boolean
  labels?: ComAtprotoLabelDefs.Label[]
  viewer?: GeneratorViewerState
  contentMode?: 'app.bsky.feed.defs#contentModeUnspecified' | 'app.bsky.feed.defs#contentModeVideo' | (string & {})
  indexedAt: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkGeneratorView(v: unknown, p: string): GeneratorView {
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
  const x3: unknown = o.did
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x3)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x4: unknown = o.creator
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "creator"')
  } else {
    try {
      AppBskyActorDefs.checkProfileView(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/creator')
    }
  }
  const x5: unknown = o.displayName
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "displayName"')
  } else {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/displayName must be a string')
  }
  const x6: unknown = o.description
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/description must be a string')
    if (x6.length * 3 > 3000 && rt.utf8Len(x6) > 3000) throw rt.invalid(p + '/description must not be longer than 3000 characters')
    if (x6.length > 300 && rt.graphemeLen(x6) > 300) throw rt.invalid(p + '/description must not be longer than 300 graphemes')
  }
  const x7: unknown = o.descriptionFacets
  if (x7 !== undefined) {
    if (!Array.isArray(x7)) throw rt.invalid(p + '/descriptionFacets must be an array')
    for (let i8 = 0; i8 < x7.length; i8++) {
      const e8: unknown = x7[i8]
      try {
        AppBskyRichtextFacet.checkMain(e8, '')
      } catch (err) {
        throw rt.within(err, p + '/descriptionFacets' + '/' + i8)
      }
    }
  }
  const x9: unknown = o.avatar
  if (x9 !== undefined) {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/avatar must be a string')
    if (!rt.isUri(x9)) throw rt.invalid(p + '/avatar must be a uri')
  }
  const x10: unknown = o.likeCount
  if (x10 !== undefined) {
    if (!Number.isInteger(x10)) throw rt.invalid(p + '/likeCount must be an integer')
    if ((x10 as number) < 0) throw rt.invalid(p + '/likeCount can not be less than 0')
  }
  const x11: unknown = o.acceptsInteractions
  if (x11 !== undefined) {
    if (typeof x11 !== 'boolean') throw rt.invalid(p + '/acceptsInteractions must be a boolean')
  }
  const x12: unknown = o.labels
  if (x12 !== undefined) {
    if (!Array.isArray(x12)) throw rt.invalid(p + '/labels must be an array')
    for (let i13 = 0; i13 < x12.length; i13++) {
      const e13: unknown = x12[i13]
      try {
        ComAtprotoLabelDefs.checkLabel(e13, '')
      } catch (err) {
        throw rt.within(err, p + '/labels' + '/' + i13)
      }
    }
  }
  const x14: unknown = o.viewer
  if (x14 !== undefined) {
    try {
      checkGeneratorViewerState(x14, '')
    } catch (err) {
      throw rt.within(err, p + '/viewer')
    }
  }
  const x15: unknown = o.contentMode
  if (x15 !== undefined) {
    if (typeof x15 !== 'string') throw rt.invalid(p + '/contentMode must be a string')
  }
  const x16: unknown = o.indexedAt
  if (x16 === undefined) {
    throw rt.invalid(p + ' must have the property "indexedAt"')
  } else {
    if (typeof x16 !== 'string') throw rt.invalid(p + '/indexedAt must be a string')
    if (!rt.isDatetime(x16)) throw rt.invalid(p + '/indexedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as GeneratorView
}

/** Validates a value as GeneratorView; a failure says where, e.g. "Object/field must be a string". */
export function validateGeneratorView(v: unknown): rt.ValidationResult<GeneratorView> {
  return rt.run(checkGeneratorView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a GeneratorView; it does not validate it. */
export function isGeneratorView<V>(v: V): v is V & rt.Typed<GeneratorView, 'app.bsky.feed.defs#generatorView'> {
  return rt.hasType(v, 'app.bsky.feed.defs#generatorView')
}

export interface GeneratorViewerState {
  $type?: 'app.bsky.feed.defs#generatorViewerState'
  like?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkGeneratorViewerState(v: unknown, p: string): GeneratorViewerState {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.like
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/like must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/like must be a valid at-uri')
  }
  return o as unknown as GeneratorViewerState
}

/** Validates a value as GeneratorViewerState; a failure says where, e.g. "Object/field must be a string". */
export function validateGeneratorViewerState(v: unknown): rt.ValidationResult<GeneratorViewerState> {
  return rt.run(checkGeneratorViewerState, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a GeneratorViewerState; it does not validate it. */
export function isGeneratorViewerState<V>(v: V): v is V & rt.Typed<GeneratorViewerState, 'app.bsky.feed.defs#generatorViewerState'> {
  return rt.hasType(v, 'app.bsky.feed.defs#generatorViewerState')
}

export interface SkeletonFeedPost {
  $type?: 'app.bsky.feed.defs#skeletonFeedPost'
  post: string
  reason?: rt.Typed<SkeletonReasonRepost, 'app.bsky.feed.defs#skeletonReasonRepost'> | rt.Typed<SkeletonReasonPin, 'app.bsky.feed.defs#skeletonReasonPin'> | rt.UnknownTyped
  /** Context that will be passed through to client and may be passed to feed generator back alongside interactions. */
  feedContext?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSkeletonFeedPost(v: unknown, p: string): SkeletonFeedPost {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.post
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "post"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/post must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/post must be a valid at-uri')
  }
  const x2: unknown = o.reason
  if (x2 !== undefined) {
    if (typeof x2 !== 'object' || x2 === null || typeof (x2 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/reason must be an object which includes the "$type" property')
    const t3 = (x2 as { $type: string }).$type
    switch (t3) {
      case 'app.bsky.feed.defs#skeletonReasonRepost':
        try {
          checkSkeletonReasonRepost(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/reason')
        }
        break
      case 'app.bsky.feed.defs#skeletonReasonPin':
        try {
          checkSkeletonReasonPin(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/reason')
        }
        break
      default:
        if (t3.charCodeAt(0) === 35 || t3.indexOf('#') !== t3.lastIndexOf('#')) throw rt.invalid(p + '/reason $type is not a valid type reference')
    }
  }
  const x4: unknown = o.feedContext
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/feedContext must be a string')
    if (x4.length * 3 > 2000 && rt.utf8Len(x4) > 2000) throw rt.invalid(p + '/feedContext must not be longer than 2000 characters')
  }
  return o as unknown as SkeletonFeedPost
}

/** Validates a value as SkeletonFeedPost; a failure says where, e.g. "Object/field must be a string". */
export function validateSkeletonFeedPost(v: unknown): rt.ValidationResult<SkeletonFeedPost> {
  return rt.run(checkSkeletonFeedPost, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SkeletonFeedPost; it does not validate it. */
export function isSkeletonFeedPost<V>(v: V): v is V & rt.Typed<SkeletonFeedPost, 'app.bsky.feed.defs#skeletonFeedPost'> {
  return rt.hasType(v, 'app.bsky.feed.defs#skeletonFeedPost')
}

export interface SkeletonReasonRepost {
  $type?: 'app.bsky.feed.defs#skeletonReasonRepost'
  repost: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSkeletonReasonRepost(v: unknown, p: string): SkeletonReasonRepost {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.repost
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "repost"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/repost must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/repost must be a valid at-uri')
  }
  return o as unknown as SkeletonReasonRepost
}

/** Validates a value as SkeletonReasonRepost; a failure says where, e.g. "Object/field must be a string". */
export function validateSkeletonReasonRepost(v: unknown): rt.ValidationResult<SkeletonReasonRepost> {
  return rt.run(checkSkeletonReasonRepost, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SkeletonReasonRepost; it does not validate it. */
export function isSkeletonReasonRepost<V>(v: V): v is V & rt.Typed<SkeletonReasonRepost, 'app.bsky.feed.defs#skeletonReasonRepost'> {
  return rt.hasType(v, 'app.bsky.feed.defs#skeletonReasonRepost')
}

export interface SkeletonReasonPin {
  $type?: 'app.bsky.feed.defs#skeletonReasonPin'
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSkeletonReasonPin(v: unknown, p: string): SkeletonReasonPin {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  return o as unknown as SkeletonReasonPin
}

/** Validates a value as SkeletonReasonPin; a failure says where, e.g. "Object/field must be a string". */
export function validateSkeletonReasonPin(v: unknown): rt.ValidationResult<SkeletonReasonPin> {
  return rt.run(checkSkeletonReasonPin, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SkeletonReasonPin; it does not validate it. */
export function isSkeletonReasonPin<V>(v: V): v is V & rt.Typed<SkeletonReasonPin, 'app.bsky.feed.defs#skeletonReasonPin'> {
  return rt.hasType(v, 'app.bsky.feed.defs#skeletonReasonPin')
}

export interface ThreadgateView {
  $type?: 'app.bsky.feed.defs#threadgateView'
  uri?: string
  cid?: string
  record?: { [key: string]: unknown }
  lists?: AppBskyGraphDefs.ListViewBasic[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkThreadgateView(v: unknown, p: string): ThreadgateView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  const x2: unknown = o.cid
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/cid must be a string')
    if (!rt.isCid(x2)) throw rt.invalid(p + '/cid must be a cid string')
  }
  const x3: unknown = o.record
  if (x3 !== undefined) {
    if (!rt.isPlainObject(x3)) throw rt.invalid(p + '/record must be an object')
  }
  const x4: unknown = o.lists
  if (x4 !== undefined) {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/lists must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      try {
        AppBskyGraphDefs.checkListViewBasic(e5, '')
      } catch (err) {
        throw rt.within(err, p + '/lists' + '/' + i5)
      }
    }
  }
  return o as unknown as ThreadgateView
}

/** Validates a value as ThreadgateView; a failure says where, e.g. "Object/field must be a string". */
export function validateThreadgateView(v: unknown): rt.ValidationResult<ThreadgateView> {
  return rt.run(checkThreadgateView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ThreadgateView; it does not validate it. */
export function isThreadgateView<V>(v: V): v is V & rt.Typed<ThreadgateView, 'app.bsky.feed.defs#threadgateView'> {
  return rt.hasType(v, 'app.bsky.feed.defs#threadgateView')
}

export interface Interaction {
  $type?: 'app.bsky.feed.defs#interaction'
  item?: string
  event?: 'app.bsky.feed.defs#requestLess' | 'app.bsky.feed.defs#requestMore' | 'app.bsky.feed.defs#clickthroughItem' | 'app.bsky.feed.defs#clickthroughAuthor' | 'app.bsky.feed.defs#clickthroughReposter' | 'app.bsky.feed.defs#clickthroughEmbed' | 'app.bsky.feed.defs#interactionSeen' | 'app.bsky.feed.defs#interactionLike' | 'app.bsky.feed.defs#interactionRepost' | 'app.bsky.feed.defs#interactionReply' | 'app.bsky.feed.defs#interactionQuote' | 'app.bsky.feed.defs#interactionShare' | (string & {})
  /** Context on a feed item that was originally supplied by the feed generator on getFeedSkeleton. */
  feedContext?: string
  /** Unique identifier per request that may be passed back alongside interactions. */
  reqId?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInteraction(v: unknown, p: string): Interaction {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.item
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/item must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/item must be a valid at-uri')
  }
  const x2: unknown = o.event
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/event must be a string')
  }
  const x3: unknown = o.feedContext
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/feedContext must be a string')
    if (x3.length * 3 > 2000 && rt.utf8Len(x3) > 2000) throw rt.invalid(p + '/feedContext must not be longer than 2000 characters')
  }
  const x4: unknown = o.reqId
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/reqId must be a string')
    if (x4.length * 3 > 100 && rt.utf8Len(x4) > 100) throw rt.invalid(p + '/reqId must not be longer than 100 characters')
  }
  return o as unknown as Interaction
}

/** Validates a value as Interaction; a failure says where, e.g. "Object/field must be a string". */
export function validateInteraction(v: unknown): rt.ValidationResult<Interaction> {
  return rt.run(checkInteraction, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Interaction; it does not validate it. */
export function isInteraction<V>(v: V): v is V & rt.Typed<Interaction, 'app.bsky.feed.defs#interaction'> {
  return rt.hasType(v, 'app.bsky.feed.defs#interaction')
}

/** Request that less content like the given feed item be shown in the feed */
export const REQUEST_LESS = 'app.bsky.feed.defs#requestLess'

/** Request that more content like the given feed item be shown in the feed */
export const REQUEST_MORE = 'app.bsky.feed.defs#requestMore'

/** User clicked through to the feed item */
export const CLICKTHROUGH_ITEM = 'app.bsky.feed.defs#clickthroughItem'

/** User clicked through to the author of the feed item */
export const CLICKTHROUGH_AUTHOR = 'app.bsky.feed.defs#clickthroughAuthor'

/** User clicked through to the reposter of the feed item */
export const CLICKTHROUGH_REPOSTER = 'app.bsky.feed.defs#clickthroughReposter'

/** User clicked through to the embedded content of the feed item */
export const CLICKTHROUGH_EMBED = 'app.bsky.feed.defs#clickthroughEmbed'

/** Declares the feed generator returns any types of posts. */
export const CONTENT_MODE_UNSPECIFIED = 'app.bsky.feed.defs#contentModeUnspecified'

/** Declares the feed generator returns posts containing app.bsky.embed.video embeds. */
export const CONTENT_MODE_VIDEO = 'app.bsky.feed.defs#contentModeVideo'

/** Feed item was seen by user */
export const INTERACTION_SEEN = 'app.bsky.feed.defs#interactionSeen'

/** User liked the feed item */
export const INTERACTION_LIKE = 'app.bsky.feed.defs#interactionLike'

/** User reposted the feed item */
export const INTERACTION_REPOST = 'app.bsky.feed.defs#interactionRepost'

/** User replied to the feed item */
export const INTERACTION_REPLY = 'app.bsky.feed.defs#interactionReply'

/** User quoted the feed item */
export const INTERACTION_QUOTE = 'app.bsky.feed.defs#interactionQuote'

/** User shared the feed item */
export const INTERACTION_SHARE = 'app.bsky.feed.defs#interactionShare'
