/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/moderation/subscribeModEvents.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'chat.bsky.moderation.subscribeModEvents'

/** Query-string parameters. */
export interface QueryParams {
  /** The last known event seq number to backfill from. Use '2222222222222' to backfill from the beginning. Don't specify a cursor to listen only for new events. */
  cursor?: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { cursor: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  return o as unknown as QueryParams
}

export type Message = rt.Typed<EventConvoFirstMessage, 'chat.bsky.moderation.subscribeModEvents#eventConvoFirstMessage'> | rt.Typed<EventGroupChatCreated, 'chat.bsky.moderation.subscribeModEvents#eventGroupChatCreated'> | rt.Typed<EventGroupChatMemberAdded, 'chat.bsky.moderation.subscribeModEvents#eventGroupChatMemberAdded'> | rt.Typed<EventGroupChatMemberJoined, 'chat.bsky.moderation.subscribeModEvents#eventGroupChatMemberJoined'> | rt.Typed<EventGroupChatJoinRequest, 'chat.bsky.moderation.subscribeModEvents#eventGroupChatJoinRequest'> | rt.Typed<EventGroupChatJoinRequestApproved, 'chat.bsky.moderation.subscribeModEvents#eventGroupChatJoinRequestApproved'> | rt.Typed<EventGroupChatJoinRequestRejected, 'chat.bsky.moderation.subscribeModEvents#eventGroupChatJoinRequestRejected'> | rt.Typed<EventChatAccepted, 'chat.bsky.moderation.subscribeModEvents#eventChatAccepted'> | rt.Typed<EventGroupChatMemberLeft, 'chat.bsky.moderation.subscribeModEvents#eventGroupChatMemberLeft'> | rt.Typed<EventGroupChatUpdated, 'chat.bsky.moderation.subscribeModEvents#eventGroupChatUpdated'> | rt.Typed<EventRateLimitExceeded, 'chat.bsky.moderation.subscribeModEvents#eventRateLimitExceeded'> | rt.UnknownTyped

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMessage(v: unknown, p: string): Message {
  if (typeof v !== 'object' || v === null || typeof (v as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + ' must be an object which includes the "$type" property')
  const t1 = (v as { $type: string }).$type
  switch (t1) {
    case 'chat.bsky.moderation.subscribeModEvents#eventConvoFirstMessage':
      try {
        checkEventConvoFirstMessage(v, '')
      } catch (err) {
        throw rt.within(err, p)
      }
      break
    case 'chat.bsky.moderation.subscribeModEvents#eventGroupChatCreated':
      try {
        checkEventGroupChatCreated(v, '')
      } catch (err) {
        throw rt.within(err, p)
      }
      break
    case 'chat.bsky.moderation.subscribeModEvents#eventGroupChatMemberAdded':
      try {
        checkEventGroupChatMemberAdded(v, '')
      } catch (err) {
        throw rt.within(err, p)
      }
      break
    case 'chat.bsky.moderation.subscribeModEvents#eventGroupChatMemberJoined':
      try {
        checkEventGroupChatMemberJoined(v, '')
      } catch (err) {
        throw rt.within(err, p)
      }
      break
    case 'chat.bsky.moderation.subscribeModEvents#eventGroupChatJoinRequest':
      try {
        checkEventGroupChatJoinRequest(v, '')
      } catch (err) {
        throw rt.within(err, p)
      }
      break
    case 'chat.bsky.moderation.subscribeModEvents#eventGroupChatJoinRequestApproved':
      try {
        checkEventGroupChatJoinRequestApproved(v, '')
      } catch (err) {
        throw rt.within(err, p)
      }
      break
    case 'chat.bsky.moderation.subscribeModEvents#eventGroupChatJoinRequestRejected':
      try {
        checkEventGroupChatJoinRequestRejected(v, '')
      } catch (err) {
        throw rt.within(err, p)
      }
      break
    case 'chat.bsky.moderation.subscribeModEvents#eventChatAccepted':
      try {
        checkEventChatAccepted(v, '')
      } catch (err) {
        throw rt.within(err, p)
      }
      break
    case 'chat.bsky.moderation.subscribeModEvents#eventGroupChatMemberLeft':
      try {
        checkEventGroupChatMemberLeft(v, '')
      } catch (err) {
        throw rt.within(err, p)
      }
      break
    case 'chat.bsky.moderation.subscribeModEvents#eventGroupChatUpdated':
      try {
        checkEventGroupChatUpdated(v, '')
      } catch (err) {
        throw rt.within(err, p)
      }
      break
    case 'chat.bsky.moderation.subscribeModEvents#eventRateLimitExceeded':
      try {
        checkEventRateLimitExceeded(v, '')
      } catch (err) {
        throw rt.within(err, p)
      }
      break
    default:
      if (t1.charCodeAt(0) === 35 || t1.indexOf('#') !== t1.lastIndexOf('#')) throw rt.invalid(p + ' $type is not a valid type reference')
  }
  return v as Message
}

/**
 * The error names this method declares.
 * ConsumerTooSlow: If the consumer of the stream can not keep up with events, and a backlog gets too large, the server will drop the connection.
 */
export type ErrorName = 'FutureCursor' | 'ConsumerTooSlow'

export const ERRORS: readonly ErrorName[] = ['FutureCursor', 'ConsumerTooSlow']

/**
 * The XRPC error for one of this method's declared errors, to throw (400 unless `status`
 * says otherwise); no other name compiles.
 */
export const error: rt.DeclaredError<ErrorName> = rt.declaredError

/** The handler of this subscription: yields the messages to send. */
export type Handler<C = unknown, A = unknown> = rt.StreamHandler<C, A, QueryParams, Message>

/** The handler, or the handler with its auth verifier. */
export type Method<C = unknown, A = unknown> = rt.StreamMethod<C, A, QueryParams, Message>

/** This method as @atproto/xrpc-server's `add()` takes it, validating with the checks above. */
export const schema = rt.subscription({
  nsid: id,
  params: { kinds: PARAM_KINDS, check: checkQueryParams },
  message: checkMessage,
  errors: ERRORS,
})

/** Fired when the first message was sent on a convo. */
export interface EventConvoFirstMessage {
  $type?: 'chat.bsky.moderation.subscribeModEvents#eventConvoFirstMessage'
  convoId: string
  createdAt: string
  messageId?: string
  /** The list of DIDs message recipients. Does not include the sender, which is in the `user` field */
  recipients: string[]
  rev: string
  /** The DID of the message author. */
  user: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkEventConvoFirstMessage(v: unknown, p: string): EventConvoFirstMessage {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.convoId
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x2: unknown = o.createdAt
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x2)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x3: unknown = o.messageId
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/messageId must be a string')
  }
  const x4: unknown = o.recipients
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "recipients"')
  } else {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/recipients must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      if (typeof e5 !== 'string') throw rt.invalid(p + '/recipients' + '/' + i5 + ' must be a string')
      if (!rt.isDid(e5)) throw rt.invalid(p + '/recipients' + '/' + i5 + ' must be a valid did')
    }
  }
  const x6: unknown = o.rev
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x7: unknown = o.user
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "user"')
  } else {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/user must be a string')
    if (!rt.isDid(x7)) throw rt.invalid(p + '/user must be a valid did')
  }
  return o as unknown as EventConvoFirstMessage
}

