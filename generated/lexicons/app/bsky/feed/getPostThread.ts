/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/feed/getPostThread.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyFeedDefs from './defs.js'

export const id = 'app.bsky.feed.getPostThread'

/** Query-string parameters. */
export interface QueryParams {
  /** Reference (AT-URI) to post record. */
  uri: string
  /** How many levels of reply depth should be included in response. */
  depth: number
  /** How many levels of parent (and grandparent, etc) post to include. */
  parentHeight: number
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { uri: 'string', depth: 'integer', parentHeight: 'integer' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.uri
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  const x2: unknown = o.depth
  if (x2 === undefined) {
    (r ??= { ...o })['depth'] = 6
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/depth must be an integer')
    if ((x2 as number) > 1000) throw rt.invalid(p + '/depth can not be greater than 1000')
    if ((x2 as number) < 0) throw rt.invalid(p + '/depth can not be less than 0')
  }
  const x3: unknown = o.parentHeight
  if (x3 === undefined) {
    (r ??= { ...o })['parentHeight'] = 80
  } else {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/parentHeight must be an integer')
    if ((x3 as number) > 1000) throw rt.invalid(p + '/parentHeight can not be greater than 1000')
    if ((x3 as number) < 0) throw rt.invalid(p + '/parentHeight can not be less than 0')
  }
  return (r ?? o) as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  thread: rt.Typed<AppBskyFeedDefs.ThreadViewPost, 'app.bsky.feed.defs#threadViewPost'> | rt.Typed<AppBskyFeedDefs.NotFoundPost, 'app.bsky.feed.defs#notFoundPost'> | rt.Typed<AppBskyFeedDefs.BlockedPost, 'app.bsky.feed.defs#blockedPost'> | rt.UnknownTyped
  threadgate?: AppBskyFeedDefs.ThreadgateView
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.thread
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "thread"')
  } else {
    if (typeof x1 !== 'object' || x1 === null || typeof (x1 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/thread must be an object which includes the "$type" property')
    const t2 = (x1 as { $type: string }).$type
    switch (t2) {
      case 'app.bsky.feed.defs#threadViewPost':
        try {
          AppBskyFeedDefs.checkThreadViewPost(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/thread')
        }
        break
      case 'app.bsky.feed.defs#notFoundPost':
        try {
          AppBskyFeedDefs.checkNotFoundPost(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/thread')
        }
        break
      case 'app.bsky.feed.defs#blockedPost':
        try {
          AppBskyFeedDefs.checkBlockedPost(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/thread')
        }
        break
      default:
        if (t2.charCodeAt(0) === 35 || t2.indexOf('#') !== t2.lastIndexOf('#')) throw rt.invalid(p + '/thread $type is not a valid type reference')
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
  return o as unknown as OutputSchema
}

export interface HandlerOutput {
  encoding: 'application/json'
  body: OutputSchema
  headers?: { [name: string]: string }
}

/** The error names this method declares. */
export type ErrorName = 'NotFound'

export const ERRORS: readonly ErrorName[] = ['NotFound']

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
