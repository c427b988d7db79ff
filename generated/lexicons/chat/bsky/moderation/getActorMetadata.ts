/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/moderation/getActorMetadata.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'chat.bsky.moderation.getActorMetadata'

/** Query-string parameters. */
export interface QueryParams {
  actor: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { actor: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.actor
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "actor"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/actor must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/actor must be a valid did')
  }
  return o as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  day: Metadata
  month: Metadata
  all: Metadata
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.day
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "day"')
  } else {
    try {
      checkMetadata(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/day')
    }
  }
  const x2: unknown = o.month
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "month"')
  } else {
    try {
      checkMetadata(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/month')
    }
  }
  const x3: unknown = o.all
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "all"')
  } else {
    try {
      checkMetadata(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/all')
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

export interface Metadata {
  $type?: 'chat.bsky.moderation.getActorMetadata#metadata'
  messagesSent: number
  messagesReceived: number
  convos: number
  convosStarted: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMetadata(v: unknown, p: string): Metadata {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.messagesSent
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "messagesSent"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/messagesSent must be an integer')
  }
  const x2: unknown = o.messagesReceived
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "messagesReceived"')
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/messagesReceived must be an integer')
  }
  const x3: unknown = o.convos
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "convos"')
  } else {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/convos must be an integer')
  }
  const x4: unknown = o.convosStarted
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "convosStarted"')
  } else {
    if (!Number.isInteger(x4)) throw rt.invalid(p + '/convosStarted must be an integer')
  }
  return o as unknown as Metadata
}

/** Validates a value as Metadata; a failure says where, e.g. "Object/field must be a string". */
export function validateMetadata(v: unknown): rt.ValidationResult<Metadata> {
  return rt.run(checkMetadata, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Metadata; it does not validate it. */
export function isMetadata<V>(v: V): v is V & rt.Typed<Metadata, 'chat.bsky.moderation.getActorMetadata#metadata'> {
  return rt.hasType(v, 'chat.bsky.moderation.getActorMetadata#metadata')
}
