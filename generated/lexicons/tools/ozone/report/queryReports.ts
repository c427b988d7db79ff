/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/report/queryReports.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneReportDefs from './defs.js'

export const id = 'tools.ozone.report.queryReports'

/** Query-string parameters. */
export interface QueryParams {
  /** Filter by queue ID. Use -1 for unassigned reports. */
  queueId?: number
  /** Filter by report types (fully qualified string in the format of com.atproto.moderation.defs#reason<name>). */
  reportTypes?: string[]
  /** Filter by report status. */
  status: 'open' | 'closed' | 'escalated' | 'queued' | 'assigned' | (string & {})
  /** Filter by subject DID or AT-URI. */
  subject?: string
  /** Filter to reports where the subject is this DID or any record owned by this DID. Unlike `subject` (which scopes to a specific account or record), this returns all reports tied to the DID across both account-level and record-level subjects. */
  did?: string
  /** If specified, reports of the given subject type will be returned. */
  subjectType?: 'account' | 'record' | 'message' | 'conversation' | (string & {})
  /** If specified, reports where the subject belongs to the given collections will be returned. When subjectType is set to 'account', this will be ignored. */
  collections?: string[]
  /** Retrieve reports created after a given timestamp */
  reportedAfter?: string
  /** Retrieve reports created before a given timestamp */
  reportedBefore?: string
  /** Filter by muted status. true returns only muted reports, false returns only unmuted reports. Defaults to false. */
  isMuted: boolean
  /** Filter by the DID of the moderator permanently assigned to the report. */
  assignedTo?: string
  sortField: 'createdAt' | 'updatedAt'
  sortDirection: 'asc' | 'desc'
  limit: number
  cursor?: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { queueId: 'integer', reportTypes: ['string'], status: 'string', subject: 'string', did: 'string', subjectType: 'string', collections: ['string'], reportedAfter: 'string', reportedBefore: 'string', isMuted: 'boolean', assignedTo: 'string', sortField: 'string', sortDirection: 'string', limit: 'integer', cursor: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.queueId
  if (x1 !== undefined) {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/queueId must be an integer')
  }
  const x2: unknown = o.reportTypes
  if (x2 !== undefined) {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/reportTypes must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      if (typeof e3 !== 'string') throw rt.invalid(p + '/reportTypes' + '/' + i3 + ' must be a string')
    }
  }
  const x4: unknown = o.status
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "status"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/status must be a string')
  }
  const x5: unknown = o.subject
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/subject must be a string')
    if (!rt.isUri(x5)) throw rt.invalid(p + '/subject must be a uri')
  }
  const x6: unknown = o.did
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x6)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x7: unknown = o.subjectType
  if (x7 !== undefined) {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/subjectType must be a string')
  }
  const x8: unknown = o.collections
  if (x8 !== undefined) {
    if (!Array.isArray(x8)) throw rt.invalid(p + '/collections must be an array')
    if (x8.length > 20) throw rt.invalid(p + '/collections must not have more than 20 elements')
    for (let i9 = 0; i9 < x8.length; i9++) {
      const e9: unknown = x8[i9]
      if (typeof e9 !== 'string') throw rt.invalid(p + '/collections' + '/' + i9 + ' must be a string')
      if (!rt.isNsid(e9)) throw rt.invalid(p + '/collections' + '/' + i9 + ' must be a valid nsid')
    }
  }
  const x10: unknown = o.reportedAfter
  if (x10 !== undefined) {
    if (typeof x10 !== 'string') throw rt.invalid(p + '/reportedAfter must be a string')
    if (!rt.isDatetime(x10)) throw rt.invalid(p + '/reportedAfter must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x11: unknown = o.reportedBefore
  if (x11 !== undefined) {
    if (typeof x11 !== 'string') throw rt.invalid(p + '/reportedBefore must be a string')
    if (!rt.isDatetime(x11)) throw rt.invalid(p + '/reportedBefore must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x12: unknown = o.isMuted
  if (x12 === undefined) {
    (r ??= { ...o })['isMuted'] = false
  } else {
    if (typeof x12 !== 'boolean') throw rt.invalid(p + '/isMuted must be a boolean')
  }
  const x13: unknown = o.assignedTo
  if (x13 !== undefined) {
    if (typeof x13 !== 'string') throw rt.invalid(p + '/assignedTo must be a string')
    if (!rt.isDid(x13)) throw rt.invalid(p + '/assignedTo must be a valid did')
  }
  const x14: unknown = o.sortField
  if (x14 === undefined) {
    (r ??= { ...o })['sortField'] = "createdAt"
  } else {
    if (typeof x14 !== 'string') throw rt.invalid(p + '/sortField must be a string')
    if (x14 !== 'createdAt' && x14 !== 'updatedAt') throw rt.invalid(p + '/sortField must be one of (createdAt|updatedAt)')
  }
  const x15: unknown = o.sortDirection
  if (x15 === undefined) {
    (r ??= { ...o })['sortDirection'] = "desc"
  } else {
    if (typeof x15 !== 'string') throw rt.invalid(p + '/sortDirection must be a string')
    if (x15 !== 'asc' && x15 !== 'desc') throw rt.invalid(p + '/sortDirection must be one of (asc|desc)')
  }
  const x16: unknown = o.limit
  if (x16 === undefined) {
    (r ??= { ...o })['limit'] = 50
  } else {
    if (!Number.isInteger(x16)) throw rt.invalid(p + '/limit must be an integer')
    if ((x16 as number) > 100) throw rt.invalid(p + '/limit can not be greater than 100')
    if ((x16 as number) < 1) throw rt.invalid(p + '/limit can not be less than 1')
  }
  const x17: unknown = o.cursor
  if (x17 !== undefined) {
    if (typeof x17 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  return (r ?? o) as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  cursor?: string
  reports: ToolsOzoneReportDefs.ReportView[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x2: unknown = o.reports
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "reports"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/reports must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      let e3: unknown = x2[i3]
      try {
        e3 = ToolsOzoneReportDefs.checkReportView(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/reports' + '/' + i3)
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