/** Validates a value as EventConvoFirstMessage; a failure says where, e.g. "Object/field must be a string". */
export function validateEventConvoFirstMessage(v: unknown): rt.ValidationResult<EventConvoFirstMessage> {
  return rt.run(checkEventConvoFirstMessage, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a EventConvoFirstMessage; it does not validate it. */
export function isEventConvoFirstMessage<V>(v: V): v is V & rt.Typed<EventConvoFirstMessage, 'chat.bsky.moderation.subscribeModEvents#eventConvoFirstMessage'> {
  return rt.hasType(v, 'chat.bsky.moderation.subscribeModEvents#eventConvoFirstMessage')
}

/** Fire when a group chat is created. */
export interface EventGroupChatCreated {
  $type?: 'chat.bsky.moderation.subscribeModEvents#eventGroupChatCreated'
  /** The DID of the actor performing the action. For this event, same as ownerDid. */
  actorDid: string
  /** When the group was originally created. */
  convoCreatedAt: string
  convoId: string
  createdAt: string
  /** Current member count at the time of the event. */
  groupMemberCount: number
  /** The name set at creation time. */
  groupName: string
  /** DIDs of everyone added at creation time. */
  initialMemberDids: string[]
  /** The DID of the group chat owner. */
  ownerDid: string
  rev: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkEventGroupChatCreated(v: unknown, p: string): EventGroupChatCreated {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.actorDid
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "actorDid"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/actorDid must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/actorDid must be a valid did')
  }
  const x2: unknown = o.convoCreatedAt
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoCreatedAt"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoCreatedAt must be a string')
    if (!rt.isDatetime(x2)) throw rt.invalid(p + '/convoCreatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x3: unknown = o.convoId
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x4: unknown = o.createdAt
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x5: unknown = o.groupMemberCount
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "groupMemberCount"')
  } else {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/groupMemberCount must be an integer')
  }
  const x6: unknown = o.groupName
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "groupName"')
  } else {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/groupName must be a string')
  }
  const x7: unknown = o.initialMemberDids
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "initialMemberDids"')
  } else {
    if (!Array.isArray(x7)) throw rt.invalid(p + '/initialMemberDids must be an array')
    for (let i8 = 0; i8 < x7.length; i8++) {
      const e8: unknown = x7[i8]
      if (typeof e8 !== 'string') throw rt.invalid(p + '/initialMemberDids' + '/' + i8 + ' must be a string')
      if (!rt.isDid(e8)) throw rt.invalid(p + '/initialMemberDids' + '/' + i8 + ' must be a valid did')
    }
  }
  const x9: unknown = o.ownerDid
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "ownerDid"')
  } else {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/ownerDid must be a string')
    if (!rt.isDid(x9)) throw rt.invalid(p + '/ownerDid must be a valid did')
  }
  const x10: unknown = o.rev
  if (x10 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x10 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  return o as unknown as EventGroupChatCreated
}

