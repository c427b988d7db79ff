/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/notification/listNotifications.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoLabelDefs from '../../../com/atproto/label/defs.js'
import * as AppBskyActorDefs from '../actor/defs.js'
import * as AppBskyGraphDefs from '../graph/defs.js'

export const id = 'app.bsky.notification.listNotifications'

/** Query-string parameters. */
export interface QueryParams {
  /** Notification reasons to include in response. */
  reasons?: string[]
  limit: number
  /** Deprecated: this parameter is ignored. */
  priority?: boolean
  cursor?: string
  /** Deprecated: this parameter is unsupported and will cause an error. */
  seenAt?: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { reasons: ['string'], limit: 'integer', priority: 'boolean', cursor: 'string', seenAt: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.reasons
  if (x1 !== undefined) {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/reasons must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      if (typeof e2 !== 'string') throw rt.invalid(p + '/reasons' + '/' + i2 + ' must be a string')
    }
  }
  const x3: unknown = o.limit
  if (x3 === undefined) {
    (r ??= { ...o })['limit'] = 50
  } else {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/limit must be an integer')
    if ((x3 as number) > 100) throw rt.invalid(p + '/limit can not be greater than 100')
    if ((x3 as number) < 1) throw rt.invalid(p + '/limit can not be less than 1')
  }
  const x4: unknown = o.priority
  if (x4 !== undefined) {
    if (typeof x4 !== 'boolean') throw rt.invalid(p + '/priority must be a boolean')
  }
  const x5: unknown = o.cursor
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x6: unknown = o.seenAt
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/seenAt must be a string')
    if (!rt.isDatetime(x6)) throw rt.invalid(p + '/seenAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return (r ?? o) as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  cursor?: string
  notifications: Notification[]
  /** Deprecated: this field is no longer populated. */
  priority?: boolean
  seenAt?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x2: unknown = o.notifications
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "notifications"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/notifications must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        checkNotification(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/notifications' + '/' + i3)
      }
    }
  }
  const x4: unknown = o.priority
  if (x4 !== undefined) {
    if (typeof x4 !== 'boolean') throw rt.invalid(p + '/priority must be a boolean')
  }
  const x5: unknown = o.seenAt
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/seenAt must be a string')
    if (!rt.isDatetime(x5)) throw rt.invalid(p + '/seenAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as OutputSchema
}

export interface HandlerOutput {
  encoding: 'application/json'
  body: OutputSchema
  headers?: { [name: string]: string }
}

/** The error names this method declares. */
export type ErrorName = never

export const ERRORS: readonly ErrorName[] = []

/**
 * The XRPC error for one of this method's declared errors, to throw (400 unless `status`
 * says otherwise); no other name compiles.
 */
export const error: rt.DeclaredError<ErrorName> = rt.declaredError

/** The handler of this method, typed by its Lexicon. */
export type Handler<C = unknown, A = unknown> = rt.XrpcHandler<C, A, QueryParams, HandlerInput, HandlerOutput, ErrorName>

/** The handler, or the handler with its auth verifier and options. */
export type Method<C = unknown, A = unknown> = rt.XrpcMethod<C, A, QueryParams, HandlerInput, HandlerOutput, ErrorName>

/** This method as @atproto/xrpc-server's `add()` takes it, validating with the checks above. */
export const schema = rt.query({
  nsid: id,
  params: { kinds: PARAM_KINDS, check: checkQueryParams },
  output: { encoding: 'application/json', check: checkOutputSchema },
  errors: ERRORS,
})

export interface Notification {
  $type?: 'app.bsky.notification.listNotifications#notification'
  uri: string
  cid: string
  author: AppBskyActorDefs.ProfileView
  /** The reason why this notification was delivered - e.g. your post was liked, or you received a new follower. */
  reason: 'like' | 'repost' | 'follow' | 'mention' | 'reply' | 'quote' | 'starterpack-joined' | 'verified' | 'unverified' | 'like-via-repost' | 'repost-via-repost' | 'subscribed-post' | 'contact-match' | (string & {})
  reasonSubject?: string
  record: { [key: string]: unknown }
  /** The starter pack associated with this notification. Present when the notification is for a follow originating from a starter pack. */
  starterPack?: AppBskyGraphDefs.StarterPackViewBasic
  isRead: boolean
  indexedAt: string
  labels?: ComAtprotoLabelDefs.Label[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkNotification(v: unknown, p: string): Notification {
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
      AppBskyActorDefs.checkProfileView(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/author')
    }
  }
  const x4: unknown = o.reason
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "reason"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/reason must be a string')
  }
  const x5: unknown = o.reasonSubject
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/reasonSubject must be a string')
    if (!rt.isAtUri(x5)) throw rt.invalid(p + '/reasonSubject must be a valid at-uri')
  }
  const x6: unknown = o.record
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "record"')
  } else {
    if (!rt.isPlainObject(x6)) throw rt.invalid(p + '/record must be an object')
  }
  const x7: unknown = o.starterPack
  if (x7 !== undefined) {
    try {
      AppBskyGraphDefs.checkStarterPackViewBasic(x7, '')
    } catch (err) {
      throw rt.within(err, p + '/starterPack')
    }
  }
  const x8: unknown = o.isRead
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "isRead"')
  } else {
    if (typeof x8 !== 'boolean') throw rt.invalid(p + '/isRead must be a boolean')
  }
  const x9: unknown = o.indexedAt
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "indexedAt"')
  } else {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/indexedAt must be a string')
    if (!rt.isDatetime(x9)) throw rt.invalid(p + '/indexedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x10: unknown = o.labels
  if (x10 !== undefined) {
    if (!Array.isArray(x10)) throw rt.invalid(p + '/labels must be an array')
    for (let i11 = 0; i11 < x10.length; i11++) {
      const e11: unknown = x10[i11]
      try {
        ComAtprotoLabelDefs.checkLabel(e11, '')
      } catch (err) {
        throw rt.within(err, p + '/labels' + '/' + i11)
      }
    }
  }
  return o as unknown as Notification
}

/** Validates a value as Notification; a failure says where, e.g. "Object/field must be a string". */
export function validateNotification(v: unknown): rt.ValidationResult<Notification> {
  return rt.run(checkNotification, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Notification; it does not validate it. */
export function isNotification<V>(v: V): v is V & rt.Typed<Notification, 'app.bsky.notification.listNotifications#notification'> {
  return rt.hasType(v, 'app.bsky.notification.listNotifications#notification')
}
