/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/setting/upsertOption.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneSettingDefs from './defs.js'

export const id = 'tools.ozone.setting.upsertOption'

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
  key: string
  scope: 'instance' | 'personal' | (string & {})
  value: { [key: string]: unknown }
  description?: string
  managerRole?: 'tools.ozone.team.defs#roleModerator' | 'tools.ozone.team.defs#roleTriage' | 'tools.ozone.team.defs#roleVerifier' | 'tools.ozone.team.defs#roleAdmin' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.key
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "key"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/key must be a string')
    if (!rt.isNsid(x1)) throw rt.invalid(p + '/key must be a valid nsid')
  }
  const x2: unknown = o.scope
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "scope"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/scope must be a string')
  }
  const x3: unknown = o.value
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "value"')
  } else {
    if (!rt.isPlainObject(x3)) throw rt.invalid(p + '/value must be an object')
  }
  const x4: unknown = o.description
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/description must be a string')
    if (x4.length * 3 > 2000 && rt.utf8Len(x4) > 2000) throw rt.invalid(p + '/description must not be longer than 2000 characters')
  }
  const x5: unknown = o.managerRole
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/managerRole must be a string')
  }
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export interface OutputSchema {
  option: ToolsOzoneSettingDefs.Option
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.option
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "option"')
  } else {
    try {
      ToolsOzoneSettingDefs.checkOption(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/option')
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
