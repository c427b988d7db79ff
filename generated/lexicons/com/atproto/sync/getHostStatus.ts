/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/sync/getHostStatus.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoSyncDefs from './defs.js'

export const id = 'com.atproto.sync.getHostStatus'

/** Query-string parameters. */
export interface QueryParams {
  /** Hostname of the host (eg, PDS or relay) being queried. */
  hostname: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { hostname: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.hostname
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "hostname"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/hostname must be a string')
  }
  return o as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  hostname: string
  /** Recent repo stream event sequence number. May be delayed from actual stream processing (eg, persisted cursor not in-memory cursor). */
  seq?: number
  /** Number of accounts on the server which are associated with the upstream host. Note that the upstream may actually have more accounts. */
  accountCount?: number
  status?: ComAtprotoSyncDefs.HostStatus
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.hostname
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "hostname"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/hostname must be a string')
  }
  const x2: unknown = o.seq
  if (x2 !== undefined) {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/seq must be an integer')
  }
  const x3: unknown = o.accountCount
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/accountCount must be an integer')
  }
  const x4: unknown = o.status
  if (x4 !== undefined) {
    try {
      ComAtprotoSyncDefs.checkHostStatus(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/status')
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
export type ErrorName = 'HostNotFound'

export const ERRORS: readonly ErrorName[] = ['HostNotFound']

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
