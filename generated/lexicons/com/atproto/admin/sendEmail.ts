/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/admin/sendEmail.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'com.atproto.admin.sendEmail'

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
  recipientDid: string
  content: string
  subject?: string
  senderDid: string
  /** Additional comment by the sender that won't be used in the email itself but helpful to provide more context for moderators/reviewers */
  comment?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.recipientDid
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "recipientDid"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/recipientDid must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/recipientDid must be a valid did')
  }
  const x2: unknown = o.content
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "content"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/content must be a string')
  }
  const x3: unknown = o.subject
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/subject must be a string')
  }
  const x4: unknown = o.senderDid
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "senderDid"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/senderDid must be a string')
    if (!rt.isDid(x4)) throw rt.invalid(p + '/senderDid must be a valid did')
  }
  const x5: unknown = o.comment
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export interface OutputSchema {
  sent: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.sent
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "sent"')
  } else {
    if (typeof x1 !== 'boolean') throw rt.invalid(p + '/sent must be a boolean')
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
