/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/report/closeReports.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'tools.ozone.report.closeReports'

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
  /** Subject DID (account-level reports) or AT-URI (record-level reports) whose reports should be closed. */
  subject: string
  /** If specified, only reports of the given report types (fully qualified reason NSIDs) are closed. When omitted, all non-closed reports on the subject are targeted. */
  reportTypes?: string[]
  /** Optional moderator-only note recorded on each close activity. Not visible to reporters. */
  internalNote?: string
  /** Set true when this action is triggered by an automated process. Defaults to false. */
  isAutomated?: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.subject
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "subject"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/subject must be a string')
    if (!rt.isUri(x1)) throw rt.invalid(p + '/subject must be a uri')
  }
  const x2: unknown = o.reportTypes
  if (x2 !== undefined) {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/reportTypes must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      if (typeof e3 !== 'string') throw rt.invalid(p + '/reportTypes' + '/' + i3 + ' must be a string')
    }
  }
  const x4: unknown = o.internalNote
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/internalNote must be a string')
  }
  const x5: unknown = o.isAutomated
  if (x5 === undefined) {
    (r ??= { ...o })['isAutomated'] = false
  } else {
    if (typeof x5 !== 'boolean') throw rt.invalid(p + '/isAutomated must be a boolean')
  }
  return (r ?? o) as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export interface OutputSchema {
  /** Number of reports that were transitioned to closed. */
  closedCount: number
  /** IDs of the reports that were closed. */
  reportIds: number[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.closedCount
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "closedCount"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/closedCount must be an integer')
  }
  const x2: unknown = o.reportIds
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "reportIds"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/reportIds must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      if (!Number.isInteger(e3)) throw rt.invalid(p + '/reportIds' + '/' + i3 + ' must be an integer')
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
