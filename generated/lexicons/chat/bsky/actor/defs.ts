/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/actor/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyActorDefs from '../../../app/bsky/actor/defs.js'
import * as ComAtprotoLabelDefs from '../../../com/atproto/label/defs.js'

export const id = 'chat.bsky.actor.defs'

export type MemberRole = 'owner' | 'standard' | (string & {})

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMemberRole(v: unknown, p: string): MemberRole {
  if (typeof v !== 'string') throw rt.invalid(p + ' must be a string')
  return v as MemberRole
}

/** Validates a value as MemberRole; a failure says where, e.g. "Value/field must be a string". */
export function validateMemberRole(v: unknown): rt.ValidationResult<MemberRole> {
  return rt.run(checkMemberRole, v, 'Value')
}

export interface ProfileViewBasic {
  $type?: 'chat.bsky.actor.defs#profileViewBasic'
  did: string
  handle: string
  displayName?: string
  avatar?: string
  associated?: AppBskyActorDefs.ProfileAssociated
  viewer?: AppBskyActorDefs.ViewerState
  labels?: ComAtprotoLabelDefs.Label[]
  createdAt?: string
  /** Set to true when the actor cannot actively participate in conversations */
  chatDisabled?: boolean
  verification?: AppBskyActorDefs.VerificationState
  /** Union field that has data specific to different kinds of convos. */
  kind?: rt.Typed<DirectConvoMember, 'chat.bsky.actor.defs#directConvoMember'> | rt.Typed<GroupConvoMember, 'chat.bsky.actor.defs#groupConvoMember'> | rt.Typed<PastGroupConvoMember, 'chat.bsky.actor.defs#pastGroupConvoMember'> | rt.UnknownTyped
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
  const x4: unknown = o.avatar
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/avatar must be a string')
    if (!rt.isUri(x4)) throw rt.invalid(p + '/avatar must be a uri')
  }
  const x5: unknown = o.associated
  if (x5 !== undefined) {
    try {
      AppBskyActorDefs.checkProfileAssociated(x5, '')
    } catch (err) {
      throw rt.within(err, p + '/associated')
    }
  }
  const x6: unknown = o.viewer
  if (x6 !== undefined) {
    try {
      AppBskyActorDefs.checkViewerState(x6, '')
    } catch (err) {
      throw rt.within(err, p + '/viewer')
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
  const x9: unknown = o.createdAt
  if (x9 !== undefined) {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x9)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x10: unknown = o.chatDisabled
  if (x10 !== undefined) {
    if (typeof x10 !== 'boolean') throw rt.invalid(p + '/chatDisabled must be a boolean')
  }
  const x11: unknown = o.verification
  if (x11 !== undefined) {
    try {
      AppBskyActorDefs.checkVerificationState(x11, '')
    } catch (err) {
      throw rt.within(err, p + '/verification')
    }
  }
  const x12: unknown = o.kind
  if (x12 !== undefined) {
    if (typeof x12 !== 'object' || x12 === null || typeof (x12 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/kind must be an object which includes the "$type" property')
    const t13 = (x12 as { $type: string }).$type
    switch (t13) {
      case 'chat.bsky.actor.defs#directConvoMember':
        try {
          checkDirectConvoMember(x12, '')
        } catch (err) {
          throw rt.within(err, p + '/kind')
        }
        break
      case 'chat.bsky.actor.defs#groupConvoMember':
        try {
          checkGroupConvoMember(x12, '')
        } catch (err) {
          throw rt.within(err, p + '/kind')
        }
        break
      case 'chat.bsky.actor.defs#pastGroupConvoMember':
        try {
          checkPastGroupConvoMember(x12, '')
        } catch (err) {
          throw rt.within(err, p + '/kind')
        }
        break
      default:
        if (t13.charCodeAt(0) === 35 || t13.indexOf('#') !== t13.lastIndexOf('#')) throw rt.invalid(p + '/kind $type is not a valid type reference')
    }
  }
  return o as unknown as ProfileViewBasic
}

/** Validates a value as ProfileViewBasic; a failure says where, e.g. "Object/field must be a string". */
export function validateProfileViewBasic(v: unknown): rt.ValidationResult<ProfileViewBasic> {
  return rt.run(checkProfileViewBasic, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ProfileViewBasic; it does not validate it. */
export function isProfileViewBasic<V>(v: V): v is V & rt.Typed<ProfileViewBasic, 'chat.bsky.actor.defs#profileViewBasic'> {
  return rt.hasType(v, 'chat.bsky.actor.defs#profileViewBasic')
}

export interface DirectConvoMember {
  $type?: 'chat.bsky.actor.defs#directConvoMember'
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkDirectConvoMember(v: unknown, p: string): DirectConvoMember {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  return o as unknown as DirectConvoMember
}

/** Validates a value as DirectConvoMember; a failure says where, e.g. "Object/field must be a string". */
export function validateDirectConvoMember(v: unknown): rt.ValidationResult<DirectConvoMember> {
  return rt.run(checkDirectConvoMember, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a DirectConvoMember; it does not validate it. */
export function isDirectConvoMember<V>(v: V): v is V & rt.Typed<DirectConvoMember, 'chat.bsky.actor.defs#directConvoMember'> {
  return rt.hasType(v, 'chat.bsky.actor.defs#directConvoMember')
}

/** A current group convo member. */
export interface GroupConvoMember {
  $type?: 'chat.bsky.actor.defs#groupConvoMember'
  /** Who added this member. Only present if the member was added (instead of joining via link). */
  addedBy?: ProfileViewBasic
  /** The member's role within this conversation. Only present in group conversation member lists. */
  role: MemberRole
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkGroupConvoMember(v: unknown, p: string): GroupConvoMember {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.addedBy
  if (x1 !== undefined) {
    try {
      checkProfileViewBasic(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/addedBy')
    }
  }
  const x2: unknown = o.role
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "role"')
  } else {
    try {
      checkMemberRole(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/role')
    }
  }
  return o as unknown as GroupConvoMember
}

/** Validates a value as GroupConvoMember; a failure says where, e.g. "Object/field must be a string". */
export function validateGroupConvoMember(v: unknown): rt.ValidationResult<GroupConvoMember> {
  return rt.run(checkGroupConvoMember, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a GroupConvoMember; it does not validate it. */
export function isGroupConvoMember<V>(v: V): v is V & rt.Typed<GroupConvoMember, 'chat.bsky.actor.defs#groupConvoMember'> {
  return rt.hasType(v, 'chat.bsky.actor.defs#groupConvoMember')
}

/** A past group convo member. */
export interface PastGroupConvoMember {
  $type?: 'chat.bsky.actor.defs#pastGroupConvoMember'
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkPastGroupConvoMember(v: unknown, p: string): PastGroupConvoMember {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  return o as unknown as PastGroupConvoMember
}

/** Validates a value as PastGroupConvoMember; a failure says where, e.g. "Object/field must be a string". */
export function validatePastGroupConvoMember(v: unknown): rt.ValidationResult<PastGroupConvoMember> {
  return rt.run(checkPastGroupConvoMember, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a PastGroupConvoMember; it does not validate it. */
export function isPastGroupConvoMember<V>(v: V): v is V & rt.Typed<PastGroupConvoMember, 'chat.bsky.actor.defs#pastGroupConvoMember'> {
  return rt.hasType(v, 'chat.bsky.actor.defs#pastGroupConvoMember')
}
