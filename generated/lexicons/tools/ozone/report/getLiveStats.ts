/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/report/getLiveStats.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneReportDefs from './defs.js'

export const id = 'tools.ozone.report.getLiveStats'

/** Query-string parameters. */
export interface QueryParams {
  /** Filter stats by queue. Use -1 for unqueued reports. */
  queueId?: number
  /** Filter stats by moderator DID. */
  moderatorDid?: string
  /** Filter stats by report types. */
  reportTypes?: string[]
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { queueId: 'integer', moderatorDid: 'string', reportTypes: ['string'] }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
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
  return o as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  /** Statistics for the requested filter. */
  stats: ToolsOzoneReportDefs.LiveStats
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.stats
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "stats"')
  } else {
    try {
      ToolsOzoneReportDefs.checkLiveStats(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/stats')
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