/** Validates a value as EventGroupChatCreated; a failure says where, e.g. "Object/field must be a string". */
export function validateEventGroupChatCreated(v: unknown): rt.ValidationResult<EventGroupChatCreated> {
  return rt.run(checkEventGroupChatCreated, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a EventGroupChatCreated; it does not validate it. */
export function isEventGroupChatCreated<V>(v: V): v is V & rt.Typed<EventGroupChatCreated, 'chat.bsky.moderation.subscribeModEvents#eventGroupChatCreated'> {
  return rt.hasType(v, 'chat.bsky.moderation.subscribeModEvents#eventGroupChatCreated')
}

/** Fired when a member is added to a group chat. Note that members are added in the 'request' state. */
export interface EventGroupChatMemberAdded {
  $type?: 'chat.bsky.moderation.subscribeModEvents#eventGroupChatMemberAdded'
  /** The DID of the actor performing the action. For this event, same as ownerDid. */
  actorDid: string
  /** When the group was originally created. */
  convoCreatedAt: string
  convoId: string
  createdAt: string
  /** Current member count at the time of the event. */
  groupMemberCount: number
  groupName: string
  /** The DID of the group chat owner. */
  ownerDid: string
  /** The number of members who have not yet accepted the convo. */
  requestMembersCount: number
  rev: string
  /** The DID of the member who was added. */
  subjectDid: string
  /** Whether the added member follows the group owner. */
  subjectFollowsOwner: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkEventGroupChatMemberAdded(v: unknown, p: string): EventGroupChatMemberAdded {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.actorDid
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "actorDid"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/actorDid must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/actorDid must be a valid did')
  }
  const x2: unknown = o.convoCreatedAt
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoCreatedAt"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoCreatedAt must be a string')
    if (!rt.isDatetime(x2)) throw rt.invalid(p + '/convoCreatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x3: unknown = o.convoId
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x4: unknown = o.createdAt
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x5: unknown = o.groupMemberCount
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "groupMemberCount"')
  } else {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/groupMemberCount must be an integer')
  }
  const x6: unknown = o.groupName
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "groupName"')
  } else {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/groupName must be a string')
  }
  const x7: unknown = o.ownerDid
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "ownerDid"')
  } else {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/ownerDid must be a string')
    if (!rt.isDid(x7)) throw rt.invalid(p + '/ownerDid must be a valid did')
  }
  const x8: unknown = o.requestMembersCount
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "requestMembersCount"')
  } else {
    if (!Number.isInteger(x8)) throw rt.invalid(p + '/requestMembersCount must be an integer')
  }
  const x9: unknown = o.rev
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x10: unknown = o.subjectDid
  if (x10 === undefined) {
    throw rt.invalid(p + ' must have the property "subjectDid"')
  } else {
    if (typeof x10 !== 'string') throw rt.invalid(p + '/subjectDid must be a string')
    if (!rt.isDid(x10)) throw rt.invalid(p + '/subjectDid must be a valid did')
  }
  const x11: unknown = o.subjectFollowsOwner
  if (x11 === undefined) {
    throw rt.invalid(p + ' must have the property "subjectFollowsOwner"')
  } else {
    if (typeof x11 !== 'boolean') throw rt.invalid(p + '/subjectFollowsOwner must be a boolean')
  }
  return o as unknown as EventGroupChatMemberAdded
}

