/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/repo/describeRepo.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'com.atproto.repo.describeRepo'

/** Query-string parameters. */
export interface QueryParams {
  /** The handle or DID of the repo. */
  repo: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { repo: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.repo
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "repo"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/repo must be a string')
    if (!rt.isAtIdentifier(x1)) throw rt.invalid(p + '/repo must be a valid did or a handle')
  }
  return o as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  handle: string
  did: string
  /** The complete DID document for this account. */
  didDoc: { [key: string]: unknown }
  /** List of all the collections (NSIDs) for which this repo contains at least one record. */
  collections: string[]
  /** Indicates if handle is currently valid (resolves bi-directionally) */
  handleIsCorrect: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.handle
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "handle"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/handle must be a string')
    if (!rt.isHandle(x1)) throw rt.invalid(p + '/handle must be a valid handle')
  }
  const x2: unknown = o.did
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x2)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x3: unknown = o.didDoc
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "didDoc"')
  } else {
    if (!rt.isPlainObject(x3)) throw rt.invalid(p + '/didDoc must be an object')
  }
  const x4: unknown = o.collections
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "collections"')
  } else {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/collections must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      if (typeof e5 !== 'string') throw rt.invalid(p + '/collections' + '/' + i5 + ' must be a string')
      if (!rt.isNsid(e5)) throw rt.invalid(p + '/collections' + '/' + i5 + ' must be a valid nsid')
    }
  }
  const x6: unknown = o.handleIsCorrect
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "handleIsCorrect"')
  } else {
    if (typeof x6 !== 'boolean') throw rt.invalid(p + '/handleIsCorrect must be a boolean')
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
