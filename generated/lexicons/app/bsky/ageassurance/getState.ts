/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/ageassurance/getState.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyAgeassuranceDefs from './defs.js'

export const id = 'app.bsky.ageassurance.getState'

/** Query-string parameters. */
export interface QueryParams {
  countryCode: string
  regionCode?: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { countryCode: 'string', regionCode: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.countryCode
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "countryCode"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/countryCode must be a string')
  }
  const x2: unknown = o.regionCode
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/regionCode must be a string')
  }
  return o as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  state: AppBskyAgeassuranceDefs.State
  metadata: AppBskyAgeassuranceDefs.StateMetadata
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.state
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "state"')
  } else {
    try {
      AppBskyAgeassuranceDefs.checkState(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/state')
    }
  }
  const x2: unknown = o.metadata
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "metadata"')
  } else {
    try {
      AppBskyAgeassuranceDefs.checkStateMetadata(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/metadata')
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
