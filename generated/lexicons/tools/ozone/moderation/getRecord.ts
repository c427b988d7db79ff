/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/moderation/getRecord.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneModerationDefs from './defs.js'

export const id = 'tools.ozone.moderation.getRecord'

/** Query-string parameters. */
export interface QueryParams {
  uri: string
  cid?: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { uri: 'string', cid: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
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
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/cid must be a string')
    if (!rt.isCid(x2)) throw rt.invalid(p + '/cid must be a cid string')
  }
  return o as unknown as QueryParams
}

export type HandlerInput = undefined

export type OutputSchema = ToolsOzoneModerationDefs.RecordViewDetail

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  try {
    ToolsOzoneModerationDefs.checkRecordViewDetail(v, '')
  } catch (err) {
    throw rt.within(err, p)
  }
  return v as OutputSchema
}

export interface HandlerOutput {
  encoding: 'application/json'
  body: OutputSchema
  headers?: { [name: string]: string }
}

/** The error names this method declares. */
export type ErrorName = 'RecordNotFound'

export const ERRORS: readonly ErrorName[] = ['RecordNotFound']

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
