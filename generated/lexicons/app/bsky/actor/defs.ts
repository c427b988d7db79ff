/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/actor/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoLabelDefs from '../../../com/atproto/label/defs.js'
import * as ComAtprotoRepoStrongRef from '../../../com/atproto/repo/strongRef.js'
import * as AppBskyEmbedExternal from '../embed/external.js'
import * as AppBskyFeedPostgate from '../feed/postgate.js'
import * as AppBskyFeedThreadgate from '../feed/threadgate.js'
import * as AppBskyGraphDefs from '../graph/defs.js'
import * as AppBskyNotificationDefs from '../notification/defs.js'

export const id = 'app.bsky.actor.defs'

export interface ProfileViewBasic {
  $type?: 'app.bsky.actor.defs#profileViewBasic'
  did: string
  handle: string
  displayName?: string
  pronouns?: string
  avatar?: string
  associated?: ProfileAssociated
  viewer?: ViewerState
  labels?: ComAtprotoLabelDefs.Label[]
  createdAt?: string
  verification?: VerificationState
  status?: StatusView
  /** Debug information for internal development */
  debug?: { [key: string]: unknown }
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkProfileViewBasic(v: unknown, p: string): ProfileViewBasic {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x2: unknown = o.handle
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "handle"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/handle must be a string')
    if (!rt.isHandle(x2)) throw rt.invalid(p + '/handle must be a valid handle')
  }
  const x3: unknown = o.displayName
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/displayName must be a string')
    if (x3.length * 3 > 640 && rt.utf8Len(x3) > 640) throw rt.invalid(p + '/displayName must not be longer than 640 characters')
    if (x3.length > 64 && rt.graphemeLen(x3) > 64) throw rt.invalid(p + '/displayName must not be longer than 64 graphemes')
  }
  const x4: unknown = o.pronouns
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/pronouns must be a string')
  }
  const x5: unknown = o.avatar
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/avatar must be a string')
    if (!rt.isUri(x5)) throw rt.invalid(p + '/avatar must be a uri')
  }
  const x6: unknown = o.associated
  if (x6 !== undefined) {
    try {
      checkProfileAssociated(x6, '')
    } catch (err) {
      throw rt.within(err, p + '/associated')
    }
  }
  const x7: unknown = o.viewer
  if (x7 !== undefined) {
    try {
      checkViewerState(x7, '')
    } catch (err) {
      throw rt.within(err, p + '/viewer')
    }
  }
  const x8: unknown = o.labels
  if (x8 !== undefined) {
    if (!Array.isArray(x8)) throw rt.invalid(p + '/labels must be an array')
    for (let i9 = 0; i9 < x8.length; i9++) {
      const e9: unknown = x8[i9]
      try {
        ComAtprotoLabelDefs.checkLabel(e9, '')
      } catch (err) {
        throw rt.within(err, p + '/labels' + '/' + i9)
      }
    }
  }
  const x10: unknown = o.createdAt
  if (x10 !== undefined) {
    if (typeof x10 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x10)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x11: unknown = o.verification
  if (x11 !== undefined) {
    try {
      checkVerificationState(x11, '')
    } catch (err) {
      throw rt.within(err, p + '/verification')
    }
  }
  const x12: unknown = o.status
  if (x12 !== undefined) {
    try {
      checkStatusView(x12, '')
    } catch (err) {
      throw rt.within(err, p + '/status')
    }
  }
  const x13: unknown = o.debug
  if (x13 !== undefined) {
    if (!rt.isPlainObject(x13)) throw rt.invalid(p + '/debug must be an object')
  }
  return o as unknown as ProfileViewBasic
}

