/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/admin/getSubjectStatus.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoRepoStrongRef from '../repo/strongRef.js'
import * as ComAtprotoAdminDefs from './defs.js'

export const id = 'com.atproto.admin.getSubjectStatus'

/** Query-string parameters. */
export interface QueryParams {
  did?: string
  uri?: string
  blob?: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { did: 'string', uri: 'string', blob: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x2: unknown = o.uri
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x2)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  const x3: unknown = o.blob
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/blob must be a string')
    if (!rt.isCid(x3)) throw rt.invalid(p + '/blob must be a cid string')
  }
  return o as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  subject: rt.Typed<ComAtprotoAdminDefs.RepoRef, 'com.atproto.admin.defs#repoRef'> | rt.Typed<ComAtprotoRepoStrongRef.Main, 'com.atproto.repo.strongRef'> | rt.Typed<ComAtprotoAdminDefs.RepoBlobRef, 'com.atproto.admin.defs#repoBlobRef'> | rt.UnknownTyped
  takedown?: ComAtprotoAdminDefs.StatusAttr
  deactivated?: ComAtprotoAdminDefs.StatusAttr
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.subject
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "subject"')
  } else {
    if (typeof x1 !== 'object' || x1 === null || typeof (x1 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/subject must be an object which includes the "$type" property')
    const t2 = (x1 as { $type: string }).$type
    switch (t2) {
      case 'com.atproto.admin.defs#repoRef':
        try {
          ComAtprotoAdminDefs.checkRepoRef(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/subject')
        }
        break
      case 'com.atproto.repo.strongRef': case 'com.atproto.repo.strongRef#main':
        try {
          ComAtprotoRepoStrongRef.checkMain(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/subject')
        }
        break
      case 'com.atproto.admin.defs#repoBlobRef':
        try {
          ComAtprotoAdminDefs.checkRepoBlobRef(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/subject')
        }
        break
      default:
        if (t2.charCodeAt(0) === 35 || t2.indexOf('#') !== t2.lastIndexOf('#')) throw rt.invalid(p + '/subject $type is not a valid type reference')
    }
  }
  const x3: unknown = o.takedown
  if (x3 !== undefined) {
    try {
      ComAtprotoAdminDefs.checkStatusAttr(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/takedown')
    }
  }
  const x4: unknown = o.deactivated
  if (x4 !== undefined) {
    try {
      ComAtprotoAdminDefs.checkStatusAttr(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/deactivated')
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
