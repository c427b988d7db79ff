/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/unspecced/getTaggedSuggestions.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'app.bsky.unspecced.getTaggedSuggestions'

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

export type HandlerInput = undefined

export interface OutputSchema {
  suggestions: Suggestion[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
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

export interface Suggestion {
  $type?: 'app.bsky.unspecced.getTaggedSuggestions#suggestion'
  tag: string
  subjectType: 'actor' | 'feed' | (string & {})
  subject: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSuggestion(v: unknown, p: string): Suggestion {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.tag
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "tag"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/tag must be a string')
  }
  const x2: unknown = o.subjectType
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "subjectType"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/subjectType must be a string')
  }
  const x3: unknown = o.subject
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "subject"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/subject must be a string')
    if (!rt.isUri(x3)) throw rt.invalid(p + '/subject must be a uri')
  }
  return o as unknown as Suggestion
}

/** Validates a value as Suggestion; a failure says where, e.g. "Object/field must be a string". */
export function validateSuggestion(v: unknown): rt.ValidationResult<Suggestion> {
  return rt.run(checkSuggestion, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Suggestion; it does not validate it. */
export function isSuggestion<V>(v: V): v is V & rt.Typed<Suggestion, 'app.bsky.unspecced.getTaggedSuggestions#suggestion'> {
  return rt.hasType(v, 'app.bsky.unspecced.getTaggedSuggestions#suggestion')
}
