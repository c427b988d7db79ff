/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/getServiceAuth.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'com.atproto.server.getServiceAuth'

/** Query-string parameters. */
export interface QueryParams {
  /** The DID or `did#serviceId` reference of the service that the token will be used to authenticate with. */
  aud: string
  /** The time in Unix Epoch seconds that the JWT expires. Defaults to 60 seconds in the future. The service may enforce certain time bounds on tokens depending on the requested scope. */
  exp?: number
  /** Lexicon (XRPC) method to bind the requested token to */
  lxm?: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { aud: 'string', exp: 'integer', lxm: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.aud
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "aud"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/aud must be a string')
    if (x1.length * 3 > 2048 && rt.utf8Len(x1) > 2048) throw rt.invalid(p + '/aud must not be longer than 2048 characters')
  }
  const x2: unknown = o.exp
  if (x2 !== undefined) {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/exp must be an integer')
  }
  const x3: unknown = o.lxm
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/lxm must be a string')
    if (!rt.isNsid(x3)) throw rt.invalid(p + '/lxm must be a valid nsid')
  }
  return o as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  token: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.token
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "token"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/token must be a string')
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
 * BadExpiration: Indicates that the requested expiration date is not a valid. May be in the past or may be reliant on the requested scopes.
 */
export type ErrorName = 'BadExpiration'

export const ERRORS: readonly ErrorName[] = ['BadExpiration']

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
