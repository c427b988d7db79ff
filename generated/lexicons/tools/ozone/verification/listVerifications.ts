/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/verification/listVerifications.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneVerificationDefs from './defs.js'

export const id = 'tools.ozone.verification.listVerifications'

/** Query-string parameters. */
export interface QueryParams {
  /** Pagination cursor */
  cursor?: string
  /** Maximum number of results to return */
  limit: number
  /** Filter to verifications created after this timestamp */
  createdAfter?: string
  /** Filter to verifications created before this timestamp */
  createdBefore?: string
  /** Filter to verifications from specific issuers */
  issuers?: string[]
  /** Filter to specific verified DIDs */
  subjects?: string[]
  /** Sort direction for creation date */
  sortDirection: 'asc' | 'desc'
  /** Filter to verifications that are revoked or not. By default, includes both. */
  isRevoked?: boolean
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { cursor: 'string', limit: 'integer', createdAfter: 'string', createdBefore: 'string', issuers: ['string'], subjects: ['string'], sortDirection: 'string', isRevoked: 'boolean' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x2: unknown = o.limit
  if (x2 === undefined) {
    (r ??= { ...o })['limit'] = 50
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/limit must be an integer')
    if ((x2 as number) > 100) throw rt.invalid(p + '/limit can not be greater than 100')
    if ((x2 as number) < 1) throw rt.invalid(p + '/limit can not be less than 1')
  }
  const x3: unknown = o.createdAfter
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/createdAfter must be a string')
    if (!rt.isDatetime(x3)) throw rt.invalid(p + '/createdAfter must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x4: unknown = o.createdBefore
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/createdBefore must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/createdBefore must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x5: unknown = o.issuers
  if (x5 !== undefined) {
    if (!Array.isArray(x5)) throw rt.invalid(p + '/issuers must be an array')
    if (x5.length > 100) throw rt.invalid(p + '/issuers must not have more than 100 elements')
    for (let i6 = 0; i6 < x5.length; i6++) {
      const e6: unknown = x5[i6]
      if (typeof e6 !== 'string') throw rt.invalid(p + '/issuers' + '/' + i6 + ' must be a string')
      if (!rt.isDid(e6)) throw rt.invalid(p + '/issuers' + '/' + i6 + ' must be a valid did')
    }
  }
  const x7: unknown = o.subjects
  if (x7 !== undefined) {
    if (!Array.isArray(x7)) throw rt.invalid(p + '/subjects must be an array')
    if (x7.length > 100) throw rt.invalid(p + '/subjects must not have more than 100 elements')
    for (let i8 = 0; i8 < x7.length; i8++) {
      const e8: unknown = x7[i8]
      if (typeof e8 !== 'string') throw rt.invalid(p + '/subjects' + '/' + i8 + ' must be a string')
      if (!rt.isDid(e8)) throw rt.invalid(p + '/subjects' + '/' + i8 + ' must be a valid did')
    }
  }
  const x9: unknown = o.sortDirection
  if (x9 === undefined) {
    (r ??= { ...o })['sortDirection'] = "desc"
  } else {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/sortDirection must be a string')
    if (x9 !== 'asc' && x9 !== 'desc') throw rt.invalid(p + '/sortDirection must be one of (asc|desc)')
  }
  const x10: unknown = o.isRevoked
  if (x10 !== undefined) {
    if (typeof x10 !== 'boolean') throw rt.invalid(p + '/isRevoked must be a boolean')
  }
  return (r ?? o) as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  cursor?: string
  verifications: ToolsOzoneVerificationDefs.VerificationView[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x2: unknown = o.verifications
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "verifications"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/verifications must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        ToolsOzoneVerificationDefs.checkVerificationView(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/verifications' + '/' + i3)
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
