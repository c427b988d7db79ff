/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/group/requestJoin.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ChatBskyConvoDefs from '../convo/defs.js'

export const id = 'chat.bsky.group.requestJoin'

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
  code: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.code
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "code"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/code must be a string')
  }
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export interface OutputSchema {
  status: 'joined' | 'pending' | (string & {})
  /** The group convo joined. This is only present in the case of status=joined */
  convo?: ChatBskyConvoDefs.ConvoView
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.status
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "status"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/status must be a string')
  }
  const x2: unknown = o.convo
  if (x2 !== undefined) {
    try {
      ChatBskyConvoDefs.checkConvoView(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/convo')
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
export type ErrorName = 'ConvoLocked' | 'FollowRequired' | 'InvalidCode' | 'LinkDisabled' | 'MemberLimitReached' | 'UserKicked'

export const ERRORS: readonly ErrorName[] = ['ConvoLocked', 'FollowRequired', 'InvalidCode', 'LinkDisabled', 'MemberLimitReached', 'UserKicked']

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
