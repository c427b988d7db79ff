/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/temp/checkHandleAvailability.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'com.atproto.temp.checkHandleAvailability'

/** Query-string parameters. */
export interface QueryParams {
  /** Tentative handle. Will be checked for availability or used to build handle suggestions. */
  handle: string
  /** User-provided email. Might be used to build handle suggestions. */
  email?: string
  /** User-provided birth date. Might be used to build handle suggestions. */
  birthDate?: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { handle: 'string', email: 'string', birthDate: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.handle
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "handle"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/handle must be a string')
    if (!rt.isHandle(x1)) throw rt.invalid(p + '/handle must be a valid handle')
  }
  const x2: unknown = o.email
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/email must be a string')
  }
  const x3: unknown = o.birthDate
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/birthDate must be a string')
    if (!rt.isDatetime(x3)) throw rt.invalid(p + '/birthDate must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  /** Echo of the input handle. */
  handle: string
  result: rt.Typed<ResultAvailable, 'com.atproto.temp.checkHandleAvailability#resultAvailable'> | rt.Typed<ResultUnavailable, 'com.atproto.temp.checkHandleAvailability#resultUnavailable'> | rt.UnknownTyped
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.handle
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "handle"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/handle must be a string')
    if (!rt.isHandle(x1)) throw rt.invalid(p + '/handle must be a valid handle')
  }
  const x2: unknown = o.result
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "result"')
  } else {
    if (typeof x2 !== 'object' || x2 === null || typeof (x2 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/result must be an object which includes the "$type" property')
    const t3 = (x2 as { $type: string }).$type
    switch (t3) {
      case 'com.atproto.temp.checkHandleAvailability#resultAvailable':
        try {
          checkResultAvailable(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/result')
        }
        break
      case 'com.atproto.temp.checkHandleAvailability#resultUnavailable':
        try {
          checkResultUnavailable(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/result')
        }
        break
      default:
        if (t3.charCodeAt(0) === 35 || t3.indexOf('#') !== t3.lastIndexOf('#')) throw rt.invalid(p + '/result $type is not a valid type reference')
    }
  }
  return o as unknown as OutputSchema
}

export interface HandlerOutput {
  encoding: 'application/json'
  body: OutputSchema
  headers?: { [name: string]: string }
}

/**
 * The error names this method declares.
 * InvalidEmail: An invalid email was provided.
 */
export type ErrorName = 'InvalidEmail'

export const ERRORS: readonly ErrorName[] = ['InvalidEmail']

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

/** Indicates the provided handle is available. */
export interface ResultAvailable {
  $type?: 'com.atproto.temp.checkHandleAvailability#resultAvailable'
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkResultAvailable(v: unknown, p: string): ResultAvailable {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  return o as unknown as ResultAvailable
}

/** Validates a value as ResultAvailable; a failure says where, e.g. "Object/field must be a string". */
export function validateResultAvailable(v: unknown): rt.ValidationResult<ResultAvailable> {
  return rt.run(checkResultAvailable, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ResultAvailable; it does not validate it. */
export function isResultAvailable<V>(v: V): v is V & rt.Typed<ResultAvailable, 'com.atproto.temp.checkHandleAvailability#resultAvailable'> {
  return rt.hasType(v, 'com.atproto.temp.checkHandleAvailability#resultAvailable')
}

/** Indicates the provided handle is unavailable and gives suggestions of available handles. */
export interface ResultUnavailable {
  $type?: 'com.atproto.temp.checkHandleAvailability#resultUnavailable'
  /** List of suggested handles based on the provided inputs. */
  suggestions: Suggestion[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkResultUnavailable(v: unknown, p: string): ResultUnavailable {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.suggestions
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "suggestions"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/suggestions must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      try {
        checkSuggestion(e2, '')
      } catch (err) {
        throw rt.within(err, p + '/suggestions' + '/' + i2)
      }
    }
  }
  return o as unknown as ResultUnavailable
}

/** Validates a value as ResultUnavailable; a failure says where, e.g. "Object/field must be a string". */
export function validateResultUnavailable(v: unknown): rt.ValidationResult<ResultUnavailable> {
  return rt.run(checkResultUnavailable, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ResultUnavailable; it does not validate it. */
export function isResultUnavailable<V>(v: V): v is V & rt.Typed<ResultUnavailable, 'com.atproto.temp.checkHandleAvailability#resultUnavailable'> {
  return rt.hasType(v, 'com.atproto.temp.checkHandleAvailability#resultUnavailable')
}

export interface Suggestion {
  $type?: 'com.atproto.temp.checkHandleAvailability#suggestion'
  handle: string
  /** Method used to build this suggestion. Should be considered opaque to clients. Can be used for metrics. */
  method: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSuggestion(v: unknown, p: string): Suggestion {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.handle
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "handle"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/handle must be a string')
    if (!rt.isHandle(x1)) throw rt.invalid(p + '/handle must be a valid handle')
  }
  const x2: unknown = o.method
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "method"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/method must be a string')
  }
  return o as unknown as Suggestion
}

/** Validates a value as Suggestion; a failure says where, e.g. "Object/field must be a string". */
export function validateSuggestion(v: unknown): rt.ValidationResult<Suggestion> {
  return rt.run(checkSuggestion, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Suggestion; it does not validate it. */
export function isSuggestion<V>(v: V): v is V & rt.Typed<Suggestion, 'com.atproto.temp.checkHandleAvailability#suggestion'> {
  return rt.hasType(v, 'com.atproto.temp.checkHandleAvailability#suggestion')
}
