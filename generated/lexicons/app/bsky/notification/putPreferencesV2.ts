/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/notification/putPreferencesV2.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyNotificationDefs from './defs.js'

export const id = 'app.bsky.notification.putPreferencesV2'

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

export interface InputSchema {
  /** Deprecated: use chat.bsky.notification preferences instead. Setting this won't stick and the default values will be returned. */
  chat?: AppBskyNotificationDefs.ChatPreference
  follow?: AppBskyNotificationDefs.FilterablePreference
  like?: AppBskyNotificationDefs.FilterablePreference
  likeViaRepost?: AppBskyNotificationDefs.FilterablePreference
  mention?: AppBskyNotificationDefs.FilterablePreference
  quote?: AppBskyNotificationDefs.FilterablePreference
  reply?: AppBskyNotificationDefs.FilterablePreference
  repost?: AppBskyNotificationDefs.FilterablePreference
  repostViaRepost?: AppBskyNotificationDefs.FilterablePreference
  starterpackJoined?: AppBskyNotificationDefs.Preference
  subscribedPost?: AppBskyNotificationDefs.Preference
  unverified?: AppBskyNotificationDefs.Preference
  verified?: AppBskyNotificationDefs.Preference
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.chat
  if (x1 !== undefined) {
    try {
      AppBskyNotificationDefs.checkChatPreference(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/chat')
    }
  }
  const x2: unknown = o.follow
  if (x2 !== undefined) {
    try {
      AppBskyNotificationDefs.checkFilterablePreference(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/follow')
    }
  }
  const x3: unknown = o.like
  if (x3 !== undefined) {
    try {
      AppBskyNotificationDefs.checkFilterablePreference(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/like')
    }
  }
  const x4: unknown = o.likeViaRepost
  if (x4 !== undefined) {
    try {
      AppBskyNotificationDefs.checkFilterablePreference(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/likeViaRepost')
    }
  }
  const x5: unknown = o.mention
  if (x5 !== undefined) {
    try {
      AppBskyNotificationDefs.checkFilterablePreference(x5, '')
    } catch (err) {
      throw rt.within(err, p + '/mention')
    }
  }
  const x6: unknown = o.quote
  if (x6 !== undefined) {
    try {
      AppBskyNotificationDefs.checkFilterablePreference(x6, '')
    } catch (err) {
      throw rt.within(err, p + '/quote')
    }
  }
  const x7: unknown = o.reply
  if (x7 !== undefined) {
    try {
      AppBskyNotificationDefs.checkFilterablePreference(x7, '')
    } catch (err) {
      throw rt.within(err, p + '/reply')
    }
  }
  const x8: unknown = o.repost
  if (x8 !== undefined) {
    try {
      AppBskyNotificationDefs.checkFilterablePreference(x8, '')
    } catch (err) {
      throw rt.within(err, p + '/repost')
    }
  }
  const x9: unknown = o.repostViaRepost
  if (x9 !== undefined) {
    try {
      AppBskyNotificationDefs.checkFilterablePreference(x9, '')
    } catch (err) {
      throw rt.within(err, p + '/repostViaRepost')
    }
  }
  const x10: unknown = o.starterpackJoined
  if (x10 !== undefined) {
    try {
      AppBskyNotificationDefs.checkPreference(x10, '')
    } catch (err) {
      throw rt.within(err, p + '/starterpackJoined')
    }
  }
  const x11: unknown = o.subscribedPost
  if (x11 !== undefined) {
    try {
      AppBskyNotificationDefs.checkPreference(x11, '')
    } catch (err) {
      throw rt.within(err, p + '/subscribedPost')
    }
  }
  const x12: unknown = o.unverified
  if (x12 !== undefined) {
    try {
      AppBskyNotificationDefs.checkPreference(x12, '')
    } catch (err) {
      throw rt.within(err, p + '/unverified')
    }
  }
  const x13: unknown = o.verified
  if (x13 !== undefined) {
    try {
      AppBskyNotificationDefs.checkPreference(x13, '')
    } catch (err) {
      throw rt.within(err, p + '/verified')
    }
  }
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export interface OutputSchema {
  preferences: AppBskyNotificationDefs.Preferences
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.preferences
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "preferences"')
  } else {
    try {
      AppBskyNotificationDefs.checkPreferences(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/preferences')
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
export const schema = rt.procedure({
  nsid: id,
  params: { kinds: PARAM_KINDS, check: checkQueryParams },
  input: { encoding: 'application/json', check: checkInputSchema },
  output: { encoding: 'application/json', check: checkOutputSchema },
  errors: ERRORS,
})
