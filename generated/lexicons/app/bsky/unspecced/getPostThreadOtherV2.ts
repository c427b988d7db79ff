/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/unspecced/getPostThreadOtherV2.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyUnspeccedDefs from './defs.js'

export const id = 'app.bsky.unspecced.getPostThreadOtherV2'

/** Query-string parameters. */
export interface QueryParams {
  /** Reference (AT-URI) to post record. This is the anchor post. */
  anchor: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { anchor: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.anchor
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "anchor"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/anchor must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/anchor must be a valid at-uri')
  }
  return o as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  /** A flat list of other thread items. The depth of each item is indicated by the depth property inside the item. */
  thread: ThreadItem[]
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
  $type?: 'app.bsky.unspecced.getPostThreadOtherV2#threadItem'
  uri: string
  /** The nesting level of this item in the thread. Depth 0 means the anchor item. Items above have negative depths, items below have positive depths. */
  depth: number
  value: rt.Typed<AppBskyUnspeccedDefs.ThreadItemPost, 'app.bsky.unspecced.defs#threadItemPost'> | rt.UnknownTyped
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
export function isThreadItem<V>(v: V): v is V & rt.Typed<ThreadItem, 'app.bsky.unspecced.getPostThreadOtherV2#threadItem'> {
  return rt.hasType(v, 'app.bsky.unspecced.getPostThreadOtherV2#threadItem')
}
