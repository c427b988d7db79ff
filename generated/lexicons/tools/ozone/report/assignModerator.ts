/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/report/assignModerator.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneReportDefs from './defs.js'

export const id = 'tools.ozone.report.assignModerator'

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
  /** The ID of the report to assign. */
  reportId: number
  /** Optional queue ID to associate the assignment with. If not provided and the report has been assigned on a queue before, it will stay on that queue. */
  queueId?: number
  /** DID to be assigned. Defaults to the caller's DID. Admins may assign to any moderator. */
  did?: string
  /** When true, the assignment has no expiry (endAt is null). Throws AlreadyAssigned if another user already has a permanent assignment on this report. */
  isPermanent?: boolean
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
  if (x2 !== undefined) {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/queueId must be an integer')
  }
  const x3: unknown = o.did
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x3)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x4: unknown = o.isPermanent
  if (x4 !== undefined) {
    if (typeof x4 !== 'boolean') throw rt.invalid(p + '/isPermanent must be a boolean')
  }
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export type OutputSchema = ToolsOzoneReportDefs.AssignmentView

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  try {
    ToolsOzoneReportDefs.checkAssignmentView(v, '')
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

/**
 * The error names this method declares.
 * AlreadyAssigned: The report is already assigned to another user.
 * InvalidAssignment: The report ID or queue ID is invalid.
 */
export type ErrorName = 'AlreadyAssigned' | 'InvalidAssignment'

export const ERRORS: readonly ErrorName[] = ['AlreadyAssigned', 'InvalidAssignment']

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
