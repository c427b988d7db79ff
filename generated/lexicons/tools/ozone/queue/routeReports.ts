/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/queue/routeReports.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'tools.ozone.queue.routeReports'

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
  /** Start of report ID range (inclusive). */
  startReportId: number
  /** End of report ID range (inclusive). Difference between start and end must be less than 5,000. */
  endReportId: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.startReportId
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "startReportId"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/startReportId must be an integer')
  }
  const x2: unknown = o.endReportId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "endReportId"')
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/endReportId must be an integer')
  }
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export interface OutputSchema {
  /** The number of reports assigned to a queue. */
  assigned: number
  /** The number of reports with no matching queue. */
  unmatched: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.assigned
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "assigned"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/assigned must be an integer')
  }
  const x2: unknown = o.unmatched
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "unmatched"')
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/unmatched must be an integer')
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
 * OutOfRange: The request is invalid, such as missing required fields or invalid field values.
 */
export type ErrorName = 'OutOfRange'

export const ERRORS: readonly ErrorName[] = ['OutOfRange']

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
