/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/actor/getStatus.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'chat.bsky.actor.getStatus'

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

export type HandlerInput = undefined

export interface OutputSchema {
  /** True when the viewer's account is disabled and cannot actively participate in chat. */
  chatDisabled: boolean
  /** Whether the viewer's account is allowed to create group chats. New accounts are restricted from creating groups. */
  canCreateGroups: boolean
  /** The maximum number of members allowed in a group conversation. */
  groupMemberLimit: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.chatDisabled
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "chatDisabled"')
  } else {
    if (typeof x1 !== 'boolean') throw rt.invalid(p + '/chatDisabled must be a boolean')
  }
  const x2: unknown = o.canCreateGroups
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "canCreateGroups"')
  } else {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/canCreateGroups must be a boolean')
  }
  const x3: unknown = o.groupMemberLimit
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "groupMemberLimit"')
  } else {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/groupMemberLimit must be an integer')
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
