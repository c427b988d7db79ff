/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/label/queryLabels.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoLabelDefs from './defs.js'

export const id = 'com.atproto.label.queryLabels'

/** Query-string parameters. */
export interface QueryParams {
  /** List of AT URI patterns to match (boolean 'OR'). Each may be a prefix (ending with '*'; will match inclusive of the string leading to '*'), or a full URI. */
  uriPatterns: string[]
  /** Optional list of label sources (DIDs) to filter on. */
  sources?: string[]
  limit: number
  cursor?: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { uriPatterns: ['string'], sources: ['string'], limit: 'integer', cursor: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.uriPatterns
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uriPatterns"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/uriPatterns must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      if (typeof e2 !== 'string') throw rt.invalid(p + '/uriPatterns' + '/' + i2 + ' must be a string')
    }
  }
  const x3: unknown = o.sources
  if (x3 !== undefined) {
    if (!Array.isArray(x3)) throw rt.invalid(p + '/sources must be an array')
    for (let i4 = 0; i4 < x3.length; i4++) {
      const e4: unknown = x3[i4]
      if (typeof e4 !== 'string') throw rt.invalid(p + '/sources' + '/' + i4 + ' must be a string')
      if (!rt.isDid(e4)) throw rt.invalid(p + '/sources' + '/' + i4 + ' must be a valid did')
    }
  }
  const x5: unknown = o.limit
  if (x5 === undefined) {
    (r ??= { ...o })['limit'] = 50
  } else {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/limit must be an integer')
    if ((x5 as number) > 250) throw rt.invalid(p + '/limit can not be greater than 250')
    if ((x5 as number) < 1) throw rt.invalid(p + '/limit can not be less than 1')
  }
  const x6: unknown = o.cursor
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  return (r ?? o) as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  cursor?: string
  labels: ComAtprotoLabelDefs.Label[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x2: unknown = o.labels
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "labels"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/labels must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        ComAtprotoLabelDefs.checkLabel(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/labels' + '/' + i3)
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
