/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/notification/getUnreadCount.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'app.bsky.notification.getUnreadCount'

/** Query-string parameters. */
export interface QueryParams {
  /** Deprecated: this parameter is ignored. */
  priority?: boolean
  seenAt?: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { priority: 'boolean', seenAt: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.priority
  if (x1 !== undefined) {
    if (typeof x1 !== 'boolean') throw rt.invalid(p + '/priority must be a boolean')
  }
  const x2: unknown = o.seenAt
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/seenAt must be a string')
    if (!rt.isDatetime(x2)) throw rt.invalid(p + '/seenAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  count: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.count
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "count"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/count must be an integer')
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
