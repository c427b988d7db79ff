/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/report/createActivity.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneReportDefs from './defs.js'

export const id = 'tools.ozone.report.createActivity'

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
  /** ID of the report to record activity on. Exactly one of reportId or eventId must be provided. */
  reportId?: number
  /** ID of the report moderation event. Resolves to the report created from that event. Exactly one of reportId or eventId must be provided. */
  eventId?: number
  /** The type of activity to record. */
  activity: rt.Typed<ToolsOzoneReportDefs.QueueActivity, 'tools.ozone.report.defs#queueActivity'> | rt.Typed<ToolsOzoneReportDefs.AssignmentActivity, 'tools.ozone.report.defs#assignmentActivity'> | rt.Typed<ToolsOzoneReportDefs.EscalationActivity, 'tools.ozone.report.defs#escalationActivity'> | rt.Typed<ToolsOzoneReportDefs.CloseActivity, 'tools.ozone.report.defs#closeActivity'> | rt.Typed<ToolsOzoneReportDefs.ReopenActivity, 'tools.ozone.report.defs#reopenActivity'> | rt.Typed<ToolsOzoneReportDefs.NoteActivity, 'tools.ozone.report.defs#noteActivity'> | rt.UnknownTyped
  /** Optional moderator-only note. Not visible to reporters. */
  internalNote?: string
  /** Optional public-facing note, potentially visible to the reporter. */
  publicNote?: string
  /** Set true when this activity is triggered by an automated process. Defaults to false. */
  isAutomated?: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.reportId
  if (x1 !== undefined) {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/reportId must be an integer')
  }
  const x2: unknown = o.eventId
  if (x2 !== undefined) {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/eventId must be an integer')
  }
  const x3: unknown = o.activity
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "activity"')
  } else {
    if (typeof x3 !== 'object' || x3 === null || typeof (x3 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/activity must be an object which includes the "$type" property')
    const t4 = (x3 as { $type: string }).$type
    switch (t4) {
      case 'tools.ozone.report.defs#queueActivity':
        try {
          ToolsOzoneReportDefs.checkQueueActivity(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/activity')
        }
        break
      case 'tools.ozone.report.defs#assignmentActivity':
        try {
          ToolsOzoneReportDefs.checkAssignmentActivity(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/activity')
        }
        break
      case 'tools.ozone.report.defs#escalationActivity':
        try {
          ToolsOzoneReportDefs.checkEscalationActivity(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/activity')
        }
        break
      case 'tools.ozone.report.defs#closeActivity':
        try {
          ToolsOzoneReportDefs.checkCloseActivity(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/activity')
        }
        break
      case 'tools.ozone.report.defs#reopenActivity':
        try {
          ToolsOzoneReportDefs.checkReopenActivity(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/activity')
        }
        break
      case 'tools.ozone.report.defs#noteActivity':
        try {
          ToolsOzoneReportDefs.checkNoteActivity(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/activity')
        }
        break
      default:
        if (t4.charCodeAt(0) === 35 || t4.indexOf('#') !== t4.lastIndexOf('#')) throw rt.invalid(p + '/activity $type is not a valid type reference')
    }
  }
  const x5: unknown = o.internalNote
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/internalNote must be a string')
  }
  const x6: unknown = o.publicNote
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/publicNote must be a string')
  }
  const x7: unknown = o.isAutomated
  if (x7 === undefined) {
    (r ??= { ...o })['isAutomated'] = false
  } else {
    if (typeof x7 !== 'boolean') throw rt.invalid(p + '/isAutomated must be a boolean')
  }
  return (r ?? o) as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export interface OutputSchema {
  activity: ToolsOzoneReportDefs.ReportActivityView
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  let x1: unknown = o.activity
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "activity"')
  } else {
    try {
      x1 = ToolsOzoneReportDefs.checkReportActivityView(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/activity')
    }
    if (x1 !== o.activity) (r ??= { ...o })['activity'] = x1
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
 * ReportNotFound: No report exists with the given reportId or eventId
 * InvalidStateTransition: The requested state transition is not permitted from the report's current status
 * AlreadyInTargetState: The report is already in the status implied by this activity type
 */
export type ErrorName = 'ReportNotFound' | 'InvalidStateTransition' | 'AlreadyInTargetState'

export const ERRORS: readonly ErrorName[] = ['ReportNotFound', 'InvalidStateTransition', 'AlreadyInTargetState']

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
