/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/feed/searchPostsV2.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyFeedDefs from './defs.js'

export const id = 'app.bsky.feed.searchPostsV2'

/** Query-string parameters. */
export interface QueryParams {
  /** Optional pagination cursor. */
  cursor?: string
  /** Maximum number of results to return. */
  limit: number
  /** Search query string. A query or at least one filter is required. */
  query?: string
  /** Ranking order for results. 'recent' sorts by recency; 'top' uses search ranking. */
  sort?: 'recent' | 'top' | (string & {})
  /** Include posts by any of these authors. Handles are resolved to DIDs before searching. */
  authors?: string[]
  /** Include posts that mention any of these accounts. Handles are resolved to DIDs before searching. */
  mentions?: string[]
  /** Include posts that link to any of these domains. */
  domains?: string[]
  /** Include posts that link to any of these URLs. */
  urls?: string[]
  /** Include posts that embed any of these AT URIs. */
  embeddedAtUris?: string[]
  /** Include posts tagged with any of these hashtags. Do not include the hash (#) prefix. */
  hashtags?: string[]
  /** Exclude posts by any of these authors. Handles are resolved to DIDs before searching. */
  excludeAuthors?: string[]
  /** Exclude posts that mention any of these accounts. Handles are resolved to DIDs before searching. */
  excludeMentions?: string[]
  /** Exclude posts that link to any of these domains. */
  excludeDomains?: string[]
  /** Exclude posts that link to any of these URLs. */
  excludeUrls?: string[]
  /** Exclude posts that embed any of these AT URIs. */
  excludeEmbeddedAtUris?: string[]
  /** Exclude posts tagged with any of these hashtags. Do not include the hash (#) prefix. */
  excludeHashtags?: string[]
  /** Include posts indexed at or after this timestamp. Can be a datetime, or just an ISO date (YYYY-MM-DD). */
  since?: string
  /** Include posts indexed before this timestamp. Defaults to the current time. Can be a datetime, or just an ISO date (YYYY-MM-DD). */
  until?: string
  /** Search the full index instead of the recent-post window. */
  allTime?: boolean
  /** Include posts whose language matches any of these language codes. */
  languages?: string[]
  /** Exclude posts whose language matches any of these language codes. */
  excludeLanguages?: string[]
  /** Include only posts with media. */
  hasMedia?: boolean
  /** Include only posts with video. */
  hasVideo?: boolean
  /** Include only direct replies to this parent post URI. */
  replyParentUri?: string
  /** Include only posts in the thread rooted at this post URI. */
  threadRootUri?: string
  /** Exclude replies from results. Mutually exclusive with repliesOnly. */
  excludeReplies?: boolean
  /** Include only replies. Mutually exclusive with excludeReplies. */
  repliesOnly?: boolean
  /** Include only posts from accounts followed by the viewer. */
  following?: boolean
  /** Language analyzer hint for the query text. If unset, the server auto-detects when possible. */
  queryLanguage?: 'ja' | 'zh' | 'ko' | 'th' | 'ar' | (string & {})
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { cursor: 'string', limit: 'integer', query: 'string', sort: 'string', authors: ['string'], mentions: ['string'], domains: ['string'], urls: ['string'], embeddedAtUris: ['string'], hashtags: ['string'], excludeAuthors: ['string'], excludeMentions: ['string'], excludeDomains: ['string'], excludeUrls: ['string'], excludeEmbeddedAtUris: ['string'], excludeHashtags: ['string'], since: 'string', until: 'string', allTime: 'boolean', languages: ['string'], excludeLanguages: ['string'], hasMedia: 'boolean', hasVideo: 'boolean', replyParentUri: 'string', threadRootUri: 'string', excludeReplies: 'boolean', repliesOnly: 'boolean', following: 'boolean', queryLanguage: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x2: unknown = o.limit
  if (x2 === undefined) {
    (r ??= { ...o })['limit'] = 25
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/limit must be an integer')
    if ((x2 as number) > 100) throw rt.invalid(p + '/limit can not be greater than 100')
    if ((x2 as number) < 1) throw rt.invalid(p + '/limit can not be less than 1')
  }
  const x3: unknown = o.query
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/query must be a string')
  }
  const x4: unknown = o.sort
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/sort must be a string')
  }
  const x5: unknown = o.authors
  if (x5 !== undefined) {
    if (!Array.isArray(x5)) throw rt.invalid(p + '/authors must be an array')
    for (let i6 = 0; i6 < x5.length; i6++) {
      const e6: unknown = x5[i6]
      if (typeof e6 !== 'string') throw rt.invalid(p + '/authors' + '/' + i6 + ' must be a string')
      if (!rt.isAtIdentifier(e6)) throw rt.invalid(p + '/authors' + '/' + i6 + ' must be a valid did or a handle')
    }
  }
  const x7: unknown = o.mentions
  if (x7 !== undefined) {
    if (!Array.isArray(x7)) throw rt.invalid(p + '/mentions must be an array')
    for (let i8 = 0; i8 < x7.length; i8++) {
      const e8: unknown = x7[i8]
      if (typeof e8 !== 'string') throw rt.invalid(p + '/mentions' + '/' + i8 + ' must be a string')
      if (!rt.isAtIdentifier(e8)) throw rt.invalid(p + '/mentions' + '/' + i8 + ' must be a valid did or a handle')
    }
  }
  const x9: unknown = o.domains
  if (x9 !== undefined) {
    if (!Array.isArray(x9)) throw rt.invalid(p + '/domains must be an array')
    for (let i10 = 0; i10 < x9.length; i10++) {
      const e10: unknown = x9[i10]
      if (typeof e10 !== 'string') throw rt.invalid(p + '/domains' + '/' + i10 + ' must be a string')
    }
  }
  const x11: unknown = o.urls
  if (x11 !== undefined) {
    if (!Array.isArray(x11)) throw rt.invalid(p + '/urls must be an array')
    for (let i12 = 0; i12 < x11.length; i12++) {
      const e12: unknown = x11[i12]
      if (typeof e12 !== 'string') throw rt.invalid(p + '/urls' + '/' + i12 + ' must be a string')
      if (!rt.isUri(e12)) throw rt.invalid(p + '/urls' + '/' + i12 + ' must be a uri')
    }
  }
  const x13: unknown = o.embeddedAtUris
  if (x13 !== undefined) {
    if (!Array.isArray(x13)) throw rt.invalid(p + '/embeddedAtUris must be an array')
    for (let i14 = 0; i14 < x13.length; i14++) {
      const e14: unknown = x13[i14]
      if (typeof e14 !== 'string') throw rt.invalid(p + '/embeddedAtUris' + '/' + i14 + ' must be a string')
      if (!rt.isAtUri(e14)) throw rt.invalid(p + '/embeddedAtUris' + '/' + i14 + ' must be a valid at-uri')
    }
  }
  const x15: unknown = o.hashtags
  if (x15 !== undefined) {
    if (!Array.isArray(x15)) throw rt.invalid(p + '/hashtags must be an array')
    for (let i16 = 0; i16 < x15.length; i16++) {
      const e16: unknown = x15[i16]
      if (typeof e16 !== 'string') throw rt.invalid(p + '/hashtags' + '/' + i16 + ' must be a string')
      if (e16.length * 3 > 640 && rt.utf8Len(e16) > 640) throw rt.invalid(p + '/hashtags' + '/' + i16 + ' must not be longer than 640 characters')
      if (e16.length > 64 && rt.graphemeLen(e16) > 64) throw rt.invalid(p + '/hashtags' + '/' + i16 + ' must not be longer than 64 graphemes')
    }
  }
  const x17: unknown = o.excludeAuthors
  if (x17 !== undefined) {
    if (!Array.isArray(x17)) throw rt.invalid(p + '/excludeAuthors must be an array')
    for (let i18 = 0; i18 < x17.length; i18++) {
      const e18: unknown = x17[i18]
      if (typeof e18 !== 'string') throw rt.invalid(p + '/excludeAuthors' + '/' + i18 + ' must be a string')
      if (!rt.isAtIdentifier(e18)) throw rt.invalid(p + '/excludeAuthors' + '/' + i18 + ' must be a valid did or a handle')
    }
  }
  const x19: unknown = o.excludeMentions
  if (x19 !== undefined) {
    if (!Array.isArray(x19)) throw rt.invalid(p + '/excludeMentions must be an array')
    for (let i20 = 0; i20 < x19.length; i20++) {
      const e20: unknown = x19[i20]
      if (typeof e20 !== 'string') throw rt.invalid(p + '/excludeMentions' + '/' + i20 + ' must be a string')
      if (!rt.isAtIdentifier(e20)) throw rt.invalid(p + '/excludeMentions' + '/' + i20 + ' must be a valid did or a handle')
    }
  }
  const x21: unknown = o.excludeDomains
  if (x21 !== undefined) {
    if (!Array.isArray(x21)) throw rt.invalid(p + '/excludeDomains must be an array')
    for (let i22 = 0; i22 < x21.length; i22++) {
      const e22: unknown = x21[i22]
      if (typeof e22 !== 'string') throw rt.invalid(p + '/excludeDomains' + '/' + i22 + ' must be a string')
    }
  }
  const x23: unknown = o.excludeUrls
  if (x23 !== undefined) {
    if (!Array.isArray(x23)) throw rt.invalid(p + '/excludeUrls must be an array')
    for (let i24 = 0; i24 < x23.length; i24++) {
      const e24: unknown = x23[i24]
      if (typeof e24 !== 'string') throw rt.invalid(p + '/excludeUrls' + '/' + i24 + ' must be a string')
      if (!rt.isUri(e24)) throw rt.invalid(p + '/excludeUrls' + '/' + i24 + ' must be a uri')
    }
  }
  const x25: unknown = o.excludeEmbeddedAtUris
  if (x25 !== undefined) {
    if (!Array.isArray(x25)) throw rt.invalid(p + '/excludeEmbeddedAtUris must be an array')
    for (let i26 = 0; i26 < x25.length; i26++) {
      const e26: unknown = x25[i26]
      if (typeof e26 !== 'string') throw rt.invalid(p + '/excludeEmbeddedAtUris' + '/' + i26 + ' must be a string')
      if (!rt.isAtUri(e26)) throw rt.invalid(p + '/excludeEmbeddedAtUris' + '/' + i26 + ' must be a valid at-uri')
    }
  }
  const x27: unknown = o.excludeHashtags
  if (x27 !== undefined) {
    if (!Array.isArray(x27)) throw rt.invalid(p + '/excludeHashtags must be an array')
    for (let i28 = 0; i28 < x27.length; i28++) {
      const e28: unknown = x27[i28]
      if (typeof e28 !== 'string') throw rt.invalid(p + '/excludeHashtags' + '/' + i28 + ' must be a string')
      if (e28.length * 3 > 640 && rt.utf8Len(e28) > 640) throw rt.invalid(p + '/excludeHashtags' + '/' + i28 + ' must not be longer than 640 characters')
      if (e28.length > 64 && rt.graphemeLen(e28) > 64) throw rt.invalid(p + '/excludeHashtags' + '/' + i28 + ' must not be longer than 64 graphemes')
    }
  }
  const x29: unknown = o.since
  if (x29 !== undefined) {
    if (typeof x29 !== 'string') throw rt.invalid(p + '/since must be a string')
  }
  const x30: unknown = o.until
  if (x30 !== undefined) {
    if (typeof x30 !== 'string') throw rt.invalid(p + '/until must be a string')
  }
  const x31: unknown = o.allTime
  if (x31 !== undefined) {
    if (typeof x31 !== 'boolean') throw rt.invalid(p + '/allTime must be a boolean')
  }
  const x32: unknown = o.languages
  if (x32 !== undefined) {
    if (!Array.isArray(x32)) throw rt.invalid(p + '/languages must be an array')
    for (let i33 = 0; i33 < x32.length; i33++) {
      const e33: unknown = x32[i33]
      if (typeof e33 !== 'string') throw rt.invalid(p + '/languages' + '/' + i33 + ' must be a string')
      if (!rt.isLanguage(e33)) throw rt.invalid(p + '/languages' + '/' + i33 + ' must be a well-formed BCP 47 language tag')
    }
  }
  const x34: unknown = o.excludeLanguages
  if (x34 !== undefined) {
    if (!Array.isArray(x34)) throw rt.invalid(p + '/excludeLanguages must be an array')
    for (let i35 = 0; i35 < x34.length; i35++) {
      const e35: unknown = x34[i35]
      if (typeof e35 !== 'string') throw rt.invalid(p + '/excludeLanguages' + '/' + i35 + ' must be a string')
      if (!rt.isLanguage(e35)) throw rt.invalid(p + '/excludeLanguages' + '/' + i35 + ' must be a well-formed BCP 47 language tag')
    }
  }
  const x36: unknown = o.hasMedia
  if (x36 !== undefined) {
    if (typeof x36 !== 'boolean') throw rt.invalid(p + '/hasMedia must be a boolean')
  }
  const x37: unknown = o.hasVideo
  if (x37 !== undefined) {
    if (typeof x37 !== 'boolean') throw rt.invalid(p + '/hasVideo must be a boolean')
  }
  const x38: unknown = o.replyParentUri
  if (x38 !== undefined) {
    if (typeof x38 !== 'string') throw rt.invalid(p + '/replyParentUri must be a string')
    if (!rt.isAtUri(x38)) throw rt.invalid(p + '/replyParentUri must be a valid at-uri')
  }
  const x39: unknown = o.threadRootUri
  if (x39 !== undefined) {
    if (typeof x39 !== 'string') throw rt.invalid(p + '/threadRootUri must be a string')
    if (!rt.isAtUri(x39)) throw rt.invalid(p + '/threadRootUri must be a valid at-uri')
  }
  const x40: unknown = o.excludeReplies
  if (x40 !== undefined) {
    if (typeof x40 !== 'boolean') throw rt.invalid(p + '/excludeReplies must be a boolean')
  }
  const x41: unknown = o.repliesOnly
  if (x41 !== undefined) {
    if (typeof x41 !== 'boolean') throw rt.invalid(p + '/repliesOnly must be a boolean')
  }
  const x42: unknown = o.following
  if (x42 !== undefined) {
    if (typeof x42 !== 'boolean') throw rt.invalid(p + '/following must be a boolean')
  }
  const x43: unknown = o.queryLanguage
  if (x43 !== undefined) {
    if (typeof x43 !== 'string') throw rt.invalid(p + '/queryLanguage must be a string')
  }
  return (r ?? o) as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  /** Cursor for the next page of results. */
  cursor?: string
  /** Estimated total number of matching hits. May be rounded or truncated. */
  hitsTotal?: number
  /** Hydrated views of matching posts. */
  posts: AppBskyFeedDefs.PostView[]
  /** Query languages detected for CJK, Thai, or Arabic text. Empty or omitted for other scripts. */
  detectedQueryLanguages?: ('ja' | 'zh' | 'ko' | 'th' | 'ar' | (string & {}))[]
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
  const x5: unknown = o.detectedQueryLanguages
  if (x5 !== undefined) {
    if (!Array.isArray(x5)) throw rt.invalid(p + '/detectedQueryLanguages must be an array')
    for (let i6 = 0; i6 < x5.length; i6++) {
      const e6: unknown = x5[i6]
      if (typeof e6 !== 'string') throw rt.invalid(p + '/detectedQueryLanguages' + '/' + i6 + ' must be a string')
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
