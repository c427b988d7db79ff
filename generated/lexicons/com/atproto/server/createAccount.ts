/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/createAccount.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'com.atproto.server.createAccount'

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
  email?: string
  /** Requested handle for the account. */
  handle: string
  /** Pre-existing atproto DID, being imported to a new account. */
  did?: string
  inviteCode?: string
  verificationCode?: string
  verificationPhone?: string
  /** Initial account password. May need to meet instance-specific password strength requirements. */
  password?: string
  /** DID PLC rotation key (aka, recovery key) to be included in PLC creation operation. */
  recoveryKey?: string
  /** A signed DID PLC operation to be submitted as part of importing an existing account to this instance. NOTE: this optional field may be updated when full account migration is implemented. */
  plcOp?: { [key: string]: unknown }
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.email
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/email must be a string')
  }
  const x2: unknown = o.handle
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "handle"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/handle must be a string')
    if (!rt.isHandle(x2)) throw rt.invalid(p + '/handle must be a valid handle')
  }
  const x3: unknown = o.did
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x3)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x4: unknown = o.inviteCode
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/inviteCode must be a string')
  }
  const x5: unknown = o.verificationCode
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/verificationCode must be a string')
  }
  const x6: unknown = o.verificationPhone
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/verificationPhone must be a string')
  }
  const x7: unknown = o.password
  if (x7 !== undefined) {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/password must be a string')
  }
  const x8: unknown = o.recoveryKey
  if (x8 !== undefined) {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/recoveryKey must be a string')
  }
  const x9: unknown = o.plcOp
  if (x9 !== undefined) {
    if (!rt.isPlainObject(x9)) throw rt.invalid(p + '/plcOp must be an object')
  }
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

/** Account login session returned on successful account creation. */
export interface OutputSchema {
  accessJwt: string
  refreshJwt: string
  handle: string
  /** The DID of the new account. */
  did: string
  /** Complete DID document. */
  didDoc?: { [key: string]: unknown }
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
  return o as unknown as OutputSchema
}

export interface HandlerOutput {
  encoding: 'application/json'
  body: OutputSchema
  headers?: { [name: string]: string }
}

/** The error names this method declares. */
export type ErrorName = 'InvalidHandle' | 'InvalidPassword' | 'InvalidInviteCode' | 'HandleNotAvailable' | 'UnsupportedDomain' | 'UnresolvableDid' | 'IncompatibleDidDoc'

export const ERRORS: readonly ErrorName[] = ['InvalidHandle', 'InvalidPassword', 'InvalidInviteCode', 'HandleNotAvailable', 'UnsupportedDomain', 'UnresolvableDid', 'IncompatibleDidDoc']

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
