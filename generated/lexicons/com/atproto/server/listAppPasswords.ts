/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/listAppPasswords.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'com.atproto.server.listAppPasswords'

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
  passwords: AppPassword[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.passwords
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "passwords"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/passwords must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      try {
        checkAppPassword(e2, '')
      } catch (err) {
        throw rt.within(err, p + '/passwords' + '/' + i2)
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
export type ErrorName = 'AccountTakedown'

export const ERRORS: readonly ErrorName[] = ['AccountTakedown']

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

export interface AppPassword {
  $type?: 'com.atproto.server.listAppPasswords#appPassword'
  name: string
  createdAt: string
  privileged?: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkAppPassword(v: unknown, p: string): AppPassword {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.name
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "name"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/name must be a string')
  }
  const x2: unknown = o.createdAt
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x2)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x3: unknown = o.privileged
  if (x3 !== undefined) {
    if (typeof x3 !== 'boolean') throw rt.invalid(p + '/privileged must be a boolean')
  }
  return o as unknown as AppPassword
}

/** Validates a value as AppPassword; a failure says where, e.g. "Object/field must be a string". */
export function validateAppPassword(v: unknown): rt.ValidationResult<AppPassword> {
  return rt.run(checkAppPassword, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a AppPassword; it does not validate it. */
export function isAppPassword<V>(v: V): v is V & rt.Typed<AppPassword, 'com.atproto.server.listAppPasswords#appPassword'> {
  return rt.hasType(v, 'com.atproto.server.listAppPasswords#appPassword')
}
