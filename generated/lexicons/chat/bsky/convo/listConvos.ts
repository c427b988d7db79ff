/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/convo/listConvos.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ChatBskyConvoDefs from './defs.js'

export const id = 'chat.bsky.convo.listConvos'

/** Query-string parameters. */
export interface QueryParams {
  limit: number
  cursor?: string
  readState?: 'unread' | (string & {})
  /** Filter convos by their status. It is discouraged to call with "request" and preferred to call chat.bsky.convo.listConvoRequests, which also includes group join requests made by the user. */
  status?: 'request' | 'accepted' | (string & {})
  /** Filter by conversation kind. */
  kind?: 'direct' | 'group' | (string & {})
  /** Filter by conversation lock status. Values follow chat.bsky.convo.defs#convoLockStatus. */
  lockStatus?: 'unlocked' | 'locked' | 'locked-permanently' | (string & {})
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { limit: 'integer', cursor: 'string', readState: 'string', status: 'string', kind: 'string', lockStatus: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.limit
  if (x1 === undefined) {
    (r ??= { ...o })['limit'] = 50
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/limit must be an integer')
    if ((x1 as number) > 100) throw rt.invalid(p + '/limit can not be greater than 100')
    if ((x1 as number) < 1) throw rt.invalid(p + '/limit can not be less than 1')
  }
  const x2: unknown = o.cursor
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x3: unknown = o.readState
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/readState must be a string')
  }
  const x4: unknown = o.status
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/status must be a string')
  }
  const x5: unknown = o.kind
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/kind must be a string')
  }
  const x6: unknown = o.lockStatus
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/lockStatus must be a string')
  }
  return (r ?? o) as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  cursor?: string
  convos: ChatBskyConvoDefs.ConvoView[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x2: unknown = o.convos
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convos"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/convos must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        ChatBskyConvoDefs.checkConvoView(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/convos' + '/' + i3)
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
