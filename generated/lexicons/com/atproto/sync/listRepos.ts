/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/sync/listRepos.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'com.atproto.sync.listRepos'

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
  repos: Repo[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x2: unknown = o.repos
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "repos"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/repos must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        checkRepo(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/repos' + '/' + i3)
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

export interface Repo {
  $type?: 'com.atproto.sync.listRepos#repo'
  did: string
  /** Current repo commit CID */
  head: string
  rev: string
  active?: boolean
  /** If active=false, this optional field indicates a possible reason for why the account is not active. If active=false and no status is supplied, then the host makes no claim for why the repository is no longer being hosted. */
  status?: 'takendown' | 'suspended' | 'deleted' | 'deactivated' | 'desynchronized' | 'throttled' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRepo(v: unknown, p: string): Repo {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x2: unknown = o.head
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "head"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/head must be a string')
    if (!rt.isCid(x2)) throw rt.invalid(p + '/head must be a cid string')
  }
  const x3: unknown = o.rev
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/rev must be a string')
    if (!rt.isTid(x3)) throw rt.invalid(p + '/rev must be a valid TID')
  }
  const x4: unknown = o.active
  if (x4 !== undefined) {
    if (typeof x4 !== 'boolean') throw rt.invalid(p + '/active must be a boolean')
  }
  const x5: unknown = o.status
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/status must be a string')
  }
  return o as unknown as Repo
}

/** Validates a value as Repo; a failure says where, e.g. "Object/field must be a string". */
export function validateRepo(v: unknown): rt.ValidationResult<Repo> {
  return rt.run(checkRepo, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Repo; it does not validate it. */
export function isRepo<V>(v: V): v is V & rt.Typed<Repo, 'com.atproto.sync.listRepos#repo'> {
  return rt.hasType(v, 'com.atproto.sync.listRepos#repo')
}
