/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/group/createJoinLink.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ChatBskyGroupDefs from './defs.js'

export const id = 'chat.bsky.group.createJoinLink'

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
  convoId: string
  requireApproval?: boolean
  joinRule: ChatBskyGroupDefs.JoinRule
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.convoId
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x2: unknown = o.requireApproval
  if (x2 === undefined) {
    (r ??= { ...o })['requireApproval'] = false
  } else {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/requireApproval must be a boolean')
  }
  const x3: unknown = o.joinRule
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "joinRule"')
  } else {
    try {
      ChatBskyGroupDefs.checkJoinRule(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/joinRule')
    }
  }
  return (r ?? o) as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export interface OutputSchema {
  joinLink: ChatBskyGroupDefs.JoinLinkView
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.joinLink
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "joinLink"')
  } else {
    try {
      ChatBskyGroupDefs.checkJoinLinkView(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/joinLink')
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
export type ErrorName = 'EnabledJoinLinkAlreadyExists' | 'InvalidConvo' | 'InsufficientRole'

export const ERRORS: readonly ErrorName[] = ['EnabledJoinLinkAlreadyExists', 'InvalidConvo', 'InsufficientRole']

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
