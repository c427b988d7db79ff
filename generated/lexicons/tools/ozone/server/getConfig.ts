/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/server/getConfig.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'tools.ozone.server.getConfig'

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
  appview?: ServiceConfig
  pds?: ServiceConfig
  blobDivert?: ServiceConfig
  chat?: ServiceConfig
  viewer?: ViewerConfig
  /** The did of the verifier used for verification. */
  verifierDid?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.appview
  if (x1 !== undefined) {
    try {
      checkServiceConfig(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/appview')
    }
  }
  const x2: unknown = o.pds
  if (x2 !== undefined) {
    try {
      checkServiceConfig(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/pds')
    }
  }
  const x3: unknown = o.blobDivert
  if (x3 !== undefined) {
    try {
      checkServiceConfig(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/blobDivert')
    }
  }
  const x4: unknown = o.chat
  if (x4 !== undefined) {
    try {
      checkServiceConfig(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/chat')
    }
  }
  const x5: unknown = o.viewer
  if (x5 !== undefined) {
    try {
      checkViewerConfig(x5, '')
    } catch (err) {
      throw rt.within(err, p + '/viewer')
    }
  }
  const x6: unknown = o.verifierDid
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/verifierDid must be a string')
    if (!rt.isDid(x6)) throw rt.invalid(p + '/verifierDid must be a valid did')
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

export interface ServiceConfig {
  $type?: 'tools.ozone.server.getConfig#serviceConfig'
  url?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkServiceConfig(v: unknown, p: string): ServiceConfig {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.url
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/url must be a string')
    if (!rt.isUri(x1)) throw rt.invalid(p + '/url must be a uri')
  }
  return o as unknown as ServiceConfig
}

/** Validates a value as ServiceConfig; a failure says where, e.g. "Object/field must be a string". */
export function validateServiceConfig(v: unknown): rt.ValidationResult<ServiceConfig> {
  return rt.run(checkServiceConfig, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ServiceConfig; it does not validate it. */
export function isServiceConfig<V>(v: V): v is V & rt.Typed<ServiceConfig, 'tools.ozone.server.getConfig#serviceConfig'> {
  return rt.hasType(v, 'tools.ozone.server.getConfig#serviceConfig')
}

export interface ViewerConfig {
  $type?: 'tools.ozone.server.getConfig#viewerConfig'
  role?: 'tools.ozone.team.defs#roleAdmin' | 'tools.ozone.team.defs#roleModerator' | 'tools.ozone.team.defs#roleTriage' | 'tools.ozone.team.defs#roleVerifier' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkViewerConfig(v: unknown, p: string): ViewerConfig {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.role
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/role must be a string')
  }
  return o as unknown as ViewerConfig
}

/** Validates a value as ViewerConfig; a failure says where, e.g. "Object/field must be a string". */
export function validateViewerConfig(v: unknown): rt.ValidationResult<ViewerConfig> {
  return rt.run(checkViewerConfig, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ViewerConfig; it does not validate it. */
export function isViewerConfig<V>(v: V): v is V & rt.Typed<ViewerConfig, 'tools.ozone.server.getConfig#viewerConfig'> {
  return rt.hasType(v, 'tools.ozone.server.getConfig#viewerConfig')
}
