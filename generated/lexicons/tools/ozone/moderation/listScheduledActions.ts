/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/moderation/listScheduledActions.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneModerationDefs from './defs.js'

export const id = 'tools.ozone.moderation.listScheduledActions'

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
  /** Filter actions scheduled to execute after this time */
  startsAfter?: string
  /** Filter actions scheduled to execute before this time */
  endsBefore?: string
  /** Filter actions for specific DID subjects */
  subjects?: string[]
  /** Filter actions by status */
  statuses: ('pending' | 'executed' | 'cancelled' | 'failed' | (string & {}))[]
  /** Maximum number of results to return */
  limit?: number
  /** Cursor for pagination */
  cursor?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.startsAfter
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/startsAfter must be a string')
    if (!rt.isDatetime(x1)) throw rt.invalid(p + '/startsAfter must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x2: unknown = o.endsBefore
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/endsBefore must be a string')
    if (!rt.isDatetime(x2)) throw rt.invalid(p + '/endsBefore must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x3: unknown = o.subjects
  if (x3 !== undefined) {
    if (!Array.isArray(x3)) throw rt.invalid(p + '/subjects must be an array')
    if (x3.length > 100) throw rt.invalid(p + '/subjects must not have more than 100 elements')
    for (let i4 = 0; i4 < x3.length; i4++) {
      const e4: unknown = x3[i4]
      if (typeof e4 !== 'string') throw rt.invalid(p + '/subjects' + '/' + i4 + ' must be a string')
      if (!rt.isDid(e4)) throw rt.invalid(p + '/subjects' + '/' + i4 + ' must be a valid did')
    }
  }
  const x5: unknown = o.statuses
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "statuses"')
  } else {
    if (!Array.isArray(x5)) throw rt.invalid(p + '/statuses must be an array')
    if (x5.length < 1) throw rt.invalid(p + '/statuses must not have fewer than 1 elements')
    for (let i6 = 0; i6 < x5.length; i6++) {
      const e6: unknown = x5[i6]
      if (typeof e6 !== 'string') throw rt.invalid(p + '/statuses' + '/' + i6 + ' must be a string')
    }
  }
  const x7: unknown = o.limit
  if (x7 === undefined) {
    (r ??= { ...o })['limit'] = 50
  } else {
    if (!Number.isInteger(x7)) throw rt.invalid(p + '/limit must be an integer')
    if ((x7 as number) > 100) throw rt.invalid(p + '/limit can not be greater than 100')
    if ((x7 as number) < 1) throw rt.invalid(p + '/limit can not be less than 1')
  }
  const x8: unknown = o.cursor
  if (x8 !== undefined) {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  return (r ?? o) as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export interface OutputSchema {
  actions: ToolsOzoneModerationDefs.ScheduledActionView[]
  /** Cursor for next page of results */
  cursor?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.actions
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "actions"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/actions must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      try {
        ToolsOzoneModerationDefs.checkScheduledActionView(e2, '')
      } catch (err) {
        throw rt.within(err, p + '/actions' + '/' + i2)
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
export const schema = rt.procedure({
  nsid: id,
  params: { kinds: PARAM_KINDS, check: checkQueryParams },
  input: { encoding: 'application/json', check: checkInputSchema },
  output: { encoding: 'application/json', check: checkOutputSchema },
  errors: ERRORS,
})
