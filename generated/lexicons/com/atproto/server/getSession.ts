/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/getSession.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'com.atproto.server.getSession'

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
  handle: string
  did: string
  didDoc?: { [key: string]: unknown }
  email?: string
  emailConfirmed?: boolean
  emailAuthFactor?: boolean
  active?: boolean
  /** If active=false, this optional field indicates a possible reason for why the account is not active. If active=false and no status is supplied, then the host makes no claim for why the repository is no longer being hosted. */
  status?: 'takendown' | 'suspended' | 'deactivated' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.handle
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "handle"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/handle must be a string')
    if (!rt.isHandle(x1)) throw rt.invalid(p + '/handle must be a valid handle')
  }
  const x2: unknown = o.did
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x2)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x3: unknown = o.didDoc
  if (x3 !== undefined) {
    if (!rt.isPlainObject(x3)) throw rt.invalid(p + '/didDoc must be an object')
  }
  const x4: unknown = o.email
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/email must be a string')
  }
  const x5: unknown = o.emailConfirmed
  if (x5 !== undefined) {
    if (typeof x5 !== 'boolean') throw rt.invalid(p + '/emailConfirmed must be a boolean')
  }
  const x6: unknown = o.emailAuthFactor
  if (x6 !== undefined) {
    if (typeof x6 !== 'boolean') throw rt.invalid(p + '/emailAuthFactor must be a boolean')
  }
  const x7: unknown = o.active
  if (x7 !== undefined) {
    if (typeof x7 !== 'boolean') throw rt.invalid(p + '/active must be a boolean')
  }
  const x8: unknown = o.status
  if (x8 !== undefined) {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/status must be a string')
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
