/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/convo/getUnreadCounts.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'chat.bsky.convo.getUnreadCounts'

/** Query-string parameters. */
export interface QueryParams {
  /** When false, group convos are excluded from the counts. */
  includeGroupChats: boolean
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { includeGroupChats: 'boolean' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.includeGroupChats
  if (x1 === undefined) {
    (r ??= { ...o })['includeGroupChats'] = true
  } else {
    if (typeof x1 !== 'boolean') throw rt.invalid(p + '/includeGroupChats must be a boolean')
  }
  return (r ?? o) as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  /** Number of unread, unlocked accepted convos. Counts convos with unread messages and unread join requests. Capped at 100, where 100 means more than 99. */
  unreadAcceptedConvos: number
  /** Number of unread, unlocked request convos. Includes convos with unread messages, but not with unread join request, since only the owner of a group has join requests to read, and the group would necessarily be accepted. Capped at 100, where 100 means more than 99. */
  unreadRequestConvos: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.unreadAcceptedConvos
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "unreadAcceptedConvos"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/unreadAcceptedConvos must be an integer')
  }
  const x2: unknown = o.unreadRequestConvos
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "unreadRequestConvos"')
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/unreadRequestConvos must be an integer')
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
