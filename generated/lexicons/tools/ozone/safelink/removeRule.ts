/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/safelink/removeRule.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneSafelinkDefs from './defs.js'

export const id = 'tools.ozone.safelink.removeRule'

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
  /** The URL or domain to remove the rule for */
  url: string
  pattern: ToolsOzoneSafelinkDefs.PatternType
  /** Optional comment about why the rule is being removed */
  comment?: string
  /** Optional DID of the user. Only respected when using admin auth. */
  createdBy?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.url
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "url"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/url must be a string')
  }
  const x2: unknown = o.pattern
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "pattern"')
  } else {
    try {
      ToolsOzoneSafelinkDefs.checkPatternType(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/pattern')
    }
  }
  const x3: unknown = o.comment
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  const x4: unknown = o.createdBy
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/createdBy must be a string')
    if (!rt.isDid(x4)) throw rt.invalid(p + '/createdBy must be a valid did')
  }
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export type OutputSchema = ToolsOzoneSafelinkDefs.Event

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  try {
    ToolsOzoneSafelinkDefs.checkEvent(v, '')
  } catch (err) {
    throw rt.within(err, p)
  }
  return v as OutputSchema
}

export interface HandlerOutput {
  encoding: 'application/json'
  body: OutputSchema
  headers?: { [name: string]: string }
}

/**
 * The error names this method declares.
 * RuleNotFound: No active rule found for this URL/domain
 */
export type ErrorName = 'RuleNotFound'

export const ERRORS: readonly ErrorName[] = ['RuleNotFound']

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
