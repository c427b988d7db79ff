/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/set/querySets.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneSetDefs from './defs.js'

export const id = 'tools.ozone.set.querySets'

/** Query-string parameters. */
export interface QueryParams {
  limit: number
  cursor?: string
  namePrefix?: string
  sortBy: 'name' | 'createdAt' | 'updatedAt'
  /** Defaults to ascending order of name field. */
  sortDirection: 'asc' | 'desc'
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { limit: 'integer', cursor: 'string', namePrefix: 'string', sortBy: 'string', sortDirection: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.limit
  if (x1 === undefined) {
    (r ??= { ...o })['limit'] = 50
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/limit must be an integer')
    if ((x1 as number) > 100) throw rt.invalid(p + '/limit can not be greater than 100')
    if ((x1 as number) < 1) throw rt.invalid(p + '/limit can not be less than 1')
  }
  const x2: unknown = o.cursor
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x3: unknown = o.namePrefix
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/namePrefix must be a string')
  }
  const x4: unknown = o.sortBy
  if (x4 === undefined) {
    (r ??= { ...o })['sortBy'] = "name"
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/sortBy must be a string')
    if (x4 !== 'name' && x4 !== 'createdAt' && x4 !== 'updatedAt') throw rt.invalid(p + '/sortBy must be one of (name|createdAt|updatedAt)')
  }
  const x5: unknown = o.sortDirection
  if (x5 === undefined) {
    (r ??= { ...o })['sortDirection'] = "asc"
  } else {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/sortDirection must be a string')
    if (x5 !== 'asc' && x5 !== 'desc') throw rt.invalid(p + '/sortDirection must be one of (asc|desc)')
  }
  return (r ?? o) as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  sets: ToolsOzoneSetDefs.SetView[]
  cursor?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.sets
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "sets"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/sets must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      try {
        ToolsOzoneSetDefs.checkSetView(e2, '')
      } catch (err) {
        throw rt.within(err, p + '/sets' + '/' + i2)
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
