/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/repo/listMissingBlobs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'com.atproto.repo.listMissingBlobs'

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
    (r ??= { ...o })['limit'] = 500
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
  blobs: RecordBlob[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x2: unknown = o.blobs
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "blobs"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/blobs must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        checkRecordBlob(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/blobs' + '/' + i3)
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

export interface RecordBlob {
  $type?: 'com.atproto.repo.listMissingBlobs#recordBlob'
  cid: string
  recordUri: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRecordBlob(v: unknown, p: string): RecordBlob {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cid
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "cid"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cid must be a string')
    if (!rt.isCid(x1)) throw rt.invalid(p + '/cid must be a cid string')
  }
  const x2: unknown = o.recordUri
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "recordUri"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/recordUri must be a string')
    if (!rt.isAtUri(x2)) throw rt.invalid(p + '/recordUri must be a valid at-uri')
  }
  return o as unknown as RecordBlob
}

/** Validates a value as RecordBlob; a failure says where, e.g. "Object/field must be a string". */
export function validateRecordBlob(v: unknown): rt.ValidationResult<RecordBlob> {
  return rt.run(checkRecordBlob, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a RecordBlob; it does not validate it. */
export function isRecordBlob<V>(v: V): v is V & rt.Typed<RecordBlob, 'com.atproto.repo.listMissingBlobs#recordBlob'> {
  return rt.hasType(v, 'com.atproto.repo.listMissingBlobs#recordBlob')
}
