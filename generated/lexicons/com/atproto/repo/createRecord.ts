/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/repo/createRecord.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoRepoDefs from './defs.js'

export const id = 'com.atproto.repo.createRecord'

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
  /** The handle or DID of the repo (aka, current account). */
  repo: string
  /** The NSID of the record collection. */
  collection: string
  /** The Record Key. */
  rkey?: string
  /** Can be set to 'false' to skip Lexicon schema validation of record data, 'true' to require it, or leave unset to validate only for known Lexicons. */
  validate?: boolean
  /** The record itself. Must contain a $type field. */
  record: { [key: string]: unknown }
  /** Compare and swap with the previous commit by CID. */
  swapCommit?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
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
  const x3: unknown = o.rkey
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/rkey must be a string')
    if (x3.length * 3 > 512 && rt.utf8Len(x3) > 512) throw rt.invalid(p + '/rkey must not be longer than 512 characters')
    if (!rt.isRecordKey(x3)) throw rt.invalid(p + '/rkey must be a valid Record Key')
  }
  const x4: unknown = o.validate
  if (x4 !== undefined) {
    if (typeof x4 !== 'boolean') throw rt.invalid(p + '/validate must be a boolean')
  }
  const x5: unknown = o.record
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "record"')
  } else {
    if (!rt.isPlainObject(x5)) throw rt.invalid(p + '/record must be an object')
  }
  const x6: unknown = o.swapCommit
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/swapCommit must be a string')
    if (!rt.isCid(x6)) throw rt.invalid(p + '/swapCommit must be a cid string')
  }
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export interface OutputSchema {
  uri: string
  cid: string
  commit?: ComAtprotoRepoDefs.CommitMeta
  validationStatus?: 'valid' | 'unknown' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
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
  const x3: unknown = o.commit
  if (x3 !== undefined) {
    try {
      ComAtprotoRepoDefs.checkCommitMeta(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/commit')
    }
  }
  const x4: unknown = o.validationStatus
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/validationStatus must be a string')
  }
  return o as unknown as OutputSchema
}

export interface HandlerOutput {
  encoding: 'application/json'
  body: OutputSchema
  headers?: { [name: string]: string }
}

/**
 * The error names this method declares.
 * InvalidSwap: Indicates that 'swapCommit' didn't match current repo commit.
 */
export type ErrorName = 'InvalidSwap'

export const ERRORS: readonly ErrorName[] = ['InvalidSwap']

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
