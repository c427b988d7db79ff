/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/queue/createQueue.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneQueueDefs from './defs.js'

export const id = 'tools.ozone.queue.createQueue'

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
  /** Display name for the queue (must be unique) */
  name: string
  /** Subject types this queue accepts */
  subjectTypes?: ('account' | 'record' | 'message' | 'conversation' | (string & {}))[]
  /** Collection name for record subjects. Required if subjectTypes includes 'record'. */
  collection?: string
  /** Report reason types (fully qualified NSIDs) */
  reportTypes?: string[]
  /** Optional description of the queue */
  description?: string
  /** Policy keys to recommend when actioning reports in this queue */
  recommendedPolicies?: string[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.name
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "name"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/name must be a string')
  }
  const x2: unknown = o.subjectTypes
  if (x2 !== undefined) {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/subjectTypes must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      if (typeof e3 !== 'string') throw rt.invalid(p + '/subjectTypes' + '/' + i3 + ' must be a string')
    }
  }
  const x4: unknown = o.collection
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/collection must be a string')
    if (!rt.isNsid(x4)) throw rt.invalid(p + '/collection must be a valid nsid')
  }
  const x5: unknown = o.reportTypes
  if (x5 !== undefined) {
    if (!Array.isArray(x5)) throw rt.invalid(p + '/reportTypes must be an array')
    if (x5.length > 25) throw rt.invalid(p + '/reportTypes must not have more than 25 elements')
    for (let i6 = 0; i6 < x5.length; i6++) {
      const e6: unknown = x5[i6]
      if (typeof e6 !== 'string') throw rt.invalid(p + '/reportTypes' + '/' + i6 + ' must be a string')
    }
  }
  const x7: unknown = o.description
  if (x7 !== undefined) {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/description must be a string')
  }
  const x8: unknown = o.recommendedPolicies
  if (x8 !== undefined) {
    if (!Array.isArray(x8)) throw rt.invalid(p + '/recommendedPolicies must be an array')
    for (let i9 = 0; i9 < x8.length; i9++) {
      const e9: unknown = x8[i9]
      if (typeof e9 !== 'string') throw rt.invalid(p + '/recommendedPolicies' + '/' + i9 + ' must be a string')
    }
  }
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export interface OutputSchema {
  queue: ToolsOzoneQueueDefs.QueueView
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.queue
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "queue"')
  } else {
    try {
      ToolsOzoneQueueDefs.checkQueueView(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/queue')
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
 * InvalidRecommendedPolicies: One or more recommended policy keys do not exist in the configured policy list
 * ConflictingQueue: The queue configuration conflicts with an existing queue
 */
export type ErrorName = 'InvalidRecommendedPolicies' | 'ConflictingQueue'

export const ERRORS: readonly ErrorName[] = ['InvalidRecommendedPolicies', 'ConflictingQueue']

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
