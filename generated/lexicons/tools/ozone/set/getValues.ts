/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/set/getValues.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneSetDefs from './defs.js'

export const id = 'tools.ozone.set.getValues'

/** Query-string parameters. */
export interface QueryParams {
  name: string
  limit: number
  cursor?: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { name: 'string', limit: 'integer', cursor: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.name
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "name"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/name must be a string')
  }
  const x2: unknown = o.limit
  if (x2 === undefined) {
    (r ??= { ...o })['limit'] = 100
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/limit must be an integer')
    if ((x2 as number) > 1000) throw rt.invalid(p + '/limit can not be greater than 1000')
    if ((x2 as number) < 1) throw rt.invalid(p + '/limit can not be less than 1')
  }
  const x3: unknown = o.cursor
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  return (r ?? o) as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  set: ToolsOzoneSetDefs.SetView
  values: string[]
  cursor?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.set
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "set"')
  } else {
    try {
      ToolsOzoneSetDefs.checkSetView(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/set')
    }
  }
  const x2: unknown = o.values
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "values"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/values must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      if (typeof e3 !== 'string') throw rt.invalid(p + '/values' + '/' + i3 + ' must be a string')
    }
  }
  const x4: unknown = o.cursor
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  return o as unknown as OutputSchema
}

export interface HandlerOutput {
  encoding: 'application/json'
  body: OutputSchema
  headers?: { [name: string]: string }
}

/**
 * The error names this method declares.
 * SetNotFound: set with the given name does not exist
 */
export type ErrorName = 'SetNotFound'

export const ERRORS: readonly ErrorName[] = ['SetNotFound']

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
