/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/identity/resolveIdentity.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoIdentityDefs from './defs.js'

export const id = 'com.atproto.identity.resolveIdentity'

/** Query-string parameters. */
export interface QueryParams {
  /** Handle or DID to resolve. */
  identifier: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { identifier: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.identifier
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "identifier"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/identifier must be a string')
    if (!rt.isAtIdentifier(x1)) throw rt.invalid(p + '/identifier must be a valid did or a handle')
  }
  return o as unknown as QueryParams
}

export type HandlerInput = undefined

export type OutputSchema = ComAtprotoIdentityDefs.IdentityInfo

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  try {
    ComAtprotoIdentityDefs.checkIdentityInfo(v, '')
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

/**
 * The error names this method declares.
 * HandleNotFound: The resolution process confirmed that the handle does not resolve to any DID.
 * DidNotFound: The DID resolution process confirmed that there is no current DID.
 * DidDeactivated: The DID previously existed, but has been deactivated.
 */
export type ErrorName = 'HandleNotFound' | 'DidNotFound' | 'DidDeactivated'

export const ERRORS: readonly ErrorName[] = ['HandleNotFound', 'DidNotFound', 'DidDeactivated']

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
