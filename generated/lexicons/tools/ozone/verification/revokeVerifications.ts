/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/verification/revokeVerifications.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'tools.ozone.verification.revokeVerifications'

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
  /** Array of verification record uris to revoke */
  uris: string[]
  /** Reason for revoking the verification. This is optional and can be omitted if not needed. */
  revokeReason?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uris
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uris"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/uris must be an array')
    if (x1.length > 100) throw rt.invalid(p + '/uris must not have more than 100 elements')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      if (typeof e2 !== 'string') throw rt.invalid(p + '/uris' + '/' + i2 + ' must be a string')
      if (!rt.isAtUri(e2)) throw rt.invalid(p + '/uris' + '/' + i2 + ' must be a valid at-uri')
    }
  }
  const x3: unknown = o.revokeReason
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/revokeReason must be a string')
    if (x3.length * 3 > 1000 && rt.utf8Len(x3) > 1000) throw rt.invalid(p + '/revokeReason must not be longer than 1000 characters')
  }
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export interface OutputSchema {
  /** List of verification uris successfully revoked */
  revokedVerifications: string[]
  /** List of verification uris that couldn't be revoked, including failure reasons */
  failedRevocations: RevokeError[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.revokedVerifications
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "revokedVerifications"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/revokedVerifications must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      if (typeof e2 !== 'string') throw rt.invalid(p + '/revokedVerifications' + '/' + i2 + ' must be a string')
      if (!rt.isAtUri(e2)) throw rt.invalid(p + '/revokedVerifications' + '/' + i2 + ' must be a valid at-uri')
    }
  }
  const x3: unknown = o.failedRevocations
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "failedRevocations"')
  } else {
    if (!Array.isArray(x3)) throw rt.invalid(p + '/failedRevocations must be an array')
    for (let i4 = 0; i4 < x3.length; i4++) {
      const e4: unknown = x3[i4]
      try {
        checkRevokeError(e4, '')
      } catch (err) {
        throw rt.within(err, p + '/failedRevocations' + '/' + i4)
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

/** Error object for failed revocations */
export interface RevokeError {
  $type?: 'tools.ozone.verification.revokeVerifications#revokeError'
  /** The AT-URI of the verification record that failed to revoke. */
  uri: string
  /** Description of the error that occurred during revocation. */
  error: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRevokeError(v: unknown, p: string): RevokeError {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  const x2: unknown = o.error
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "error"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/error must be a string')
  }
  return o as unknown as RevokeError
}

/** Validates a value as RevokeError; a failure says where, e.g. "Object/field must be a string". */
export function validateRevokeError(v: unknown): rt.ValidationResult<RevokeError> {
  return rt.run(checkRevokeError, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a RevokeError; it does not validate it. */
export function isRevokeError<V>(v: V): v is V & rt.Typed<RevokeError, 'tools.ozone.verification.revokeVerifications#revokeError'> {
  return rt.hasType(v, 'tools.ozone.verification.revokeVerifications#revokeError')
}
