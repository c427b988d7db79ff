/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/admin/getAccountInfos.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoAdminDefs from './defs.js'

export const id = 'com.atproto.admin.getAccountInfos'

/** Query-string parameters. */
export interface QueryParams {
  dids: string[]
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { dids: ['string'] }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.dids
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "dids"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/dids must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      if (typeof e2 !== 'string') throw rt.invalid(p + '/dids' + '/' + i2 + ' must be a string')
      if (!rt.isDid(e2)) throw rt.invalid(p + '/dids' + '/' + i2 + ' must be a valid did')
    }
  }
  return o as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  infos: ComAtprotoAdminDefs.AccountView[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.infos
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "infos"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/infos must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      try {
        ComAtprotoAdminDefs.checkAccountView(e2, '')
      } catch (err) {
        throw rt.within(err, p + '/infos' + '/' + i2)
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
