/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/unspecced/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyActorDefs from '../actor/defs.js'
import * as AppBskyFeedDefs from '../feed/defs.js'

export const id = 'app.bsky.unspecced.defs'

export interface SkeletonSearchPost {
  $type?: 'app.bsky.unspecced.defs#skeletonSearchPost'
  uri: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSkeletonSearchPost(v: unknown, p: string): SkeletonSearchPost {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  return o as unknown as SkeletonSearchPost
}

/** Validates a value as SkeletonSearchPost; a failure says where, e.g. "Object/field must be a string". */
export function validateSkeletonSearchPost(v: unknown): rt.ValidationResult<SkeletonSearchPost> {
  return rt.run(checkSkeletonSearchPost, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SkeletonSearchPost; it does not validate it. */
export function isSkeletonSearchPost<V>(v: V): v is V & rt.Typed<SkeletonSearchPost, 'app.bsky.unspecced.defs#skeletonSearchPost'> {
  return rt.hasType(v, 'app.bsky.unspecced.defs#skeletonSearchPost')
}

export interface SkeletonSearchActor {
  $type?: 'app.bsky.unspecced.defs#skeletonSearchActor'
  did: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSkeletonSearchActor(v: unknown, p: string): SkeletonSearchActor {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  return o as unknown as SkeletonSearchActor
}

/** Validates a value as SkeletonSearchActor; a failure says where, e.g. "Object/field must be a string". */
export function validateSkeletonSearchActor(v: unknown): rt.ValidationResult<SkeletonSearchActor> {
  return rt.run(checkSkeletonSearchActor, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SkeletonSearchActor; it does not validate it. */
export function isSkeletonSearchActor<V>(v: V): v is V & rt.Typed<SkeletonSearchActor, 'app.bsky.unspecced.defs#skeletonSearchActor'> {
  return rt.hasType(v, 'app.bsky.unspecced.defs#skeletonSearchActor')
}

export interface SkeletonSearchStarterPack {
  $type?: 'app.bsky.unspecced.defs#skeletonSearchStarterPack'
  uri: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSkeletonSearchStarterPack(v: unknown, p: string): SkeletonSearchStarterPack {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  return o as unknown as SkeletonSearchStarterPack
}

/** Validates a value as SkeletonSearchStarterPack; a failure says where, e.g. "Object/field must be a string". */
export function validateSkeletonSearchStarterPack(v: unknown): rt.ValidationResult<SkeletonSearchStarterPack> {
  return rt.run(checkSkeletonSearchStarterPack, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SkeletonSearchStarterPack; it does not validate it. */
export function isSkeletonSearchStarterPack<V>(v: V): v is V & rt.Typed<SkeletonSearchStarterPack, 'app.bsky.unspecced.defs#skeletonSearchStarterPack'> {
  return rt.hasType(v, 'app.bsky.unspecced.defs#skeletonSearchStarterPack')
}

export interface TrendingTopic {
  $type?: 'app.bsky.unspecced.defs#trendingTopic'
  topic: string
  displayName?: string
  description?: string
  link: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkTrendingTopic(v: unknown, p: string): TrendingTopic {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.topic
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "topic"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/topic must be a string')
  }
  const x2: unknown = o.displayName
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/displayName must be a string')
  }
  const x3: unknown = o.description
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/description must be a string')
  }
  const x4: unknown = o.link
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "link"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/link must be a string')
  }
  return o as unknown as TrendingTopic
}

/** Validates a value as TrendingTopic; a failure says where, e.g. "Object/field must be a string". */
export function validateTrendingTopic(v: unknown): rt.ValidationResult<TrendingTopic> {
  return rt.run(checkTrendingTopic, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a TrendingTopic; it does not validate it. */
export function isTrendingTopic<V>(v: V): v is V & rt.Typed<TrendingTopic, 'app.bsky.unspecced.defs#trendingTopic'> {
  return rt.hasType(v, 'app.bsky.unspecced.defs#trendingTopic')
}

export interface SkeletonTrend {
  $type?: 'app.bsky.unspecced.defs#skeletonTrend'
  topic: string
  displayName: string
  description?: string
  link: string
  startedAt: string
  postCount: number
  status?: 'hot' | (string & {})
  category?: string
  dids: string[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSkeletonTrend(v: unknown, p: string): SkeletonTrend {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.topic
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "topic"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/topic must be a string')
  }
  const x2: unknown = o.displayName
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "displayName"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/displayName must be a string')
  }
  const x3: unknown = o.description
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/description must be a string')
  }
  const x4: unknown = o.link
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "link"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/link must be a string')
  }
  const x5: unknown = o.startedAt
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "startedAt"')
  } else {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/startedAt must be a string')
    if (!rt.isDatetime(x5)) throw rt.invalid(p + '/startedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x6: unknown = o.postCount
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "postCount"')
  } else {
    if (!Number.isInteger(x6)) throw rt.invalid(p + '/postCount must be an integer')
  }
  const x7: unknown = o.status
  if (x7 !== undefined) {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/status must be a string')
  }
  const x8: unknown = o.category
  if (x8 !== undefined) {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/category must be a string')
  }
  const x9: unknown = o.dids
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "dids"')
  } else {
    if (!Array.isArray(x9)) throw rt.invalid(p + '/dids must be an array')
    for (let i10 = 0; i10 < x9.length; i10++) {
      const e10: unknown = x9[i10]
      if (typeof e10 !== 'string') throw rt.invalid(p + '/dids' + '/' + i10 + ' must be a string')
      if (!rt.isDid(e10)) throw rt.invalid(p + '/dids' + '/' + i10 + ' must be a valid did')
    }
  }
  return o as unknown as SkeletonTrend
}

/** Validates a value as SkeletonTrend; a failure says where, e.g. "Object/field must be a string". */
export function validateSkeletonTrend(v: unknown): rt.ValidationResult<SkeletonTrend> {
  return rt.run(checkSkeletonTrend, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SkeletonTrend; it does not validate it. */
export function isSkeletonTrend<V>(v: V): v is V & rt.Typed<SkeletonTrend, 'app.bsky.unspecced.defs#skeletonTrend'> {
  return rt.hasType(v, 'app.bsky.unspecced.defs#skeletonTrend')
}

export interface TrendView {
  $type?: 'app.bsky.unspecced.defs#trendView'
  topic: string
  displayName: string
  description?: string
  link: string
  startedAt: string
  postCount: number
  status?: 'hot' | (string & {})
  category?: string
  actors: AppBskyActorDefs.ProfileViewBasic[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkTrendView(v: unknown, p: string): TrendView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.topic
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "topic"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/topic must be a string')
  }
  const x2: unknown = o.displayName
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "displayName"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/displayName must be a string')
  }
  const x3: unknown = o.description
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/description must be a string')
  }
  const x4: unknown = o.link
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "link"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/link must be a string')
  }
  const x5: unknown = o.startedAt
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "startedAt"')
  } else {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/startedAt must be a string')
    if (!rt.isDatetime(x5)) throw rt.invalid(p + '/startedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x6: unknown = o.postCount
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "postCount"')
  } else {
    if (!Number.isInteger(x6)) throw rt.invalid(p + '/postCount must be an integer')
  }
  const x7: unknown = o.status
  if (x7 !== undefined) {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/status must be a string')
  }
  const x8: unknown = o.category
  if (x8 !== undefined) {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/category must be a string')
  }
  const x9: unknown = o.actors
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "actors"')
  } else {
    if (!Array.isArray(x9)) throw rt.invalid(p + '/actors must be an array')
    for (let i10 = 0; i10 < x9.length; i10++) {
      const e10: unknown = x9[i10]
      try {
        AppBskyActorDefs.checkProfileViewBasic(e10, '')
      } catch (err) {
        throw rt.within(err, p + '/actors' + '/' + i10)
      }
    }
  }
  return o as unknown as TrendView
}

/** Validates a value as TrendView; a failure says where, e.g. "Object/field must be a string". */
export function validateTrendView(v: unknown): rt.ValidationResult<TrendView> {
  return rt.run(checkTrendView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a TrendView; it does not validate it. */
export function isTrendView<V>(v: V): v is V & rt.Typed<TrendView, 'app.bsky.unspecced.defs#trendView'> {
  return rt.hasType(v, 'app.bsky.unspecced.defs#trendView')
}

export interface ThreadItemPost {
  $type?: 'app.bsky.unspecced.defs#threadItemPost'
  post: AppBskyFeedDefs.PostView
  /** This post has more parents that were not present in the response. This is just a boolean, without the number of parents. */
  moreParents: boolean
  /** This post has more replies that were not present in the response. This is a numeric value, which is best-effort and might not be accurate. */
  moreReplies: number
  /** This post is part of a contiguous thread by the OP from the thread root. Sub-threads by OP deeper in the tree are not considered an OP thread. */
  opThread: boolean
  /** The 1-indexed position of this post within the contiguous OP thread. Only present when this post is part of the OP thread (see `opThread`). */
  opThreadPostIndex?: number
  /** The total number of posts in the contiguous OP thread that this post belongs to. Only present when this post is part of the OP thread (see `opThread`). */
  opThreadPostCount?: number
  /** The threadgate created by the author indicates this post as a reply to be hidden for everyone consuming the thread. */
  hiddenByThreadgate: boolean
  /** This is by an account muted by the viewer requesting it. */
  mutedByViewer: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkThreadItemPost(v: unknown, p: string): ThreadItemPost {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.post
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "post"')
  } else {
    try {
      AppBskyFeedDefs.checkPostView(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/post')
    }
  }
  const x2: unknown = o.moreParents
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "moreParents"')
  } else {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/moreParents must be a boolean')
  }
  const x3: unknown = o.moreReplies
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "moreReplies"')
  } else {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/moreReplies must be an integer')
  }
  const x4: unknown = o.opThread
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "opThread"')
  } else {
    if (typeof x4 !== 'boolean') throw rt.invalid(p + '/opThread must be a boolean')
  }
  const x5: unknown = o.opThreadPostIndex
  if (x5 !== undefined) {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/opThreadPostIndex must be an integer')
  }
  const x6: unknown = o.opThreadPostCount
  if (x6 !== undefined) {
    if (!Number.isInteger(x6)) throw rt.invalid(p + '/opThreadPostCount must be an integer')
  }
  const x7: unknown = o.hiddenByThreadgate
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "hiddenByThreadgate"')
  } else {
    if (typeof x7 !== 'boolean') throw rt.invalid(p + '/hiddenByThreadgate must be a boolean')
  }
  const x8: unknown = o.mutedByViewer
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "mutedByViewer"')
  } else {
    if (typeof x8 !== 'boolean') throw rt.invalid(p + '/mutedByViewer must be a boolean')
  }
  return o as unknown as ThreadItemPost
}

/** Validates a value as ThreadItemPost; a failure says where, e.g. "Object/field must be a string". */
export function validateThreadItemPost(v: unknown): rt.ValidationResult<ThreadItemPost> {
  return rt.run(checkThreadItemPost, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ThreadItemPost; it does not validate it. */
export function isThreadItemPost<V>(v: V): v is V & rt.Typed<ThreadItemPost, 'app.bsky.unspecced.defs#threadItemPost'> {
  return rt.hasType(v, 'app.bsky.unspecced.defs#threadItemPost')
}

export interface ThreadItemNoUnauthenticated {
  $type?: 'app.bsky.unspecced.defs#threadItemNoUnauthenticated'
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkThreadItemNoUnauthenticated(v: unknown, p: string): ThreadItemNoUnauthenticated {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  return o as unknown as ThreadItemNoUnauthenticated
}

/** Validates a value as ThreadItemNoUnauthenticated; a failure says where, e.g. "Object/field must be a string". */
export function validateThreadItemNoUnauthenticated(v: unknown): rt.ValidationResult<ThreadItemNoUnauthenticated> {
  return rt.run(checkThreadItemNoUnauthenticated, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ThreadItemNoUnauthenticated; it does not validate it. */
export function isThreadItemNoUnauthenticated<V>(v: V): v is V & rt.Typed<ThreadItemNoUnauthenticated, 'app.bsky.unspecced.defs#threadItemNoUnauthenticated'> {
  return rt.hasType(v, 'app.bsky.unspecced.defs#threadItemNoUnauthenticated')
}

export interface ThreadItemNotFound {
  $type?: 'app.bsky.unspecced.defs#threadItemNotFound'
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkThreadItemNotFound(v: unknown, p: string): ThreadItemNotFound {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  return o as unknown as ThreadItemNotFound
}

/** Validates a value as ThreadItemNotFound; a failure says where, e.g. "Object/field must be a string". */
export function validateThreadItemNotFound(v: unknown): rt.ValidationResult<ThreadItemNotFound> {
  return rt.run(checkThreadItemNotFound, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ThreadItemNotFound; it does not validate it. */
export function isThreadItemNotFound<V>(v: V): v is V & rt.Typed<ThreadItemNotFound, 'app.bsky.unspecced.defs#threadItemNotFound'> {
  return rt.hasType(v, 'app.bsky.unspecced.defs#threadItemNotFound')
}

export interface ThreadItemBlocked {
  $type?: 'app.bsky.unspecced.defs#threadItemBlocked'
  author: AppBskyFeedDefs.BlockedAuthor
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkThreadItemBlocked(v: unknown, p: string): ThreadItemBlocked {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.author
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "author"')
  } else {
    try {
      AppBskyFeedDefs.checkBlockedAuthor(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/author')
    }
  }
  return o as unknown as ThreadItemBlocked
}

/** Validates a value as ThreadItemBlocked; a failure says where, e.g. "Object/field must be a string". */
export function validateThreadItemBlocked(v: unknown): rt.ValidationResult<ThreadItemBlocked> {
  return rt.run(checkThreadItemBlocked, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ThreadItemBlocked; it does not validate it. */
export function isThreadItemBlocked<V>(v: V): v is V & rt.Typed<ThreadItemBlocked, 'app.bsky.unspecced.defs#threadItemBlocked'> {
  return rt.hasType(v, 'app.bsky.unspecced.defs#threadItemBlocked')
}

/** The computed state of the age assurance process, returned to the user in question on certain authenticated requests. */
export interface AgeAssuranceState {
  $type?: 'app.bsky.unspecced.defs#ageAssuranceState'
  /** The timestamp when this state was last updated. */
  lastInitiatedAt?: string
  /** The status of the age assurance process. */
  status: 'unknown' | 'pending' | 'assured' | 'blocked' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkAgeAssuranceState(v: unknown, p: string): AgeAssuranceState {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.lastInitiatedAt
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/lastInitiatedAt must be a string')
    if (!rt.isDatetime(x1)) throw rt.invalid(p + '/lastInitiatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x2: unknown = o.status
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "status"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/status must be a string')
  }
  return o as unknown as AgeAssuranceState
}

/** Validates a value as AgeAssuranceState; a failure says where, e.g. "Object/field must be a string". */
export function validateAgeAssuranceState(v: unknown): rt.ValidationResult<AgeAssuranceState> {
  return rt.run(checkAgeAssuranceState, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a AgeAssuranceState; it does not validate it. */
export function isAgeAssuranceState<V>(v: V): v is V & rt.Typed<AgeAssuranceState, 'app.bsky.unspecced.defs#ageAssuranceState'> {
  return rt.hasType(v, 'app.bsky.unspecced.defs#ageAssuranceState')
}

/** Object used to store age assurance data in stash. */
export interface AgeAssuranceEvent {
  $type?: 'app.bsky.unspecced.defs#ageAssuranceEvent'
  /** The date and time of this write operation. */
  createdAt: string
  /** The status of the age assurance process. */
  status: 'unknown' | 'pending' | 'assured' | (string & {})
  /** The unique identifier for this instance of the age assurance flow, in UUID format. */
  attemptId: string
  /** The email used for AA. */
  email?: string
  /** The IP address used when initiating the AA flow. */
  initIp?: string
  /** The user agent used when initiating the AA flow. */
  initUa?: string
  /** The IP address used when completing the AA flow. */
  completeIp?: string
  /** The user agent used when completing the AA flow. */
  completeUa?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkAgeAssuranceEvent(v: unknown, p: string): AgeAssuranceEvent {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.createdAt
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x1)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x2: unknown = o.status
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "status"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/status must be a string')
  }
  const x3: unknown = o.attemptId
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "attemptId"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/attemptId must be a string')
  }
  const x4: unknown = o.email
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/email must be a string')
  }
  const x5: unknown = o.initIp
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/initIp must be a string')
  }
  const x6: unknown = o.initUa
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/initUa must be a string')
  }
  const x7: unknown = o.completeIp
  if (x7 !== undefined) {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/completeIp must be a string')
  }
  const x8: unknown = o.completeUa
  if (x8 !== undefined) {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/completeUa must be a string')
  }
  return o as unknown as AgeAssuranceEvent
}

/** Validates a value as AgeAssuranceEvent; a failure says where, e.g. "Object/field must be a string". */
export function validateAgeAssuranceEvent(v: unknown): rt.ValidationResult<AgeAssuranceEvent> {
  return rt.run(checkAgeAssuranceEvent, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a AgeAssuranceEvent; it does not validate it. */
export function isAgeAssuranceEvent<V>(v: V): v is V & rt.Typed<AgeAssuranceEvent, 'app.bsky.unspecced.defs#ageAssuranceEvent'> {
  return rt.hasType(v, 'app.bsky.unspecced.defs#ageAssuranceEvent')
}
