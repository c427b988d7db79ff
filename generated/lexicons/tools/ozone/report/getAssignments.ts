/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/report/getAssignments.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneReportDefs from './defs.js'

export const id = 'tools.ozone.report.getAssignments'

/** Query-string parameters. */
export interface QueryParams {
  /** When true, only returns active assignments. */
  onlyActive: boolean
  /** If specified, returns assignments for these reports only. */
  reportIds?: number[]
  /** If specified, returns assignments for these moderators only. */
  dids?: string[]
  limit: number
  cursor?: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { onlyActive: 'boolean', reportIds: ['integer'], dids: ['string'], limit: 'integer', cursor: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.onlyActive
  if (x1 === undefined) {
    (r ??= { ...o })['onlyActive'] = true
  } else {
    if (typeof x1 !== 'boolean') throw rt.invalid(p + '/onlyActive must be a boolean')
  }
  const x2: unknown = o.reportIds
  if (x2 !== undefined) {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/reportIds must be an array')
    if (x2.length > 50) throw rt.invalid(p + '/reportIds must not have more than 50 elements')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      if (!Number.isInteger(e3)) throw rt.invalid(p + '/reportIds' + '/' + i3 + ' must be an integer')
    }
  }
  const x4: unknown = o.dids
  if (x4 !== undefined) {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/dids must be an array')
    if (x4.length > 50) throw rt.invalid(p + '/dids must not have more than 50 elements')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      if (typeof e5 !== 'string') throw rt.invalid(p + '/dids' + '/' + i5 + ' must be a string')
      if (!rt.isDid(e5)) throw rt.invalid(p + '/dids' + '/' + i5 + ' must be a valid did')
    }
  }
  const x6: unknown = o.limit
  if (x6 === undefined) {
    (r ??= { ...o })['limit'] = 50
  } else {
    if (!Number.isInteger(x6)) throw rt.invalid(p + '/limit must be an integer')
    if ((x6 as number) > 100) throw rt.invalid(p + '/limit can not be greater than 100')
    if ((x6 as number) < 1) throw rt.invalid(p + '/limit can not be less than 1')
  }
  const x7: unknown = o.cursor
  if (x7 !== undefined) {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  return (r ?? o) as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  cursor?: string
  assignments: ToolsOzoneReportDefs.AssignmentView[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x2: unknown = o.assignments
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "assignments"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/assignments must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        ToolsOzoneReportDefs.checkAssignmentView(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/assignments' + '/' + i3)
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
