/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/notification/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'app.bsky.notification.defs'

export interface RecordDeleted {
  $type?: 'app.bsky.notification.defs#recordDeleted'
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRecordDeleted(v: unknown, p: string): RecordDeleted {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  return o as unknown as RecordDeleted
}

/** Validates a value as RecordDeleted; a failure says where, e.g. "Object/field must be a string". */
export function validateRecordDeleted(v: unknown): rt.ValidationResult<RecordDeleted> {
  return rt.run(checkRecordDeleted, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a RecordDeleted; it does not validate it. */
export function isRecordDeleted<V>(v: V): v is V & rt.Typed<RecordDeleted, 'app.bsky.notification.defs#recordDeleted'> {
  return rt.hasType(v, 'app.bsky.notification.defs#recordDeleted')
}

/** Deprecated: use chat.bsky.notification preferences instead. This will only return a default value. */
export interface ChatPreference {
  $type?: 'app.bsky.notification.defs#chatPreference'
  include: 'all' | 'accepted' | (string & {})
  push: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkChatPreference(v: unknown, p: string): ChatPreference {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.include
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "include"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/include must be a string')
  }
  const x2: unknown = o.push
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "push"')
  } else {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/push must be a boolean')
  }
  return o as unknown as ChatPreference
}

/** Validates a value as ChatPreference; a failure says where, e.g. "Object/field must be a string". */
export function validateChatPreference(v: unknown): rt.ValidationResult<ChatPreference> {
  return rt.run(checkChatPreference, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ChatPreference; it does not validate it. */
export function isChatPreference<V>(v: V): v is V & rt.Typed<ChatPreference, 'app.bsky.notification.defs#chatPreference'> {
  return rt.hasType(v, 'app.bsky.notification.defs#chatPreference')
}

export interface FilterablePreference {
  $type?: 'app.bsky.notification.defs#filterablePreference'
  include: 'all' | 'follows' | (string & {})
  list: boolean
  push: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkFilterablePreference(v: unknown, p: string): FilterablePreference {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.include
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "include"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/include must be a string')
  }
  const x2: unknown = o.list
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "list"')
  } else {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/list must be a boolean')
  }
  const x3: unknown = o.push
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "push"')
  } else {
    if (typeof x3 !== 'boolean') throw rt.invalid(p + '/push must be a boolean')
  }
  return o as unknown as FilterablePreference
}

/** Validates a value as FilterablePreference; a failure says where, e.g. "Object/field must be a string". */
export function validateFilterablePreference(v: unknown): rt.ValidationResult<FilterablePreference> {
  return rt.run(checkFilterablePreference, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a FilterablePreference; it does not validate it. */
export function isFilterablePreference<V>(v: V): v is V & rt.Typed<FilterablePreference, 'app.bsky.notification.defs#filterablePreference'> {
  return rt.hasType(v, 'app.bsky.notification.defs#filterablePreference')
}

export interface Preference {
  $type?: 'app.bsky.notification.defs#preference'
  list: boolean
  push: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkPreference(v: unknown, p: string): Preference {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.list
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "list"')
  } else {
    if (typeof x1 !== 'boolean') throw rt.invalid(p + '/list must be a boolean')
  }
  const x2: unknown = o.push
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "push"')
  } else {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/push must be a boolean')
  }
  return o as unknown as Preference
}

/** Validates a value as Preference; a failure says where, e.g. "Object/field must be a string". */
export function validatePreference(v: unknown): rt.ValidationResult<Preference> {
  return rt.run(checkPreference, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Preference; it does not validate it. */
export function isPreference<V>(v: V): v is V & rt.Typed<Preference, 'app.bsky.notification.defs#preference'> {
  return rt.hasType(v, 'app.bsky.notification.defs#preference')
}

export interface Preferences {
  $type?: 'app.bsky.notification.defs#preferences'
  /** Deprecated: use chat.bsky.notification preferences instead. This will only return a default value. */
  chat: ChatPreference
  follow: FilterablePreference
  like: FilterablePreference
  likeViaRepost: FilterablePreference
  mention: FilterablePreference
  quote: FilterablePreference
  reply: FilterablePreference
  repost: FilterablePreference
  repostViaRepost: FilterablePreference
  starterpackJoined: Preference
  subscribedPost: Preference
  unverified: Preference
  verified: Preference
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkPreferences(v: unknown, p: string): Preferences {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.chat
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "chat"')
  } else {
    try {
      checkChatPreference(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/chat')
    }
  }
  const x2: unknown = o.follow
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "follow"')
  } else {
    try {
      checkFilterablePreference(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/follow')
    }
  }
  const x3: unknown = o.like
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "like"')
  } else {
    try {
      checkFilterablePreference(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/like')
    }
  }
  const x4: unknown = o.likeViaRepost
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "likeViaRepost"')
  } else {
    try {
      checkFilterablePreference(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/likeViaRepost')
    }
  }
  const x5: unknown = o.mention
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "mention"')
  } else {
    try {
      checkFilterablePreference(x5, '')
    } catch (err) {
      throw rt.within(err, p + '/mention')
    }
  }
  const x6: unknown = o.quote
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "quote"')
  } else {
    try {
      checkFilterablePreference(x6, '')
    } catch (err) {
      throw rt.within(err, p + '/quote')
    }
  }
  const x7: unknown = o.reply
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "reply"')
  } else {
    try {
      checkFilterablePreference(x7, '')
    } catch (err) {
      throw rt.within(err, p + '/reply')
    }
  }
  const x8: unknown = o.repost
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "repost"')
  } else {
    try {
      checkFilterablePreference(x8, '')
    } catch (err) {
      throw rt.within(err, p + '/repost')
    }
  }
  const x9: unknown = o.repostViaRepost
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "repostViaRepost"')
  } else {
    try {
      checkFilterablePreference(x9, '')
    } catch (err) {
      throw rt.within(err, p + '/repostViaRepost')
    }
  }
  const x10: unknown = o.starterpackJoined
  if (x10 === undefined) {
    throw rt.invalid(p + ' must have the property "starterpackJoined"')
  } else {
    try {
      checkPreference(x10, '')
    } catch (err) {
      throw rt.within(err, p + '/starterpackJoined')
    }
  }
  const x11: unknown = o.subscribedPost
  if (x11 === undefined) {
    throw rt.invalid(p + ' must have the property "subscribedPost"')
  } else {
    try {
      checkPreference(x11, '')
    } catch (err) {
      throw rt.within(err, p + '/subscribedPost')
    }
  }
  const x12: unknown = o.unverified
  if (x12 === undefined) {
    throw rt.invalid(p + ' must have the property "unverified"')
  } else {
    try {
      checkPreference(x12, '')
    } catch (err) {
      throw rt.within(err, p + '/unverified')
    }
  }
  const x13: unknown = o.verified
  if (x13 === undefined) {
    throw rt.invalid(p + ' must have the property "verified"')
  } else {
    try {
      checkPreference(x13, '')
    } catch (err) {
      throw rt.within(err, p + '/verified')
    }
  }
  return o as unknown as Preferences
}

/** Validates a value as Preferences; a failure says where, e.g. "Object/field must be a string". */
export function validatePreferences(v: unknown): rt.ValidationResult<Preferences> {
  return rt.run(checkPreferences, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Preferences; it does not validate it. */
export function isPreferences<V>(v: V): v is V & rt.Typed<Preferences, 'app.bsky.notification.defs#preferences'> {
  return rt.hasType(v, 'app.bsky.notification.defs#preferences')
}

export interface ActivitySubscription {
  $type?: 'app.bsky.notification.defs#activitySubscription'
  post: boolean
  reply: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkActivitySubscription(v: unknown, p: string): ActivitySubscription {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.post
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "post"')
  } else {
    if (typeof x1 !== 'boolean') throw rt.invalid(p + '/post must be a boolean')
  }
  const x2: unknown = o.reply
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "reply"')
  } else {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/reply must be a boolean')
  }
  return o as unknown as ActivitySubscription
}

/** Validates a value as ActivitySubscription; a failure says where, e.g. "Object/field must be a string". */
export function validateActivitySubscription(v: unknown): rt.ValidationResult<ActivitySubscription> {
  return rt.run(checkActivitySubscription, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ActivitySubscription; it does not validate it. */
export function isActivitySubscription<V>(v: V): v is V & rt.Typed<ActivitySubscription, 'app.bsky.notification.defs#activitySubscription'> {
  return rt.hasType(v, 'app.bsky.notification.defs#activitySubscription')
}

/** Object used to store activity subscription data in stash. */
export interface SubjectActivitySubscription {
  $type?: 'app.bsky.notification.defs#subjectActivitySubscription'
  subject: string
  activitySubscription: ActivitySubscription
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSubjectActivitySubscription(v: unknown, p: string): SubjectActivitySubscription {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.subject
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "subject"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/subject must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/subject must be a valid did')
  }
  const x2: unknown = o.activitySubscription
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "activitySubscription"')
  } else {
    try {
      checkActivitySubscription(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/activitySubscription')
    }
  }
  return o as unknown as SubjectActivitySubscription
}

/** Validates a value as SubjectActivitySubscription; a failure says where, e.g. "Object/field must be a string". */
export function validateSubjectActivitySubscription(v: unknown): rt.ValidationResult<SubjectActivitySubscription> {
  return rt.run(checkSubjectActivitySubscription, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SubjectActivitySubscription; it does not validate it. */
export function isSubjectActivitySubscription<V>(v: V): v is V & rt.Typed<SubjectActivitySubscription, 'app.bsky.notification.defs#subjectActivitySubscription'> {
  return rt.hasType(v, 'app.bsky.notification.defs#subjectActivitySubscription')
}
