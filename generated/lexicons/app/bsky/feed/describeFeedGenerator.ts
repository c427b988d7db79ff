/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/feed/describeFeedGenerator.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'app.bsky.feed.describeFeedGenerator'

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
  did: string
  feeds: Feed[]
  links?: Links
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x2: unknown = o.feeds
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "feeds"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/feeds must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        checkFeed(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/feeds' + '/' + i3)
      }
    }
  }
  const x4: unknown = o.links
  if (x4 !== undefined) {
    try {
      checkLinks(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/links')
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

export interface Feed {
  $type?: 'app.bsky.feed.describeFeedGenerator#feed'
  uri: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkFeed(v: unknown, p: string): Feed {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  return o as unknown as Feed
}

/** Validates a value as Feed; a failure says where, e.g. "Object/field must be a string". */
export function validateFeed(v: unknown): rt.ValidationResult<Feed> {
  return rt.run(checkFeed, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Feed; it does not validate it. */
export function isFeed<V>(v: V): v is V & rt.Typed<Feed, 'app.bsky.feed.describeFeedGenerator#feed'> {
  return rt.hasType(v, 'app.bsky.feed.describeFeedGenerator#feed')
}

export interface Links {
  $type?: 'app.bsky.feed.describeFeedGenerator#links'
  privacyPolicy?: string
  termsOfService?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLinks(v: unknown, p: string): Links {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.privacyPolicy
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/privacyPolicy must be a string')
  }
  const x2: unknown = o.termsOfService
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/termsOfService must be a string')
  }
  return o as unknown as Links
}

/** Validates a value as Links; a failure says where, e.g. "Object/field must be a string". */
export function validateLinks(v: unknown): rt.ValidationResult<Links> {
  return rt.run(checkLinks, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Links; it does not validate it. */
export function isLinks<V>(v: V): v is V & rt.Typed<Links, 'app.bsky.feed.describeFeedGenerator#links'> {
  return rt.hasType(v, 'app.bsky.feed.describeFeedGenerator#links')
}
