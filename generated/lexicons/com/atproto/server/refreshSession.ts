/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/refreshSession.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'com.atproto.server.refreshSession'

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
  accessJwt: string
  refreshJwt: string
  handle: string
  did: string
  didDoc?: { [key: string]: unknown }
  email?: string
  emailConfirmed?: boolean
  emailAuthFactor?: boolean
  active?: boolean
  /** Hosting status of the account. If not specified, then assume 'active'. */
  status?: 'takendown' | 'suspended' | 'deactivated' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.accessJwt
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "accessJwt"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/accessJwt must be a string')
  }
  const x2: unknown = o.refreshJwt
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "refreshJwt"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/refreshJwt must be a string')
  }
  const x3: unknown = o.handle
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "handle"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/handle must be a string')
    if (!rt.isHandle(x3)) throw rt.invalid(p + '/handle must be a valid handle')
  }
  const x4: unknown = o.did
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x4)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x5: unknown = o.didDoc
  if (x5 !== undefined) {
    if (!rt.isPlainObject(x5)) throw rt.invalid(p + '/didDoc must be an object')
  }
  const x6: unknown = o.email
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/email must be a string')
  }
  const x7: unknown = o.emailConfirmed
  if (x7 !== undefined) {
    if (typeof x7 !== 'boolean') throw rt.invalid(p + '/emailConfirmed must be a boolean')
  }
  const x8: unknown = o.emailAuthFactor
  if (x8 !== undefined) {
    if (typeof x8 !== 'boolean') throw rt.invalid(p + '/emailAuthFactor must be a boolean')
  }
  const x9: unknown = o.active
  if (x9 !== undefined) {
    if (typeof x9 !== 'boolean') throw rt.invalid(p + '/active must be a boolean')
  }
  const x10: unknown = o.status
  if (x10 !== undefined) {
    if (typeof x10 !== 'string') throw rt.invalid(p + '/status must be a string')
  }
  return o as unknown as OutputSchema
}

export interface HandlerOutput {
  encoding: 'application/json'
  body: OutputSchema
  headers?: { [name: string]: string }
}

/** The error names this method declares. */
export type ErrorName = 'AccountTakedown' | 'InvalidToken' | 'ExpiredToken'

export const ERRORS: readonly ErrorName[] = ['AccountTakedown', 'InvalidToken', 'ExpiredToken']

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
  input: undefined,
  output: { encoding: 'application/json', check: checkOutputSchema },
  errors: ERRORS,
})
