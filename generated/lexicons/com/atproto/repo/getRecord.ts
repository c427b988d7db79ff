/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/repo/getRecord.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'com.atproto.repo.getRecord'

/** Query-string parameters. */
export interface QueryParams {
  /** The handle or DID of the repo. */
  repo: string
  /** The NSID of the record collection. */
  collection: string
  /** The Record Key. */
  rkey: string
  /** The CID of the version of the record. If not specified, then return the most recent version. */
  cid?: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { repo: 'string', collection: 'string', rkey: 'string', cid: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.repo
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "repo"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/repo must be a string')
    if (!rt.isAtIdentifier(x1)) throw rt.invalid(p + '/repo must be a valid did or a handle')
  }
  const x2: unknown = o.collection
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "collection"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/collection must be a string')
    if (!rt.isNsid(x2)) throw rt.invalid(p + '/collection must be a valid nsid')
  }
  const x3: unknown = o.rkey
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "rkey"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/rkey must be a string')
    if (!rt.isRecordKey(x3)) throw rt.invalid(p + '/rkey must be a valid Record Key')
  }
  const x4: unknown = o.cid
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/cid must be a string')
    if (!rt.isCid(x4)) throw rt.invalid(p + '/cid must be a cid string')
  }
  return o as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  uri: string
  cid?: string
  value: { [key: string]: unknown }
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
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
  const x3: unknown = o.value
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "value"')
  } else {
    if (!rt.isPlainObject(x3)) throw rt.invalid(p + '/value must be an object')
  }
  return o as unknown as OutputSchema
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