/** Validates a value as EventGroupChatMemberAdded; a failure says where, e.g. "Object/field must be a string". */
export function validateEventGroupChatMemberAdded(v: unknown): rt.ValidationResult<EventGroupChatMemberAdded> {
  return rt.run(checkEventGroupChatMemberAdded, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a EventGroupChatMemberAdded; it does not validate it. */
export function isEventGroupChatMemberAdded<V>(v: V): v is V & rt.Typed<EventGroupChatMemberAdded, 'chat.bsky.moderation.subscribeModEvents#eventGroupChatMemberAdded'> {
  return rt.hasType(v, 'chat.bsky.moderation.subscribeModEvents#eventGroupChatMemberAdded')
}

/** Fired when a member joins a group chat via an join link that does not require approval. */
export interface EventGroupChatMemberJoined {
  $type?: 'chat.bsky.moderation.subscribeModEvents#eventGroupChatMemberJoined'
  /** The DID of the person joining. */
  actorDid: string
  /** When the group was originally created. */
  convoCreatedAt: string
  convoId: string
  createdAt: string
  /** Current member count at the time of the event. */
  groupMemberCount: number
  groupName: string
  /** The code of the join link used to join. */
  joinLinkCode: string
  /** The DID of the group chat owner. */
  ownerDid: string
  rev: string
  /** Whether the joining member follows the group owner. */
  subjectFollowsOwner: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkEventGroupChatMemberJoined(v: unknown, p: string): EventGroupChatMemberJoined {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.actorDid
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "actorDid"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/actorDid must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/actorDid must be a valid did')
  }
  const x2: unknown = o.convoCreatedAt
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoCreatedAt"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoCreatedAt must be a string')
    if (!rt.isDatetime(x2)) throw rt.invalid(p + '/convoCreatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x3: unknown = o.convoId
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x4: unknown = o.createdAt
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x5: unknown = o.groupMemberCount
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "groupMemberCount"')
  } else {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/groupMemberCount must be an integer')
  }
  const x6: unknown = o.groupName
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "groupName"')
  } else {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/groupName must be a string')
  }
  const x7: unknown = o.joinLinkCode
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "joinLinkCode"')
  } else {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/joinLinkCode must be a string')
  }
  const x8: unknown = o.ownerDid
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "ownerDid"')
  } else {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/ownerDid must be a string')
    if (!rt.isDid(x8)) throw rt.invalid(p + '/ownerDid must be a valid did')
  }
  const x9: unknown = o.rev
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x10: unknown = o.subjectFollowsOwner
  if (x10 === undefined) {
    throw rt.invalid(p + ' must have the property "subjectFollowsOwner"')
  } else {
    if (typeof x10 !== 'boolean') throw rt.invalid(p + '/subjectFollowsOwner must be a boolean')
  }
  return o as unknown as EventGroupChatMemberJoined
}

/** Validates a value as EventGroupChatMemberJoined; a failure says where, e.g. "Object/field must be a string". */
export function validateEventGroupChatMemberJoined(v: unknown): rt.ValidationResult<EventGroupChatMemberJoined> {
  return rt.run(checkEventGroupChatMemberJoined, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a EventGroupChatMemberJoined; it does not validate it. */
export function isEventGroupChatMemberJoined<V>(v: V): v is V & rt.Typed<EventGroupChatMemberJoined, 'chat.bsky.moderation.subscribeModEvents#eventGroupChatMemberJoined'> {
  return rt.hasType(v, 'chat.bsky.moderation.subscribeModEvents#eventGroupChatMemberJoined')
}

/** Fired when a user requests to join a group chat via an join link that requires approval. */
export interface EventGroupChatJoinRequest {
  $type?: 'chat.bsky.moderation.subscribeModEvents#eventGroupChatJoinRequest'
  /** The DID of the person requesting to join. */
  actorDid: string
  /** When the group was originally created. */
  convoCreatedAt: string
  convoId: string
  createdAt: string
  /** Current member count at the time of the event. */
  groupMemberCount: number
  groupName: string
  /** The code of the join link used to request joining. */
  joinLinkCode: string
  /** The DID of the group chat owner. */
  ownerDid: string
  rev: string
  /** Whether the requesting member follows the group owner. */
  subjectFollowsOwner: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkEventGroupChatJoinRequest(v: unknown, p: string): EventGroupChatJoinRequest {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.actorDid
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "actorDid"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/actorDid must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/actorDid must be a valid did')
  }
  const x2: unknown = o.convoCreatedAt
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoCreatedAt"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoCreatedAt must be a string')
    if (!rt.isDatetime(x2)) throw rt.invalid(p + '/convoCreatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x3: unknown = o.convoId
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x4: unknown = o.createdAt
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x5: unknown = o.groupMemberCount
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "groupMemberCount"')
  } else {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/groupMemberCount must be an integer')
  }
  const x6: unknown = o.groupName
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "groupName"')
  } else {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/groupName must be a string')
  }
  const x7: unknown = o.joinLinkCode
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "joinLinkCode"')
  } else {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/joinLinkCode must be a string')
  }
  const x8: unknown = o.ownerDid
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "ownerDid"')
  } else {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/ownerDid must be a string')
    if (!rt.isDid(x8)) throw rt.invalid(p + '/ownerDid must be a valid did')
  }
  const x9: unknown = o.rev
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x10: unknown = o.subjectFollowsOwner
  if (x10 === undefined) {
    throw rt.invalid(p + ' must have the property "subjectFollowsOwner"')
  } else {
    if (typeof x10 !== 'boolean') throw rt.invalid(p + '/subjectFollowsOwner must be a boolean')
  }
  return o as unknown as EventGroupChatJoinRequest
}

