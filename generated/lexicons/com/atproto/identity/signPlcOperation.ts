/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/identity/signPlcOperation.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'com.atproto.identity.signPlcOperation'

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
  /** A token received through com.atproto.identity.requestPlcOperationSignature */
  token?: string
  rotationKeys?: string[]
  alsoKnownAs?: string[]
  verificationMethods?: { [key: string]: unknown }
  services?: { [key: string]: unknown }
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.token
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/token must be a string')
  }
  const x2: unknown = o.rotationKeys
  if (x2 !== undefined) {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/rotationKeys must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      if (typeof e3 !== 'string') throw rt.invalid(p + '/rotationKeys' + '/' + i3 + ' must be a string')
    }
  }
  const x4: unknown = o.alsoKnownAs
  if (x4 !== undefined) {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/alsoKnownAs must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      if (typeof e5 !== 'string') throw rt.invalid(p + '/alsoKnownAs' + '/' + i5 + ' must be a string')
    }
  }
  const x6: unknown = o.verificationMethods
  if (x6 !== undefined) {
    if (!rt.isPlainObject(x6)) throw rt.invalid(p + '/verificationMethods must be an object')
  }
  const x7: unknown = o.services
  if (x7 !== undefined) {
    if (!rt.isPlainObject(x7)) throw rt.invalid(p + '/services must be an object')
  }
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export interface OutputSchema {
  /** A signed DID PLC operation. */
  operation: { [key: string]: unknown }
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.operation
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "operation"')
  } else {
    if (!rt.isPlainObject(x1)) throw rt.invalid(p + '/operation must be an object')
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
