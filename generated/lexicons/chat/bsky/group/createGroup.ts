/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/group/createGroup.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ChatBskyConvoDefs from '../convo/defs.js'

export const id = 'chat.bsky.group.createGroup'

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
  /** The members to add to the group. The owner is automatically added. Implementations may enforce a lower maximum than the 10,000-item schema limit; Bluesky currently supports up to 100 total members. If the owner is included in this list, the list may contain up to the implementation's total member limit. Otherwise, it may contain one fewer. */
  members: string[]
  name: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.members
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "members"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/members must be an array')
    if (x1.length > 10000) throw rt.invalid(p + '/members must not have more than 10000 elements')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      if (typeof e2 !== 'string') throw rt.invalid(p + '/members' + '/' + i2 + ' must be a string')
      if (!rt.isDid(e2)) throw rt.invalid(p + '/members' + '/' + i2 + ' must be a valid did')
    }
  }
  const x3: unknown = o.name
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "name"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/name must be a string')
    if (x3.length < 1 && (x3.length * 3 < 1 || rt.utf8Len(x3) < 1)) throw rt.invalid(p + '/name must not be shorter than 1 characters')
    if (x3.length * 3 > 500 && rt.utf8Len(x3) > 500) throw rt.invalid(p + '/name must not be longer than 500 characters')
    if (x3.length > 50 && rt.graphemeLen(x3) > 50) throw rt.invalid(p + '/name must not be longer than 50 graphemes')
  }
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export interface OutputSchema {
  convo: ChatBskyConvoDefs.ConvoView
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.convo
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "convo"')
  } else {
    try {
      ChatBskyConvoDefs.checkConvoView(x1, '')
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
export type ErrorName = 'AccountSuspended' | 'BlockedActor' | 'BlockedSubject' | 'NewAccountCannotCreateGroup' | 'NotFollowedBySender' | 'RecipientNotFound' | 'UserForbidsGroups'

export const ERRORS: readonly ErrorName[] = ['AccountSuspended', 'BlockedActor', 'BlockedSubject', 'NewAccountCannotCreateGroup', 'NotFollowedBySender', 'RecipientNotFound', 'UserForbidsGroups']

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
