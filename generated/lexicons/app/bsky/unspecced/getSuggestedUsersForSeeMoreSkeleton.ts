/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/unspecced/getSuggestedUsersForSeeMoreSkeleton.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'app.bsky.unspecced.getSuggestedUsersForSeeMoreSkeleton'

/** Query-string parameters. */
export interface QueryParams {
  /** DID of the account making the request (not included for public/unauthenticated queries). */
  viewer?: string
  /** Category of users to get suggestions for. */
  category?: string
  limit: number
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { viewer: 'string', category: 'string', limit: 'integer' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.viewer
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/viewer must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/viewer must be a valid did')
  }
  const x2: unknown = o.category
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/category must be a string')
  }
  const x3: unknown = o.limit
  if (x3 === undefined) {
    (r ??= { ...o })['limit'] = 25
  } else {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/limit must be an integer')
    if ((x3 as number) > 50) throw rt.invalid(p + '/limit can not be greater than 50')
    if ((x3 as number) < 1) throw rt.invalid(p + '/limit can not be less than 1')
  }
  return (r ?? o) as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  dids: string[]
  /** Snowflake for this recommendation, use when submitting recommendation events. */
  recIdStr?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.dids
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "dids"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/dids must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      if (typeof e2 !== 'string') throw rt.invalid(p + '/dids' + '/' + i2 + ' must be a string')
      if (!rt.isDid(e2)) throw rt.invalid(p + '/dids' + '/' + i2 + ' must be a valid did')
    }
  }
  const x3: unknown = o.recIdStr
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/recIdStr must be a string')
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
