/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/convo/addReaction.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ChatBskyConvoDefs from './defs.js'

export const id = 'chat.bsky.convo.addReaction'

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
  messageId: string
  value: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.convoId
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x2: unknown = o.messageId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "messageId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/messageId must be a string')
  }
  const x3: unknown = o.value
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "value"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/value must be a string')
    if (x3.length < 1 && (x3.length * 3 < 1 || rt.utf8Len(x3) < 1)) throw rt.invalid(p + '/value must not be shorter than 1 characters')
    if (x3.length * 3 > 64 && rt.utf8Len(x3) > 64) throw rt.invalid(p + '/value must not be longer than 64 characters')
    if (x3.length < 1 || rt.graphemeLen(x3) < 1) throw rt.invalid(p + '/value must not be shorter than 1 graphemes')
    if (x3.length > 1 && rt.graphemeLen(x3) > 1) throw rt.invalid(p + '/value must not be longer than 1 graphemes')
  }
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export interface OutputSchema {
  message: ChatBskyConvoDefs.MessageView
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.message
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "message"')
  } else {
    try {
      ChatBskyConvoDefs.checkMessageView(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/message')
    }
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
 * ReactionNotAllowed: Indicates that reactions are not allowed on this message, e.g. because it is a system message.
 * ReactionMessageDeleted: Indicates that the message has been deleted and reactions can no longer be added/removed.
 * ReactionLimitReached: Indicates that the message has the maximum number of reactions allowed for a single user, and the requested reaction wasn't yet present. If it was already present, the request will not fail since it is idempotent.
 * ReactionInvalidValue: Indicates the value for the reaction is not acceptable. In general, this means it is not an emoji.
 */
export type ErrorName = 'InvalidConvo' | 'ReactionNotAllowed' | 'ReactionMessageDeleted' | 'ReactionLimitReached' | 'ReactionInvalidValue'

export const ERRORS: readonly ErrorName[] = ['InvalidConvo', 'ReactionNotAllowed', 'ReactionMessageDeleted', 'ReactionLimitReached', 'ReactionInvalidValue']

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
