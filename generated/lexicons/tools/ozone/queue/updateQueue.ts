/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/queue/updateQueue.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneQueueDefs from './defs.js'

export const id = 'tools.ozone.queue.updateQueue'

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
  /** ID of the queue to update */
  queueId: number
  /** New display name for the queue */
  name?: string
  /** Enable or disable the queue */
  enabled?: boolean
  /** Optional description of the queue */
  description?: string
  /** Policy keys to recommend when actioning reports in this queue */
  recommendedPolicies?: string[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.queueId
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "queueId"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/queueId must be an integer')
  }
  const x2: unknown = o.name
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/name must be a string')
  }
  const x3: unknown = o.enabled
  if (x3 !== undefined) {
    if (typeof x3 !== 'boolean') throw rt.invalid(p + '/enabled must be a boolean')
  }
  const x4: unknown = o.description
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/description must be a string')
  }
  const x5: unknown = o.recommendedPolicies
  if (x5 !== undefined) {
    if (!Array.isArray(x5)) throw rt.invalid(p + '/recommendedPolicies must be an array')
    for (let i6 = 0; i6 < x5.length; i6++) {
      const e6: unknown = x5[i6]
      if (typeof e6 !== 'string') throw rt.invalid(p + '/recommendedPolicies' + '/' + i6 + ' must be a string')
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
 */
export type ErrorName = 'InvalidRecommendedPolicies'

export const ERRORS: readonly ErrorName[] = ['InvalidRecommendedPolicies']

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