/** Validates a value as ProfileViewBasic; a failure says where, e.g. "Object/field must be a string". */
export function validateProfileViewBasic(v: unknown): rt.ValidationResult<ProfileViewBasic> {
  return rt.run(checkProfileViewBasic, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ProfileViewBasic; it does not validate it. */
export function isProfileViewBasic<V>(v: V): v is V & rt.Typed<ProfileViewBasic, 'app.bsky.actor.defs#profileViewBasic'> {
  return rt.hasType(v, 'app.bsky.actor.defs#profileViewBasic')
}

export interface ProfileView {
  $type?: 'app.bsky.actor.defs#profileView'
  did: string
  handle: string
  displayName?: string
  pronouns?: string
  description?: string
  avatar?: string
  associated?: ProfileAssociated
  indexedAt?: string
  createdAt?: string
  viewer?: ViewerState
  labels?: ComAtprotoLabelDefs.Label[]
  verification?: VerificationState
  status?: StatusView
  /** Debug information for internal development */
  debug?: { [key: string]: unknown }
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkProfileView(v: unknown, p: string): ProfileView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x2: unknown = o.handle
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "handle"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/handle must be a string')
    if (!rt.isHandle(x2)) throw rt.invalid(p + '/handle must be a valid handle')
  }
  const x3: unknown = o.displayName
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/displayName must be a string')
    if (x3.length * 3 > 640 && rt.utf8Len(x3) > 640) throw rt.invalid(p + '/displayName must not be longer than 640 characters')
    if (x3.length > 64 && rt.graphemeLen(x3) > 64) throw rt.invalid(p + '/displayName must not be longer than 64 graphemes')
  }
  const x4: unknown = o.pronouns
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/pronouns must be a string')
  }
  const x5: unknown = o.description
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/description must be a string')
    if (x5.length * 3 > 2560 && rt.utf8Len(x5) > 2560) throw rt.invalid(p + '/description must not be longer than 2560 characters')
    if (x5.length > 256 && rt.graphemeLen(x5) > 256) throw rt.invalid(p + '/description must not be longer than 256 graphemes')
  }
  const x6: unknown = o.avatar
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/avatar must be a string')
    if (!rt.isUri(x6)) throw rt.invalid(p + '/avatar must be a uri')
  }
  const x7: unknown = o.associated
  if (x7 !== undefined) {
    try {
      checkProfileAssociated(x7, '')
    } catch (err) {
      throw rt.within(err, p + '/associated')
    }
  }
  const x8: unknown = o.indexedAt
  if (x8 !== undefined) {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/indexedAt must be a string')
    if (!rt.isDatetime(x8)) throw rt.invalid(p + '/indexedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x9: unknown = o.createdAt
  if (x9 !== undefined) {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x9)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x10: unknown = o.viewer
  if (x10 !== undefined) {
    try {
      checkViewerState(x10, '')
    } catch (err) {
      throw rt.within(err, p + '/viewer')
    }
  }
  const x11: unknown = o.labels
  if (x11 !== undefined) {
    if (!Array.isArray(x11)) throw rt.invalid(p + '/labels must be an array')
    for (let i12 = 0; i12 < x11.length; i12++) {
      const e12: unknown = x11[i12]
      try {
        ComAtprotoLabelDefs.checkLabel(e12, '')
      } catch (err) {
        throw rt.within(err, p + '/labels' + '/' + i12)
      }
    }
  }
  const x13: unknown = o.verification
  if (x13 !== undefined) {
    try {
      checkVerificationState(x13, '')
    } catch (err) {
      throw rt.within(err, p + '/verification')
    }
  }
  const x14: unknown = o.status
  if (x14 !== undefined) {
    try {
      checkStatusView(x14, '')
    } catch (err) {
      throw rt.within(err, p + '/status')
    }
  }
  const x15: unknown = o.debug
  if (x15 !== undefined) {
    if (!rt.isPlainObject(x15)) throw rt.invalid(p + '/debug must be an object')
  }
  return o as unknown as ProfileView
}

/** Validates a value as ProfileView; a failure says where, e.g. "Object/field must be a string". */
export function validateProfileView(v: unknown): rt.ValidationResult<ProfileView> {
  return rt.run(checkProfileView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ProfileView; it does not validate it. */
export function isProfileView<V>(v: V): v is V & rt.Typed<ProfileView, 'app.bsky.actor.defs#profileView'> {
  return rt.hasType(v, 'app.bsky.actor.defs#profileView')
}

export interface ProfileViewDetailed {
  $type?: 'app.bsky.actor.defs#profileViewDetailed'
  did: string
  handle: string
  displayName?: string
  description?: string
  pronouns?: string
  website?: string
  avatar?: string
  banner?: string
  followersCount?: number
  followsCount?: number
  postsCount?: number
  associated?: ProfileAssociated
  joinedViaStarterPack?: AppBskyGraphDefs.StarterPackViewBasic
  indexedAt?: string
  createdAt?: string
  viewer?: ViewerState
  labels?: ComAtprotoLabelDefs.Label[]
  pinnedPost?: ComAtprotoRepoStrongRef.Main
  verification?: VerificationState
  status?: StatusView
  /** Debug information for internal development */
  debug?: { [key: string]: unknown }
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkProfileViewDetailed(v: unknown, p: string): ProfileViewDetailed {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x2: unknown = o.handle
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "handle"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/handle must be a string')
    if (!rt.isHandle(x2)) throw rt.invalid(p + '/handle must be a valid handle')
  }
  const x3: unknown = o.displayName
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/displayName must be a string')
    if (x3.length * 3 > 640 && rt.utf8Len(x3) > 640) throw rt.invalid(p + '/displayName must not be longer than 640 characters')
    if (x3.length > 64 && rt.graphemeLen(x3) > 64) throw rt.invalid(p + '/displayName must not be longer than 64 graphemes')
  }
  const x4: unknown = o.description
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/description must be a string')
    if (x4.length * 3 > 2560 && rt.utf8Len(x4) > 2560) throw rt.invalid(p + '/description must not be longer than 2560 characters')
    if (x4.length > 256 && rt.graphemeLen(x4) > 256) throw rt.invalid(p + '/description must not be longer than 256 graphemes')
  }
  const x5: unknown = o.pronouns
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/pronouns must be a string')
  }
  const x6: unknown = o.website
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/website must be a string')
    if (!rt.isUri(x6)) throw rt.invalid(p + '/website must be a uri')
  }
  const x7: unknown = o.avatar
  if (x7 !== undefined) {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/avatar must be a string')
    if (!rt.isUri(x7)) throw rt.invalid(p + '/avatar must be a uri')
  }
  const x8: unknown = o.banner
  if (x8 !== undefined) {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/banner must be a string')
    if (!rt.isUri(x8)) throw rt.invalid(p + '/banner must be a uri')
  }
  const x9: unknown = o.followersCount
  if (x9 !== undefined) {
    if (!Number.isInteger(x9)) throw rt.invalid(p + '/followersCount must be an integer')
  }
  const x10: unknown = o.followsCount
  if (x10 !== undefined) {
    if (!Number.isInteger(x10)) throw rt.invalid(p + '/followsCount must be an integer')
  }
  const x11: unknown = o.postsCount
  if (x11 !== undefined) {
    if (!Number.isInteger(x11)) throw rt.invalid(p + '/postsCount must be an integer')
  }
  const x12: unknown = o.associated
  if (x12 !== undefined) {
    try {
      checkProfileAssociated(x12, '')
    } catch (err) {
      throw rt.within(err, p + '/associated')
    }
  }
  const x13: unknown = o.joinedViaStarterPack
  if (x13 !== undefined) {
    try {
      AppBskyGraphDefs.checkStarterPackViewBasic(x13, '')
    } catch (err) {
      throw rt.within(err, p + '/joinedViaStarterPack')
    }
  }
  const x14: unknown = o.indexedAt
  if (x14 !== undefined) {
    if (typeof x14 !== 'string') throw rt.invalid(p + '/indexedAt must be a string')
    if (!rt.isDatetime(x14)) throw rt.invalid(p + '/indexedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x15: unknown = o.createdAt
  if (x15 !== undefined) {
    if (typeof x15 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x15)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x16: unknown = o.viewer
  if (x16 !== undefined) {
    try {
      checkViewerState(x16, '')
    } catch (err) {
      throw rt.within(err, p + '/viewer')
    }
  }
  const x17: unknown = o.labels
  if (x17 !== undefined) {
    if (!Array.isArray(x17)) throw rt.invalid(p + '/labels must be an array')
    for (let i18 = 0; i18 < x17.length; i18++) {
      const e18: unknown = x17[i18]
      try {
        ComAtprotoLabelDefs.checkLabel(e18, '')
      } catch (err) {
        throw rt.within(err, p + '/labels' + '/' + i18)
      }
    }
  }
  const x19: unknown = o.pinnedPost
  if (x19 !== undefined) {
    try {
      ComAtprotoRepoStrongRef.checkMain(x19, '')
    } catch (err) {
      throw rt.within(err, p + '/pinnedPost')
    }
  }
  const x20: unknown = o.verification
  if (x20 !== undefined) {
    try {
      checkVerificationState(x20, '')
    } catch (err) {
      throw rt.within(err, p + '/verification')
    }
  }
  const x21: unknown = o.status
  if (x21 !== undefined) {
    try {
      checkStatusView(x21, '')
    } catch (err) {
      throw rt.within(err, p + '/status')
    }
  }
  const x22: unknown = o.debug
  if (x22 !== undefined) {
    if (!rt.isPlainObject(x22)) throw rt.invalid(p + '/debug must be an object')
  }
  return o as unknown as ProfileViewDetailed
}

/** Validates a value as ProfileViewDetailed; a failure says where, e.g. "Object/field must be a string". */
export function validateProfileViewDetailed(v: unknown): rt.ValidationResult<ProfileViewDetailed> {
  return rt.run(checkProfileViewDetailed, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ProfileViewDetailed; it does not validate it. */
export function isProfileViewDetailed<V>(v: V): v is V & rt.Typed<ProfileViewDetailed, 'app.bsky.actor.defs#profileViewDetailed'> {
  return rt.hasType(v, 'app.bsky.actor.defs#profileViewDetailed')
}

export interface ProfileAssociated {
  $type?: 'app.bsky.actor.defs#profileAssociated'
  lists?: number
  feedgens?: number
  starterPacks?: number
  labeler?: boolean
  chat?: ProfileAssociatedChat
  activitySubscription?: ProfileAssociatedActivitySubscription
  germ?: ProfileAssociatedGerm
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkProfileAssociated(v: unknown, p: string): ProfileAssociated {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.lists
  if (x1 !== undefined) {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/lists must be an integer')
  }
  const x2: unknown = o.feedgens
  if (x2 !== undefined) {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/feedgens must be an integer')
  }
  const x3: unknown = o.starterPacks
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/starterPacks must be an integer')
  }
  const x4: unknown = o.labeler
  if (x4 !== undefined) {
    if (typeof x4 !== 'boolean') throw rt.invalid(p + '/labeler must be a boolean')
  }
  const x5: unknown = o.chat
  if (x5 !== undefined) {
    try {
      checkProfileAssociatedChat(x5, '')
    } catch (err) {
      throw rt.within(err, p + '/chat')
    }
  }
  const x6: unknown = o.activitySubscription
  if (x6 !== undefined) {
    try {
      checkProfileAssociatedActivitySubscription(x6, '')
    } catch (err) {
      throw rt.within(err, p + '/activitySubscription')
    }
  }
  const x7: unknown = o.germ
  if (x7 !== undefined) {
    try {
      checkProfileAssociatedGerm(x7, '')
    } catch (err) {
      throw rt.within(err, p + '/germ')
    }
  }
  return o as unknown as ProfileAssociated
}

/** Validates a value as ProfileAssociated; a failure says where, e.g. "Object/field must be a string". */
export function validateProfileAssociated(v: unknown): rt.ValidationResult<ProfileAssociated> {
  return rt.run(checkProfileAssociated, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ProfileAssociated; it does not validate it. */
export function isProfileAssociated<V>(v: V): v is V & rt.Typed<ProfileAssociated, 'app.bsky.actor.defs#profileAssociated'> {
  return rt.hasType(v, 'app.bsky.actor.defs#profileAssociated')
}

export interface ProfileAssociatedChat {
  $type?: 'app.bsky.actor.defs#profileAssociatedChat'
  allowIncoming: 'all' | 'none' | 'following' | (string & {})
  allowGroupInvites?: 'all' | 'none' | 'following' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkProfileAssociatedChat(v: unknown, p: string): ProfileAssociatedChat {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.allowIncoming
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "allowIncoming"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/allowIncoming must be a string')
  }
  const x2: unknown = o.allowGroupInvites
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/allowGroupInvites must be a string')
  }
  return o as unknown as ProfileAssociatedChat
}

/** Validates a value as ProfileAssociatedChat; a failure says where, e.g. "Object/field must be a string". */
export function validateProfileAssociatedChat(v: unknown): rt.ValidationResult<ProfileAssociatedChat> {
  return rt.run(checkProfileAssociatedChat, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ProfileAssociatedChat; it does not validate it. */
export function isProfileAssociatedChat<V>(v: V): v is V & rt.Typed<ProfileAssociatedChat, 'app.bsky.actor.defs#profileAssociatedChat'> {
  return rt.hasType(v, 'app.bsky.actor.defs#profileAssociatedChat')
}

export interface ProfileAssociatedGerm {
  $type?: 'app.bsky.actor.defs#profileAssociatedGerm'
  messageMeUrl: string
  showButtonTo: 'usersIFollow' | 'everyone' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkProfileAssociatedGerm(v: unknown, p: string): ProfileAssociatedGerm {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.messageMeUrl
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "messageMeUrl"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/messageMeUrl must be a string')
    if (!rt.isUri(x1)) throw rt.invalid(p + '/messageMeUrl must be a uri')
  }
  const x2: unknown = o.showButtonTo
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "showButtonTo"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/showButtonTo must be a string')
  }
  return o as unknown as ProfileAssociatedGerm
}

/** Validates a value as ProfileAssociatedGerm; a failure says where, e.g. "Object/field must be a string". */
export function validateProfileAssociatedGerm(v: unknown): rt.ValidationResult<ProfileAssociatedGerm> {
  return rt.run(checkProfileAssociatedGerm, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ProfileAssociatedGerm; it does not validate it. */
export function isProfileAssociatedGerm<V>(v: V): v is V & rt.Typed<ProfileAssociatedGerm, 'app.bsky.actor.defs#profileAssociatedGerm'> {
  return rt.hasType(v, 'app.bsky.actor.defs#profileAssociatedGerm')
}

export interface ProfileAssociatedActivitySubscription {
  $type?: 'app.bsky.actor.defs#profileAssociatedActivitySubscription'
  allowSubscriptions: 'followers' | 'mutuals' | 'none' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkProfileAssociatedActivitySubscription(v: unknown, p: string): ProfileAssociatedActivitySubscription {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.allowSubscriptions
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "allowSubscriptions"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/allowSubscriptions must be a string')
  }
  return o as unknown as ProfileAssociatedActivitySubscription
}

/** Validates a value as ProfileAssociatedActivitySubscription; a failure says where, e.g. "Object/field must be a string". */
export function validateProfileAssociatedActivitySubscription(v: unknown): rt.ValidationResult<ProfileAssociatedActivitySubscription> {
  return rt.run(checkProfileAssociatedActivitySubscription, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ProfileAssociatedActivitySubscription; it does not validate it. */
export function isProfileAssociatedActivitySubscription<V>(v: V): v is V & rt.Typed<ProfileAssociatedActivitySubscription, 'app.bsky.actor.defs#profileAssociatedActivitySubscription'> {
  return rt.hasType(v, 'app.bsky.actor.defs#profileAssociatedActivitySubscription')
}

/** Metadata about the requesting account's relationship with the subject account. Only has meaningful content for authed requests. */
export interface ViewerState {
  $type?: 'app.bsky.actor.defs#viewerState'
  /** Whether the account is fully muted, directly or via a mutelist. False when the mute is scoped to specific kinds; see mutedOnlyReposts and mutedOnlyQuoteposts. */
  muted?: boolean
  /** Whether the account's reposts are muted. Scoped mutes are exclusive with muted: this can be true while muted is false. If muted is true, this will be false. */
  mutedOnlyReposts?: boolean
  /** Whether the account's quote posts are muted. Scoped mutes are exclusive with muted: this can be true while muted is false. If muted is true, this will be false. */
  mutedOnlyQuoteposts?: boolean
  mutedByList?: AppBskyGraphDefs.ListViewBasic
  blockedBy?: boolean
  blocking?: string
  blockingByList?: AppBskyGraphDefs.ListViewBasic
  following?: string
  followedBy?: string
  /** This property is present only in selected cases, as an optimization. */
  knownFollowers?: KnownFollowers
  /** This property is present only in selected cases, as an optimization. */
  activitySubscription?: AppBskyNotificationDefs.ActivitySubscription
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkViewerState(v: unknown, p: string): ViewerState {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.muted
  if (x1 !== undefined) {
    if (typeof x1 !== 'boolean') throw rt.invalid(p + '/muted must be a boolean')
  }
  const x2: unknown = o.mutedOnlyReposts
  if (x2 !== undefined) {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/mutedOnlyReposts must be a boolean')
  }
  const x3: unknown = o.mutedOnlyQuoteposts
  if (x3 !== undefined) {
    if (typeof x3 !== 'boolean') throw rt.invalid(p + '/mutedOnlyQuoteposts must be a boolean')
  }
  const x4: unknown = o.mutedByList
  if (x4 !== undefined) {
    try {
      AppBskyGraphDefs.checkListViewBasic(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/mutedByList')
    }
  }
  const x5: unknown = o.blockedBy
  if (x5 !== undefined) {
    if (typeof x5 !== 'boolean') throw rt.invalid(p + '/blockedBy must be a boolean')
  }
  const x6: unknown = o.blocking
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/blocking must be a string')
    if (!rt.isAtUri(x6)) throw rt.invalid(p + '/blocking must be a valid at-uri')
  }
  const x7: unknown = o.blockingByList
  if (x7 !== undefined) {
    try {
      AppBskyGraphDefs.checkListViewBasic(x7, '')
    } catch (err) {
      throw rt.within(err, p + '/blockingByList')
    }
  }
  const x8: unknown = o.following
  if (x8 !== undefined) {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/following must be a string')
    if (!rt.isAtUri(x8)) throw rt.invalid(p + '/following must be a valid at-uri')
  }
  const x9: unknown = o.followedBy
  if (x9 !== undefined) {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/followedBy must be a string')
    if (!rt.isAtUri(x9)) throw rt.invalid(p + '/followedBy must be a valid at-uri')
  }
  const x10: unknown = o.knownFollowers
  if (x10 !== undefined) {
    try {
      checkKnownFollowers(x10, '')
    } catch (err) {
      throw rt.within(err, p + '/knownFollowers')
    }
  }
  const x11: unknown = o.activitySubscription
  if (x11 !== undefined) {
    try {
      AppBskyNotificationDefs.checkActivitySubscription(x11, '')
    } catch (err) {
      throw rt.within(err, p + '/activitySubscription')
    }
  }
  return o as unknown as ViewerState
}

/** Validates a value as ViewerState; a failure says where, e.g. "Object/field must be a string". */
export function validateViewerState(v: unknown): rt.ValidationResult<ViewerState> {
  return rt.run(checkViewerState, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ViewerState; it does not validate it. */
export function isViewerState<V>(v: V): v is V & rt.Typed<ViewerState, 'app.bsky.actor.defs#viewerState'> {
  return rt.hasType(v, 'app.bsky.actor.defs#viewerState')
}

/** The subject's followers whom you also follow */
export interface KnownFollowers {
  $type?: 'app.bsky.actor.defs#knownFollowers'
  count: number
  followers: ProfileViewBasic[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkKnownFollowers(v: unknown, p: string): KnownFollowers {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.count
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "count"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/count must be an integer')
  }
  const x2: unknown = o.followers
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "followers"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/followers must be an array')
    if (x2.length > 5) throw rt.invalid(p + '/followers must not have more than 5 elements')
    if (x2.length < 0) throw rt.invalid(p + '/followers must not have fewer than 0 elements')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        checkProfileViewBasic(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/followers' + '/' + i3)
      }
    }
  }
  return o as unknown as KnownFollowers
}

/** Validates a value as KnownFollowers; a failure says where, e.g. "Object/field must be a string". */
export function validateKnownFollowers(v: unknown): rt.ValidationResult<KnownFollowers> {
  return rt.run(checkKnownFollowers, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a KnownFollowers; it does not validate it. */
export function isKnownFollowers<V>(v: V): v is V & rt.Typed<KnownFollowers, 'app.bsky.actor.defs#knownFollowers'> {
  return rt.hasType(v, 'app.bsky.actor.defs#knownFollowers')
}

/** Represents the verification information about the user this object is attached to. */
export interface VerificationState {
  $type?: 'app.bsky.actor.defs#verificationState'
  /** All verifications issued by trusted verifiers on behalf of this user. Verifications by untrusted verifiers are not included. */
  verifications: VerificationView[]
  /** The user's status as a verified account. */
  verifiedStatus: 'valid' | 'invalid' | 'none' | (string & {})
  /** The user's status as a trusted verifier. */
  trustedVerifierStatus: 'valid' | 'invalid' | 'none' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkVerificationState(v: unknown, p: string): VerificationState {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.verifications
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "verifications"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/verifications must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      try {
        checkVerificationView(e2, '')
      } catch (err) {
        throw rt.within(err, p + '/verifications' + '/' + i2)
      }
    }
  }
  const x3: unknown = o.verifiedStatus
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "verifiedStatus"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/verifiedStatus must be a string')
  }
  const x4: unknown = o.trustedVerifierStatus
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "trustedVerifierStatus"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/trustedVerifierStatus must be a string')
  }
  return o as unknown as VerificationState
}

/** Validates a value as VerificationState; a failure says where, e.g. "Object/field must be a string". */
export function validateVerificationState(v: unknown): rt.ValidationResult<VerificationState> {
  return rt.run(checkVerificationState, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a VerificationState; it does not validate it. */
export function isVerificationState<V>(v: V): v is V & rt.Typed<VerificationState, 'app.bsky.actor.defs#verificationState'> {
  return rt.hasType(v, 'app.bsky.actor.defs#verificationState')
}

/** An individual verification for an associated subject. */
export interface VerificationView {
  $type?: 'app.bsky.actor.defs#verificationView'
  /** The user who issued this verification. */
  issuer: string
  /** The display name of the issuer. */
  issuerDisplayName?: string
  /** The handle of the issuer. */
  issuerHandle?: string
  /** The AT-URI of the verification record. */
  uri: string
  /** True if the verification passes validation, otherwise false. */
  isValid: boolean
  /** Timestamp when the verification was created. */
  createdAt: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkVerificationView(v: unknown, p: string): VerificationView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.issuer
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "issuer"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/issuer must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/issuer must be a valid did')
  }
  const x2: unknown = o.issuerDisplayName
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/issuerDisplayName must be a string')
  }
  const x3: unknown = o.issuerHandle
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/issuerHandle must be a string')
    if (!rt.isHandle(x3)) throw rt.invalid(p + '/issuerHandle must be a valid handle')
  }
  const x4: unknown = o.uri
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x4)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  const x5: unknown = o.isValid
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "isValid"')
  } else {
    if (typeof x5 !== 'boolean') throw rt.invalid(p + '/isValid must be a boolean')
  }
  const x6: unknown = o.createdAt
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x6)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as VerificationView
}

/** Validates a value as VerificationView; a failure says where, e.g. "Object/field must be a string". */
export function validateVerificationView(v: unknown): rt.ValidationResult<VerificationView> {
  return rt.run(checkVerificationView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a VerificationView; it does not validate it. */
export function isVerificationView<V>(v: V): v is V & rt.Typed<VerificationView, 'app.bsky.actor.defs#verificationView'> {
  return rt.hasType(v, 'app.bsky.actor.defs#verificationView')
}

export type Preferences = (rt.Typed<AdultContentPref, 'app.bsky.actor.defs#adultContentPref'> | rt.Typed<ContentLabelPref, 'app.bsky.actor.defs#contentLabelPref'> | rt.Typed<SavedFeedsPref, 'app.bsky.actor.defs#savedFeedsPref'> | rt.Typed<SavedFeedsPrefV2, 'app.bsky.actor.defs#savedFeedsPrefV2'> | rt.Typed<PersonalDetailsPref, 'app.bsky.actor.defs#personalDetailsPref'> | rt.Typed<DeclaredAgePref, 'app.bsky.actor.defs#declaredAgePref'> | rt.Typed<FeedViewPref, 'app.bsky.actor.defs#feedViewPref'> | rt.Typed<ThreadViewPref, 'app.bsky.actor.defs#threadViewPref'> | rt.Typed<InterestsPref, 'app.bsky.actor.defs#interestsPref'> | rt.Typed<MutedWordsPref, 'app.bsky.actor.defs#mutedWordsPref'> | rt.Typed<HiddenPostsPref, 'app.bsky.actor.defs#hiddenPostsPref'> | rt.Typed<BskyAppStatePref, 'app.bsky.actor.defs#bskyAppStatePref'> | rt.Typed<LabelersPref, 'app.bsky.actor.defs#labelersPref'> | rt.Typed<PostInteractionSettingsPref, 'app.bsky.actor.defs#postInteractionSettingsPref'> | rt.Typed<VerificationPrefs, 'app.bsky.actor.defs#verificationPrefs'> | rt.Typed<LiveEventPreferences, 'app.bsky.actor.defs#liveEventPreferences'> | rt.UnknownTyped)[]

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkPreferences(v: unknown, p: string): Preferences {
  if (!Array.isArray(v)) throw rt.invalid(p + ' must be an array')
  for (let i1 = 0; i1 < v.length; i1++) {
    let e1: unknown = v[i1]
    if (typeof e1 !== 'object' || e1 === null || typeof (e1 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/' + i1 + ' must be an object which includes the "$type" property')
    const t2 = (e1 as { $type: string }).$type
    switch (t2) {
      case 'app.bsky.actor.defs#adultContentPref':
        try {
          e1 = checkAdultContentPref(e1, '')
        } catch (err) {
          throw rt.within(err, p + '/' + i1)
        }
        break
      case 'app.bsky.actor.defs#contentLabelPref':
        try {
          checkContentLabelPref(e1, '')
        } catch (err) {
          throw rt.within(err, p + '/' + i1)
        }
        break
      case 'app.bsky.actor.defs#savedFeedsPref':
        try {
          checkSavedFeedsPref(e1, '')
        } catch (err) {
          throw rt.within(err, p + '/' + i1)
        }
        break
      case 'app.bsky.actor.defs#savedFeedsPrefV2':
        try {
          checkSavedFeedsPrefV2(e1, '')
        } catch (err) {
          throw rt.within(err, p + '/' + i1)
        }
        break
      case 'app.bsky.actor.defs#personalDetailsPref':
        try {
          checkPersonalDetailsPref(e1, '')
        } catch (err) {
          throw rt.within(err, p + '/' + i1)
        }
        break
      case 'app.bsky.actor.defs#declaredAgePref':
        try {
          checkDeclaredAgePref(e1, '')
        } catch (err) {
          throw rt.within(err, p + '/' + i1)
        }
        break
      case 'app.bsky.actor.defs#feedViewPref':
        try {
          e1 = checkFeedViewPref(e1, '')
        } catch (err) {
          throw rt.within(err, p + '/' + i1)
        }
        break
      case 'app.bsky.actor.defs#threadViewPref':
        try {
          checkThreadViewPref(e1, '')
        } catch (err) {
          throw rt.within(err, p + '/' + i1)
        }
        break
      case 'app.bsky.actor.defs#interestsPref':
        try {
          checkInterestsPref(e1, '')
        } catch (err) {
          throw rt.within(err, p + '/' + i1)
        }
        break
      case 'app.bsky.actor.defs#mutedWordsPref':
        try {
          checkMutedWordsPref(e1, '')
        } catch (err) {
          throw rt.within(err, p + '/' + i1)
        }
        break
      case 'app.bsky.actor.defs#hiddenPostsPref':
        try {
          checkHiddenPostsPref(e1, '')
        } catch (err) {
          throw rt.within(err, p + '/' + i1)
        }
        break
      case 'app.bsky.actor.defs#bskyAppStatePref':
        try {
          checkBskyAppStatePref(e1, '')
        } catch (err) {
          throw rt.within(err, p + '/' + i1)
        }
        break
      case 'app.bsky.actor.defs#labelersPref':
        try {
          checkLabelersPref(e1, '')
        } catch (err) {
          throw rt.within(err, p + '/' + i1)
        }
        break
      case 'app.bsky.actor.defs#postInteractionSettingsPref':
        try {
          checkPostInteractionSettingsPref(e1, '')
        } catch (err) {
          throw rt.within(err, p + '/' + i1)
        }
        break
      case 'app.bsky.actor.defs#verificationPrefs':
        try {
          e1 = checkVerificationPrefs(e1, '')
        } catch (err) {
          throw rt.within(err, p + '/' + i1)
        }
        break
      case 'app.bsky.actor.defs#liveEventPreferences':
        try {
          e1 = checkLiveEventPreferences(e1, '')
        } catch (err) {
          throw rt.within(err, p + '/' + i1)
        }
        break
      default:
        if (t2.charCodeAt(0) === 35 || t2.indexOf('#') !== t2.lastIndexOf('#')) throw rt.invalid(p + '/' + i1 + ' $type is not a valid type reference')
    }
  }
  return v as Preferences
}

/** Validates a value as Preferences; a failure says where, e.g. "Value/field must be a string". */
export function validatePreferences(v: unknown): rt.ValidationResult<Preferences> {
  return rt.run(checkPreferences, v, 'Value')
}

export interface AdultContentPref {
  $type?: 'app.bsky.actor.defs#adultContentPref'
  enabled: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkAdultContentPref(v: unknown, p: string): AdultContentPref {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.enabled
  if (x1 === undefined) {
    (r ??= { ...o })['enabled'] = false
  } else {
    if (typeof x1 !== 'boolean') throw rt.invalid(p + '/enabled must be a boolean')
  }
  return (r ?? o) as unknown as AdultContentPref
}

/** Validates a value as AdultContentPref; a failure says where, e.g. "Object/field must be a string". */
export function validateAdultContentPref(v: unknown): rt.ValidationResult<AdultContentPref> {
  return rt.run(checkAdultContentPref, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a AdultContentPref; it does not validate it. */
export function isAdultContentPref<V>(v: V): v is V & rt.Typed<AdultContentPref, 'app.bsky.actor.defs#adultContentPref'> {
  return rt.hasType(v, 'app.bsky.actor.defs#adultContentPref')
}

export interface ContentLabelPref {
  $type?: 'app.bsky.actor.defs#contentLabelPref'
  /** Which labeler does this preference apply to? If undefined, applies globally. */
  labelerDid?: string
  label: string
  visibility: 'ignore' | 'show' | 'warn' | 'hide' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkContentLabelPref(v: unknown, p: string): ContentLabelPref {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.labelerDid
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/labelerDid must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/labelerDid must be a valid did')
  }
  const x2: unknown = o.label
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "label"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/label must be a string')
  }
  const x3: unknown = o.visibility
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "visibility"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/visibility must be a string')
  }
  return o as unknown as ContentLabelPref
}

/** Validates a value as ContentLabelPref; a failure says where, e.g. "Object/field must be a string". */
export function validateContentLabelPref(v: unknown): rt.ValidationResult<ContentLabelPref> {
  return rt.run(checkContentLabelPref, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ContentLabelPref; it does not validate it. */
export function isContentLabelPref<V>(v: V): v is V & rt.Typed<ContentLabelPref, 'app.bsky.actor.defs#contentLabelPref'> {
  return rt.hasType(v, 'app.bsky.actor.defs#contentLabelPref')
}

export interface SavedFeed {
  $type?: 'app.bsky.actor.defs#savedFeed'
  id: string
  type: 'feed' | 'list' | 'timeline' | (string & {})
  value: string
  pinned: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSavedFeed(v: unknown, p: string): SavedFeed {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.id
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "id"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/id must be a string')
  }
  const x2: unknown = o.type
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "type"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/type must be a string')
  }
  const x3: unknown = o.value
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "value"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/value must be a string')
  }
  const x4: unknown = o.pinned
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "pinned"')
  } else {
    if (typeof x4 !== 'boolean') throw rt.invalid(p + '/pinned must be a boolean')
  }
  return o as unknown as SavedFeed
}

/** Validates a value as SavedFeed; a failure says where, e.g. "Object/field must be a string". */
export function validateSavedFeed(v: unknown): rt.ValidationResult<SavedFeed> {
  return rt.run(checkSavedFeed, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SavedFeed; it does not validate it. */
export function isSavedFeed<V>(v: V): v is V & rt.Typed<SavedFeed, 'app.bsky.actor.defs#savedFeed'> {
  return rt.hasType(v, 'app.bsky.actor.defs#savedFeed')
}

export interface SavedFeedsPrefV2 {
  $type?: 'app.bsky.actor.defs#savedFeedsPrefV2'
  items: SavedFeed[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSavedFeedsPrefV2(v: unknown, p: string): SavedFeedsPrefV2 {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.items
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "items"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/items must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      try {
        checkSavedFeed(e2, '')
      } catch (err) {
        throw rt.within(err, p + '/items' + '/' + i2)
      }
    }
  }
  return o as unknown as SavedFeedsPrefV2
}

/** Validates a value as SavedFeedsPrefV2; a failure says where, e.g. "Object/field must be a string". */
export function validateSavedFeedsPrefV2(v: unknown): rt.ValidationResult<SavedFeedsPrefV2> {
  return rt.run(checkSavedFeedsPrefV2, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SavedFeedsPrefV2; it does not validate it. */
export function isSavedFeedsPrefV2<V>(v: V): v is V & rt.Typed<SavedFeedsPrefV2, 'app.bsky.actor.defs#savedFeedsPrefV2'> {
  return rt.hasType(v, 'app.bsky.actor.defs#savedFeedsPrefV2')
}

export interface SavedFeedsPref {
  $type?: 'app.bsky.actor.defs#savedFeedsPref'
  pinned: string[]
  saved: string[]
  timelineIndex?: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSavedFeedsPref(v: unknown, p: string): SavedFeedsPref {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.pinned
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "pinned"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/pinned must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      if (typeof e2 !== 'string') throw rt.invalid(p + '/pinned' + '/' + i2 + ' must be a string')
      if (!rt.isAtUri(e2)) throw rt.invalid(p + '/pinned' + '/' + i2 + ' must be a valid at-uri')
    }
  }
  const x3: unknown = o.saved
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "saved"')
  } else {
    if (!Array.isArray(x3)) throw rt.invalid(p + '/saved must be an array')
    for (let i4 = 0; i4 < x3.length; i4++) {
      const e4: unknown = x3[i4]
      if (typeof e4 !== 'string') throw rt.invalid(p + '/saved' + '/' + i4 + ' must be a string')
      if (!rt.isAtUri(e4)) throw rt.invalid(p + '/saved' + '/' + i4 + ' must be a valid at-uri')
    }
  }
  const x5: unknown = o.timelineIndex
  if (x5 !== undefined) {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/timelineIndex must be an integer')
  }
  return o as unknown as SavedFeedsPref
}

/** Validates a value as SavedFeedsPref; a failure says where, e.g. "Object/field must be a string". */
export function validateSavedFeedsPref(v: unknown): rt.ValidationResult<SavedFeedsPref> {
  return rt.run(checkSavedFeedsPref, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SavedFeedsPref; it does not validate it. */
export function isSavedFeedsPref<V>(v: V): v is V & rt.Typed<SavedFeedsPref, 'app.bsky.actor.defs#savedFeedsPref'> {
  return rt.hasType(v, 'app.bsky.actor.defs#savedFeedsPref')
}

export interface PersonalDetailsPref {
  $type?: 'app.bsky.actor.defs#personalDetailsPref'
  /** The birth date of account owner. */
  birthDate?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkPersonalDetailsPref(v: unknown, p: string): PersonalDetailsPref {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.birthDate
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/birthDate must be a string')
    if (!rt.isDatetime(x1)) throw rt.invalid(p + '/birthDate must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as PersonalDetailsPref
}

/** Validates a value as PersonalDetailsPref; a failure says where, e.g. "Object/field must be a string". */
export function validatePersonalDetailsPref(v: unknown): rt.ValidationResult<PersonalDetailsPref> {
  return rt.run(checkPersonalDetailsPref, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a PersonalDetailsPref; it does not validate it. */
export function isPersonalDetailsPref<V>(v: V): v is V & rt.Typed<PersonalDetailsPref, 'app.bsky.actor.defs#personalDetailsPref'> {
  return rt.hasType(v, 'app.bsky.actor.defs#personalDetailsPref')
}

/** Read-only preference containing value(s) inferred from the user's declared birthdate. Absence of this preference object in the response indicates that the user has not made a declaration. */
export interface DeclaredAgePref {
  $type?: 'app.bsky.actor.defs#declaredAgePref'
  /** Indicates if the user has declared that they are over 13 years of age. */
  isOverAge13?: boolean
  /** Indicates if the user has declared that they are over 16 years of age. */
  isOverAge16?: boolean
  /** Indicates if the user has declared that they are over 18 years of age. */
  isOverAge18?: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkDeclaredAgePref(v: unknown, p: string): DeclaredAgePref {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.isOverAge13
  if (x1 !== undefined) {
    if (typeof x1 !== 'boolean') throw rt.invalid(p + '/isOverAge13 must be a boolean')
  }
  const x2: unknown = o.isOverAge16
  if (x2 !== undefined) {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/isOverAge16 must be a boolean')
  }
  const x3: unknown = o.isOverAge18
  if (x3 !== undefined) {
    if (typeof x3 !== 'boolean') throw rt.invalid(p + '/isOverAge18 must be a boolean')
  }
  return o as unknown as DeclaredAgePref
}

/** Validates a value as DeclaredAgePref; a failure says where, e.g. "Object/field must be a string". */
export function validateDeclaredAgePref(v: unknown): rt.ValidationResult<DeclaredAgePref> {
  return rt.run(checkDeclaredAgePref, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a DeclaredAgePref; it does not validate it. */
export function isDeclaredAgePref<V>(v: V): v is V & rt.Typed<DeclaredAgePref, 'app.bsky.actor.defs#declaredAgePref'> {
  return rt.hasType(v, 'app.bsky.actor.defs#declaredAgePref')
}

export interface FeedViewPref {
  $type?: 'app.bsky.actor.defs#feedViewPref'
  /** The URI of the feed, or an identifier which describes the feed. */
  feed: string
  /** Hide replies in the feed. */
  hideReplies?: boolean
  /** Hide replies in the feed if they are not by followed users. */
  hideRepliesByUnfollowed?: boolean
  /** Hide replies in the feed if they do not have this number of likes. */
  hideRepliesByLikeCount?: number
  /** Hide reposts in the feed. */
  hideReposts?: boolean
  /** Hide quote posts in the feed. */
  hideQuotePosts?: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkFeedViewPref(v: unknown, p: string): FeedViewPref {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.feed
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "feed"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/feed must be a string')
  }
  const x2: unknown = o.hideReplies
  if (x2 !== undefined) {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/hideReplies must be a boolean')
  }
  const x3: unknown = o.hideRepliesByUnfollowed
  if (x3 === undefined) {
    (r ??= { ...o })['hideRepliesByUnfollowed'] = true
  } else {
    if (typeof x3 !== 'boolean') throw rt.invalid(p + '/hideRepliesByUnfollowed must be a boolean')
  }
  const x4: unknown = o.hideRepliesByLikeCount
  if (x4 !== undefined) {
    if (!Number.isInteger(x4)) throw rt.invalid(p + '/hideRepliesByLikeCount must be an integer')
  }
  const x5: unknown = o.hideReposts
  if (x5 !== undefined) {
    if (typeof x5 !== 'boolean') throw rt.invalid(p + '/hideReposts must be a boolean')
  }
  const x6: unknown = o.hideQuotePosts
  if (x6 !== undefined) {
    if (typeof x6 !== 'boolean') throw rt.invalid(p + '/hideQuotePosts must be a boolean')
  }
  return (r ?? o) as unknown as FeedViewPref
}

/** Validates a value as FeedViewPref; a failure says where, e.g. "Object/field must be a string". */
export function validateFeedViewPref(v: unknown): rt.ValidationResult<FeedViewPref> {
  return rt.run(checkFeedViewPref, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a FeedViewPref; it does not validate it. */
export function isFeedViewPref<V>(v: V): v is V & rt.Typed<FeedViewPref, 'app.bsky.actor.defs#feedViewPref'> {
  return rt.hasType(v, 'app.bsky.actor.defs#feedViewPref')
}

export interface ThreadViewPref {
  $type?: 'app.bsky.actor.defs#threadViewPref'
  /** Sorting mode for threads. */
  sort?: 'oldest' | 'newest' | 'most-likes' | 'random' | 'hotness' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkThreadViewPref(v: unknown, p: string): ThreadViewPref {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.sort
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/sort must be a string')
  }
  return o as unknown as ThreadViewPref
}

/** Validates a value as ThreadViewPref; a failure says where, e.g. "Object/field must be a string". */
export function validateThreadViewPref(v: unknown): rt.ValidationResult<ThreadViewPref> {
  return rt.run(checkThreadViewPref, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ThreadViewPref; it does not validate it. */
export function isThreadViewPref<V>(v: V): v is V & rt.Typed<ThreadViewPref, 'app.bsky.actor.defs#threadViewPref'> {
  return rt.hasType(v, 'app.bsky.actor.defs#threadViewPref')
}

export interface InterestsPref {
  $type?: 'app.bsky.actor.defs#interestsPref'
  /** The timestamp when the account owner last updated their interests. */
  updatedAt?: string
  /** A list of tags which describe the account owner's interests gathered during onboarding. */
  tags: string[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInterestsPref(v: unknown, p: string): InterestsPref {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.updatedAt
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/updatedAt must be a string')
    if (!rt.isDatetime(x1)) throw rt.invalid(p + '/updatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x2: unknown = o.tags
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "tags"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/tags must be an array')
    if (x2.length > 100) throw rt.invalid(p + '/tags must not have more than 100 elements')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      if (typeof e3 !== 'string') throw rt.invalid(p + '/tags' + '/' + i3 + ' must be a string')
      if (e3.length * 3 > 640 && rt.utf8Len(e3) > 640) throw rt.invalid(p + '/tags' + '/' + i3 + ' must not be longer than 640 characters')
      if (e3.length > 64 && rt.graphemeLen(e3) > 64) throw rt.invalid(p + '/tags' + '/' + i3 + ' must not be longer than 64 graphemes')
    }
  }
  return o as unknown as InterestsPref
}

/** Validates a value as InterestsPref; a failure says where, e.g. "Object/field must be a string". */
export function validateInterestsPref(v: unknown): rt.ValidationResult<InterestsPref> {
  return rt.run(checkInterestsPref, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a InterestsPref; it does not validate it. */
export function isInterestsPref<V>(v: V): v is V & rt.Typed<InterestsPref, 'app.bsky.actor.defs#interestsPref'> {
  return rt.hasType(v, 'app.bsky.actor.defs#interestsPref')
}

export type MutedWordTarget = 'content' | 'tag' | (string & {})

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMutedWordTarget(v: unknown, p: string): MutedWordTarget {
  if (typeof v !== 'string') throw rt.invalid(p + ' must be a string')
  if (v.length * 3 > 640 && rt.utf8Len(v) > 640) throw rt.invalid(p + ' must not be longer than 640 characters')
  if (v.length > 64 && rt.graphemeLen(v) > 64) throw rt.invalid(p + ' must not be longer than 64 graphemes')
  return v as MutedWordTarget
}

/** Validates a value as MutedWordTarget; a failure says where, e.g. "Value/field must be a string". */
export function validateMutedWordTarget(v: unknown): rt.ValidationResult<MutedWordTarget> {
  return rt.run(checkMutedWordTarget, v, 'Value')
}

/** A word that the account owner has muted. */
export interface MutedWord {
  $type?: 'app.bsky.actor.defs#mutedWord'
  id?: string
  /** The muted word itself. */
  value: string
  /** The intended targets of the muted word. */
  targets: MutedWordTarget[]
  /** Groups of users to apply the muted word to. If undefined, applies to all users. */
  actorTarget?: 'all' | 'exclude-following' | (string & {})
  /** The date and time at which the muted word will expire and no longer be applied. */
  expiresAt?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMutedWord(v: unknown, p: string): MutedWord {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.id
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/id must be a string')
  }
  const x2: unknown = o.value
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "value"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/value must be a string')
    if (x2.length * 3 > 10000 && rt.utf8Len(x2) > 10000) throw rt.invalid(p + '/value must not be longer than 10000 characters')
    if (x2.length > 1000 && rt.graphemeLen(x2) > 1000) throw rt.invalid(p + '/value must not be longer than 1000 graphemes')
  }
  const x3: unknown = o.targets
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "targets"')
  } else {
    if (!Array.isArray(x3)) throw rt.invalid(p + '/targets must be an array')
    for (let i4 = 0; i4 < x3.length; i4++) {
      const e4: unknown = x3[i4]
      try {
        checkMutedWordTarget(e4, '')
      } catch (err) {
        throw rt.within(err, p + '/targets' + '/' + i4)
      }
    }
  }
  const x5: unknown = o.actorTarget
  if (x5 === undefined) {
    (r ??= { ...o })['actorTarget'] = "all"
  } else {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/actorTarget must be a string')
  }
  const x6: unknown = o.expiresAt
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/expiresAt must be a string')
    if (!rt.isDatetime(x6)) throw rt.invalid(p + '/expiresAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return (r ?? o) as unknown as MutedWord
}

/** Validates a value as MutedWord; a failure says where, e.g. "Object/field must be a string". */
export function validateMutedWord(v: unknown): rt.ValidationResult<MutedWord> {
  return rt.run(checkMutedWord, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a MutedWord; it does not validate it. */
export function isMutedWord<V>(v: V): v is V & rt.Typed<MutedWord, 'app.bsky.actor.defs#mutedWord'> {
  return rt.hasType(v, 'app.bsky.actor.defs#mutedWord')
}

export interface MutedWordsPref {
  $type?: 'app.bsky.actor.defs#mutedWordsPref'
  /** A list of words the account owner has muted. */
  items: MutedWord[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMutedWordsPref(v: unknown, p: string): MutedWordsPref {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.items
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "items"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/items must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      let e2: unknown = x1[i2]
      try {
        e2 = checkMutedWord(e2, '')
      } catch (err) {
        throw rt.within(err, p + '/items' + '/' + i2)
      }
    }
  }
  return o as unknown as MutedWordsPref
}

/** Validates a value as MutedWordsPref; a failure says where, e.g. "Object/field must be a string". */
export function validateMutedWordsPref(v: unknown): rt.ValidationResult<MutedWordsPref> {
  return rt.run(checkMutedWordsPref, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a MutedWordsPref; it does not validate it. */
export function isMutedWordsPref<V>(v: V): v is V & rt.Typed<MutedWordsPref, 'app.bsky.actor.defs#mutedWordsPref'> {
  return rt.hasType(v, 'app.bsky.actor.defs#mutedWordsPref')
}

export interface HiddenPostsPref {
  $type?: 'app.bsky.actor.defs#hiddenPostsPref'
  /** A list of URIs of posts the account owner has hidden. */
  items: string[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkHiddenPostsPref(v: unknown, p: string): HiddenPostsPref {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.items
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "items"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/items must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      if (typeof e2 !== 'string') throw rt.invalid(p + '/items' + '/' + i2 + ' must be a string')
      if (!rt.isAtUri(e2)) throw rt.invalid(p + '/items' + '/' + i2 + ' must be a valid at-uri')
    }
  }
  return o as unknown as HiddenPostsPref
}

/** Validates a value as HiddenPostsPref; a failure says where, e.g. "Object/field must be a string". */
export function validateHiddenPostsPref(v: unknown): rt.ValidationResult<HiddenPostsPref> {
  return rt.run(checkHiddenPostsPref, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a HiddenPostsPref; it does not validate it. */
export function isHiddenPostsPref<V>(v: V): v is V & rt.Typed<HiddenPostsPref, 'app.bsky.actor.defs#hiddenPostsPref'> {
  return rt.hasType(v, 'app.bsky.actor.defs#hiddenPostsPref')
}

export interface LabelersPref {
  $type?: 'app.bsky.actor.defs#labelersPref'
  labelers: LabelerPrefItem[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLabelersPref(v: unknown, p: string): LabelersPref {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.labelers
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "labelers"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/labelers must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      try {
        checkLabelerPrefItem(e2, '')
      } catch (err) {
        throw rt.within(err, p + '/labelers' + '/' + i2)
      }
    }
  }
  return o as unknown as LabelersPref
}

/** Validates a value as LabelersPref; a failure says where, e.g. "Object/field must be a string". */
export function validateLabelersPref(v: unknown): rt.ValidationResult<LabelersPref> {
  return rt.run(checkLabelersPref, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LabelersPref; it does not validate it. */
export function isLabelersPref<V>(v: V): v is V & rt.Typed<LabelersPref, 'app.bsky.actor.defs#labelersPref'> {
  return rt.hasType(v, 'app.bsky.actor.defs#labelersPref')
}

export interface LabelerPrefItem {
  $type?: 'app.bsky.actor.defs#labelerPrefItem'
  did: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLabelerPrefItem(v: unknown, p: string): LabelerPrefItem {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  return o as unknown as LabelerPrefItem
}

/** Validates a value as LabelerPrefItem; a failure says where, e.g. "Object/field must be a string". */
export function validateLabelerPrefItem(v: unknown): rt.ValidationResult<LabelerPrefItem> {
  return rt.run(checkLabelerPrefItem, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LabelerPrefItem; it does not validate it. */
export function isLabelerPrefItem<V>(v: V): v is V & rt.Typed<LabelerPrefItem, 'app.bsky.actor.defs#labelerPrefItem'> {
  return rt.hasType(v, 'app.bsky.actor.defs#labelerPrefItem')
}

/** A grab bag of state that's specific to the bsky.app program. Third-party apps shouldn't use this. */
export interface BskyAppStatePref {
  $type?: 'app.bsky.actor.defs#bskyAppStatePref'
  activeProgressGuide?: BskyAppProgressGuide
  /** Indicates if the user is participating in the beta features program. */
  isBetaUser?: boolean
  /** An array of tokens which identify nudges (modals, popups, tours, highlight dots) that should be shown to the user. */
  queuedNudges?: string[]
  /** Storage for NUXs the user has encountered. */
  nuxs?: Nux[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkBskyAppStatePref(v: unknown, p: string): BskyAppStatePref {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.activeProgressGuide
  if (x1 !== undefined) {
    try {
      checkBskyAppProgressGuide(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/activeProgressGuide')
    }
  }
  const x2: unknown = o.isBetaUser
  if (x2 !== undefined) {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/isBetaUser must be a boolean')
  }
  const x3: unknown = o.queuedNudges
  if (x3 !== undefined) {
    if (!Array.isArray(x3)) throw rt.invalid(p + '/queuedNudges must be an array')
    if (x3.length > 1000) throw rt.invalid(p + '/queuedNudges must not have more than 1000 elements')
    for (let i4 = 0; i4 < x3.length; i4++) {
      const e4: unknown = x3[i4]
      if (typeof e4 !== 'string') throw rt.invalid(p + '/queuedNudges' + '/' + i4 + ' must be a string')
      if (e4.length * 3 > 100 && rt.utf8Len(e4) > 100) throw rt.invalid(p + '/queuedNudges' + '/' + i4 + ' must not be longer than 100 characters')
    }
  }
  const x5: unknown = o.nuxs
  if (x5 !== undefined) {
    if (!Array.isArray(x5)) throw rt.invalid(p + '/nuxs must be an array')
    if (x5.length > 100) throw rt.invalid(p + '/nuxs must not have more than 100 elements')
    for (let i6 = 0; i6 < x5.length; i6++) {
      let e6: unknown = x5[i6]
      try {
        e6 = checkNux(e6, '')
      } catch (err) {
        throw rt.within(err, p + '/nuxs' + '/' + i6)
      }
    }
  }
  return o as unknown as BskyAppStatePref
}

/** Validates a value as BskyAppStatePref; a failure says where, e.g. "Object/field must be a string". */
export function validateBskyAppStatePref(v: unknown): rt.ValidationResult<BskyAppStatePref> {
  return rt.run(checkBskyAppStatePref, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a BskyAppStatePref; it does not validate it. */
export function isBskyAppStatePref<V>(v: V): v is V & rt.Typed<BskyAppStatePref, 'app.bsky.actor.defs#bskyAppStatePref'> {
  return rt.hasType(v, 'app.bsky.actor.defs#bskyAppStatePref')
}

/** If set, an active progress guide. Once completed, can be set to undefined. Should have unspecced fields tracking progress. */
export interface BskyAppProgressGuide {
  $type?: 'app.bsky.actor.defs#bskyAppProgressGuide'
  guide: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkBskyAppProgressGuide(v: unknown, p: string): BskyAppProgressGuide {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.guide
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "guide"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/guide must be a string')
    if (x1.length * 3 > 100 && rt.utf8Len(x1) > 100) throw rt.invalid(p + '/guide must not be longer than 100 characters')
  }
  return o as unknown as BskyAppProgressGuide
}

/** Validates a value as BskyAppProgressGuide; a failure says where, e.g. "Object/field must be a string". */
export function validateBskyAppProgressGuide(v: unknown): rt.ValidationResult<BskyAppProgressGuide> {
  return rt.run(checkBskyAppProgressGuide, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a BskyAppProgressGuide; it does not validate it. */
export function isBskyAppProgressGuide<V>(v: V): v is V & rt.Typed<BskyAppProgressGuide, 'app.bsky.actor.defs#bskyAppProgressGuide'> {
  return rt.hasType(v, 'app.bsky.actor.defs#bskyAppProgressGuide')
}

/** A new user experiences (NUX) storage object */
export interface Nux {
  $type?: 'app.bsky.actor.defs#nux'
  id: string
  completed: boolean
  /** Arbitrary data for the NUX. The structure is defined by the NUX itself. Limited to 300 characters. */
  data?: string
  /** The date and time at which the NUX will expire and should be considered completed. */
  expiresAt?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkNux(v: unknown, p: string): Nux {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.id
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "id"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/id must be a string')
    if (x1.length * 3 > 100 && rt.utf8Len(x1) > 100) throw rt.invalid(p + '/id must not be longer than 100 characters')
  }
  const x2: unknown = o.completed
  if (x2 === undefined) {
    (r ??= { ...o })['completed'] = false
  } else {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/completed must be a boolean')
  }
  const x3: unknown = o.data
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/data must be a string')
    if (x3.length * 3 > 3000 && rt.utf8Len(x3) > 3000) throw rt.invalid(p + '/data must not be longer than 3000 characters')
    if (x3.length > 300 && rt.graphemeLen(x3) > 300) throw rt.invalid(p + '/data must not be longer than 300 graphemes')
  }
  const x4: unknown = o.expiresAt
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/expiresAt must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/expiresAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return (r ?? o) as unknown as Nux
}

/** Validates a value as Nux; a failure says where, e.g. "Object/field must be a string". */
export function validateNux(v: unknown): rt.ValidationResult<Nux> {
  return rt.run(checkNux, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Nux; it does not validate it. */
export function isNux<V>(v: V): v is V & rt.Typed<Nux, 'app.bsky.actor.defs#nux'> {
  return rt.hasType(v, 'app.bsky.actor.defs#nux')
}

/** Preferences for how verified accounts appear in the app. */
export interface VerificationPrefs {
  $type?: 'app.bsky.actor.defs#verificationPrefs'
  /** Hide the blue check badges for verified accounts and trusted verifiers. */
  hideBadges?: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkVerificationPrefs(v: unknown, p: string): VerificationPrefs {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.hideBadges
  if (x1 === undefined) {
    (r ??= { ...o })['hideBadges'] = false
  } else {
    if (typeof x1 !== 'boolean') throw rt.invalid(p + '/hideBadges must be a boolean')
  }
  return (r ?? o) as unknown as VerificationPrefs
}

/** Validates a value as VerificationPrefs; a failure says where, e.g. "Object/field must be a string". */
export function validateVerificationPrefs(v: unknown): rt.ValidationResult<VerificationPrefs> {
  return rt.run(checkVerificationPrefs, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a VerificationPrefs; it does not validate it. */
export function isVerificationPrefs<V>(v: V): v is V & rt.Typed<VerificationPrefs, 'app.bsky.actor.defs#verificationPrefs'> {
  return rt.hasType(v, 'app.bsky.actor.defs#verificationPrefs')
}

/** Preferences for live events. */
export interface LiveEventPreferences {
  $type?: 'app.bsky.actor.defs#liveEventPreferences'
  /** A list of feed IDs that the user has hidden from live events. */
  hiddenFeedIds?: string[]
  /** Whether to hide all feeds from live events. */
  hideAllFeeds?: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLiveEventPreferences(v: unknown, p: string): LiveEventPreferences {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.hiddenFeedIds
  if (x1 !== undefined) {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/hiddenFeedIds must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      if (typeof e2 !== 'string') throw rt.invalid(p + '/hiddenFeedIds' + '/' + i2 + ' must be a string')
    }
  }
  const x3: unknown = o.hideAllFeeds
  if (x3 === undefined) {
    (r ??= { ...o })['hideAllFeeds'] = false
  } else {
    if (typeof x3 !== 'boolean') throw rt.invalid(p + '/hideAllFeeds must be a boolean')
  }
  return (r ?? o) as unknown as LiveEventPreferences
}

/** Validates a value as LiveEventPreferences; a failure says where, e.g. "Object/field must be a string". */
export function validateLiveEventPreferences(v: unknown): rt.ValidationResult<LiveEventPreferences> {
  return rt.run(checkLiveEventPreferences, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LiveEventPreferences; it does not validate it. */
export function isLiveEventPreferences<V>(v: V): v is V & rt.Typed<LiveEventPreferences, 'app.bsky.actor.defs#liveEventPreferences'> {
  return rt.hasType(v, 'app.bsky.actor.defs#liveEventPreferences')
}

/** Default post interaction settings for the account. These values should be applied as default values when creating new posts. These refs should mirror the threadgate and postgate records exactly. */
export interface PostInteractionSettingsPref {
  $type?: 'app.bsky.actor.defs#postInteractionSettingsPref'
  /** Matches threadgate record. List of rules defining who can reply to this users posts. If value is an empty array, no one can reply. If value is undefined, anyone can reply. */
  threadgateAllowRules?: (rt.Typed<AppBskyFeedThreadgate.MentionRule, 'app.bsky.feed.threadgate#mentionRule'> | rt.Typed<AppBskyFeedThreadgate.FollowerRule, 'app.bsky.feed.threadgate#followerRule'> | rt.Typed<AppBskyFeedThreadgate.FollowingRule, 'app.bsky.feed.threadgate#followingRule'> | rt.Typed<AppBskyFeedThreadgate.ListRule, 'app.bsky.feed.threadgate#listRule'> | rt.UnknownTyped)[]
  /** Matches postgate record. List of rules defining who can embed this users posts. If value is an empty array or is undefined, no particular rules apply and anyone can embed. */
  postgateEmbeddingRules?: (rt.Typed<AppBskyFeedPostgate.DisableRule, 'app.bsky.feed.postgate#disableRule'> | rt.UnknownTyped)[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkPostInteractionSettingsPref(v: unknown, p: string): PostInteractionSettingsPref {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.threadgateAllowRules
  if (x1 !== undefined) {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/threadgateAllowRules must be an array')
    if (x1.length > 5) throw rt.invalid(p + '/threadgateAllowRules must not have more than 5 elements')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      if (typeof e2 !== 'object' || e2 === null || typeof (e2 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/threadgateAllowRules' + '/' + i2 + ' must be an object which includes the "$type" property')
      const t3 = (e2 as { $type: string }).$type
      switch (t3) {
        case 'app.bsky.feed.threadgate#mentionRule':
          try {
            AppBskyFeedThreadgate.checkMentionRule(e2, '')
          } catch (err) {
            throw rt.within(err, p + '/threadgateAllowRules' + '/' + i2)
          }
          break
        case 'app.bsky.feed.threadgate#followerRule':
          try {
            AppBskyFeedThreadgate.checkFollowerRule(e2, '')
          } catch (err) {
            throw rt.within(err, p + '/threadgateAllowRules' + '/' + i2)
          }
          break
        case 'app.bsky.feed.threadgate#followingRule':
          try {
            AppBskyFeedThreadgate.checkFollowingRule(e2, '')
          } catch (err) {
            throw rt.within(err, p + '/threadgateAllowRules' + '/' + i2)
          }
          break
        case 'app.bsky.feed.threadgate#listRule':
          try {
            AppBskyFeedThreadgate.checkListRule(e2, '')
          } catch (err) {
            throw rt.within(err, p + '/threadgateAllowRules' + '/' + i2)
          }
          break
        default:
          if (t3.charCodeAt(0) === 35 || t3.indexOf('#') !== t3.lastIndexOf('#')) throw rt.invalid(p + '/threadgateAllowRules' + '/' + i2 + ' $type is not a valid type reference')
      }
    }
  }
  const x4: unknown = o.postgateEmbeddingRules
  if (x4 !== undefined) {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/postgateEmbeddingRules must be an array')
    if (x4.length > 5) throw rt.invalid(p + '/postgateEmbeddingRules must not have more than 5 elements')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      if (typeof e5 !== 'object' || e5 === null || typeof (e5 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/postgateEmbeddingRules' + '/' + i5 + ' must be an object which includes the "$type" property')
      const t6 = (e5 as { $type: string }).$type
      switch (t6) {
        case 'app.bsky.feed.postgate#disableRule':
          try {
            AppBskyFeedPostgate.checkDisableRule(e5, '')
          } catch (err) {
            throw rt.within(err, p + '/postgateEmbeddingRules' + '/' + i5)
          }
          break
        default:
          if (t6.charCodeAt(0) === 35 || t6.indexOf('#') !== t6.lastIndexOf('#')) throw rt.invalid(p + '/postgateEmbeddingRules' + '/' + i5 + ' $type is not a valid type reference')
      }
    }
  }
  return o as unknown as PostInteractionSettingsPref
}

/** Validates a value as PostInteractionSettingsPref; a failure says where, e.g. "Object/field must be a string". */
export function validatePostInteractionSettingsPref(v: unknown): rt.ValidationResult<PostInteractionSettingsPref> {
  return rt.run(checkPostInteractionSettingsPref, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a PostInteractionSettingsPref; it does not validate it. */
export function isPostInteractionSettingsPref<V>(v: V): v is V & rt.Typed<PostInteractionSettingsPref, 'app.bsky.actor.defs#postInteractionSettingsPref'> {
  return rt.hasType(v, 'app.bsky.actor.defs#postInteractionSettingsPref')
}

export interface StatusView {
  $type?: 'app.bsky.actor.defs#statusView'
  uri?: string
  cid?: string
  /** The status for the account. */
  status: 'app.bsky.actor.status#live' | (string & {})
  record: { [key: string]: unknown }
  /** An optional embed associated with the status. */
  embed?: rt.Typed<AppBskyEmbedExternal.View, 'app.bsky.embed.external#view'> | rt.UnknownTyped
  labels?: ComAtprotoLabelDefs.Label[]
  /** The date when this status will expire. The application might choose to no longer return the status after expiration. */
  expiresAt?: string
  /** True if the status is not expired, false if it is expired. Only present if expiration was set. */
  isActive?: boolean
  /** True if the user's go-live access has been disabled by a moderator, false otherwise. */
  isDisabled?: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkStatusView(v: unknown, p: string): StatusView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  const x2: unknown = o.cid
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/cid must be a string')
    if (!rt.isCid(x2)) throw rt.invalid(p + '/cid must be a cid string')
  }
  const x3: unknown = o.status
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "status"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/status must be a string')
  }
  const x4: unknown = o.record
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "record"')
  } else {
    if (!rt.isPlainObject(x4)) throw rt.invalid(p + '/record must be an object')
  }
  const x5: unknown = o.embed
  if (x5 !== undefined) {
    if (typeof x5 !== 'object' || x5 === null || typeof (x5 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/embed must be an object which includes the "$type" property')
    const t6 = (x5 as { $type: string }).$type
    switch (t6) {
      case 'app.bsky.embed.external#view':
        try {
          AppBskyEmbedExternal.checkView(x5, '')
        } catch (err) {
          throw rt.within(err, p + '/embed')
        }
        break
      default:
        if (t6.charCodeAt(0) === 35 || t6.indexOf('#') !== t6.lastIndexOf('#')) throw rt.invalid(p + '/embed $type is not a valid type reference')
    }
  }
  const x7: unknown = o.labels
  if (x7 !== undefined) {
    if (!Array.isArray(x7)) throw rt.invalid(p + '/labels must be an array')
    for (let i8 = 0; i8 < x7.length; i8++) {
      const e8: unknown = x7[i8]
      try {
        ComAtprotoLabelDefs.checkLabel(e8, '')
      } catch (err) {
        throw rt.within(err, p + '/labels' + '/' + i8)
      }
    }
  }
  const x9: unknown = o.expiresAt
  if (x9 !== undefined) {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/expiresAt must be a string')
    if (!rt.isDatetime(x9)) throw rt.invalid(p + '/expiresAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x10: unknown = o.isActive
  if (x10 !== undefined) {
    if (typeof x10 !== 'boolean') throw rt.invalid(p + '/isActive must be a boolean')
  }
  const x11: unknown = o.isDisabled
  if (x11 !== undefined) {
    if (typeof x11 !== 'boolean') throw rt.invalid(p + '/isDisabled must be a boolean')
  }
  return o as unknown as StatusView
}

/** Validates a value as StatusView; a failure says where, e.g. "Object/field must be a string". */
export function validateStatusView(v: unknown): rt.ValidationResult<StatusView> {
  return rt.run(checkStatusView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a StatusView; it does not validate it. */
export function isStatusView<V>(v: V): v is V & rt.Typed<StatusView, 'app.bsky.actor.defs#statusView'> {
  return rt.hasType(v, 'app.bsky.actor.defs#statusView')
}
