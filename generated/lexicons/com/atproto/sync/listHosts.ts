/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/sync/listHosts.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoSyncDefs from './defs.js'

export const id = 'com.atproto.sync.listHosts'

/** Query-string parameters. */
export interface QueryParams {
  limit: number
  cursor?: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { limit: 'integer', cursor: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.limit
  if (x1 === undefined) {
    (r ??= { ...o })['limit'] = 200
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/limit must be an integer')
    if ((x1 as number) > 1000) throw rt.invalid(p + '/limit can not be greater than 1000')
    if ((x1 as number) < 1) throw rt.invalid(p + '/limit can not be less than 1')
  }
  const x2: unknown = o.cursor
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  return (r ?? o) as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  cursor?: string
  /** Sort order is not formally specified. Recommended order is by time host was first seen by the server, with oldest first. */
  hosts: Host[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x2: unknown = o.hosts
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "hosts"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/hosts must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        checkHost(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/hosts' + '/' + i3)
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

export interface Host {
  $type?: 'com.atproto.sync.listHosts#host'
  /** hostname of server; not a URL (no scheme) */
  hostname: string
  /** Recent repo stream event sequence number. May be delayed from actual stream processing (eg, persisted cursor not in-memory cursor). */
  seq?: number
  accountCount?: number
  status?: ComAtprotoSyncDefs.HostStatus
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkHost(v: unknown, p: string): Host {
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
  return o as unknown as Host
}

/** Validates a value as Host; a failure says where, e.g. "Object/field must be a string". */
export function validateHost(v: unknown): rt.ValidationResult<Host> {
  return rt.run(checkHost, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Host; it does not validate it. */
export function isHost<V>(v: V): v is V & rt.Typed<Host, 'com.atproto.sync.listHosts#host'> {
  return rt.hasType(v, 'com.atproto.sync.listHosts#host')
}
