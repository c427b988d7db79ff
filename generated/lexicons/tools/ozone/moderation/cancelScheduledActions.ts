/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/moderation/cancelScheduledActions.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'tools.ozone.moderation.cancelScheduledActions'

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
  /** Array of DID subjects to cancel scheduled actions for */
  subjects: string[]
  /** Optional comment describing the reason for cancellation */
  comment?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.subjects
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "subjects"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/subjects must be an array')
    if (x1.length > 100) throw rt.invalid(p + '/subjects must not have more than 100 elements')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      if (typeof e2 !== 'string') throw rt.invalid(p + '/subjects' + '/' + i2 + ' must be a string')
      if (!rt.isDid(e2)) throw rt.invalid(p + '/subjects' + '/' + i2 + ' must be a valid did')
    }
  }
  const x3: unknown = o.comment
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export type OutputSchema = CancellationResults

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  try {
    checkCancellationResults(v, '')
  } catch (err) {
    throw rt.within(err, p)
  }
  return v as OutputSchema
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

export interface CancellationResults {
  $type?: 'tools.ozone.moderation.cancelScheduledActions#cancellationResults'
  /** DIDs for which all pending scheduled actions were successfully cancelled */
  succeeded: string[]
  /** DIDs for which cancellation failed with error details */
  failed: FailedCancellation[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkCancellationResults(v: unknown, p: string): CancellationResults {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.succeeded
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "succeeded"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/succeeded must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      if (typeof e2 !== 'string') throw rt.invalid(p + '/succeeded' + '/' + i2 + ' must be a string')
      if (!rt.isDid(e2)) throw rt.invalid(p + '/succeeded' + '/' + i2 + ' must be a valid did')
    }
  }
  const x3: unknown = o.failed
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "failed"')
  } else {
    if (!Array.isArray(x3)) throw rt.invalid(p + '/failed must be an array')
    for (let i4 = 0; i4 < x3.length; i4++) {
      const e4: unknown = x3[i4]
      try {
        checkFailedCancellation(e4, '')
      } catch (err) {
        throw rt.within(err, p + '/failed' + '/' + i4)
      }
    }
  }
  return o as unknown as CancellationResults
}

/** Validates a value as CancellationResults; a failure says where, e.g. "Object/field must be a string". */
export function validateCancellationResults(v: unknown): rt.ValidationResult<CancellationResults> {
  return rt.run(checkCancellationResults, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a CancellationResults; it does not validate it. */
export function isCancellationResults<V>(v: V): v is V & rt.Typed<CancellationResults, 'tools.ozone.moderation.cancelScheduledActions#cancellationResults'> {
  return rt.hasType(v, 'tools.ozone.moderation.cancelScheduledActions#cancellationResults')
}

export interface FailedCancellation {
  $type?: 'tools.ozone.moderation.cancelScheduledActions#failedCancellation'
  did: string
  error: string
  errorCode?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkFailedCancellation(v: unknown, p: string): FailedCancellation {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x2: unknown = o.error
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "error"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/error must be a string')
  }
  const x3: unknown = o.errorCode
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/errorCode must be a string')
  }
  return o as unknown as FailedCancellation
}

/** Validates a value as FailedCancellation; a failure says where, e.g. "Object/field must be a string". */
export function validateFailedCancellation(v: unknown): rt.ValidationResult<FailedCancellation> {
  return rt.run(checkFailedCancellation, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a FailedCancellation; it does not validate it. */
export function isFailedCancellation<V>(v: V): v is V & rt.Typed<FailedCancellation, 'tools.ozone.moderation.cancelScheduledActions#failedCancellation'> {
  return rt.hasType(v, 'tools.ozone.moderation.cancelScheduledActions#failedCancellation')
}
