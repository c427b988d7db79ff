/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/label/subscribeLabels.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoLabelDefs from './defs.js'

export const id = 'com.atproto.label.subscribeLabels'

/** Query-string parameters. */
export interface QueryParams {
  /** The last known event seq number to backfill from. */
  cursor?: number
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { cursor: 'integer' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/cursor must be an integer')
  }
  return o as unknown as QueryParams
}

export type Message = rt.Typed<Labels, 'com.atproto.label.subscribeLabels#labels'> | rt.Typed<Info, 'com.atproto.label.subscribeLabels#info'> | rt.UnknownTyped

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMessage(v: unknown, p: string): Message {
  if (typeof v !== 'object' || v === null || typeof (v as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + ' must be an object which includes the "$type" property')
  const t1 = (v as { $type: string }).$type
  switch (t1) {
    case 'com.atproto.label.subscribeLabels#labels':
      try {
        checkLabels(v, '')
      } catch (err) {
        throw rt.within(err, p)
      }
      break
    case 'com.atproto.label.subscribeLabels#info':
      try {
        checkInfo(v, '')
      } catch (err) {
        throw rt.within(err, p)
      }
      break
    default:
      if (t1.charCodeAt(0) === 35 || t1.indexOf('#') !== t1.lastIndexOf('#')) throw rt.invalid(p + ' $type is not a valid type reference')
  }
  return v as Message
}

/** The error names this method declares. */
export type ErrorName = 'FutureCursor'

export const ERRORS: readonly ErrorName[] = ['FutureCursor']

/**
 * The XRPC error for one of this method's declared errors, to throw (400 unless `status`
 * says otherwise); no other name compiles.
 */
export const error: rt.DeclaredError<ErrorName> = rt.declaredError

/** The handler of this subscription: yields the messages to send. */
export type Handler<C = unknown, A = unknown> = rt.StreamHandler<C, A, QueryParams, Message>

/** The handler, or the handler with its auth verifier. */
export type Method<C = unknown, A = unknown> = rt.StreamMethod<C, A, QueryParams, Message>

/** This method as @atproto/xrpc-server's `add()` takes it, validating with the checks above. */
export const schema = rt.subscription({
  nsid: id,
  params: { kinds: PARAM_KINDS, check: checkQueryParams },
  message: checkMessage,
  errors: ERRORS,
})

export interface Labels {
  $type?: 'com.atproto.label.subscribeLabels#labels'
  seq: number
  labels: ComAtprotoLabelDefs.Label[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLabels(v: unknown, p: string): Labels {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.seq
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "seq"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/seq must be an integer')
  }
  const x2: unknown = o.labels
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "labels"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/labels must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        ComAtprotoLabelDefs.checkLabel(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/labels' + '/' + i3)
      }
    }
  }
  return o as unknown as Labels
}

/** Validates a value as Labels; a failure says where, e.g. "Object/field must be a string". */
export function validateLabels(v: unknown): rt.ValidationResult<Labels> {
  return rt.run(checkLabels, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Labels; it does not validate it. */
export function isLabels<V>(v: V): v is V & rt.Typed<Labels, 'com.atproto.label.subscribeLabels#labels'> {
  return rt.hasType(v, 'com.atproto.label.subscribeLabels#labels')
}

export interface Info {
  $type?: 'com.atproto.label.subscribeLabels#info'
  name: 'OutdatedCursor' | (string & {})
  message?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInfo(v: unknown, p: string): Info {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.name
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "name"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/name must be a string')
  }
  const x2: unknown = o.message
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/message must be a string')
  }
  return o as unknown as Info
}

/** Validates a value as Info; a failure says where, e.g. "Object/field must be a string". */
export function validateInfo(v: unknown): rt.ValidationResult<Info> {
  return rt.run(checkInfo, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Info; it does not validate it. */
export function isInfo<V>(v: V): v is V & rt.Typed<Info, 'com.atproto.label.subscribeLabels#info'> {
  return rt.hasType(v, 'com.atproto.label.subscribeLabels#info')
}
