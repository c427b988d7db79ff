/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/report/getHistoricalStats.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneReportDefs from './defs.js'

export const id = 'tools.ozone.report.getHistoricalStats'

/** Query-string parameters. */
export interface QueryParams {
  /** Filter stats by queue. Use -1 for unqueued reports. */
  queueId?: number
  /** Filter stats by moderator DID. */
  moderatorDid?: string
  /** Filter stats by report types. */
  reportTypes?: string[]
  /** Earliest date to include (inclusive). */
  startDate?: string
  /** Latest date to include (inclusive). */
  endDate?: string
  /** Maximum number of entries to return. */
  limit: number
  /** Pagination cursor. */
  cursor?: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { queueId: 'integer', moderatorDid: 'string', reportTypes: ['string'], startDate: 'string', endDate: 'string', limit: 'integer', cursor: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.queueId
  if (x1 !== undefined) {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/queueId must be an integer')
  }
  const x2: unknown = o.moderatorDid
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/moderatorDid must be a string')
    if (!rt.isDid(x2)) throw rt.invalid(p + '/moderatorDid must be a valid did')
  }
  const x3: unknown = o.reportTypes
  if (x3 !== undefined) {
    if (!Array.isArray(x3)) throw rt.invalid(p + '/reportTypes must be an array')
    for (let i4 = 0; i4 < x3.length; i4++) {
      const e4: unknown = x3[i4]
      if (typeof e4 !== 'string') throw rt.invalid(p + '/reportTypes' + '/' + i4 + ' must be a string')
    }
  }
  const x5: unknown = o.startDate
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/startDate must be a string')
    if (!rt.isDatetime(x5)) throw rt.invalid(p + '/startDate must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x6: unknown = o.endDate
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/endDate must be a string')
    if (!rt.isDatetime(x6)) throw rt.invalid(p + '/endDate must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x7: unknown = o.limit
  if (x7 === undefined) {
    (r ??= { ...o })['limit'] = 30
  } else {
    if (!Number.isInteger(x7)) throw rt.invalid(p + '/limit must be an integer')
    if ((x7 as number) > 100) throw rt.invalid(p + '/limit can not be greater than 100')
    if ((x7 as number) < 1) throw rt.invalid(p + '/limit can not be less than 1')
  }
  const x8: unknown = o.cursor
  if (x8 !== undefined) {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  return (r ?? o) as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  stats: ToolsOzoneReportDefs.HistoricalStats[]
  cursor?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.stats
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "stats"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/stats must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      try {
        ToolsOzoneReportDefs.checkHistoricalStats(e2, '')
      } catch (err) {
        throw rt.within(err, p + '/stats' + '/' + i2)
      }
    }
  }
  const x3: unknown = o.cursor
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/cursor must be a string')
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
