/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/moderation/getMessageContext.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ChatBskyConvoDefs from '../convo/defs.js'

export const id = 'chat.bsky.moderation.getMessageContext'

/** Query-string parameters. */
export interface QueryParams {
  /** Conversation that the message is from. NOTE: this field will eventually be required. */
  convoId?: string
  messageId: string
  /** Number of user messages before the target to include. System messages between the earliest returned user message and the target are also included, capped per gap by `maxInterleavedSystemMessages`. If there are no user messages before the target, up to `maxInterleavedSystemMessages` system messages immediately preceding the target are returned instead. */
  before: number
  /** Number of user messages after the target to include. System messages between the target and the latest returned user message are also included, capped per gap by `maxInterleavedSystemMessages`. If there are no user messages after the target, up to `maxInterleavedSystemMessages` system messages immediately following the target are returned instead. */
  after: number
  /** Maximum number of system messages to include per gap between consecutive returned messages (and per side when there are no user messages on that side). Within a gap, the system messages closest to the earlier message are kept. */
  maxInterleavedSystemMessages: number
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { convoId: 'string', messageId: 'string', before: 'integer', after: 'integer', maxInterleavedSystemMessages: 'integer' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.convoId
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x2: unknown = o.messageId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "messageId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/messageId must be a string')
  }
  const x3: unknown = o.before
  if (x3 === undefined) {
    (r ??= { ...o })['before'] = 5
  } else {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/before must be an integer')
  }
  const x4: unknown = o.after
  if (x4 === undefined) {
    (r ??= { ...o })['after'] = 5
  } else {
    if (!Number.isInteger(x4)) throw rt.invalid(p + '/after must be an integer')
  }
  const x5: unknown = o.maxInterleavedSystemMessages
  if (x5 === undefined) {
    (r ??= { ...o })['maxInterleavedSystemMessages'] = 10
  } else {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/maxInterleavedSystemMessages must be an integer')
    if ((x5 as number) > 1000) throw rt.invalid(p + '/maxInterleavedSystemMessages can not be greater than 1000')
    if ((x5 as number) < 0) throw rt.invalid(p + '/maxInterleavedSystemMessages can not be less than 0')
  }
  return (r ?? o) as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  messages: (rt.Typed<ChatBskyConvoDefs.MessageView, 'chat.bsky.convo.defs#messageView'> | rt.Typed<ChatBskyConvoDefs.SystemMessageView, 'chat.bsky.convo.defs#systemMessageView'> | rt.UnknownTyped)[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.messages
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "messages"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/messages must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      if (typeof e2 !== 'object' || e2 === null || typeof (e2 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/messages' + '/' + i2 + ' must be an object which includes the "$type" property')
      const t3 = (e2 as { $type: string }).$type
      switch (t3) {
        case 'chat.bsky.convo.defs#messageView':
          try {
            ChatBskyConvoDefs.checkMessageView(e2, '')
          } catch (err) {
            throw rt.within(err, p + '/messages' + '/' + i2)
          }
          break
        case 'chat.bsky.convo.defs#systemMessageView':
          try {
            ChatBskyConvoDefs.checkSystemMessageView(e2, '')
          } catch (err) {
            throw rt.within(err, p + '/messages' + '/' + i2)
          }
          break
        default:
          if (t3.charCodeAt(0) === 35 || t3.indexOf('#') !== t3.lastIndexOf('#')) throw rt.invalid(p + '/messages' + '/' + i2 + ' $type is not a valid type reference')
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
