/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/repo/listRecords.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'com.atproto.repo.listRecords'

/** Query-string parameters. */
export interface QueryParams {
  /** The handle or DID of the repo. */
  repo: string
  /** The NSID of the record type. */
  collection: string
  /** The number of records to return. */
  limit: number
  cursor?: string
  /** Flag to reverse the order of the returned records. */
  reverse?: boolean
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { repo: 'string', collection: 'string', limit: 'integer', cursor: 'string', reverse: 'boolean' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.repo
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "repo"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/repo must be a string')
    if (!rt.isAtIdentifier(x1)) throw rt.invalid(p + '/repo must be a valid did or a handle')
  }
  const x2: unknown = o.collection
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "collection"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/collection must be a string')
    if (!rt.isNsid(x2)) throw rt.invalid(p + '/collection must be a valid nsid')
  }
  const x3: unknown = o.limit
  if (x3 === undefined) {
    (r ??= { ...o })['limit'] = 50
  } else {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/limit must be an integer')
    if ((x3 as number) > 100) throw rt.invalid(p + '/limit can not be greater than 100')
    if ((x3 as number) < 1) throw rt.invalid(p + '/limit can not be less than 1')
  }
  const x4: unknown = o.cursor
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x5: unknown = o.reverse
  if (x5 !== undefined) {
    if (typeof x5 !== 'boolean') throw rt.invalid(p + '/reverse must be a boolean')
  }
  return (r ?? o) as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  cursor?: string
  records: RecordDef[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x2: unknown = o.records
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "records"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/records must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        checkRecordDef(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/records' + '/' + i3)
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

export interface RecordDef {
  $type?: 'com.atproto.repo.listRecords#record'
  uri: string
  cid: string
  value: { [key: string]: unknown }
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRecordDef(v: unknown, p: string): RecordDef {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  const x2: unknown = o.cid
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "cid"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/cid must be a string')
    if (!rt.isCid(x2)) throw rt.invalid(p + '/cid must be a cid string')
  }
  const x3: unknown = o.value
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "value"')
  } else {
    if (!rt.isPlainObject(x3)) throw rt.invalid(p + '/value must be an object')
  }
  return o as unknown as RecordDef
}

/** Validates a value as RecordDef; a failure says where, e.g. "Object/field must be a string". */
export function validateRecordDef(v: unknown): rt.ValidationResult<RecordDef> {
  return rt.run(checkRecordDef, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a RecordDef; it does not validate it. */
export function isRecordDef<V>(v: V): v is V & rt.Typed<RecordDef, 'com.atproto.repo.listRecords#record'> {
  return rt.hasType(v, 'com.atproto.repo.listRecords#record')
}
