/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/moderation/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ChatBskyConvoDefs from '../convo/defs.js'
import * as ChatBskyGroupDefs from '../group/defs.js'

export const id = 'chat.bsky.moderation.defs'

/** A view of a conversation for moderation purposes. Unlike chat.bsky.convo.defs#convoView, it does not include viewer-specific data (such as muted, unreadCount, status, lastMessage, lastReaction), since the requester is a moderator and not a member of the conversation. The member list is not included; use chat.bsky.moderation.getConvoMembers to list members. */
export interface ConvoView {
  $type?: 'chat.bsky.moderation.defs#convoView'
  id: string
  rev: string
  /** Union field that has data specific to different kinds of convos. */
  kind?: rt.Typed<DirectConvo, 'chat.bsky.moderation.defs#directConvo'> | rt.Typed<GroupConvo, 'chat.bsky.moderation.defs#groupConvo'> | rt.UnknownTyped
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkConvoView(v: unknown, p: string): ConvoView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.id
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "id"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/id must be a string')
  }
  const x2: unknown = o.rev
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x3: unknown = o.kind
  if (x3 !== undefined) {
    if (typeof x3 !== 'object' || x3 === null || typeof (x3 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/kind must be an object which includes the "$type" property')
    const t4 = (x3 as { $type: string }).$type
    switch (t4) {
      case 'chat.bsky.moderation.defs#directConvo':
        try {
          checkDirectConvo(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/kind')
        }
        break
      case 'chat.bsky.moderation.defs#groupConvo':
        try {
          checkGroupConvo(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/kind')
        }
        break
      default:
        if (t4.charCodeAt(0) === 35 || t4.indexOf('#') !== t4.lastIndexOf('#')) throw rt.invalid(p + '/kind $type is not a valid type reference')
    }
  }
  return o as unknown as ConvoView
}

/** Validates a value as ConvoView; a failure says where, e.g. "Object/field must be a string". */
export function validateConvoView(v: unknown): rt.ValidationResult<ConvoView> {
  return rt.run(checkConvoView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ConvoView; it does not validate it. */
export function isConvoView<V>(v: V): v is V & rt.Typed<ConvoView, 'chat.bsky.moderation.defs#convoView'> {
  return rt.hasType(v, 'chat.bsky.moderation.defs#convoView')
}

/** Data specific to a direct conversation, for moderation purposes. */
export interface DirectConvo {
  $type?: 'chat.bsky.moderation.defs#directConvo'
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkDirectConvo(v: unknown, p: string): DirectConvo {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  return o as unknown as DirectConvo
}

/** Validates a value as DirectConvo; a failure says where, e.g. "Object/field must be a string". */
export function validateDirectConvo(v: unknown): rt.ValidationResult<DirectConvo> {
  return rt.run(checkDirectConvo, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a DirectConvo; it does not validate it. */
export function isDirectConvo<V>(v: V): v is V & rt.Typed<DirectConvo, 'chat.bsky.moderation.defs#directConvo'> {
  return rt.hasType(v, 'chat.bsky.moderation.defs#directConvo')
}

/** Data specific to a group conversation, for moderation purposes. Unlike chat.bsky.convo.defs#groupConvo, it does not include viewer-specific data (such as unreadJoinRequestCount), since the requester is a moderator and not a member of the conversation. */
export interface GroupConvo {
  $type?: 'chat.bsky.moderation.defs#groupConvo'
  createdAt: string
  joinLink?: ChatBskyGroupDefs.JoinLinkView
  /** The total number of pending join requests for the group conversation. This information is only visible to the owner and to moderators. Capped at 21. */
  joinRequestCount: number
  /** The lock status of the conversation. */
  lockStatus: ChatBskyConvoDefs.ConvoLockStatus
  /** The total number of members in the group conversation. */
  memberCount: number
  /** The maximum number of members allowed in the group conversation. */
  memberLimit: number
  /** The display name of the group conversation. */
  name: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkGroupConvo(v: unknown, p: string): GroupConvo {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.createdAt
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x1)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x2: unknown = o.joinLink
  if (x2 !== undefined) {
    try {
      ChatBskyGroupDefs.checkJoinLinkView(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/joinLink')
    }
  }
  const x3: unknown = o.joinRequestCount
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "joinRequestCount"')
  } else {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/joinRequestCount must be an integer')
  }
  const x4: unknown = o.lockStatus
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "lockStatus"')
  } else {
    try {
      ChatBskyConvoDefs.checkConvoLockStatus(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/lockStatus')
    }
  }
  const x5: unknown = o.memberCount
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "memberCount"')
  } else {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/memberCount must be an integer')
  }
  const x6: unknown = o.memberLimit
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "memberLimit"')
  } else {
    if (!Number.isInteger(x6)) throw rt.invalid(p + '/memberLimit must be an integer')
  }
  const x7: unknown = o.name
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "name"')
  } else {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/name must be a string')
    if (x7.length * 3 > 500 && rt.utf8Len(x7) > 500) throw rt.invalid(p + '/name must not be longer than 500 characters')
    if (x7.length > 50 && rt.graphemeLen(x7) > 50) throw rt.invalid(p + '/name must not be longer than 50 graphemes')
  }
  return o as unknown as GroupConvo
}

/** Validates a value as GroupConvo; a failure says where, e.g. "Object/field must be a string". */
export function validateGroupConvo(v: unknown): rt.ValidationResult<GroupConvo> {
  return rt.run(checkGroupConvo, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a GroupConvo; it does not validate it. */
export function isGroupConvo<V>(v: V): v is V & rt.Typed<GroupConvo, 'chat.bsky.moderation.defs#groupConvo'> {
  return rt.hasType(v, 'chat.bsky.moderation.defs#groupConvo')
}
