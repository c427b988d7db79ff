/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/unspecced/getConfig.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'app.bsky.unspecced.getConfig'

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

export type HandlerInput = undefined

export interface OutputSchema {
  checkEmailConfirmed?: boolean
  liveNow?: LiveNowConfig[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.checkEmailConfirmed
  if (x1 !== undefined) {
    if (typeof x1 !== 'boolean') throw rt.invalid(p + '/checkEmailConfirmed must be a boolean')
  }
  const x2: unknown = o.liveNow
  if (x2 !== undefined) {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/liveNow must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        checkLiveNowConfig(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/liveNow' + '/' + i3)
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

export interface LiveNowConfig {
  $type?: 'app.bsky.unspecced.getConfig#liveNowConfig'
  did: string
  domains: string[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLiveNowConfig(v: unknown, p: string): LiveNowConfig {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x2: unknown = o.domains
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "domains"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/domains must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      if (typeof e3 !== 'string') throw rt.invalid(p + '/domains' + '/' + i3 + ' must be a string')
    }
  }
  return o as unknown as LiveNowConfig
}

/** Validates a value as LiveNowConfig; a failure says where, e.g. "Object/field must be a string". */
export function validateLiveNowConfig(v: unknown): rt.ValidationResult<LiveNowConfig> {
  return rt.run(checkLiveNowConfig, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LiveNowConfig; it does not validate it. */
export function isLiveNowConfig<V>(v: V): v is V & rt.Typed<LiveNowConfig, 'app.bsky.unspecced.getConfig#liveNowConfig'> {
  return rt.hasType(v, 'app.bsky.unspecced.getConfig#liveNowConfig')
}
