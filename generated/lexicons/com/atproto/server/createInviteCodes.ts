/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/createInviteCodes.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'com.atproto.server.createInviteCodes'

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
  codeCount: number
  useCount: number
  forAccounts?: string[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.codeCount
  if (x1 === undefined) {
    (r ??= { ...o })['codeCount'] = 1
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/codeCount must be an integer')
  }
  const x2: unknown = o.useCount
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "useCount"')
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/useCount must be an integer')
  }
  const x3: unknown = o.forAccounts
  if (x3 !== undefined) {
    if (!Array.isArray(x3)) throw rt.invalid(p + '/forAccounts must be an array')
    for (let i4 = 0; i4 < x3.length; i4++) {
      const e4: unknown = x3[i4]
      if (typeof e4 !== 'string') throw rt.invalid(p + '/forAccounts' + '/' + i4 + ' must be a string')
      if (!rt.isDid(e4)) throw rt.invalid(p + '/forAccounts' + '/' + i4 + ' must be a valid did')
    }
  }
  return (r ?? o) as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export interface OutputSchema {
  codes: AccountCodes[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.codes
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "codes"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/codes must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      try {
        checkAccountCodes(e2, '')
      } catch (err) {
        throw rt.within(err, p + '/codes' + '/' + i2)
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
export const schema = rt.procedure({
  nsid: id,
  params: { kinds: PARAM_KINDS, check: checkQueryParams },
  input: { encoding: 'application/json', check: checkInputSchema },
  output: { encoding: 'application/json', check: checkOutputSchema },
  errors: ERRORS,
})

export interface AccountCodes {
  $type?: 'com.atproto.server.createInviteCodes#accountCodes'
  account: string
  codes: string[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkAccountCodes(v: unknown, p: string): AccountCodes {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.account
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "account"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/account must be a string')
  }
  const x2: unknown = o.codes
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "codes"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/codes must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      if (typeof e3 !== 'string') throw rt.invalid(p + '/codes' + '/' + i3 + ' must be a string')
    }
  }
  return o as unknown as AccountCodes
}

/** Validates a value as AccountCodes; a failure says where, e.g. "Object/field must be a string". */
export function validateAccountCodes(v: unknown): rt.ValidationResult<AccountCodes> {
  return rt.run(checkAccountCodes, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a AccountCodes; it does not validate it. */
export function isAccountCodes<V>(v: V): v is V & rt.Typed<AccountCodes, 'com.atproto.server.createInviteCodes#accountCodes'> {
  return rt.hasType(v, 'com.atproto.server.createInviteCodes#accountCodes')
}