/** Validates a value as EventGroupChatJoinRequest; a failure says where, e.g. "Object/field must be a string". */
export function validateEventGroupChatJoinRequest(v: unknown): rt.ValidationResult<EventGroupChatJoinRequest> {
  return rt.run(checkEventGroupChatJoinRequest, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a EventGroupChatJoinRequest; it does not validate it. */
export function isEventGroupChatJoinRequest<V>(v: V): v is V & rt.Typed<EventGroupChatJoinRequest, 'chat.bsky.moderation.subscribeModEvents#eventGroupChatJoinRequest'> {
  return rt.hasType(v, 'chat.bsky.moderation.subscribeModEvents#eventGroupChatJoinRequest')
}

/** Fired when a join request is approved by the group owner. */
export interface EventGroupChatJoinRequestApproved {
  $type?: 'chat.bsky.moderation.subscribeModEvents#eventGroupChatJoinRequestApproved'
  /** The DID of the owner approving the request. */
  actorDid: string
  /** When the group was originally created. */
  convoCreatedAt: string
  convoId: string
  createdAt: string
  /** Current member count at the time of the event. */
  groupMemberCount: number
  groupName: string
  /** The DID of the group chat owner. */
  ownerDid: string
  rev: string
  /** The DID of the member whose request was approved. */
  subjectDid: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkEventGroupChatJoinRequestApproved(v: unknown, p: string): EventGroupChatJoinRequestApproved {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.actorDid
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "actorDid"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/actorDid must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/actorDid must be a valid did')
  }
  const x2: unknown = o.convoCreatedAt
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoCreatedAt"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoCreatedAt must be a string')
    if (!rt.isDatetime(x2)) throw rt.invalid(p + '/convoCreatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x3: unknown = o.convoId
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x4: unknown = o.createdAt
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x5: unknown = o.groupMemberCount
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "groupMemberCount"')
  } else {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/groupMemberCount must be an integer')
  }
  const x6: unknown = o.groupName
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "groupName"')
  } else {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/groupName must be a string')
  }
  const x7: unknown = o.ownerDid
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "ownerDid"')
  } else {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/ownerDid must be a string')
    if (!rt.isDid(x7)) throw rt.invalid(p + '/ownerDid must be a valid did')
  }
  const x8: unknown = o.rev
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x9: unknown = o.subjectDid
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "subjectDid"')
  } else {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/subjectDid must be a string')
    if (!rt.isDid(x9)) throw rt.invalid(p + '/subjectDid must be a valid did')
  }
  return o as unknown as EventGroupChatJoinRequestApproved
}

