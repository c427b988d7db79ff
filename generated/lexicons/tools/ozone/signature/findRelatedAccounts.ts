/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/signature/findRelatedAccounts.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoAdminDefs from '../../../com/atproto/admin/defs.js'
import * as ToolsOzoneSignatureDefs from './defs.js'

export const id = 'tools.ozone.signature.findRelatedAccounts'

/** Query-string parameters. */
export interface QueryParams {
  did: string
  cursor?: string
  limit: number
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { did: 'string', cursor: 'string', limit: 'integer' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x2: unknown = o.cursor
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x3: unknown = o.limit
  if (x3 === undefined) {
    (r ??= { ...o })['limit'] = 50
  } else {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/limit must be an integer')
    if ((x3 as number) > 100) throw rt.invalid(p + '/limit can not be greater than 100')
    if ((x3 as number) < 1) throw rt.invalid(p + '/limit can not be less than 1')
  }
  return (r ?? o) as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  cursor?: string
  accounts: RelatedAccount[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x2: unknown = o.accounts
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "accounts"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/accounts must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        checkRelatedAccount(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/accounts' + '/' + i3)
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

export interface RelatedAccount {
  $type?: 'tools.ozone.signature.findRelatedAccounts#relatedAccount'
  account: ComAtprotoAdminDefs.AccountView
  similarities?: ToolsOzoneSignatureDefs.SigDetail[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRelatedAccount(v: unknown, p: string): RelatedAccount {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.account
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "account"')
  } else {
    try {
      ComAtprotoAdminDefs.checkAccountView(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/account')
    }
  }
  const x2: unknown = o.similarities
  if (x2 !== undefined) {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/similarities must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        ToolsOzoneSignatureDefs.checkSigDetail(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/similarities' + '/' + i3)
      }
    }
  }
  return o as unknown as RelatedAccount
}

/** Validates a value as RelatedAccount; a failure says where, e.g. "Object/field must be a string". */
export function validateRelatedAccount(v: unknown): rt.ValidationResult<RelatedAccount> {
  return rt.run(checkRelatedAccount, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a RelatedAccount; it does not validate it. */
export function isRelatedAccount<V>(v: V): v is V & rt.Typed<RelatedAccount, 'tools.ozone.signature.findRelatedAccounts#relatedAccount'> {
  return rt.hasType(v, 'tools.ozone.signature.findRelatedAccounts#relatedAccount')
}
