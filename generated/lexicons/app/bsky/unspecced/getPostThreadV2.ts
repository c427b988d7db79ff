/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/unspecced/getPostThreadV2.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyFeedDefs from '../feed/defs.js'
import * as AppBskyUnspeccedDefs from './defs.js'

export const id = 'app.bsky.unspecced.getPostThreadV2'

/** Query-string parameters. */
export interface QueryParams {
  /** Reference (AT-URI) to post record. This is the anchor post, and the thread will be built around it. It can be any post in the tree, not necessarily a root post. */
  anchor: string
  /** Whether to include parents above the anchor. */
  above: boolean
  /** How many levels of replies to include below the anchor. */
  below: number
  /** Maximum of replies to include at each level of the thread, except for the direct replies to the anchor, which are (NOTE: currently, during unspecced phase) all returned (NOTE: later they might be paginated). */
  branchingFactor: number
  /** Sorting for the thread replies. */
  sort: 'newest' | 'oldest' | 'top' | (string & {})
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { anchor: 'string', above: 'boolean', below: 'integer', branchingFactor: 'integer', sort: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.anchor
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "anchor"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/anchor must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/anchor must be a valid at-uri')
  }
  const x2: unknown = o.above
  if (x2 === undefined) {
    (r ??= { ...o })['above'] = true
  } else {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/above must be a boolean')
  }
  const x3: unknown = o.below
  if (x3 === undefined) {
    (r ??= { ...o })['below'] = 6
  } else {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/below must be an integer')
    if ((x3 as number) > 20) throw rt.invalid(p + '/below can not be greater than 20')
    if ((x3 as number) < 0) throw rt.invalid(p + '/below can not be less than 0')
  }
  const x4: unknown = o.branchingFactor
  if (x4 === undefined) {
    (r ??= { ...o })['branchingFactor'] = 10
  } else {
    if (!Number.isInteger(x4)) throw rt.invalid(p + '/branchingFactor must be an integer')
    if ((x4 as number) > 100) throw rt.invalid(p + '/branchingFactor can not be greater than 100')
    if ((x4 as number) < 0) throw rt.invalid(p + '/branchingFactor can not be less than 0')
  }
  const x5: unknown = o.sort
  if (x5 === undefined) {
    (r ??= { ...o })['sort'] = "oldest"
  } else {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/sort must be a string')
  }
  return (r ?? o) as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  /** A flat list of thread items. The depth of each item is indicated by the depth property inside the item. */
  thread: ThreadItem[]
  threadgate?: AppBskyFeedDefs.ThreadgateView
  /** Whether this thread has additional replies. If true, a call can be made to the `getPostThreadOtherV2` endpoint to retrieve them. */
  hasOtherReplies: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.thread
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "thread"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/thread must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      try {
        checkThreadItem(e2, '')
      } catch (err) {
        throw rt.within(err, p + '/thread' + '/' + i2)
      }
    }
  }
  const x3: unknown = o.threadgate
  if (x3 !== undefined) {
    try {
      AppBskyFeedDefs.checkThreadgateView(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/threadgate')
    }
  }
  const x4: unknown = o.hasOtherReplies
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "hasOtherReplies"')
  } else {
    if (typeof x4 !== 'boolean') throw rt.invalid(p + '/hasOtherReplies must be a boolean')
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

export interface ThreadItem {
  $type?: 'app.bsky.unspecced.getPostThreadV2#threadItem'
  uri: string
  /** The nesting level of this item in the thread. Depth 0 means the anchor item. Items above have negative depths, items below have positive depths. */
  depth: number
  value: rt.Typed<AppBskyUnspeccedDefs.ThreadItemPost, 'app.bsky.unspecced.defs#threadItemPost'> | rt.Typed<AppBskyUnspeccedDefs.ThreadItemNoUnauthenticated, 'app.bsky.unspecced.defs#threadItemNoUnauthenticated'> | rt.Typed<AppBskyUnspeccedDefs.ThreadItemNotFound, 'app.bsky.unspecced.defs#threadItemNotFound'> | rt.Typed<AppBskyUnspeccedDefs.ThreadItemBlocked, 'app.bsky.unspecced.defs#threadItemBlocked'> | rt.UnknownTyped
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkThreadItem(v: unknown, p: string): ThreadItem {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  const x2: unknown = o.depth
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "depth"')
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/depth must be an integer')
  }
  const x3: unknown = o.value
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "value"')
  } else {
    if (typeof x3 !== 'object' || x3 === null || typeof (x3 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/value must be an object which includes the "$type" property')
    const t4 = (x3 as { $type: string }).$type
    switch (t4) {
      case 'app.bsky.unspecced.defs#threadItemPost':
        try {
          AppBskyUnspeccedDefs.checkThreadItemPost(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/value')
        }
        break
      case 'app.bsky.unspecced.defs#threadItemNoUnauthenticated':
        try {
          AppBskyUnspeccedDefs.checkThreadItemNoUnauthenticated(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/value')
        }
        break
      case 'app.bsky.unspecced.defs#threadItemNotFound':
        try {
          AppBskyUnspeccedDefs.checkThreadItemNotFound(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/value')
        }
        break
      case 'app.bsky.unspecced.defs#threadItemBlocked':
        try {
          AppBskyUnspeccedDefs.checkThreadItemBlocked(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/value')
        }
        break
      default:
        if (t4.charCodeAt(0) === 35 || t4.indexOf('#') !== t4.lastIndexOf('#')) throw rt.invalid(p + '/value $type is not a valid type reference')
    }
  }
  return o as unknown as ThreadItem
}

/** Validates a value as ThreadItem; a failure says where, e.g. "Object/field must be a string". */
export function validateThreadItem(v: unknown): rt.ValidationResult<ThreadItem> {
  return rt.run(checkThreadItem, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ThreadItem; it does not validate it. */
export function isThreadItem<V>(v: V): v is V & rt.Typed<ThreadItem, 'app.bsky.unspecced.getPostThreadV2#threadItem'> {
  return rt.hasType(v, 'app.bsky.unspecced.getPostThreadV2#threadItem')
}
