/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/convo/sendMessageBatch.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ChatBskyConvoDefs from './defs.js'

export const id = 'chat.bsky.convo.sendMessageBatch'

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
  items: BatchItem[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.items
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "items"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/items must be an array')
    if (x1.length > 100) throw rt.invalid(p + '/items must not have more than 100 elements')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      try {
        checkBatchItem(e2, '')
      } catch (err) {
        throw rt.within(err, p + '/items' + '/' + i2)
      }
    }
  }
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export interface OutputSchema {
  items: ChatBskyConvoDefs.MessageView[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.items
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "items"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/items must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      try {
        ChatBskyConvoDefs.checkMessageView(e2, '')
      } catch (err) {
        throw rt.within(err, p + '/items' + '/' + i2)
      }
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
export type ErrorName = 'ConvoLocked' | 'InvalidConvo' | 'ReplyTargetNotFound'

export const ERRORS: readonly ErrorName[] = ['ConvoLocked', 'InvalidConvo', 'ReplyTargetNotFound']

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

export interface BatchItem {
  $type?: 'chat.bsky.convo.sendMessageBatch#batchItem'
  convoId: string
  message: ChatBskyConvoDefs.MessageInput
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkBatchItem(v: unknown, p: string): BatchItem {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.convoId
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x2: unknown = o.message
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "message"')
  } else {
    try {
      ChatBskyConvoDefs.checkMessageInput(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/message')
    }
  }
  return o as unknown as BatchItem
}

/** Validates a value as BatchItem; a failure says where, e.g. "Object/field must be a string". */
export function validateBatchItem(v: unknown): rt.ValidationResult<BatchItem> {
  return rt.run(checkBatchItem, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a BatchItem; it does not validate it. */
export function isBatchItem<V>(v: V): v is V & rt.Typed<BatchItem, 'chat.bsky.convo.sendMessageBatch#batchItem'> {
  return rt.hasType(v, 'chat.bsky.convo.sendMessageBatch#batchItem')
}
