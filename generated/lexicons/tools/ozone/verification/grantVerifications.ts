/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/verification/grantVerifications.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneVerificationDefs from './defs.js'

export const id = 'tools.ozone.verification.grantVerifications'

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
  /** Array of verification requests to process */
  verifications: VerificationInput[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.verifications
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "verifications"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/verifications must be an array')
    if (x1.length > 100) throw rt.invalid(p + '/verifications must not have more than 100 elements')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      try {
        checkVerificationInput(e2, '')
      } catch (err) {
        throw rt.within(err, p + '/verifications' + '/' + i2)
      }
    }
  }
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export interface OutputSchema {
  verifications: ToolsOzoneVerificationDefs.VerificationView[]
  failedVerifications: GrantError[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.verifications
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "verifications"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/verifications must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      try {
        ToolsOzoneVerificationDefs.checkVerificationView(e2, '')
      } catch (err) {
        throw rt.within(err, p + '/verifications' + '/' + i2)
      }
    }
  }
  const x3: unknown = o.failedVerifications
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "failedVerifications"')
  } else {
    if (!Array.isArray(x3)) throw rt.invalid(p + '/failedVerifications must be an array')
    for (let i4 = 0; i4 < x3.length; i4++) {
      const e4: unknown = x3[i4]
      try {
        checkGrantError(e4, '')
      } catch (err) {
        throw rt.within(err, p + '/failedVerifications' + '/' + i4)
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

export interface VerificationInput {
  $type?: 'tools.ozone.verification.grantVerifications#verificationInput'
  /** The did of the subject being verified */
  subject: string
  /** Handle of the subject the verification applies to at the moment of verifying. */
  handle: string
  /** Display name of the subject the verification applies to at the moment of verifying. */
  displayName: string
  /** Timestamp for verification record. Defaults to current time when not specified. */
  createdAt?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkVerificationInput(v: unknown, p: string): VerificationInput {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.subject
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "subject"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/subject must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/subject must be a valid did')
  }
  const x2: unknown = o.handle
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "handle"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/handle must be a string')
    if (!rt.isHandle(x2)) throw rt.invalid(p + '/handle must be a valid handle')
  }
  const x3: unknown = o.displayName
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "displayName"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/displayName must be a string')
  }
  const x4: unknown = o.createdAt
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as VerificationInput
}

/** Validates a value as VerificationInput; a failure says where, e.g. "Object/field must be a string". */
export function validateVerificationInput(v: unknown): rt.ValidationResult<VerificationInput> {
  return rt.run(checkVerificationInput, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a VerificationInput; it does not validate it. */
export function isVerificationInput<V>(v: V): v is V & rt.Typed<VerificationInput, 'tools.ozone.verification.grantVerifications#verificationInput'> {
  return rt.hasType(v, 'tools.ozone.verification.grantVerifications#verificationInput')
}

/** Error object for failed verifications. */
export interface GrantError {
  $type?: 'tools.ozone.verification.grantVerifications#grantError'
  /** Error message describing the reason for failure. */
  error: string
  /** The did of the subject being verified */
  subject: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkGrantError(v: unknown, p: string): GrantError {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.error
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "error"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/error must be a string')
  }
  const x2: unknown = o.subject
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "subject"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/subject must be a string')
    if (!rt.isDid(x2)) throw rt.invalid(p + '/subject must be a valid did')
  }
  return o as unknown as GrantError
}

/** Validates a value as GrantError; a failure says where, e.g. "Object/field must be a string". */
export function validateGrantError(v: unknown): rt.ValidationResult<GrantError> {
  return rt.run(checkGrantError, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a GrantError; it does not validate it. */
export function isGrantError<V>(v: V): v is V & rt.Typed<GrantError, 'tools.ozone.verification.grantVerifications#grantError'> {
  return rt.hasType(v, 'tools.ozone.verification.grantVerifications#grantError')
}
