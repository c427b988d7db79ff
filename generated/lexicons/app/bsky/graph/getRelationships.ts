/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/graph/getRelationships.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyGraphDefs from './defs.js'

export const id = 'app.bsky.graph.getRelationships'

/** Query-string parameters. */
export interface QueryParams {
  /** Primary account requesting relationships for. */
  actor: string
  /** List of 'other' accounts to be related back to the primary. */
  others?: string[]
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { actor: 'string', others: ['string'] }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.actor
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "actor"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/actor must be a string')
    if (!rt.isAtIdentifier(x1)) throw rt.invalid(p + '/actor must be a valid did or a handle')
  }
  const x2: unknown = o.others
  if (x2 !== undefined) {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/others must be an array')
    if (x2.length > 30) throw rt.invalid(p + '/others must not have more than 30 elements')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      if (typeof e3 !== 'string') throw rt.invalid(p + '/others' + '/' + i3 + ' must be a string')
      if (!rt.isAtIdentifier(e3)) throw rt.invalid(p + '/others' + '/' + i3 + ' must be a valid did or a handle')
    }
  }
  return o as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  actor?: string
  relationships: (rt.Typed<AppBskyGraphDefs.Relationship, 'app.bsky.graph.defs#relationship'> | rt.Typed<AppBskyGraphDefs.NotFoundActor, 'app.bsky.graph.defs#notFoundActor'> | rt.UnknownTyped)[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.actor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/actor must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/actor must be a valid did')
  }
  const x2: unknown = o.relationships
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "relationships"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/relationships must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      if (typeof e3 !== 'object' || e3 === null || typeof (e3 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/relationships' + '/' + i3 + ' must be an object which includes the "$type" property')
      const t4 = (e3 as { $type: string }).$type
      switch (t4) {
        case 'app.bsky.graph.defs#relationship':
          try {
            AppBskyGraphDefs.checkRelationship(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/relationships' + '/' + i3)
          }
          break
        case 'app.bsky.graph.defs#notFoundActor':
          try {
            AppBskyGraphDefs.checkNotFoundActor(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/relationships' + '/' + i3)
          }
          break
        default:
          if (t4.charCodeAt(0) === 35 || t4.indexOf('#') !== t4.lastIndexOf('#')) throw rt.invalid(p + '/relationships' + '/' + i3 + ' $type is not a valid type reference')
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

/**
 * The error names this method declares.
 * ActorNotFound: the primary actor at-identifier could not be resolved
 */
export type ErrorName = 'ActorNotFound'

export const ERRORS: readonly ErrorName[] = ['ActorNotFound']

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