/** Validates a value as EventGroupChatJoinRequestApproved; a failure says where, e.g. "Object/field must be a string". */
export function validateEventGroupChatJoinRequestApproved(v: unknown): rt.ValidationResult<EventGroupChatJoinRequestApproved> {
  return rt.run(checkEventGroupChatJoinRequestApproved, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a EventGroupChatJoinRequestApproved; it does not validate it. */
export function isEventGroupChatJoinRequestApproved<V>(v: V): v is V & rt.Typed<EventGroupChatJoinRequestApproved, 'chat.bsky.moderation.subscribeModEvents#eventGroupChatJoinRequestApproved'> {
  return rt.hasType(v, 'chat.bsky.moderation.subscribeModEvents#eventGroupChatJoinRequestApproved')
}

/** Fired when a join request is rejected by the group owner. */
export interface EventGroupChatJoinRequestRejected {
  $type?: 'chat.bsky.moderation.subscribeModEvents#eventGroupChatJoinRequestRejected'
  /** The DID of the owner rejecting the request. */
  actorDid: string
  /** When the group was originally created. */
  convoCreatedAt: string
  convoId: string
  createdAt: string
  /** Current member count at the time of the event. */
  groupMemberCount: number
  groupName: string
  /** The DID of the group chat owner. */
  ownerDid: string
  rev: string
  /** The DID of the member whose request was rejected. */
  subjectDid: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkEventGroupChatJoinRequestRejected(v: unknown, p: string): EventGroupChatJoinRequestRejected {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.actorDid
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "actorDid"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/actorDid must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/actorDid must be a valid did')
  }
  const x2: unknown = o.convoCreatedAt
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoCreatedAt"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoCreatedAt must be a string')
    if (!rt.isDatetime(x2)) throw rt.invalid(p + '/convoCreatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x3: unknown = o.convoId
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x4: unknown = o.createdAt
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x5: unknown = o.groupMemberCount
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "groupMemberCount"')
  } else {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/groupMemberCount must be an integer')
  }
  const x6: unknown = o.groupName
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "groupName"')
  } else {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/groupName must be a string')
  }
  const x7: unknown = o.ownerDid
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "ownerDid"')
  } else {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/ownerDid must be a string')
    if (!rt.isDid(x7)) throw rt.invalid(p + '/ownerDid must be a valid did')
  }
  const x8: unknown = o.rev
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x9: unknown = o.subjectDid
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "subjectDid"')
  } else {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/subjectDid must be a string')
    if (!rt.isDid(x9)) throw rt.invalid(p + '/subjectDid must be a valid did')
  }
  return o as unknown as EventGroupChatJoinRequestRejected
}

/** Validates a value as EventGroupChatJoinRequestRejected; a failure says where, e.g. "Object/field must be a string". */
export function validateEventGroupChatJoinRequestRejected(v: unknown): rt.ValidationResult<EventGroupChatJoinRequestRejected> {
  return rt.run(checkEventGroupChatJoinRequestRejected, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a EventGroupChatJoinRequestRejected; it does not validate it. */
export function isEventGroupChatJoinRequestRejected<V>(v: V): v is V & rt.Typed<EventGroupChatJoinRequestRejected, 'chat.bsky.moderation.subscribeModEvents#eventGroupChatJoinRequestRejected'> {
  return rt.hasType(v, 'chat.bsky.moderation.subscribeModEvents#eventGroupChatJoinRequestRejected')
}

/** Fired when a user accepts a chat convo, either explicitly or by sending a message. */
export interface EventChatAccepted {
  $type?: 'chat.bsky.moderation.subscribeModEvents#eventChatAccepted'
  /** The DID of the person accepting the convo. */
  actorDid: string
  /** When the convo was originally created. */
  convoCreatedAt: string
  convoId: string
  createdAt: string
  /** Current member count at the time of the event. Only present for group convos. */
  groupMemberCount?: number
  /** The name of the group chat. Only present for group convos. */
  groupName?: string
  /** How the convo was accepted. */
  method: 'explicit' | 'message' | (string & {})
  /** The DID of the group chat owner. Only present for group convos. */
  ownerDid?: string
  rev: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkEventChatAccepted(v: unknown, p: string): EventChatAccepted {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.actorDid
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "actorDid"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/actorDid must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/actorDid must be a valid did')
  }
  const x2: unknown = o.convoCreatedAt
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoCreatedAt"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoCreatedAt must be a string')
    if (!rt.isDatetime(x2)) throw rt.invalid(p + '/convoCreatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x3: unknown = o.convoId
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x4: unknown = o.createdAt
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x5: unknown = o.groupMemberCount
  if (x5 !== undefined) {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/groupMemberCount must be an integer')
  }
  const x6: unknown = o.groupName
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/groupName must be a string')
  }
  const x7: unknown = o.method
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "method"')
  } else {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/method must be a string')
  }
  const x8: unknown = o.ownerDid
  if (x8 !== undefined) {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/ownerDid must be a string')
    if (!rt.isDid(x8)) throw rt.invalid(p + '/ownerDid must be a valid did')
  }
  const x9: unknown = o.rev
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  return o as unknown as EventChatAccepted
}

/** Validates a value as EventChatAccepted; a failure says where, e.g. "Object/field must be a string". */
export function validateEventChatAccepted(v: unknown): rt.ValidationResult<EventChatAccepted> {
  return rt.run(checkEventChatAccepted, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a EventChatAccepted; it does not validate it. */
export function isEventChatAccepted<V>(v: V): v is V & rt.Typed<EventChatAccepted, 'chat.bsky.moderation.subscribeModEvents#eventChatAccepted'> {
  return rt.hasType(v, 'chat.bsky.moderation.subscribeModEvents#eventChatAccepted')
}

/** Fired when a member leaves or is removed from a group chat. */
export interface EventGroupChatMemberLeft {
  $type?: 'chat.bsky.moderation.subscribeModEvents#eventGroupChatMemberLeft'
  /** The DID of the actor. For voluntary: the person leaving. For kicked: the owner. */
  actorDid: string
  /** When the group was originally created. */
  convoCreatedAt: string
  convoId: string
  createdAt: string
  /** Current member count at the time of the event. */
  groupMemberCount: number
  groupName: string
  /** How the member left. */
  leaveMethod: 'voluntary' | 'kicked' | (string & {})
  /** The DID of the group chat owner. */
  ownerDid: string
  rev: string
  /** The DID of the member who left or was removed. */
  subjectDid: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkEventGroupChatMemberLeft(v: unknown, p: string): EventGroupChatMemberLeft {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.actorDid
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "actorDid"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/actorDid must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/actorDid must be a valid did')
  }
  const x2: unknown = o.convoCreatedAt
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoCreatedAt"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoCreatedAt must be a string')
    if (!rt.isDatetime(x2)) throw rt.invalid(p + '/convoCreatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x3: unknown = o.convoId
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x4: unknown = o.createdAt
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x5: unknown = o.groupMemberCount
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "groupMemberCount"')
  } else {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/groupMemberCount must be an integer')
  }
  const x6: unknown = o.groupName
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "groupName"')
  } else {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/groupName must be a string')
  }
  const x7: unknown = o.leaveMethod
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "leaveMethod"')
  } else {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/leaveMethod must be a string')
  }
  const x8: unknown = o.ownerDid
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "ownerDid"')
  } else {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/ownerDid must be a string')
    if (!rt.isDid(x8)) throw rt.invalid(p + '/ownerDid must be a valid did')
  }
  const x9: unknown = o.rev
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x10: unknown = o.subjectDid
  if (x10 === undefined) {
    throw rt.invalid(p + ' must have the property "subjectDid"')
  } else {
    if (typeof x10 !== 'string') throw rt.invalid(p + '/subjectDid must be a string')
    if (!rt.isDid(x10)) throw rt.invalid(p + '/subjectDid must be a valid did')
  }
  return o as unknown as EventGroupChatMemberLeft
}

