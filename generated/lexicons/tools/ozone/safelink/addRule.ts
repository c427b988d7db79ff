/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/safelink/addRule.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneSafelinkDefs from './defs.js'

export const id = 'tools.ozone.safelink.addRule'

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
  /** The URL or domain to apply the rule to */
  url: string
  pattern: ToolsOzoneSafelinkDefs.PatternType
  action: ToolsOzoneSafelinkDefs.ActionType
  reason: ToolsOzoneSafelinkDefs.ReasonType
  /** Optional comment about the decision */
  comment?: string
  /** Author DID. Only respected when using admin auth */
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
  const x3: unknown = o.action
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "action"')
  } else {
    try {
      ToolsOzoneSafelinkDefs.checkActionType(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/action')
    }
  }
  const x4: unknown = o.reason
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "reason"')
  } else {
    try {
      ToolsOzoneSafelinkDefs.checkReasonType(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/reason')
    }
  }
  const x5: unknown = o.comment
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  const x6: unknown = o.createdBy
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/createdBy must be a string')
    if (!rt.isDid(x6)) throw rt.invalid(p + '/createdBy must be a valid did')
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
 * InvalidUrl: The provided URL is invalid
 * RuleAlreadyExists: A rule for this URL/domain already exists
 */
export type ErrorName = 'InvalidUrl' | 'RuleAlreadyExists'

export const ERRORS: readonly ErrorName[] = ['InvalidUrl', 'RuleAlreadyExists']

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
