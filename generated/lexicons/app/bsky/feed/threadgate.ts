/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/feed/threadgate.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'app.bsky.feed.threadgate'

/**
 * Record defining interaction gating rules for a thread (aka, reply controls). The record key (rkey) of the threadgate record must match the record key of the thread's root post, and that record must be in the same repository.
 * Record key: tid
 */
export interface Record {
  $type: 'app.bsky.feed.threadgate'
  /** Reference (AT-URI) to the post record. */
  post: string
  /** List of rules defining who can reply to this post. If value is an empty array, no one can reply. If value is undefined, anyone can reply. */
  allow?: (rt.Typed<MentionRule, 'app.bsky.feed.threadgate#mentionRule'> | rt.Typed<FollowerRule, 'app.bsky.feed.threadgate#followerRule'> | rt.Typed<FollowingRule, 'app.bsky.feed.threadgate#followingRule'> | rt.Typed<ListRule, 'app.bsky.feed.threadgate#listRule'> | rt.UnknownTyped)[]
  createdAt: string
  /** List of hidden reply URIs. */
  hiddenReplies?: string[]
}

/** The record key type of this collection. */
export const RECORD_KEY = 'tid'

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRecord(v: unknown, p: string): Record {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.post
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "post"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/post must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/post must be a valid at-uri')
  }
  const x2: unknown = o.allow
  if (x2 !== undefined) {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/allow must be an array')
    if (x2.length > 5) throw rt.invalid(p + '/allow must not have more than 5 elements')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      if (typeof e3 !== 'object' || e3 === null || typeof (e3 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/allow' + '/' + i3 + ' must be an object which includes the "$type" property')
      const t4 = (e3 as { $type: string }).$type
      switch (t4) {
        case 'app.bsky.feed.threadgate#mentionRule':
          try {
            checkMentionRule(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/allow' + '/' + i3)
          }
          break
        case 'app.bsky.feed.threadgate#followerRule':
          try {
            checkFollowerRule(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/allow' + '/' + i3)
          }
          break
        case 'app.bsky.feed.threadgate#followingRule':
          try {
            checkFollowingRule(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/allow' + '/' + i3)
          }
          break
        case 'app.bsky.feed.threadgate#listRule':
          try {
            checkListRule(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/allow' + '/' + i3)
          }
          break
        default:
          if (t4.charCodeAt(0) === 35 || t4.indexOf('#') !== t4.lastIndexOf('#')) throw rt.invalid(p + '/allow' + '/' + i3 + ' $type is not a valid type reference')
      }
    }
  }
  const x5: unknown = o.createdAt
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x5)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x6: unknown = o.hiddenReplies
  if (x6 !== undefined) {
    if (!Array.isArray(x6)) throw rt.invalid(p + '/hiddenReplies must be an array')
    if (x6.length > 300) throw rt.invalid(p + '/hiddenReplies must not have more than 300 elements')
    for (let i7 = 0; i7 < x6.length; i7++) {
      const e7: unknown = x6[i7]
      if (typeof e7 !== 'string') throw rt.invalid(p + '/hiddenReplies' + '/' + i7 + ' must be a string')
      if (!rt.isAtUri(e7)) throw rt.invalid(p + '/hiddenReplies' + '/' + i7 + ' must be a valid at-uri')
    }
  }
  return o as unknown as Record
}

/** Validates a record of this collection, including its `$type`. */
export function validateRecord(v: unknown): rt.ValidationResult<Record> {
  if (typeof v !== 'object' || v === null) return rt.failure('Record must be an object')
  const t = (v as { $type?: unknown }).$type
  if (typeof t !== 'string') return rt.failure('Record/$type must be a string')
  if (t !== 'app.bsky.feed.threadgate') return rt.failure(`Invalid $type: must be lex:app.bsky.feed.threadgate, got ${t}`)
  return rt.run(checkRecord, v, 'Record')
}

/** Whether a value says (by its `$type`) that it is a Record; it does not validate it. */
export function isRecord<V>(v: V): v is V & rt.Typed<Record, 'app.bsky.feed.threadgate'> {
  return rt.hasMainType(v, 'app.bsky.feed.threadgate')
}

/** Allow replies from actors mentioned in your post. */
export interface MentionRule {
  $type?: 'app.bsky.feed.threadgate#mentionRule'
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMentionRule(v: unknown, p: string): MentionRule {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  return o as unknown as MentionRule
}

/** Validates a value as MentionRule; a failure says where, e.g. "Object/field must be a string". */
export function validateMentionRule(v: unknown): rt.ValidationResult<MentionRule> {
  return rt.run(checkMentionRule, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a MentionRule; it does not validate it. */
export function isMentionRule<V>(v: V): v is V & rt.Typed<MentionRule, 'app.bsky.feed.threadgate#mentionRule'> {
  return rt.hasType(v, 'app.bsky.feed.threadgate#mentionRule')
}

/** Allow replies from actors who follow you. */
export interface FollowerRule {
  $type?: 'app.bsky.feed.threadgate#followerRule'
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkFollowerRule(v: unknown, p: string): FollowerRule {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  return o as unknown as FollowerRule
}

/** Validates a value as FollowerRule; a failure says where, e.g. "Object/field must be a string". */
export function validateFollowerRule(v: unknown): rt.ValidationResult<FollowerRule> {
  return rt.run(checkFollowerRule, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a FollowerRule; it does not validate it. */
export function isFollowerRule<V>(v: V): v is V & rt.Typed<FollowerRule, 'app.bsky.feed.threadgate#followerRule'> {
  return rt.hasType(v, 'app.bsky.feed.threadgate#followerRule')
}

/** Allow replies from actors you follow. */
export interface FollowingRule {
  $type?: 'app.bsky.feed.threadgate#followingRule'
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkFollowingRule(v: unknown, p: string): FollowingRule {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  return o as unknown as FollowingRule
}

/** Validates a value as FollowingRule; a failure says where, e.g. "Object/field must be a string". */
export function validateFollowingRule(v: unknown): rt.ValidationResult<FollowingRule> {
  return rt.run(checkFollowingRule, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a FollowingRule; it does not validate it. */
export function isFollowingRule<V>(v: V): v is V & rt.Typed<FollowingRule, 'app.bsky.feed.threadgate#followingRule'> {
  return rt.hasType(v, 'app.bsky.feed.threadgate#followingRule')
}

/** Allow replies from actors on a list. */
export interface ListRule {
  $type?: 'app.bsky.feed.threadgate#listRule'
  list: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkListRule(v: unknown, p: string): ListRule {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.list
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "list"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/list must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/list must be a valid at-uri')
  }
  return o as unknown as ListRule
}

/** Validates a value as ListRule; a failure says where, e.g. "Object/field must be a string". */
export function validateListRule(v: unknown): rt.ValidationResult<ListRule> {
  return rt.run(checkListRule, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ListRule; it does not validate it. */
export function isListRule<V>(v: V): v is V & rt.Typed<ListRule, 'app.bsky.feed.threadgate#listRule'> {
  return rt.hasType(v, 'app.bsky.feed.threadgate#listRule')
}