/** Validates a value as EventGroupChatMemberLeft; a failure says where, e.g. "Object/field must be a string". */
export function validateEventGroupChatMemberLeft(v: unknown): rt.ValidationResult<EventGroupChatMemberLeft> {
  return rt.run(checkEventGroupChatMemberLeft, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a EventGroupChatMemberLeft; it does not validate it. */
export function isEventGroupChatMemberLeft<V>(v: V): v is V & rt.Typed<EventGroupChatMemberLeft, 'chat.bsky.moderation.subscribeModEvents#eventGroupChatMemberLeft'> {
  return rt.hasType(v, 'chat.bsky.moderation.subscribeModEvents#eventGroupChatMemberLeft')
}

/** Fired when a group chat's metadata or status changes. */
export interface EventGroupChatUpdated {
  $type?: 'chat.bsky.moderation.subscribeModEvents#eventGroupChatUpdated'
  /** The DID of the actor performing the action (the owner). */
  actorDid: string
  /** When the group was originally created. */
  convoCreatedAt: string
  convoId: string
  createdAt: string
  /** Current member count at the time of the event. */
  groupMemberCount: number
  /** Current group name. */
  groupName: string
  /** The code of the join link. Only present when updateType is join-link-related. */
  joinLinkCode?: string
  /** Whether the join link is restricted to followers of the owner. Only present when updateType is join-link-related. */
  joinLinkFollowersOnly?: boolean
  /** Whether the join link requires owner approval to join. Only present when updateType is join-link-related. */
  joinLinkRequiresApproval?: boolean
  /** Why the group was locked. Only present when updateType is 'locked'. */
  lockReason?: 'owner_action' | 'owner_left' | 'owner_deactivated' | 'owner_deleted' | 'owner_suspended' | 'owner_taken_down' | 'label_applied' | 'convo_taken_down' | (string & {})
  /** The new group name. Only present when updateType is 'name_changed'. */
  newName?: string
  /** The previous group name. Only present when updateType is 'name_changed'. */
  oldName?: string
  /** The DID of the group chat owner. */
  ownerDid: string
  rev: string
  /** What changed. */
  updateType: 'name_changed' | 'locked' | 'locked_permanently' | 'unlocked' | 'join_link_created' | 'join_link_disabled' | 'join_link_settings_changed' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkEventGroupChatUpdated(v: unknown, p: string): EventGroupChatUpdated {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.actorDid
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "actorDid"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/actorDid must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/actorDid must be a valid did')
  }
  const x2: unknown = o.convoCreatedAt
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoCreatedAt"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoCreatedAt must be a string')
    if (!rt.isDatetime(x2)) throw rt.invalid(p + '/convoCreatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x3: unknown = o.convoId
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x4: unknown = o.createdAt
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x5: unknown = o.groupMemberCount
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "groupMemberCount"')
  } else {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/groupMemberCount must be an integer')
  }
  const x6: unknown = o.groupName
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "groupName"')
  } else {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/groupName must be a string')
  }
  const x7: unknown = o.joinLinkCode
  if (x7 !== undefined) {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/joinLinkCode must be a string')
  }
  const x8: unknown = o.joinLinkFollowersOnly
  if (x8 !== undefined) {
    if (typeof x8 !== 'boolean') throw rt.invalid(p + '/joinLinkFollowersOnly must be a boolean')
  }
  const x9: unknown = o.joinLinkRequiresApproval
  if (x9 !== undefined) {
    if (typeof x9 !== 'boolean') throw rt.invalid(p + '/joinLinkRequiresApproval must be a boolean')
  }
  const x10: unknown = o.lockReason
  if (x10 !== undefined) {
    if (typeof x10 !== 'string') throw rt.invalid(p + '/lockReason must be a string')
  }
  const x11: unknown = o.newName
  if (x11 !== undefined) {
    if (typeof x11 !== 'string') throw rt.invalid(p + '/newName must be a string')
  }
  const x12: unknown = o.oldName
  if (x12 !== undefined) {
    if (typeof x12 !== 'string') throw rt.invalid(p + '/oldName must be a string')
  }
  const x13: unknown = o.ownerDid
  if (x13 === undefined) {
    throw rt.invalid(p + ' must have the property "ownerDid"')
  } else {
    if (typeof x13 !== 'string') throw rt.invalid(p + '/ownerDid must be a string')
    if (!rt.isDid(x13)) throw rt.invalid(p + '/ownerDid must be a valid did')
  }
  const x14: unknown = o.rev
  if (x14 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x14 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x15: unknown = o.updateType
  if (x15 === undefined) {
    throw rt.invalid(p + ' must have the property "updateType"')
  } else {
    if (typeof x15 !== 'string') throw rt.invalid(p + '/updateType must be a string')
  }
  return o as unknown as EventGroupChatUpdated
}

/** Validates a value as EventGroupChatUpdated; a failure says where, e.g. "Object/field must be a string". */
export function validateEventGroupChatUpdated(v: unknown): rt.ValidationResult<EventGroupChatUpdated> {
  return rt.run(checkEventGroupChatUpdated, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a EventGroupChatUpdated; it does not validate it. */
export function isEventGroupChatUpdated<V>(v: V): v is V & rt.Typed<EventGroupChatUpdated, 'chat.bsky.moderation.subscribeModEvents#eventGroupChatUpdated'> {
  return rt.hasType(v, 'chat.bsky.moderation.subscribeModEvents#eventGroupChatUpdated')
}

/** Fired when a user exceeds a rate limit. */
export interface EventRateLimitExceeded {
  $type?: 'chat.bsky.moderation.subscribeModEvents#eventRateLimitExceeded'
  /** The DID of the user who hit the rate limit. */
  actorDid: string
  createdAt: string
  /** The NSID of the endpoint that was rate limited. */
  endpoint: string
  rev: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkEventRateLimitExceeded(v: unknown, p: string): EventRateLimitExceeded {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.actorDid
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "actorDid"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/actorDid must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/actorDid must be a valid did')
  }
  const x2: unknown = o.createdAt
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x2)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x3: unknown = o.endpoint
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "endpoint"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/endpoint must be a string')
  }
  const x4: unknown = o.rev
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  return o as unknown as EventRateLimitExceeded
}

/** Validates a value as EventRateLimitExceeded; a failure says where, e.g. "Object/field must be a string". */
export function validateEventRateLimitExceeded(v: unknown): rt.ValidationResult<EventRateLimitExceeded> {
  return rt.run(checkEventRateLimitExceeded, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a EventRateLimitExceeded; it does not validate it. */
export function isEventRateLimitExceeded<V>(v: V): v is V & rt.Typed<EventRateLimitExceeded, 'chat.bsky.moderation.subscribeModEvents#eventRateLimitExceeded'> {
  return rt.hasType(v, 'chat.bsky.moderation.subscribeModEvents#eventRateLimitExceeded')
}
