/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/embed/getEmbedExternalView.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoRepoStrongRef from '../../../com/atproto/repo/strongRef.js'
import * as AppBskyEmbedExternal from './external.js'

export const id = 'app.bsky.embed.getEmbedExternalView'

/** Query-string parameters. */
export interface QueryParams {
  /** The canonical web URL the embed represents (typically the URL the user pasted into the composer). Used as the returned view's `uri`. May be used for validation in the future. */
  url: string
  /** AT-URIs of any Atmosphere records that can be resolved and used to construct #externalView views. Example: a site.standard.document and optionally its associated site.standard.publication. */
  uris: string[]
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { url: 'string', uris: ['string'] }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.url
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "url"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/url must be a string')
    if (!rt.isUri(x1)) throw rt.invalid(p + '/url must be a uri')
  }
  const x2: unknown = o.uris
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "uris"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/uris must be an array')
    if (x2.length > 4) throw rt.invalid(p + '/uris must not have more than 4 elements')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      if (typeof e3 !== 'string') throw rt.invalid(p + '/uris' + '/' + i3 + ' must be a string')
      if (!rt.isAtUri(e3)) throw rt.invalid(p + '/uris' + '/' + i3 + ' must be a valid at-uri')
    }
  }
  return o as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  /** Hydrated view of the embed. Present only when the resolved records back the requested URL and supply enough information to populate the required `viewExternal` fields. Omitted alongside the rest of the response when no records resolved or validation failed. */
  view?: AppBskyEmbedExternal.View
  /** StrongRefs (URI+CID) of the Atmosphere records that backed this view, suitable for embedding into a post's external.associatedRefs. */
  associatedRefs?: ComAtprotoRepoStrongRef.Main[]
  associatedRecords?: ({ [key: string]: unknown })[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.view
  if (x1 !== undefined) {
    try {
      AppBskyEmbedExternal.checkView(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/view')
    }
  }
  const x2: unknown = o.associatedRefs
  if (x2 !== undefined) {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/associatedRefs must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        ComAtprotoRepoStrongRef.checkMain(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/associatedRefs' + '/' + i3)
      }
    }
  }
  const x4: unknown = o.associatedRecords
  if (x4 !== undefined) {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/associatedRecords must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      if (!rt.isPlainObject(e5)) throw rt.invalid(p + '/associatedRecords' + '/' + i5 + ' must be an object')
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
