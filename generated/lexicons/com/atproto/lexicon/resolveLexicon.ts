/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/lexicon/resolveLexicon.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoLexiconSchema from './schema.js'

export const id = 'com.atproto.lexicon.resolveLexicon'

/** Query-string parameters. */
export interface QueryParams {
  /** The lexicon NSID to resolve. */
  nsid: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { nsid: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.nsid
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "nsid"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/nsid must be a string')
    if (!rt.isNsid(x1)) throw rt.invalid(p + '/nsid must be a valid nsid')
  }
  return o as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  /** The CID of the lexicon schema record. */
  cid: string
  /** The resolved lexicon schema record. */
  schema: ComAtprotoLexiconSchema.Record
  /** The AT-URI of the lexicon schema record. */
  uri: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cid
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "cid"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cid must be a string')
    if (!rt.isCid(x1)) throw rt.invalid(p + '/cid must be a cid string')
  }
  const x2: unknown = o.schema
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "schema"')
  } else {
    try {
      ComAtprotoLexiconSchema.checkRecord(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/schema')
    }
  }
  const x3: unknown = o.uri
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x3)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  return o as unknown as OutputSchema
}

export interface HandlerOutput {
  encoding: 'application/json'
  body: OutputSchema
  headers?: { [name: string]: string }
}

/**
 * The error names this method declares.
 * LexiconNotFound: No lexicon was resolved for the NSID.
 */
export type ErrorName = 'LexiconNotFound'

export const ERRORS: readonly ErrorName[] = ['LexiconNotFound']

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
