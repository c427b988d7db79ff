/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/ageassurance/begin.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyAgeassuranceDefs from './defs.js'

export const id = 'app.bsky.ageassurance.begin'

/** Query-string parameters. */
export interface QueryParams {}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = {  }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  return o as unknown as QueryParams
}

export interface InputSchema {
  /** The user's email address to receive Age Assurance instructions. */
  email: string
  /** The user's preferred language for communication during the Age Assurance process. */
  language: string
  /** An ISO 3166-1 alpha-2 code of the user's location. */
  countryCode: string
  /** An optional ISO 3166-2 code of the user's region or state within the country. */
  regionCode?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.email
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "email"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/email must be a string')
  }
  const x2: unknown = o.language
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "language"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/language must be a string')
  }
  const x3: unknown = o.countryCode
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "countryCode"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/countryCode must be a string')
  }
  const x4: unknown = o.regionCode
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/regionCode must be a string')
  }
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export type OutputSchema = AppBskyAgeassuranceDefs.State

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  try {
    AppBskyAgeassuranceDefs.checkState(v, '')
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
export type ErrorName = 'InvalidEmail' | 'DidTooLong' | 'InvalidInitiation' | 'RegionNotSupported'

export const ERRORS: readonly ErrorName[] = ['InvalidEmail', 'DidTooLong', 'InvalidInitiation', 'RegionNotSupported']

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
export const schema = rt.procedure({
  nsid: id,
  params: { kinds: PARAM_KINDS, check: checkQueryParams },
  input: { encoding: 'application/json', check: checkInputSchema },
  output: { encoding: 'application/json', check: checkOutputSchema },
  errors: ERRORS,
})
