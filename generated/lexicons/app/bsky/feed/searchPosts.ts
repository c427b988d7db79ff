/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/feed/searchPosts.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyFeedDefs from './defs.js'

export const id = 'app.bsky.feed.searchPosts'

/** Query-string parameters. */
export interface QueryParams {
  /** Search query string; syntax, phrase, boolean, and faceting is unspecified, but Lucene query syntax is recommended. */
  q: string
  /** Specifies the ranking order of results. */
  sort: 'top' | 'latest' | (string & {})
  /** Filter results for posts after the indicated datetime (inclusive). Expected to use 'sortAt' timestamp, which may not match 'createdAt'. Can be a datetime, or just an ISO date (YYYY-MM-DD). */
  since?: string
  /** Filter results for posts before the indicated datetime (not inclusive). Expected to use 'sortAt' timestamp, which may not match 'createdAt'. Can be a datetime, or just an ISO date (YYY-MM-DD). */
  until?: string
  /** Filter to posts which mention the given account. Handles are resolved to DID before query-time. Only matches rich-text facet mentions. */
  mentions?: string
  /** Filter to posts by the given account. Handles are resolved to DID before query-time. */
  author?: string
  /** Filter to posts in the given language. Expected to be based on post language field, though server may override language detection. */
  lang?: string
  /** Filter to posts with URLs (facet links or embeds) linking to the given domain (hostname). Server may apply hostname normalization. */
  domain?: string
  /** Filter to posts with links (facet links or embeds) pointing to this URL. Server may apply URL normalization or fuzzy matching. */
  url?: string
  /** Filter to posts with the given tag (hashtag), based on rich-text facet or tag field. Do not include the hash (#) prefix. Multiple tags can be specified, with 'AND' matching. */
  tag?: string[]
  limit: number
  /** Optional pagination mechanism; may not necessarily allow scrolling through entire result set. */
  cursor?: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { q: 'string', sort: 'string', since: 'string', until: 'string', mentions: 'string', author: 'string', lang: 'string', domain: 'string', url: 'string', tag: ['string'], limit: 'integer', cursor: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.q
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "q"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/q must be a string')
  }
  const x2: unknown = o.sort
  if (x2 === undefined) {
    (r ??= { ...o })['sort'] = "latest"
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/sort must be a string')
  }
  const x3: unknown = o.since
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/since must be a string')
  }
  const x4: unknown = o.until
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/until must be a string')
  }
  const x5: unknown = o.mentions
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/mentions must be a string')
    if (!rt.isAtIdentifier(x5)) throw rt.invalid(p + '/mentions must be a valid did or a handle')
  }
  const x6: unknown = o.author
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/author must be a string')
    if (!rt.isAtIdentifier(x6)) throw rt.invalid(p + '/author must be a valid did or a handle')
  }
  const x7: unknown = o.lang
  if (x7 !== undefined) {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/lang must be a string')
    if (!rt.isLanguage(x7)) throw rt.invalid(p + '/lang must be a well-formed BCP 47 language tag')
  }
  const x8: unknown = o.domain
  if (x8 !== undefined) {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/domain must be a string')
  }
  const x9: unknown = o.url
  if (x9 !== undefined) {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/url must be a string')
    if (!rt.isUri(x9)) throw rt.invalid(p + '/url must be a uri')
  }
  const x10: unknown = o.tag
  if (x10 !== undefined) {
    if (!Array.isArray(x10)) throw rt.invalid(p + '/tag must be an array')
    for (let i11 = 0; i11 < x10.length; i11++) {
      const e11: unknown = x10[i11]
      if (typeof e11 !== 'string') throw rt.invalid(p + '/tag' + '/' + i11 + ' must be a string')
      if (e11.length * 3 > 640 && rt.utf8Len(e11) > 640) throw rt.invalid(p + '/tag' + '/' + i11 + ' must not be longer than 640 characters')
      if (e11.length > 64 && rt.graphemeLen(e11) > 64) throw rt.invalid(p + '/tag' + '/' + i11 + ' must not be longer than 64 graphemes')
    }
  }
  const x12: unknown = o.limit
  if (x12 === undefined) {
    (r ??= { ...o })['limit'] = 25
  } else {
    if (!Number.isInteger(x12)) throw rt.invalid(p + '/limit must be an integer')
    if ((x12 as number) > 100) throw rt.invalid(p + '/limit can not be greater than 100')
    if ((x12 as number) < 1) throw rt.invalid(p + '/limit can not be less than 1')
  }
  const x13: unknown = o.cursor
  if (x13 !== undefined) {
    if (typeof x13 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  return (r ?? o) as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  cursor?: string
  /** Count of search hits. Optional, may be rounded/truncated, and may not be possible to paginate through all hits. */
  hitsTotal?: number
  posts: AppBskyFeedDefs.PostView[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x2: unknown = o.hitsTotal
  if (x2 !== undefined) {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/hitsTotal must be an integer')
  }
  const x3: unknown = o.posts
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "posts"')
  } else {
    if (!Array.isArray(x3)) throw rt.invalid(p + '/posts must be an array')
    for (let i4 = 0; i4 < x3.length; i4++) {
      const e4: unknown = x3[i4]
      try {
        AppBskyFeedDefs.checkPostView(e4, '')
      } catch (err) {
        throw rt.within(err, p + '/posts' + '/' + i4)
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
export type ErrorName = 'BadQueryString'

export const ERRORS: readonly ErrorName[] = ['BadQueryString']

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
