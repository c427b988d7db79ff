/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/safelink/queryRules.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneSafelinkDefs from './defs.js'

export const id = 'tools.ozone.safelink.queryRules'

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
  /** Cursor for pagination */
  cursor?: string
  /** Maximum number of results to return */
  limit?: number
  /** Filter by specific URLs or domains */
  urls?: string[]
  /** Filter by pattern type */
  patternType?: string
  /** Filter by action types */
  actions?: string[]
  /** Filter by reason type */
  reason?: string
  /** Filter by rule creator */
  createdBy?: string
  /** Sort direction */
  sortDirection?: 'asc' | 'desc' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x2: unknown = o.limit
  if (x2 === undefined) {
    (r ??= { ...o })['limit'] = 50
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/limit must be an integer')
    if ((x2 as number) > 100) throw rt.invalid(p + '/limit can not be greater than 100')
    if ((x2 as number) < 1) throw rt.invalid(p + '/limit can not be less than 1')
  }
  const x3: unknown = o.urls
  if (x3 !== undefined) {
    if (!Array.isArray(x3)) throw rt.invalid(p + '/urls must be an array')
    for (let i4 = 0; i4 < x3.length; i4++) {
      const e4: unknown = x3[i4]
      if (typeof e4 !== 'string') throw rt.invalid(p + '/urls' + '/' + i4 + ' must be a string')
    }
  }
  const x5: unknown = o.patternType
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/patternType must be a string')
  }
  const x6: unknown = o.actions
  if (x6 !== undefined) {
    if (!Array.isArray(x6)) throw rt.invalid(p + '/actions must be an array')
    for (let i7 = 0; i7 < x6.length; i7++) {
      const e7: unknown = x6[i7]
      if (typeof e7 !== 'string') throw rt.invalid(p + '/actions' + '/' + i7 + ' must be a string')
    }
  }
  const x8: unknown = o.reason
  if (x8 !== undefined) {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/reason must be a string')
  }
  const x9: unknown = o.createdBy
  if (x9 !== undefined) {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/createdBy must be a string')
    if (!rt.isDid(x9)) throw rt.invalid(p + '/createdBy must be a valid did')
  }
  const x10: unknown = o.sortDirection
  if (x10 === undefined) {
    (r ??= { ...o })['sortDirection'] = "desc"
  } else {
    if (typeof x10 !== 'string') throw rt.invalid(p + '/sortDirection must be a string')
  }
  return (r ?? o) as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export interface OutputSchema {
  /** Next cursor for pagination. Only present if there are more results. */
  cursor?: string
  rules: ToolsOzoneSafelinkDefs.UrlRule[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x2: unknown = o.rules
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "rules"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/rules must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        ToolsOzoneSafelinkDefs.checkUrlRule(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/rules' + '/' + i3)
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
export const schema = rt.procedure({
  nsid: id,
  params: { kinds: PARAM_KINDS, check: checkQueryParams },
  input: { encoding: 'application/json', check: checkInputSchema },
  output: { encoding: 'application/json', check: checkOutputSchema },
  errors: ERRORS,
})
