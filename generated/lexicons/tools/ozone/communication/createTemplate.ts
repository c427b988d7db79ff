/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/communication/createTemplate.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneCommunicationDefs from './defs.js'

export const id = 'tools.ozone.communication.createTemplate'

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
  /** Name of the template. */
  name: string
  /** Content of the template, markdown supported, can contain variable placeholders. */
  contentMarkdown: string
  /** Subject of the message, used in emails. */
  subject: string
  /** Message language. */
  lang?: string
  /** DID of the user who is creating the template. */
  createdBy?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.name
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "name"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/name must be a string')
  }
  const x2: unknown = o.contentMarkdown
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "contentMarkdown"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/contentMarkdown must be a string')
  }
  const x3: unknown = o.subject
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "subject"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/subject must be a string')
  }
  const x4: unknown = o.lang
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/lang must be a string')
    if (!rt.isLanguage(x4)) throw rt.invalid(p + '/lang must be a well-formed BCP 47 language tag')
  }
  const x5: unknown = o.createdBy
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/createdBy must be a string')
    if (!rt.isDid(x5)) throw rt.invalid(p + '/createdBy must be a valid did')
  }
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export type OutputSchema = ToolsOzoneCommunicationDefs.TemplateView

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  try {
    ToolsOzoneCommunicationDefs.checkTemplateView(v, '')
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

/** The error names this method declares. */
export type ErrorName = 'DuplicateTemplateName'

export const ERRORS: readonly ErrorName[] = ['DuplicateTemplateName']

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
