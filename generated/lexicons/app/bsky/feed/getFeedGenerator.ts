/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/feed/getFeedGenerator.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyFeedDefs from './defs.js'

export const id = 'app.bsky.feed.getFeedGenerator'

/** Query-string parameters. */
export interface QueryParams {
  /** AT-URI of the feed generator record. */
  feed: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { feed: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.feed
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "feed"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/feed must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/feed must be a valid at-uri')
  }
  return o as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  view: AppBskyFeedDefs.GeneratorView
  /** Indicates whether the feed generator service has been online recently, or else seems to be inactive. */
  isOnline: boolean
  /** Indicates whether the feed generator service is compatible with the record declaration. */
  isValid: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.view
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "view"')
  } else {
    try {
      AppBskyFeedDefs.checkGeneratorView(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/view')
    }
  }
  const x2: unknown = o.isOnline
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "isOnline"')
  } else {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/isOnline must be a boolean')
  }
  const x3: unknown = o.isValid
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "isValid"')
  } else {
    if (typeof x3 !== 'boolean') throw rt.invalid(p + '/isValid must be a boolean')
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
