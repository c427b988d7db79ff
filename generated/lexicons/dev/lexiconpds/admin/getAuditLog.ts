/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/dev/lexiconpds/admin/getAuditLog.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'dev.lexiconpds.admin.getAuditLog'

/** Query-string parameters. */
export interface QueryParams {
  limit: number
  /** The cursor of the previous page. */
  cursor?: string
  /** Only actions on this subject (a DID, an AT-URI, `<did>/<cid>` for a blob). */
  subject?: string
  /** Only actions of this kind, e.g. `account.takedown`. */
  action?: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { limit: 'integer', cursor: 'string', subject: 'string', action: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.limit
  if (x1 === undefined) {
    (r ??= { ...o })['limit'] = 100
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/limit must be an integer')
    if ((x1 as number) > 500) throw rt.invalid(p + '/limit can not be greater than 500')
    if ((x1 as number) < 1) throw rt.invalid(p + '/limit can not be less than 1')
  }
  const x2: unknown = o.cursor
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x3: unknown = o.subject
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/subject must be a string')
  }
  const x4: unknown = o.action
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/action must be a string')
  }
  return (r ?? o) as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  cursor?: string
  entries: Entry[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x2: unknown = o.entries
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "entries"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/entries must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        checkEntry(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/entries' + '/' + i3)
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

export interface Entry {
  $type?: 'dev.lexiconpds.admin.getAuditLog#entry'
  /** Increasing: the order the actions happened in. */
  id: number
  createdAt: string
  actorType: 'admin' | 'mod_service' | (string & {})
  /** `admin`, or the DID of the moderation service. */
  actor: string
  channel: 'xrpc' | 'web' | (string & {})
  action: string
  subject?: string
  /** What changed (before/after where it matters). */
  detail?: { [key: string]: unknown }
  ip?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkEntry(v: unknown, p: string): Entry {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.id
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "id"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/id must be an integer')
  }
  const x2: unknown = o.createdAt
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x2)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x3: unknown = o.actorType
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "actorType"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/actorType must be a string')
  }
  const x4: unknown = o.actor
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "actor"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/actor must be a string')
  }
  const x5: unknown = o.channel
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "channel"')
  } else {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/channel must be a string')
  }
  const x6: unknown = o.action
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "action"')
  } else {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/action must be a string')
  }
  const x7: unknown = o.subject
  if (x7 !== undefined) {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/subject must be a string')
  }
  const x8: unknown = o.detail
  if (x8 !== undefined) {
    if (!rt.isPlainObject(x8)) throw rt.invalid(p + '/detail must be an object')
  }
  const x9: unknown = o.ip
  if (x9 !== undefined) {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/ip must be a string')
  }
  return o as unknown as Entry
}

/** Validates a value as Entry; a failure says where, e.g. "Object/field must be a string". */
export function validateEntry(v: unknown): rt.ValidationResult<Entry> {
  return rt.run(checkEntry, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Entry; it does not validate it. */
export function isEntry<V>(v: V): v is V & rt.Typed<Entry, 'dev.lexiconpds.admin.getAuditLog#entry'> {
  return rt.hasType(v, 'dev.lexiconpds.admin.getAuditLog#entry')
}
