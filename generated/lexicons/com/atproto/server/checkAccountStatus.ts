/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/checkAccountStatus.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'com.atproto.server.checkAccountStatus'

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
  activated: boolean
  validDid: boolean
  repoCommit: string
  repoRev: string
  repoBlocks: number
  indexedRecords: number
  privateStateValues: number
  expectedBlobs: number
  importedBlobs: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.activated
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "activated"')
  } else {
    if (typeof x1 !== 'boolean') throw rt.invalid(p + '/activated must be a boolean')
  }
  const x2: unknown = o.validDid
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "validDid"')
  } else {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/validDid must be a boolean')
  }
  const x3: unknown = o.repoCommit
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "repoCommit"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/repoCommit must be a string')
    if (!rt.isCid(x3)) throw rt.invalid(p + '/repoCommit must be a cid string')
  }
  const x4: unknown = o.repoRev
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "repoRev"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/repoRev must be a string')
  }
  const x5: unknown = o.repoBlocks
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "repoBlocks"')
  } else {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/repoBlocks must be an integer')
  }
  const x6: unknown = o.indexedRecords
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "indexedRecords"')
  } else {
    if (!Number.isInteger(x6)) throw rt.invalid(p + '/indexedRecords must be an integer')
  }
  const x7: unknown = o.privateStateValues
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "privateStateValues"')
  } else {
    if (!Number.isInteger(x7)) throw rt.invalid(p + '/privateStateValues must be an integer')
  }
  const x8: unknown = o.expectedBlobs
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "expectedBlobs"')
  } else {
    if (!Number.isInteger(x8)) throw rt.invalid(p + '/expectedBlobs must be an integer')
  }
  const x9: unknown = o.importedBlobs
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "importedBlobs"')
  } else {
    if (!Number.isInteger(x9)) throw rt.invalid(p + '/importedBlobs must be an integer')
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
