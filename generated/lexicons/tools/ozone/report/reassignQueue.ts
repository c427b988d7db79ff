/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/report/reassignQueue.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneReportDefs from './defs.js'

export const id = 'tools.ozone.report.reassignQueue'

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
  /** ID of the report to reassign */
  reportId: number
  /** Target queue ID. Use -1 to unassign from any queue. */
  queueId: number
  /** Optional moderator-only note recorded on the resulting queueActivity as internalNote. */
  comment?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.reportId
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "reportId"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/reportId must be an integer')
  }
  const x2: unknown = o.queueId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "queueId"')
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/queueId must be an integer')
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

export interface OutputSchema {
  report: ToolsOzoneReportDefs.ReportView
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  let x1: unknown = o.report
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "report"')
  } else {
    try {
      x1 = ToolsOzoneReportDefs.checkReportView(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/report')
    }
    if (x1 !== o.report) (r ??= { ...o })['report'] = x1
  }
  return (r ?? o) as unknown as OutputSchema
}

export interface HandlerOutput {
  encoding: 'application/json'
  body: OutputSchema
  headers?: { [name: string]: string }
}

/**
 * The error names this method declares.
 * ReportNotFound: No report exists with the given reportId
 * ReportClosed: The report is closed and cannot be reassigned
 * AlreadyInTargetQueue: The report is already assigned to the target queue
 * QueueNotFound: No active queue exists with the given queueId
 * QueueDisabled: The target queue is disabled and cannot receive new assignments
 */
export type ErrorName = 'ReportNotFound' | 'ReportClosed' | 'AlreadyInTargetQueue' | 'QueueNotFound' | 'QueueDisabled'

export const ERRORS: readonly ErrorName[] = ['ReportNotFound', 'ReportClosed', 'AlreadyInTargetQueue', 'QueueNotFound', 'QueueDisabled']

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
