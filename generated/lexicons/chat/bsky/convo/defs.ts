/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/convo/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyEmbedRecord from '../../../app/bsky/embed/record.js'
import * as AppBskyRichtextFacet from '../../../app/bsky/richtext/facet.js'
import * as ChatBskyActorDefs from '../actor/defs.js'
import * as ChatBskyEmbedJoinLink from '../embed/joinLink.js'
import * as ChatBskyGroupDefs from '../group/defs.js'

export const id = 'chat.bsky.convo.defs'

export type ConvoKind = 'direct' | 'group' | (string & {})

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkConvoKind(v: unknown, p: string): ConvoKind {
  if (typeof v !== 'string') throw rt.invalid(p + ' must be a string')
  return v as ConvoKind
}

/** Validates a value as ConvoKind; a failure says where, e.g. "Value/field must be a string". */
export function validateConvoKind(v: unknown): rt.ValidationResult<ConvoKind> {
  return rt.run(checkConvoKind, v, 'Value')
}

export type ConvoLockStatus = 'unlocked' | 'locked' | 'locked-permanently' | (string & {})

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkConvoLockStatus(v: unknown, p: string): ConvoLockStatus {
  if (typeof v !== 'string') throw rt.invalid(p + ' must be a string')
  return v as ConvoLockStatus
}

/** Validates a value as ConvoLockStatus; a failure says where, e.g. "Value/field must be a string". */
export function validateConvoLockStatus(v: unknown): rt.ValidationResult<ConvoLockStatus> {
  return rt.run(checkConvoLockStatus, v, 'Value')
}

export type ConvoStatus = 'request' | 'accepted' | (string & {})

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkConvoStatus(v: unknown, p: string): ConvoStatus {
  if (typeof v !== 'string') throw rt.invalid(p + ' must be a string')
  return v as ConvoStatus
}

/** Validates a value as ConvoStatus; a failure says where, e.g. "Value/field must be a string". */
export function validateConvoStatus(v: unknown): rt.ValidationResult<ConvoStatus> {
  return rt.run(checkConvoStatus, v, 'Value')
}

export interface ConvoRef {
  $type?: 'chat.bsky.convo.defs#convoRef'
  did: string
  convoId: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkConvoRef(v: unknown, p: string): ConvoRef {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  return o as unknown as ConvoRef
}

/** Validates a value as ConvoRef; a failure says where, e.g. "Object/field must be a string". */
export function validateConvoRef(v: unknown): rt.ValidationResult<ConvoRef> {
  return rt.run(checkConvoRef, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ConvoRef; it does not validate it. */
export function isConvoRef<V>(v: V): v is V & rt.Typed<ConvoRef, 'chat.bsky.convo.defs#convoRef'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#convoRef')
}

export interface MessageRef {
  $type?: 'chat.bsky.convo.defs#messageRef'
  did: string
  convoId: string
  messageId: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMessageRef(v: unknown, p: string): MessageRef {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x3: unknown = o.messageId
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "messageId"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/messageId must be a string')
  }
  return o as unknown as MessageRef
}

/** Validates a value as MessageRef; a failure says where, e.g. "Object/field must be a string". */
export function validateMessageRef(v: unknown): rt.ValidationResult<MessageRef> {
  return rt.run(checkMessageRef, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a MessageRef; it does not validate it. */
export function isMessageRef<V>(v: V): v is V & rt.Typed<MessageRef, 'chat.bsky.convo.defs#messageRef'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#messageRef')
}

export interface MessageInput {
  $type?: 'chat.bsky.convo.defs#messageInput'
  text: string
  /** Annotations of text (mentions, URLs, hashtags, etc) */
  facets?: AppBskyRichtextFacet.Main[]
  embed?: rt.Typed<AppBskyEmbedRecord.Main, 'app.bsky.embed.record'> | rt.Typed<ChatBskyEmbedJoinLink.Main, 'chat.bsky.embed.joinLink'> | rt.UnknownTyped
  /** If set, the message this message is replying to. The referenced message must be in the same convo. */
  replyTo?: ReplyRef
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMessageInput(v: unknown, p: string): MessageInput {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.text
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "text"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/text must be a string')
    if (x1.length * 3 > 10000 && rt.utf8Len(x1) > 10000) throw rt.invalid(p + '/text must not be longer than 10000 characters')
    if (x1.length > 1000 && rt.graphemeLen(x1) > 1000) throw rt.invalid(p + '/text must not be longer than 1000 graphemes')
  }
  const x2: unknown = o.facets
  if (x2 !== undefined) {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/facets must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        AppBskyRichtextFacet.checkMain(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/facets' + '/' + i3)
      }
    }
  }
  const x4: unknown = o.embed
  if (x4 !== undefined) {
    if (typeof x4 !== 'object' || x4 === null || typeof (x4 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/embed must be an object which includes the "$type" property')
    const t5 = (x4 as { $type: string }).$type
    switch (t5) {
      case 'app.bsky.embed.record': case 'app.bsky.embed.record#main':
        try {
          AppBskyEmbedRecord.checkMain(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/embed')
        }
        break
      case 'chat.bsky.embed.joinLink': case 'chat.bsky.embed.joinLink#main':
        try {
          ChatBskyEmbedJoinLink.checkMain(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/embed')
        }
        break
      default:
        if (t5.charCodeAt(0) === 35 || t5.indexOf('#') !== t5.lastIndexOf('#')) throw rt.invalid(p + '/embed $type is not a valid type reference')
    }
  }
  const x6: unknown = o.replyTo
  if (x6 !== undefined) {
    try {
      checkReplyRef(x6, '')
    } catch (err) {
      throw rt.within(err, p + '/replyTo')
    }
  }
  return o as unknown as MessageInput
}

/** Validates a value as MessageInput; a failure says where, e.g. "Object/field must be a string". */
export function validateMessageInput(v: unknown): rt.ValidationResult<MessageInput> {
  return rt.run(checkMessageInput, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a MessageInput; it does not validate it. */
export function isMessageInput<V>(v: V): v is V & rt.Typed<MessageInput, 'chat.bsky.convo.defs#messageInput'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#messageInput')
}

/** A reference to another message within the same convo, used to indicate that a message is a reply to it. */
export interface ReplyRef {
  $type?: 'chat.bsky.convo.defs#replyRef'
  messageId: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkReplyRef(v: unknown, p: string): ReplyRef {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.messageId
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "messageId"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/messageId must be a string')
  }
  return o as unknown as ReplyRef
}

/** Validates a value as ReplyRef; a failure says where, e.g. "Object/field must be a string". */
export function validateReplyRef(v: unknown): rt.ValidationResult<ReplyRef> {
  return rt.run(checkReplyRef, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ReplyRef; it does not validate it. */
export function isReplyRef<V>(v: V): v is V & rt.Typed<ReplyRef, 'chat.bsky.convo.defs#replyRef'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#replyRef')
}

export interface MessageView {
  $type?: 'chat.bsky.convo.defs#messageView'
  id: string
  rev: string
  text: string
  /** Annotations of text (mentions, URLs, hashtags, etc) */
  facets?: AppBskyRichtextFacet.Main[]
  embed?: rt.Typed<AppBskyEmbedRecord.View, 'app.bsky.embed.record#view'> | rt.Typed<ChatBskyEmbedJoinLink.View, 'chat.bsky.embed.joinLink#view'> | rt.UnknownTyped
  /** Reactions to this message, in ascending order of creation time. */
  reactions?: ReactionView[]
  /** If set, the message this message is replying to. The full view of the referenced message is embedded so the client can render it inline. Only a single level is embedded: the embedded message will not itself have a populated 'replyTo' field even if it was also a reply. */
  replyTo?: rt.Typed<MessageView, 'chat.bsky.convo.defs#messageView'> | rt.Typed<DeletedMessageView, 'chat.bsky.convo.defs#deletedMessageView'> | rt.Typed<MessageBeforeUserJoinedGroupView, 'chat.bsky.convo.defs#messageBeforeUserJoinedGroupView'> | rt.UnknownTyped
  sender: MessageViewSender
  sentAt: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMessageView(v: unknown, p: string): MessageView {
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
  const x3: unknown = o.text
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "text"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/text must be a string')
    if (x3.length * 3 > 10000 && rt.utf8Len(x3) > 10000) throw rt.invalid(p + '/text must not be longer than 10000 characters')
    if (x3.length > 1000 && rt.graphemeLen(x3) > 1000) throw rt.invalid(p + '/text must not be longer than 1000 graphemes')
  }
  const x4: unknown = o.facets
  if (x4 !== undefined) {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/facets must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      try {
        AppBskyRichtextFacet.checkMain(e5, '')
      } catch (err) {
        throw rt.within(err, p + '/facets' + '/' + i5)
      }
    }
  }
  const x6: unknown = o.embed
  if (x6 !== undefined) {
    if (typeof x6 !== 'object' || x6 === null || typeof (x6 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/embed must be an object which includes the "$type" property')
    const t7 = (x6 as { $type: string }).$type
    switch (t7) {
      case 'app.bsky.embed.record#view':
        try {
          AppBskyEmbedRecord.checkView(x6, '')
        } catch (err) {
          throw rt.within(err, p + '/embed')
        }
        break
      case 'chat.bsky.embed.joinLink#view':
        try {
          ChatBskyEmbedJoinLink.checkView(x6, '')
        } catch (err) {
          throw rt.within(err, p + '/embed')
        }
        break
      default:
        if (t7.charCodeAt(0) === 35 || t7.indexOf('#') !== t7.lastIndexOf('#')) throw rt.invalid(p + '/embed $type is not a valid type reference')
    }
  }
  const x8: unknown = o.reactions
  if (x8 !== undefined) {
    if (!Array.isArray(x8)) throw rt.invalid(p + '/reactions must be an array')
    for (let i9 = 0; i9 < x8.length; i9++) {
      const e9: unknown = x8[i9]
      try {
        checkReactionView(e9, '')
      } catch (err) {
        throw rt.within(err, p + '/reactions' + '/' + i9)
      }
    }
  }
  const x10: unknown = o.replyTo
  if (x10 !== undefined) {
    if (typeof x10 !== 'object' || x10 === null || typeof (x10 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/replyTo must be an object which includes the "$type" property')
    const t11 = (x10 as { $type: string }).$type
    switch (t11) {
      case 'chat.bsky.convo.defs#messageView':
        try {
          checkMessageView(x10, '')
        } catch (err) {
          throw rt.within(err, p + '/replyTo')
        }
        break
      case 'chat.bsky.convo.defs#deletedMessageView':
        try {
          checkDeletedMessageView(x10, '')
        } catch (err) {
          throw rt.within(err, p + '/replyTo')
        }
        break
      case 'chat.bsky.convo.defs#messageBeforeUserJoinedGroupView':
        try {
          checkMessageBeforeUserJoinedGroupView(x10, '')
        } catch (err) {
          throw rt.within(err, p + '/replyTo')
        }
        break
      default:
        if (t11.charCodeAt(0) === 35 || t11.indexOf('#') !== t11.lastIndexOf('#')) throw rt.invalid(p + '/replyTo $type is not a valid type reference')
    }
  }
  const x12: unknown = o.sender
  if (x12 === undefined) {
    throw rt.invalid(p + ' must have the property "sender"')
  } else {
    try {
      checkMessageViewSender(x12, '')
    } catch (err) {
      throw rt.within(err, p + '/sender')
    }
  }
  const x13: unknown = o.sentAt
  if (x13 === undefined) {
    throw rt.invalid(p + ' must have the property "sentAt"')
  } else {
    if (typeof x13 !== 'string') throw rt.invalid(p + '/sentAt must be a string')
    if (!rt.isDatetime(x13)) throw rt.invalid(p + '/sentAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as MessageView
}

/** Validates a value as MessageView; a failure says where, e.g. "Object/field must be a string". */
export function validateMessageView(v: unknown): rt.ValidationResult<MessageView> {
  return rt.run(checkMessageView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a MessageView; it does not validate it. */
export function isMessageView<V>(v: V): v is V & rt.Typed<MessageView, 'chat.bsky.convo.defs#messageView'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#messageView')
}

export interface SystemMessageReferredUser {
  $type?: 'chat.bsky.convo.defs#systemMessageReferredUser'
  did: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSystemMessageReferredUser(v: unknown, p: string): SystemMessageReferredUser {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  return o as unknown as SystemMessageReferredUser
}

/** Validates a value as SystemMessageReferredUser; a failure says where, e.g. "Object/field must be a string". */
export function validateSystemMessageReferredUser(v: unknown): rt.ValidationResult<SystemMessageReferredUser> {
  return rt.run(checkSystemMessageReferredUser, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SystemMessageReferredUser; it does not validate it. */
export function isSystemMessageReferredUser<V>(v: V): v is V & rt.Typed<SystemMessageReferredUser, 'chat.bsky.convo.defs#systemMessageReferredUser'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#systemMessageReferredUser')
}

export interface SystemMessageView {
  $type?: 'chat.bsky.convo.defs#systemMessageView'
  id: string
  rev: string
  sentAt: string
  data: rt.Typed<SystemMessageDataAddMember, 'chat.bsky.convo.defs#systemMessageDataAddMember'> | rt.Typed<SystemMessageDataRemoveMember, 'chat.bsky.convo.defs#systemMessageDataRemoveMember'> | rt.Typed<SystemMessageDataMemberJoin, 'chat.bsky.convo.defs#systemMessageDataMemberJoin'> | rt.Typed<SystemMessageDataMemberLeave, 'chat.bsky.convo.defs#systemMessageDataMemberLeave'> | rt.Typed<SystemMessageDataLockConvo, 'chat.bsky.convo.defs#systemMessageDataLockConvo'> | rt.Typed<SystemMessageDataUnlockConvo, 'chat.bsky.convo.defs#systemMessageDataUnlockConvo'> | rt.Typed<SystemMessageDataLockConvoPermanently, 'chat.bsky.convo.defs#systemMessageDataLockConvoPermanently'> | rt.Typed<SystemMessageDataEditGroup, 'chat.bsky.convo.defs#systemMessageDataEditGroup'> | rt.Typed<SystemMessageDataCreateJoinLink, 'chat.bsky.convo.defs#systemMessageDataCreateJoinLink'> | rt.Typed<SystemMessageDataEditJoinLink, 'chat.bsky.convo.defs#systemMessageDataEditJoinLink'> | rt.Typed<SystemMessageDataEnableJoinLink, 'chat.bsky.convo.defs#systemMessageDataEnableJoinLink'> | rt.Typed<SystemMessageDataDisableJoinLink, 'chat.bsky.convo.defs#systemMessageDataDisableJoinLink'> | rt.UnknownTyped
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSystemMessageView(v: unknown, p: string): SystemMessageView {
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
  const x3: unknown = o.sentAt
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "sentAt"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/sentAt must be a string')
    if (!rt.isDatetime(x3)) throw rt.invalid(p + '/sentAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x4: unknown = o.data
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "data"')
  } else {
    if (typeof x4 !== 'object' || x4 === null || typeof (x4 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/data must be an object which includes the "$type" property')
    const t5 = (x4 as { $type: string }).$type
    switch (t5) {
      case 'chat.bsky.convo.defs#systemMessageDataAddMember':
        try {
          checkSystemMessageDataAddMember(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/data')
        }
        break
      case 'chat.bsky.convo.defs#systemMessageDataRemoveMember':
        try {
          checkSystemMessageDataRemoveMember(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/data')
        }
        break
      case 'chat.bsky.convo.defs#systemMessageDataMemberJoin':
        try {
          checkSystemMessageDataMemberJoin(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/data')
        }
        break
      case 'chat.bsky.convo.defs#systemMessageDataMemberLeave':
        try {
          checkSystemMessageDataMemberLeave(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/data')
        }
        break
      case 'chat.bsky.convo.defs#systemMessageDataLockConvo':
        try {
          checkSystemMessageDataLockConvo(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/data')
        }
        break
      case 'chat.bsky.convo.defs#systemMessageDataUnlockConvo':
        try {
          checkSystemMessageDataUnlockConvo(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/data')
        }
        break
      case 'chat.bsky.convo.defs#systemMessageDataLockConvoPermanently':
        try {
          checkSystemMessageDataLockConvoPermanently(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/data')
        }
        break
      case 'chat.bsky.convo.defs#systemMessageDataEditGroup':
        try {
          checkSystemMessageDataEditGroup(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/data')
        }
        break
      case 'chat.bsky.convo.defs#systemMessageDataCreateJoinLink':
        try {
          checkSystemMessageDataCreateJoinLink(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/data')
        }
        break
      case 'chat.bsky.convo.defs#systemMessageDataEditJoinLink':
        try {
          checkSystemMessageDataEditJoinLink(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/data')
        }
        break
      case 'chat.bsky.convo.defs#systemMessageDataEnableJoinLink':
        try {
          checkSystemMessageDataEnableJoinLink(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/data')
        }
        break
      case 'chat.bsky.convo.defs#systemMessageDataDisableJoinLink':
        try {
          checkSystemMessageDataDisableJoinLink(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/data')
        }
        break
      default:
        if (t5.charCodeAt(0) === 35 || t5.indexOf('#') !== t5.lastIndexOf('#')) throw rt.invalid(p + '/data $type is not a valid type reference')
    }
  }
  return o as unknown as SystemMessageView
}

/** Validates a value as SystemMessageView; a failure says where, e.g. "Object/field must be a string". */
export function validateSystemMessageView(v: unknown): rt.ValidationResult<SystemMessageView> {
  return rt.run(checkSystemMessageView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SystemMessageView; it does not validate it. */
export function isSystemMessageView<V>(v: V): v is V & rt.Typed<SystemMessageView, 'chat.bsky.convo.defs#systemMessageView'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#systemMessageView')
}

/** System message indicating a user was added to the group convo. */
export interface SystemMessageDataAddMember {
  $type?: 'chat.bsky.convo.defs#systemMessageDataAddMember'
  /** Current view of the member who was added. */
  member: SystemMessageReferredUser
  /** Role the user was added to the group with. The role from 'member' will reflect the current data, not historical. */
  role: ChatBskyActorDefs.MemberRole
  addedBy: SystemMessageReferredUser
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSystemMessageDataAddMember(v: unknown, p: string): SystemMessageDataAddMember {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.member
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "member"')
  } else {
    try {
      checkSystemMessageReferredUser(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/member')
    }
  }
  const x2: unknown = o.role
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "role"')
  } else {
    try {
      ChatBskyActorDefs.checkMemberRole(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/role')
    }
  }
  const x3: unknown = o.addedBy
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "addedBy"')
  } else {
    try {
      checkSystemMessageReferredUser(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/addedBy')
    }
  }
  return o as unknown as SystemMessageDataAddMember
}

/** Validates a value as SystemMessageDataAddMember; a failure says where, e.g. "Object/field must be a string". */
export function validateSystemMessageDataAddMember(v: unknown): rt.ValidationResult<SystemMessageDataAddMember> {
  return rt.run(checkSystemMessageDataAddMember, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SystemMessageDataAddMember; it does not validate it. */
export function isSystemMessageDataAddMember<V>(v: V): v is V & rt.Typed<SystemMessageDataAddMember, 'chat.bsky.convo.defs#systemMessageDataAddMember'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#systemMessageDataAddMember')
}

/** System message indicating a user was removed from the group convo. */
export interface SystemMessageDataRemoveMember {
  $type?: 'chat.bsky.convo.defs#systemMessageDataRemoveMember'
  /** Current view of the member who was removed. */
  member: SystemMessageReferredUser
  removedBy: SystemMessageReferredUser
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSystemMessageDataRemoveMember(v: unknown, p: string): SystemMessageDataRemoveMember {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.member
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "member"')
  } else {
    try {
      checkSystemMessageReferredUser(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/member')
    }
  }
  const x2: unknown = o.removedBy
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "removedBy"')
  } else {
    try {
      checkSystemMessageReferredUser(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/removedBy')
    }
  }
  return o as unknown as SystemMessageDataRemoveMember
}

/** Validates a value as SystemMessageDataRemoveMember; a failure says where, e.g. "Object/field must be a string". */
export function validateSystemMessageDataRemoveMember(v: unknown): rt.ValidationResult<SystemMessageDataRemoveMember> {
  return rt.run(checkSystemMessageDataRemoveMember, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SystemMessageDataRemoveMember; it does not validate it. */
export function isSystemMessageDataRemoveMember<V>(v: V): v is V & rt.Typed<SystemMessageDataRemoveMember, 'chat.bsky.convo.defs#systemMessageDataRemoveMember'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#systemMessageDataRemoveMember')
}

/** System message indicating a user joined the group convo via join link. */
export interface SystemMessageDataMemberJoin {
  $type?: 'chat.bsky.convo.defs#systemMessageDataMemberJoin'
  /** Current view of the member who joined. */
  member: SystemMessageReferredUser
  /** Role the user was added to the group with. The role from 'member' will reflect the current data, not historical. */
  role: ChatBskyActorDefs.MemberRole
  /** If join link was configured to require approval, this will be set to who approved the request. Undefined if approval was not required. */
  approvedBy?: SystemMessageReferredUser
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSystemMessageDataMemberJoin(v: unknown, p: string): SystemMessageDataMemberJoin {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.member
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "member"')
  } else {
    try {
      checkSystemMessageReferredUser(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/member')
    }
  }
  const x2: unknown = o.role
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "role"')
  } else {
    try {
      ChatBskyActorDefs.checkMemberRole(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/role')
    }
  }
  const x3: unknown = o.approvedBy
  if (x3 !== undefined) {
    try {
      checkSystemMessageReferredUser(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/approvedBy')
    }
  }
  return o as unknown as SystemMessageDataMemberJoin
}

/** Validates a value as SystemMessageDataMemberJoin; a failure says where, e.g. "Object/field must be a string". */
export function validateSystemMessageDataMemberJoin(v: unknown): rt.ValidationResult<SystemMessageDataMemberJoin> {
  return rt.run(checkSystemMessageDataMemberJoin, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SystemMessageDataMemberJoin; it does not validate it. */
export function isSystemMessageDataMemberJoin<V>(v: V): v is V & rt.Typed<SystemMessageDataMemberJoin, 'chat.bsky.convo.defs#systemMessageDataMemberJoin'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#systemMessageDataMemberJoin')
}

/** System message indicating a user voluntarily left the group convo. */
export interface SystemMessageDataMemberLeave {
  $type?: 'chat.bsky.convo.defs#systemMessageDataMemberLeave'
  /** Current view of the member who left the group. */
  member: SystemMessageReferredUser
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSystemMessageDataMemberLeave(v: unknown, p: string): SystemMessageDataMemberLeave {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.member
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "member"')
  } else {
    try {
      checkSystemMessageReferredUser(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/member')
    }
  }
  return o as unknown as SystemMessageDataMemberLeave
}

/** Validates a value as SystemMessageDataMemberLeave; a failure says where, e.g. "Object/field must be a string". */
export function validateSystemMessageDataMemberLeave(v: unknown): rt.ValidationResult<SystemMessageDataMemberLeave> {
  return rt.run(checkSystemMessageDataMemberLeave, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SystemMessageDataMemberLeave; it does not validate it. */
export function isSystemMessageDataMemberLeave<V>(v: V): v is V & rt.Typed<SystemMessageDataMemberLeave, 'chat.bsky.convo.defs#systemMessageDataMemberLeave'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#systemMessageDataMemberLeave')
}

/** System message indicating the group convo was locked. */
export interface SystemMessageDataLockConvo {
  $type?: 'chat.bsky.convo.defs#systemMessageDataLockConvo'
  /** Current view of the member who locked the group. */
  lockedBy: SystemMessageReferredUser
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSystemMessageDataLockConvo(v: unknown, p: string): SystemMessageDataLockConvo {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.lockedBy
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "lockedBy"')
  } else {
    try {
      checkSystemMessageReferredUser(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/lockedBy')
    }
  }
  return o as unknown as SystemMessageDataLockConvo
}

/** Validates a value as SystemMessageDataLockConvo; a failure says where, e.g. "Object/field must be a string". */
export function validateSystemMessageDataLockConvo(v: unknown): rt.ValidationResult<SystemMessageDataLockConvo> {
  return rt.run(checkSystemMessageDataLockConvo, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SystemMessageDataLockConvo; it does not validate it. */
export function isSystemMessageDataLockConvo<V>(v: V): v is V & rt.Typed<SystemMessageDataLockConvo, 'chat.bsky.convo.defs#systemMessageDataLockConvo'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#systemMessageDataLockConvo')
}

/** System message indicating the group convo was unlocked. */
export interface SystemMessageDataUnlockConvo {
  $type?: 'chat.bsky.convo.defs#systemMessageDataUnlockConvo'
  /** Current view of the member who unlocked the group. */
  unlockedBy: SystemMessageReferredUser
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSystemMessageDataUnlockConvo(v: unknown, p: string): SystemMessageDataUnlockConvo {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.unlockedBy
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "unlockedBy"')
  } else {
    try {
      checkSystemMessageReferredUser(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/unlockedBy')
    }
  }
  return o as unknown as SystemMessageDataUnlockConvo
}

/** Validates a value as SystemMessageDataUnlockConvo; a failure says where, e.g. "Object/field must be a string". */
export function validateSystemMessageDataUnlockConvo(v: unknown): rt.ValidationResult<SystemMessageDataUnlockConvo> {
  return rt.run(checkSystemMessageDataUnlockConvo, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SystemMessageDataUnlockConvo; it does not validate it. */
export function isSystemMessageDataUnlockConvo<V>(v: V): v is V & rt.Typed<SystemMessageDataUnlockConvo, 'chat.bsky.convo.defs#systemMessageDataUnlockConvo'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#systemMessageDataUnlockConvo')
}

/** System message indicating the group convo was locked permanently. */
export interface SystemMessageDataLockConvoPermanently {
  $type?: 'chat.bsky.convo.defs#systemMessageDataLockConvoPermanently'
  /** Current view of the member who locked the group. */
  lockedBy: SystemMessageReferredUser
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSystemMessageDataLockConvoPermanently(v: unknown, p: string): SystemMessageDataLockConvoPermanently {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.lockedBy
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "lockedBy"')
  } else {
    try {
      checkSystemMessageReferredUser(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/lockedBy')
    }
  }
  return o as unknown as SystemMessageDataLockConvoPermanently
}

/** Validates a value as SystemMessageDataLockConvoPermanently; a failure says where, e.g. "Object/field must be a string". */
export function validateSystemMessageDataLockConvoPermanently(v: unknown): rt.ValidationResult<SystemMessageDataLockConvoPermanently> {
  return rt.run(checkSystemMessageDataLockConvoPermanently, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SystemMessageDataLockConvoPermanently; it does not validate it. */
export function isSystemMessageDataLockConvoPermanently<V>(v: V): v is V & rt.Typed<SystemMessageDataLockConvoPermanently, 'chat.bsky.convo.defs#systemMessageDataLockConvoPermanently'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#systemMessageDataLockConvoPermanently')
}

/** System message indicating the group info was edited. */
export interface SystemMessageDataEditGroup {
  $type?: 'chat.bsky.convo.defs#systemMessageDataEditGroup'
  /** Group name that was replaced. */
  oldName?: string
  /** Group name that replaced the old. */
  newName?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSystemMessageDataEditGroup(v: unknown, p: string): SystemMessageDataEditGroup {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.oldName
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/oldName must be a string')
  }
  const x2: unknown = o.newName
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/newName must be a string')
  }
  return o as unknown as SystemMessageDataEditGroup
}

/** Validates a value as SystemMessageDataEditGroup; a failure says where, e.g. "Object/field must be a string". */
export function validateSystemMessageDataEditGroup(v: unknown): rt.ValidationResult<SystemMessageDataEditGroup> {
  return rt.run(checkSystemMessageDataEditGroup, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SystemMessageDataEditGroup; it does not validate it. */
export function isSystemMessageDataEditGroup<V>(v: V): v is V & rt.Typed<SystemMessageDataEditGroup, 'chat.bsky.convo.defs#systemMessageDataEditGroup'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#systemMessageDataEditGroup')
}

/** System message indicating the group join link was created. */
export interface SystemMessageDataCreateJoinLink {
  $type?: 'chat.bsky.convo.defs#systemMessageDataCreateJoinLink'
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSystemMessageDataCreateJoinLink(v: unknown, p: string): SystemMessageDataCreateJoinLink {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  return o as unknown as SystemMessageDataCreateJoinLink
}

/** Validates a value as SystemMessageDataCreateJoinLink; a failure says where, e.g. "Object/field must be a string". */
export function validateSystemMessageDataCreateJoinLink(v: unknown): rt.ValidationResult<SystemMessageDataCreateJoinLink> {
  return rt.run(checkSystemMessageDataCreateJoinLink, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SystemMessageDataCreateJoinLink; it does not validate it. */
export function isSystemMessageDataCreateJoinLink<V>(v: V): v is V & rt.Typed<SystemMessageDataCreateJoinLink, 'chat.bsky.convo.defs#systemMessageDataCreateJoinLink'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#systemMessageDataCreateJoinLink')
}

/** System message indicating the group join link was edited. */
export interface SystemMessageDataEditJoinLink {
  $type?: 'chat.bsky.convo.defs#systemMessageDataEditJoinLink'
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSystemMessageDataEditJoinLink(v: unknown, p: string): SystemMessageDataEditJoinLink {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  return o as unknown as SystemMessageDataEditJoinLink
}

/** Validates a value as SystemMessageDataEditJoinLink; a failure says where, e.g. "Object/field must be a string". */
export function validateSystemMessageDataEditJoinLink(v: unknown): rt.ValidationResult<SystemMessageDataEditJoinLink> {
  return rt.run(checkSystemMessageDataEditJoinLink, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SystemMessageDataEditJoinLink; it does not validate it. */
export function isSystemMessageDataEditJoinLink<V>(v: V): v is V & rt.Typed<SystemMessageDataEditJoinLink, 'chat.bsky.convo.defs#systemMessageDataEditJoinLink'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#systemMessageDataEditJoinLink')
}

/** System message indicating the group join link was enabled. */
export interface SystemMessageDataEnableJoinLink {
  $type?: 'chat.bsky.convo.defs#systemMessageDataEnableJoinLink'
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSystemMessageDataEnableJoinLink(v: unknown, p: string): SystemMessageDataEnableJoinLink {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  return o as unknown as SystemMessageDataEnableJoinLink
}

/** Validates a value as SystemMessageDataEnableJoinLink; a failure says where, e.g. "Object/field must be a string". */
export function validateSystemMessageDataEnableJoinLink(v: unknown): rt.ValidationResult<SystemMessageDataEnableJoinLink> {
  return rt.run(checkSystemMessageDataEnableJoinLink, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SystemMessageDataEnableJoinLink; it does not validate it. */
export function isSystemMessageDataEnableJoinLink<V>(v: V): v is V & rt.Typed<SystemMessageDataEnableJoinLink, 'chat.bsky.convo.defs#systemMessageDataEnableJoinLink'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#systemMessageDataEnableJoinLink')
}

/** System message indicating the group join link was disabled. */
export interface SystemMessageDataDisableJoinLink {
  $type?: 'chat.bsky.convo.defs#systemMessageDataDisableJoinLink'
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSystemMessageDataDisableJoinLink(v: unknown, p: string): SystemMessageDataDisableJoinLink {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  return o as unknown as SystemMessageDataDisableJoinLink
}

/** Validates a value as SystemMessageDataDisableJoinLink; a failure says where, e.g. "Object/field must be a string". */
export function validateSystemMessageDataDisableJoinLink(v: unknown): rt.ValidationResult<SystemMessageDataDisableJoinLink> {
  return rt.run(checkSystemMessageDataDisableJoinLink, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SystemMessageDataDisableJoinLink; it does not validate it. */
export function isSystemMessageDataDisableJoinLink<V>(v: V): v is V & rt.Typed<SystemMessageDataDisableJoinLink, 'chat.bsky.convo.defs#systemMessageDataDisableJoinLink'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#systemMessageDataDisableJoinLink')
}

export interface DeletedMessageView {
  $type?: 'chat.bsky.convo.defs#deletedMessageView'
  id: string
  rev: string
  sender: MessageViewSender
  sentAt: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkDeletedMessageView(v: unknown, p: string): DeletedMessageView {
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
  const x3: unknown = o.sender
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "sender"')
  } else {
    try {
      checkMessageViewSender(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/sender')
    }
  }
  const x4: unknown = o.sentAt
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "sentAt"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/sentAt must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/sentAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as DeletedMessageView
}

/** Validates a value as DeletedMessageView; a failure says where, e.g. "Object/field must be a string". */
export function validateDeletedMessageView(v: unknown): rt.ValidationResult<DeletedMessageView> {
  return rt.run(checkDeletedMessageView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a DeletedMessageView; it does not validate it. */
export function isDeletedMessageView<V>(v: V): v is V & rt.Typed<DeletedMessageView, 'chat.bsky.convo.defs#deletedMessageView'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#deletedMessageView')
}

/** Placeholder embedded in place of a reply's parent message when that parent was sent before the viewer joined the group convo. The viewer has no access to that history, so no message data is carried. */
export interface MessageBeforeUserJoinedGroupView {
  $type?: 'chat.bsky.convo.defs#messageBeforeUserJoinedGroupView'
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMessageBeforeUserJoinedGroupView(v: unknown, p: string): MessageBeforeUserJoinedGroupView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  return o as unknown as MessageBeforeUserJoinedGroupView
}

/** Validates a value as MessageBeforeUserJoinedGroupView; a failure says where, e.g. "Object/field must be a string". */
export function validateMessageBeforeUserJoinedGroupView(v: unknown): rt.ValidationResult<MessageBeforeUserJoinedGroupView> {
  return rt.run(checkMessageBeforeUserJoinedGroupView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a MessageBeforeUserJoinedGroupView; it does not validate it. */
export function isMessageBeforeUserJoinedGroupView<V>(v: V): v is V & rt.Typed<MessageBeforeUserJoinedGroupView, 'chat.bsky.convo.defs#messageBeforeUserJoinedGroupView'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#messageBeforeUserJoinedGroupView')
}

export interface MessageViewSender {
  $type?: 'chat.bsky.convo.defs#messageViewSender'
  did: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMessageViewSender(v: unknown, p: string): MessageViewSender {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  return o as unknown as MessageViewSender
}

/** Validates a value as MessageViewSender; a failure says where, e.g. "Object/field must be a string". */
export function validateMessageViewSender(v: unknown): rt.ValidationResult<MessageViewSender> {
  return rt.run(checkMessageViewSender, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a MessageViewSender; it does not validate it. */
export function isMessageViewSender<V>(v: V): v is V & rt.Typed<MessageViewSender, 'chat.bsky.convo.defs#messageViewSender'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#messageViewSender')
}

export interface ReactionView {
  $type?: 'chat.bsky.convo.defs#reactionView'
  value: string
  sender: ReactionViewSender
  createdAt: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkReactionView(v: unknown, p: string): ReactionView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.value
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "value"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/value must be a string')
  }
  const x2: unknown = o.sender
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "sender"')
  } else {
    try {
      checkReactionViewSender(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/sender')
    }
  }
  const x3: unknown = o.createdAt
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x3)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as ReactionView
}

/** Validates a value as ReactionView; a failure says where, e.g. "Object/field must be a string". */
export function validateReactionView(v: unknown): rt.ValidationResult<ReactionView> {
  return rt.run(checkReactionView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ReactionView; it does not validate it. */
export function isReactionView<V>(v: V): v is V & rt.Typed<ReactionView, 'chat.bsky.convo.defs#reactionView'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#reactionView')
}

export interface ReactionViewSender {
  $type?: 'chat.bsky.convo.defs#reactionViewSender'
  did: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkReactionViewSender(v: unknown, p: string): ReactionViewSender {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  return o as unknown as ReactionViewSender
}

/** Validates a value as ReactionViewSender; a failure says where, e.g. "Object/field must be a string". */
export function validateReactionViewSender(v: unknown): rt.ValidationResult<ReactionViewSender> {
  return rt.run(checkReactionViewSender, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ReactionViewSender; it does not validate it. */
export function isReactionViewSender<V>(v: V): v is V & rt.Typed<ReactionViewSender, 'chat.bsky.convo.defs#reactionViewSender'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#reactionViewSender')
}

export interface MessageAndReactionView {
  $type?: 'chat.bsky.convo.defs#messageAndReactionView'
  message: MessageView
  reaction: ReactionView
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMessageAndReactionView(v: unknown, p: string): MessageAndReactionView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.message
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "message"')
  } else {
    try {
      checkMessageView(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/message')
    }
  }
  const x2: unknown = o.reaction
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "reaction"')
  } else {
    try {
      checkReactionView(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/reaction')
    }
  }
  return o as unknown as MessageAndReactionView
}

/** Validates a value as MessageAndReactionView; a failure says where, e.g. "Object/field must be a string". */
export function validateMessageAndReactionView(v: unknown): rt.ValidationResult<MessageAndReactionView> {
  return rt.run(checkMessageAndReactionView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a MessageAndReactionView; it does not validate it. */
export function isMessageAndReactionView<V>(v: V): v is V & rt.Typed<MessageAndReactionView, 'chat.bsky.convo.defs#messageAndReactionView'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#messageAndReactionView')
}

export interface ConvoView {
  $type?: 'chat.bsky.convo.defs#convoView'
  id: string
  rev: string
  /** Members of this conversation. For direct convos, it will be an immutable list of the 2 members. For group convos, it will a list of important members (the first few members, the viewer, the member who added the viewer, the member who sent the last message, the member who sent the last reaction), but will not contain the full list of members. Use chat.bsky.convo.getConvoMembers to list all members. */
  members: ChatBskyActorDefs.ProfileViewBasic[]
  lastMessage?: rt.Typed<MessageView, 'chat.bsky.convo.defs#messageView'> | rt.Typed<DeletedMessageView, 'chat.bsky.convo.defs#deletedMessageView'> | rt.Typed<SystemMessageView, 'chat.bsky.convo.defs#systemMessageView'> | rt.UnknownTyped
  lastReaction?: rt.Typed<MessageAndReactionView, 'chat.bsky.convo.defs#messageAndReactionView'> | rt.UnknownTyped
  muted: boolean
  /** Convo status for the viewer member (not the convo itself). */
  status?: ConvoStatus
  unreadCount: number
  /** Union field that has data specific to different kinds of convos. */
  kind?: rt.Typed<DirectConvo, 'chat.bsky.convo.defs#directConvo'> | rt.Typed<GroupConvo, 'chat.bsky.convo.defs#groupConvo'> | rt.UnknownTyped
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
  const x3: unknown = o.members
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "members"')
  } else {
    if (!Array.isArray(x3)) throw rt.invalid(p + '/members must be an array')
    for (let i4 = 0; i4 < x3.length; i4++) {
      const e4: unknown = x3[i4]
      try {
        ChatBskyActorDefs.checkProfileViewBasic(e4, '')
      } catch (err) {
        throw rt.within(err, p + '/members' + '/' + i4)
      }
    }
  }
  const x5: unknown = o.lastMessage
  if (x5 !== undefined) {
    if (typeof x5 !== 'object' || x5 === null || typeof (x5 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/lastMessage must be an object which includes the "$type" property')
    const t6 = (x5 as { $type: string }).$type
    switch (t6) {
      case 'chat.bsky.convo.defs#messageView':
        try {
          checkMessageView(x5, '')
        } catch (err) {
          throw rt.within(err, p + '/lastMessage')
        }
        break
      case 'chat.bsky.convo.defs#deletedMessageView':
        try {
          checkDeletedMessageView(x5, '')
        } catch (err) {
          throw rt.within(err, p + '/lastMessage')
        }
        break
      case 'chat.bsky.convo.defs#systemMessageView':
        try {
          checkSystemMessageView(x5, '')
        } catch (err) {
          throw rt.within(err, p + '/lastMessage')
        }
        break
      default:
        if (t6.charCodeAt(0) === 35 || t6.indexOf('#') !== t6.lastIndexOf('#')) throw rt.invalid(p + '/lastMessage $type is not a valid type reference')
    }
  }
  const x7: unknown = o.lastReaction
  if (x7 !== undefined) {
    if (typeof x7 !== 'object' || x7 === null || typeof (x7 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/lastReaction must be an object which includes the "$type" property')
    const t8 = (x7 as { $type: string }).$type
    switch (t8) {
      case 'chat.bsky.convo.defs#messageAndReactionView':
        try {
          checkMessageAndReactionView(x7, '')
        } catch (err) {
          throw rt.within(err, p + '/lastReaction')
        }
        break
      default:
        if (t8.charCodeAt(0) === 35 || t8.indexOf('#') !== t8.lastIndexOf('#')) throw rt.invalid(p + '/lastReaction $type is not a valid type reference')
    }
  }
  const x9: unknown = o.muted
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "muted"')
  } else {
    if (typeof x9 !== 'boolean') throw rt.invalid(p + '/muted must be a boolean')
  }
  const x10: unknown = o.status
  if (x10 !== undefined) {
    try {
      checkConvoStatus(x10, '')
    } catch (err) {
      throw rt.within(err, p + '/status')
    }
  }
  const x11: unknown = o.unreadCount
  if (x11 === undefined) {
    throw rt.invalid(p + ' must have the property "unreadCount"')
  } else {
    if (!Number.isInteger(x11)) throw rt.invalid(p + '/unreadCount must be an integer')
  }
  const x12: unknown = o.kind
  if (x12 !== undefined) {
    if (typeof x12 !== 'object' || x12 === null || typeof (x12 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/kind must be an object which includes the "$type" property')
    const t13 = (x12 as { $type: string }).$type
    switch (t13) {
      case 'chat.bsky.convo.defs#directConvo':
        try {
          checkDirectConvo(x12, '')
        } catch (err) {
          throw rt.within(err, p + '/kind')
        }
        break
      case 'chat.bsky.convo.defs#groupConvo':
        try {
          checkGroupConvo(x12, '')
        } catch (err) {
          throw rt.within(err, p + '/kind')
        }
        break
      default:
        if (t13.charCodeAt(0) === 35 || t13.indexOf('#') !== t13.lastIndexOf('#')) throw rt.invalid(p + '/kind $type is not a valid type reference')
    }
  }
  return o as unknown as ConvoView
}

/** Validates a value as ConvoView; a failure says where, e.g. "Object/field must be a string". */
export function validateConvoView(v: unknown): rt.ValidationResult<ConvoView> {
  return rt.run(checkConvoView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ConvoView; it does not validate it. */
export function isConvoView<V>(v: V): v is V & rt.Typed<ConvoView, 'chat.bsky.convo.defs#convoView'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#convoView')
}

export interface DirectConvo {
  $type?: 'chat.bsky.convo.defs#directConvo'
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
export function isDirectConvo<V>(v: V): v is V & rt.Typed<DirectConvo, 'chat.bsky.convo.defs#directConvo'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#directConvo')
}

export interface GroupConvo {
  $type?: 'chat.bsky.convo.defs#groupConvo'
  createdAt: string
  joinLink?: ChatBskyGroupDefs.JoinLinkView
  /** The total number of pending join requests for the group conversation. Only present for the owner. Capped at 21. */
  joinRequestCount?: number
  /** The lock status of the conversation. */
  lockStatus: ConvoLockStatus
  /** Whether the lock status is being forced by a moderation override (account inactivation or convo takedown) rather than the owner's own setting. */
  lockStatusModerationOverride: boolean
  /** The total number of members in the group conversation. */
  memberCount: number
  /** The maximum number of members allowed in the group conversation. */
  memberLimit: number
  /** The display name of the group conversation. */
  name: string
  /** The number of unread join requests for the group conversation. Only present for the owner. */
  unreadJoinRequestCount?: number
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
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/joinRequestCount must be an integer')
  }
  const x4: unknown = o.lockStatus
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "lockStatus"')
  } else {
    try {
      checkConvoLockStatus(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/lockStatus')
    }
  }
  const x5: unknown = o.lockStatusModerationOverride
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "lockStatusModerationOverride"')
  } else {
    if (typeof x5 !== 'boolean') throw rt.invalid(p + '/lockStatusModerationOverride must be a boolean')
  }
  const x6: unknown = o.memberCount
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "memberCount"')
  } else {
    if (!Number.isInteger(x6)) throw rt.invalid(p + '/memberCount must be an integer')
  }
  const x7: unknown = o.memberLimit
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "memberLimit"')
  } else {
    if (!Number.isInteger(x7)) throw rt.invalid(p + '/memberLimit must be an integer')
  }
  const x8: unknown = o.name
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "name"')
  } else {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/name must be a string')
    if (x8.length * 3 > 500 && rt.utf8Len(x8) > 500) throw rt.invalid(p + '/name must not be longer than 500 characters')
    if (x8.length > 50 && rt.graphemeLen(x8) > 50) throw rt.invalid(p + '/name must not be longer than 50 graphemes')
  }
  const x9: unknown = o.unreadJoinRequestCount
  if (x9 !== undefined) {
    if (!Number.isInteger(x9)) throw rt.invalid(p + '/unreadJoinRequestCount must be an integer')
  }
  return o as unknown as GroupConvo
}

/** Validates a value as GroupConvo; a failure says where, e.g. "Object/field must be a string". */
export function validateGroupConvo(v: unknown): rt.ValidationResult<GroupConvo> {
  return rt.run(checkGroupConvo, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a GroupConvo; it does not validate it. */
export function isGroupConvo<V>(v: V): v is V & rt.Typed<GroupConvo, 'chat.bsky.convo.defs#groupConvo'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#groupConvo')
}

/** Event indicating a convo containing the viewer was started. Can be direct or group. When a member is added to a group convo, they also get this event. */
export interface LogBeginConvo {
  $type?: 'chat.bsky.convo.defs#logBeginConvo'
  rev: string
  convoId: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogBeginConvo(v: unknown, p: string): LogBeginConvo {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  return o as unknown as LogBeginConvo
}

/** Validates a value as LogBeginConvo; a failure says where, e.g. "Object/field must be a string". */
export function validateLogBeginConvo(v: unknown): rt.ValidationResult<LogBeginConvo> {
  return rt.run(checkLogBeginConvo, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogBeginConvo; it does not validate it. */
export function isLogBeginConvo<V>(v: V): v is V & rt.Typed<LogBeginConvo, 'chat.bsky.convo.defs#logBeginConvo'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logBeginConvo')
}

/** Event indicating the viewer accepted a convo, and it can be moved out of the request inbox. Can be direct or group. */
export interface LogAcceptConvo {
  $type?: 'chat.bsky.convo.defs#logAcceptConvo'
  rev: string
  convoId: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogAcceptConvo(v: unknown, p: string): LogAcceptConvo {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  return o as unknown as LogAcceptConvo
}

/** Validates a value as LogAcceptConvo; a failure says where, e.g. "Object/field must be a string". */
export function validateLogAcceptConvo(v: unknown): rt.ValidationResult<LogAcceptConvo> {
  return rt.run(checkLogAcceptConvo, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogAcceptConvo; it does not validate it. */
export function isLogAcceptConvo<V>(v: V): v is V & rt.Typed<LogAcceptConvo, 'chat.bsky.convo.defs#logAcceptConvo'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logAcceptConvo')
}

/** Event indicating the viewer left a convo. Can be direct or group. */
export interface LogLeaveConvo {
  $type?: 'chat.bsky.convo.defs#logLeaveConvo'
  rev: string
  convoId: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogLeaveConvo(v: unknown, p: string): LogLeaveConvo {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  return o as unknown as LogLeaveConvo
}

/** Validates a value as LogLeaveConvo; a failure says where, e.g. "Object/field must be a string". */
export function validateLogLeaveConvo(v: unknown): rt.ValidationResult<LogLeaveConvo> {
  return rt.run(checkLogLeaveConvo, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogLeaveConvo; it does not validate it. */
export function isLogLeaveConvo<V>(v: V): v is V & rt.Typed<LogLeaveConvo, 'chat.bsky.convo.defs#logLeaveConvo'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logLeaveConvo')
}

/** Event indicating the viewer muted a convo. Can be direct or group. */
export interface LogMuteConvo {
  $type?: 'chat.bsky.convo.defs#logMuteConvo'
  rev: string
  convoId: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogMuteConvo(v: unknown, p: string): LogMuteConvo {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  return o as unknown as LogMuteConvo
}

/** Validates a value as LogMuteConvo; a failure says where, e.g. "Object/field must be a string". */
export function validateLogMuteConvo(v: unknown): rt.ValidationResult<LogMuteConvo> {
  return rt.run(checkLogMuteConvo, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogMuteConvo; it does not validate it. */
export function isLogMuteConvo<V>(v: V): v is V & rt.Typed<LogMuteConvo, 'chat.bsky.convo.defs#logMuteConvo'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logMuteConvo')
}

/** Event indicating the viewer unmuted a convo. Can be direct or group. */
export interface LogUnmuteConvo {
  $type?: 'chat.bsky.convo.defs#logUnmuteConvo'
  rev: string
  convoId: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogUnmuteConvo(v: unknown, p: string): LogUnmuteConvo {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  return o as unknown as LogUnmuteConvo
}

/** Validates a value as LogUnmuteConvo; a failure says where, e.g. "Object/field must be a string". */
export function validateLogUnmuteConvo(v: unknown): rt.ValidationResult<LogUnmuteConvo> {
  return rt.run(checkLogUnmuteConvo, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogUnmuteConvo; it does not validate it. */
export function isLogUnmuteConvo<V>(v: V): v is V & rt.Typed<LogUnmuteConvo, 'chat.bsky.convo.defs#logUnmuteConvo'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logUnmuteConvo')
}

/** Event indicating a user-originated message was created. Is not emitted for system messages. */
export interface LogCreateMessage {
  $type?: 'chat.bsky.convo.defs#logCreateMessage'
  rev: string
  convoId: string
  message: rt.Typed<MessageView, 'chat.bsky.convo.defs#messageView'> | rt.Typed<DeletedMessageView, 'chat.bsky.convo.defs#deletedMessageView'> | rt.UnknownTyped
  /** Profiles referred to in the message view. This isn't required for compatibility, because it was added later, but should generally be present. */
  relatedProfiles?: ChatBskyActorDefs.ProfileViewBasic[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogCreateMessage(v: unknown, p: string): LogCreateMessage {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x3: unknown = o.message
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "message"')
  } else {
    if (typeof x3 !== 'object' || x3 === null || typeof (x3 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/message must be an object which includes the "$type" property')
    const t4 = (x3 as { $type: string }).$type
    switch (t4) {
      case 'chat.bsky.convo.defs#messageView':
        try {
          checkMessageView(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/message')
        }
        break
      case 'chat.bsky.convo.defs#deletedMessageView':
        try {
          checkDeletedMessageView(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/message')
        }
        break
      default:
        if (t4.charCodeAt(0) === 35 || t4.indexOf('#') !== t4.lastIndexOf('#')) throw rt.invalid(p + '/message $type is not a valid type reference')
    }
  }
  const x5: unknown = o.relatedProfiles
  if (x5 !== undefined) {
    if (!Array.isArray(x5)) throw rt.invalid(p + '/relatedProfiles must be an array')
    for (let i6 = 0; i6 < x5.length; i6++) {
      const e6: unknown = x5[i6]
      try {
        ChatBskyActorDefs.checkProfileViewBasic(e6, '')
      } catch (err) {
        throw rt.within(err, p + '/relatedProfiles' + '/' + i6)
      }
    }
  }
  return o as unknown as LogCreateMessage
}

/** Validates a value as LogCreateMessage; a failure says where, e.g. "Object/field must be a string". */
export function validateLogCreateMessage(v: unknown): rt.ValidationResult<LogCreateMessage> {
  return rt.run(checkLogCreateMessage, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogCreateMessage; it does not validate it. */
export function isLogCreateMessage<V>(v: V): v is V & rt.Typed<LogCreateMessage, 'chat.bsky.convo.defs#logCreateMessage'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logCreateMessage')
}

/** Event indicating a user-originated message was deleted. Is not emitted for system messages. */
export interface LogDeleteMessage {
  $type?: 'chat.bsky.convo.defs#logDeleteMessage'
  rev: string
  convoId: string
  message: rt.Typed<MessageView, 'chat.bsky.convo.defs#messageView'> | rt.Typed<DeletedMessageView, 'chat.bsky.convo.defs#deletedMessageView'> | rt.UnknownTyped
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogDeleteMessage(v: unknown, p: string): LogDeleteMessage {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x3: unknown = o.message
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "message"')
  } else {
    if (typeof x3 !== 'object' || x3 === null || typeof (x3 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/message must be an object which includes the "$type" property')
    const t4 = (x3 as { $type: string }).$type
    switch (t4) {
      case 'chat.bsky.convo.defs#messageView':
        try {
          checkMessageView(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/message')
        }
        break
      case 'chat.bsky.convo.defs#deletedMessageView':
        try {
          checkDeletedMessageView(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/message')
        }
        break
      default:
        if (t4.charCodeAt(0) === 35 || t4.indexOf('#') !== t4.lastIndexOf('#')) throw rt.invalid(p + '/message $type is not a valid type reference')
    }
  }
  return o as unknown as LogDeleteMessage
}

/** Validates a value as LogDeleteMessage; a failure says where, e.g. "Object/field must be a string". */
export function validateLogDeleteMessage(v: unknown): rt.ValidationResult<LogDeleteMessage> {
  return rt.run(checkLogDeleteMessage, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogDeleteMessage; it does not validate it. */
export function isLogDeleteMessage<V>(v: V): v is V & rt.Typed<LogDeleteMessage, 'chat.bsky.convo.defs#logDeleteMessage'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logDeleteMessage')
}

/** DEPRECATED: use logReadConvo instead. Event indicating a convo was read up to a certain message. */
export interface LogReadMessage {
  $type?: 'chat.bsky.convo.defs#logReadMessage'
  rev: string
  convoId: string
  message: rt.Typed<MessageView, 'chat.bsky.convo.defs#messageView'> | rt.Typed<DeletedMessageView, 'chat.bsky.convo.defs#deletedMessageView'> | rt.Typed<SystemMessageView, 'chat.bsky.convo.defs#systemMessageView'> | rt.UnknownTyped
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogReadMessage(v: unknown, p: string): LogReadMessage {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x3: unknown = o.message
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "message"')
  } else {
    if (typeof x3 !== 'object' || x3 === null || typeof (x3 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/message must be an object which includes the "$type" property')
    const t4 = (x3 as { $type: string }).$type
    switch (t4) {
      case 'chat.bsky.convo.defs#messageView':
        try {
          checkMessageView(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/message')
        }
        break
      case 'chat.bsky.convo.defs#deletedMessageView':
        try {
          checkDeletedMessageView(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/message')
        }
        break
      case 'chat.bsky.convo.defs#systemMessageView':
        try {
          checkSystemMessageView(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/message')
        }
        break
      default:
        if (t4.charCodeAt(0) === 35 || t4.indexOf('#') !== t4.lastIndexOf('#')) throw rt.invalid(p + '/message $type is not a valid type reference')
    }
  }
  return o as unknown as LogReadMessage
}

/** Validates a value as LogReadMessage; a failure says where, e.g. "Object/field must be a string". */
export function validateLogReadMessage(v: unknown): rt.ValidationResult<LogReadMessage> {
  return rt.run(checkLogReadMessage, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogReadMessage; it does not validate it. */
export function isLogReadMessage<V>(v: V): v is V & rt.Typed<LogReadMessage, 'chat.bsky.convo.defs#logReadMessage'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logReadMessage')
}

/** Event indicating a reaction was added to a message. */
export interface LogAddReaction {
  $type?: 'chat.bsky.convo.defs#logAddReaction'
  rev: string
  convoId: string
  message: rt.Typed<MessageView, 'chat.bsky.convo.defs#messageView'> | rt.Typed<DeletedMessageView, 'chat.bsky.convo.defs#deletedMessageView'> | rt.UnknownTyped
  reaction: ReactionView
  /** Profiles referred in the message and reaction views. This isn't required for compatibility, because it was added later, but should generally be present. */
  relatedProfiles?: ChatBskyActorDefs.ProfileViewBasic[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogAddReaction(v: unknown, p: string): LogAddReaction {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x3: unknown = o.message
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "message"')
  } else {
    if (typeof x3 !== 'object' || x3 === null || typeof (x3 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/message must be an object which includes the "$type" property')
    const t4 = (x3 as { $type: string }).$type
    switch (t4) {
      case 'chat.bsky.convo.defs#messageView':
        try {
          checkMessageView(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/message')
        }
        break
      case 'chat.bsky.convo.defs#deletedMessageView':
        try {
          checkDeletedMessageView(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/message')
        }
        break
      default:
        if (t4.charCodeAt(0) === 35 || t4.indexOf('#') !== t4.lastIndexOf('#')) throw rt.invalid(p + '/message $type is not a valid type reference')
    }
  }
  const x5: unknown = o.reaction
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "reaction"')
  } else {
    try {
      checkReactionView(x5, '')
    } catch (err) {
      throw rt.within(err, p + '/reaction')
    }
  }
  const x6: unknown = o.relatedProfiles
  if (x6 !== undefined) {
    if (!Array.isArray(x6)) throw rt.invalid(p + '/relatedProfiles must be an array')
    for (let i7 = 0; i7 < x6.length; i7++) {
      const e7: unknown = x6[i7]
      try {
        ChatBskyActorDefs.checkProfileViewBasic(e7, '')
      } catch (err) {
        throw rt.within(err, p + '/relatedProfiles' + '/' + i7)
      }
    }
  }
  return o as unknown as LogAddReaction
}

/** Validates a value as LogAddReaction; a failure says where, e.g. "Object/field must be a string". */
export function validateLogAddReaction(v: unknown): rt.ValidationResult<LogAddReaction> {
  return rt.run(checkLogAddReaction, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogAddReaction; it does not validate it. */
export function isLogAddReaction<V>(v: V): v is V & rt.Typed<LogAddReaction, 'chat.bsky.convo.defs#logAddReaction'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logAddReaction')
}

/** Event indicating a reaction was removed from a message. */
export interface LogRemoveReaction {
  $type?: 'chat.bsky.convo.defs#logRemoveReaction'
  rev: string
  convoId: string
  message: rt.Typed<MessageView, 'chat.bsky.convo.defs#messageView'> | rt.Typed<DeletedMessageView, 'chat.bsky.convo.defs#deletedMessageView'> | rt.UnknownTyped
  reaction: ReactionView
  /** Profiles referred in the message and reaction views. This isn't required for compatibility, because it was added later, but should generally be present. */
  relatedProfiles?: ChatBskyActorDefs.ProfileViewBasic[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogRemoveReaction(v: unknown, p: string): LogRemoveReaction {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x3: unknown = o.message
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "message"')
  } else {
    if (typeof x3 !== 'object' || x3 === null || typeof (x3 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/message must be an object which includes the "$type" property')
    const t4 = (x3 as { $type: string }).$type
    switch (t4) {
      case 'chat.bsky.convo.defs#messageView':
        try {
          checkMessageView(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/message')
        }
        break
      case 'chat.bsky.convo.defs#deletedMessageView':
        try {
          checkDeletedMessageView(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/message')
        }
        break
      default:
        if (t4.charCodeAt(0) === 35 || t4.indexOf('#') !== t4.lastIndexOf('#')) throw rt.invalid(p + '/message $type is not a valid type reference')
    }
  }
  const x5: unknown = o.reaction
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "reaction"')
  } else {
    try {
      checkReactionView(x5, '')
    } catch (err) {
      throw rt.within(err, p + '/reaction')
    }
  }
  const x6: unknown = o.relatedProfiles
  if (x6 !== undefined) {
    if (!Array.isArray(x6)) throw rt.invalid(p + '/relatedProfiles must be an array')
    for (let i7 = 0; i7 < x6.length; i7++) {
      const e7: unknown = x6[i7]
      try {
        ChatBskyActorDefs.checkProfileViewBasic(e7, '')
      } catch (err) {
        throw rt.within(err, p + '/relatedProfiles' + '/' + i7)
      }
    }
  }
  return o as unknown as LogRemoveReaction
}

/** Validates a value as LogRemoveReaction; a failure says where, e.g. "Object/field must be a string". */
export function validateLogRemoveReaction(v: unknown): rt.ValidationResult<LogRemoveReaction> {
  return rt.run(checkLogRemoveReaction, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogRemoveReaction; it does not validate it. */
export function isLogRemoveReaction<V>(v: V): v is V & rt.Typed<LogRemoveReaction, 'chat.bsky.convo.defs#logRemoveReaction'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logRemoveReaction')
}

/** Event indicating a convo was read up to a certain message. */
export interface LogReadConvo {
  $type?: 'chat.bsky.convo.defs#logReadConvo'
  rev: string
  convoId: string
  message: rt.Typed<MessageView, 'chat.bsky.convo.defs#messageView'> | rt.Typed<DeletedMessageView, 'chat.bsky.convo.defs#deletedMessageView'> | rt.Typed<SystemMessageView, 'chat.bsky.convo.defs#systemMessageView'> | rt.UnknownTyped
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogReadConvo(v: unknown, p: string): LogReadConvo {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x3: unknown = o.message
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "message"')
  } else {
    if (typeof x3 !== 'object' || x3 === null || typeof (x3 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/message must be an object which includes the "$type" property')
    const t4 = (x3 as { $type: string }).$type
    switch (t4) {
      case 'chat.bsky.convo.defs#messageView':
        try {
          checkMessageView(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/message')
        }
        break
      case 'chat.bsky.convo.defs#deletedMessageView':
        try {
          checkDeletedMessageView(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/message')
        }
        break
      case 'chat.bsky.convo.defs#systemMessageView':
        try {
          checkSystemMessageView(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/message')
        }
        break
      default:
        if (t4.charCodeAt(0) === 35 || t4.indexOf('#') !== t4.lastIndexOf('#')) throw rt.invalid(p + '/message $type is not a valid type reference')
    }
  }
  return o as unknown as LogReadConvo
}

/** Validates a value as LogReadConvo; a failure says where, e.g. "Object/field must be a string". */
export function validateLogReadConvo(v: unknown): rt.ValidationResult<LogReadConvo> {
  return rt.run(checkLogReadConvo, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogReadConvo; it does not validate it. */
export function isLogReadConvo<V>(v: V): v is V & rt.Typed<LogReadConvo, 'chat.bsky.convo.defs#logReadConvo'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logReadConvo')
}

/** Event indicating a member was added to a group convo. The member who was added gets a logBeginConvo (to create the convo) but also a logAddMember (to show the system message as the first message the user sees). */
export interface LogAddMember {
  $type?: 'chat.bsky.convo.defs#logAddMember'
  rev: string
  convoId: string
  /** A system message with data of type #systemMessageDataAddMember */
  message: SystemMessageView
  /** Profiles referred in the system message. */
  relatedProfiles: ChatBskyActorDefs.ProfileViewBasic[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogAddMember(v: unknown, p: string): LogAddMember {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x3: unknown = o.message
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "message"')
  } else {
    try {
      checkSystemMessageView(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/message')
    }
  }
  const x4: unknown = o.relatedProfiles
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "relatedProfiles"')
  } else {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/relatedProfiles must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      try {
        ChatBskyActorDefs.checkProfileViewBasic(e5, '')
      } catch (err) {
        throw rt.within(err, p + '/relatedProfiles' + '/' + i5)
      }
    }
  }
  return o as unknown as LogAddMember
}

/** Validates a value as LogAddMember; a failure says where, e.g. "Object/field must be a string". */
export function validateLogAddMember(v: unknown): rt.ValidationResult<LogAddMember> {
  return rt.run(checkLogAddMember, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogAddMember; it does not validate it. */
export function isLogAddMember<V>(v: V): v is V & rt.Typed<LogAddMember, 'chat.bsky.convo.defs#logAddMember'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logAddMember')
}

/** Event indicating a member was removed from a group convo. The member who was removed gets a logLeaveConvo (to leave the convo) but not a logRemoveMember (because they already left, so can't see the system message). */
export interface LogRemoveMember {
  $type?: 'chat.bsky.convo.defs#logRemoveMember'
  rev: string
  convoId: string
  /** A system message with data of type #systemMessageDataRemoveMember */
  message: SystemMessageView
  /** Profiles referred in the system message. */
  relatedProfiles: ChatBskyActorDefs.ProfileViewBasic[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogRemoveMember(v: unknown, p: string): LogRemoveMember {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x3: unknown = o.message
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "message"')
  } else {
    try {
      checkSystemMessageView(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/message')
    }
  }
  const x4: unknown = o.relatedProfiles
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "relatedProfiles"')
  } else {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/relatedProfiles must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      try {
        ChatBskyActorDefs.checkProfileViewBasic(e5, '')
      } catch (err) {
        throw rt.within(err, p + '/relatedProfiles' + '/' + i5)
      }
    }
  }
  return o as unknown as LogRemoveMember
}

/** Validates a value as LogRemoveMember; a failure says where, e.g. "Object/field must be a string". */
export function validateLogRemoveMember(v: unknown): rt.ValidationResult<LogRemoveMember> {
  return rt.run(checkLogRemoveMember, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogRemoveMember; it does not validate it. */
export function isLogRemoveMember<V>(v: V): v is V & rt.Typed<LogRemoveMember, 'chat.bsky.convo.defs#logRemoveMember'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logRemoveMember')
}

/** Event indicating a member joined a group convo via join link. The member who was added gets a logBeginConvo (to create the convo) but also a logMemberJoin (to show the system message as the first message the user sees). */
export interface LogMemberJoin {
  $type?: 'chat.bsky.convo.defs#logMemberJoin'
  rev: string
  convoId: string
  /** A system message with data of type #systemMessageDataMemberJoin */
  message: SystemMessageView
  /** Profiles referred in the system message. */
  relatedProfiles: ChatBskyActorDefs.ProfileViewBasic[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogMemberJoin(v: unknown, p: string): LogMemberJoin {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x3: unknown = o.message
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "message"')
  } else {
    try {
      checkSystemMessageView(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/message')
    }
  }
  const x4: unknown = o.relatedProfiles
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "relatedProfiles"')
  } else {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/relatedProfiles must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      try {
        ChatBskyActorDefs.checkProfileViewBasic(e5, '')
      } catch (err) {
        throw rt.within(err, p + '/relatedProfiles' + '/' + i5)
      }
    }
  }
  return o as unknown as LogMemberJoin
}

/** Validates a value as LogMemberJoin; a failure says where, e.g. "Object/field must be a string". */
export function validateLogMemberJoin(v: unknown): rt.ValidationResult<LogMemberJoin> {
  return rt.run(checkLogMemberJoin, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogMemberJoin; it does not validate it. */
export function isLogMemberJoin<V>(v: V): v is V & rt.Typed<LogMemberJoin, 'chat.bsky.convo.defs#logMemberJoin'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logMemberJoin')
}

/** Event indicating a member voluntarily left a group convo. The member who was removed gets a logLeaveConvo (to leave the convo) but not a logMemberLeave (because they already left, so can't see the system message). */
export interface LogMemberLeave {
  $type?: 'chat.bsky.convo.defs#logMemberLeave'
  rev: string
  convoId: string
  /** A system message with data of type #systemMessageDataMemberLeave */
  message: SystemMessageView
  /** Profiles referred in the system message. */
  relatedProfiles: ChatBskyActorDefs.ProfileViewBasic[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogMemberLeave(v: unknown, p: string): LogMemberLeave {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x3: unknown = o.message
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "message"')
  } else {
    try {
      checkSystemMessageView(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/message')
    }
  }
  const x4: unknown = o.relatedProfiles
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "relatedProfiles"')
  } else {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/relatedProfiles must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      try {
        ChatBskyActorDefs.checkProfileViewBasic(e5, '')
      } catch (err) {
        throw rt.within(err, p + '/relatedProfiles' + '/' + i5)
      }
    }
  }
  return o as unknown as LogMemberLeave
}

/** Validates a value as LogMemberLeave; a failure says where, e.g. "Object/field must be a string". */
export function validateLogMemberLeave(v: unknown): rt.ValidationResult<LogMemberLeave> {
  return rt.run(checkLogMemberLeave, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogMemberLeave; it does not validate it. */
export function isLogMemberLeave<V>(v: V): v is V & rt.Typed<LogMemberLeave, 'chat.bsky.convo.defs#logMemberLeave'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logMemberLeave')
}

/** Event indicating a group convo was locked. */
export interface LogLockConvo {
  $type?: 'chat.bsky.convo.defs#logLockConvo'
  rev: string
  convoId: string
  /** A system message with data of type #systemMessageDataLockConvo */
  message: SystemMessageView
  /** Profiles referred in the system message. */
  relatedProfiles: ChatBskyActorDefs.ProfileViewBasic[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogLockConvo(v: unknown, p: string): LogLockConvo {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x3: unknown = o.message
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "message"')
  } else {
    try {
      checkSystemMessageView(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/message')
    }
  }
  const x4: unknown = o.relatedProfiles
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "relatedProfiles"')
  } else {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/relatedProfiles must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      try {
        ChatBskyActorDefs.checkProfileViewBasic(e5, '')
      } catch (err) {
        throw rt.within(err, p + '/relatedProfiles' + '/' + i5)
      }
    }
  }
  return o as unknown as LogLockConvo
}

/** Validates a value as LogLockConvo; a failure says where, e.g. "Object/field must be a string". */
export function validateLogLockConvo(v: unknown): rt.ValidationResult<LogLockConvo> {
  return rt.run(checkLogLockConvo, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogLockConvo; it does not validate it. */
export function isLogLockConvo<V>(v: V): v is V & rt.Typed<LogLockConvo, 'chat.bsky.convo.defs#logLockConvo'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logLockConvo')
}

/** Event indicating a group convo was unlocked. */
export interface LogUnlockConvo {
  $type?: 'chat.bsky.convo.defs#logUnlockConvo'
  rev: string
  convoId: string
  /** A system message with data of type #systemMessageDataUnlockConvo */
  message: SystemMessageView
  /** Profiles referred in the system message. */
  relatedProfiles: ChatBskyActorDefs.ProfileViewBasic[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogUnlockConvo(v: unknown, p: string): LogUnlockConvo {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x3: unknown = o.message
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "message"')
  } else {
    try {
      checkSystemMessageView(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/message')
    }
  }
  const x4: unknown = o.relatedProfiles
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "relatedProfiles"')
  } else {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/relatedProfiles must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      try {
        ChatBskyActorDefs.checkProfileViewBasic(e5, '')
      } catch (err) {
        throw rt.within(err, p + '/relatedProfiles' + '/' + i5)
      }
    }
  }
  return o as unknown as LogUnlockConvo
}

/** Validates a value as LogUnlockConvo; a failure says where, e.g. "Object/field must be a string". */
export function validateLogUnlockConvo(v: unknown): rt.ValidationResult<LogUnlockConvo> {
  return rt.run(checkLogUnlockConvo, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogUnlockConvo; it does not validate it. */
export function isLogUnlockConvo<V>(v: V): v is V & rt.Typed<LogUnlockConvo, 'chat.bsky.convo.defs#logUnlockConvo'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logUnlockConvo')
}

/** Event indicating a group convo was locked permanently. */
export interface LogLockConvoPermanently {
  $type?: 'chat.bsky.convo.defs#logLockConvoPermanently'
  rev: string
  convoId: string
  /** A system message with data of type #systemMessageDataLockConvoPermanently */
  message: SystemMessageView
  /** Profiles referred in the system message. */
  relatedProfiles: ChatBskyActorDefs.ProfileViewBasic[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogLockConvoPermanently(v: unknown, p: string): LogLockConvoPermanently {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x3: unknown = o.message
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "message"')
  } else {
    try {
      checkSystemMessageView(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/message')
    }
  }
  const x4: unknown = o.relatedProfiles
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "relatedProfiles"')
  } else {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/relatedProfiles must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      try {
        ChatBskyActorDefs.checkProfileViewBasic(e5, '')
      } catch (err) {
        throw rt.within(err, p + '/relatedProfiles' + '/' + i5)
      }
    }
  }
  return o as unknown as LogLockConvoPermanently
}

/** Validates a value as LogLockConvoPermanently; a failure says where, e.g. "Object/field must be a string". */
export function validateLogLockConvoPermanently(v: unknown): rt.ValidationResult<LogLockConvoPermanently> {
  return rt.run(checkLogLockConvoPermanently, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogLockConvoPermanently; it does not validate it. */
export function isLogLockConvoPermanently<V>(v: V): v is V & rt.Typed<LogLockConvoPermanently, 'chat.bsky.convo.defs#logLockConvoPermanently'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logLockConvoPermanently')
}

/** Event indicating info about group convo was edited. */
export interface LogEditGroup {
  $type?: 'chat.bsky.convo.defs#logEditGroup'
  rev: string
  convoId: string
  /** A system message with data of type #systemMessageDataEditGroup */
  message: SystemMessageView
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogEditGroup(v: unknown, p: string): LogEditGroup {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x3: unknown = o.message
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "message"')
  } else {
    try {
      checkSystemMessageView(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/message')
    }
  }
  return o as unknown as LogEditGroup
}

/** Validates a value as LogEditGroup; a failure says where, e.g. "Object/field must be a string". */
export function validateLogEditGroup(v: unknown): rt.ValidationResult<LogEditGroup> {
  return rt.run(checkLogEditGroup, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogEditGroup; it does not validate it. */
export function isLogEditGroup<V>(v: V): v is V & rt.Typed<LogEditGroup, 'chat.bsky.convo.defs#logEditGroup'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logEditGroup')
}

/** Event indicating a join link was created for a group convo. */
export interface LogCreateJoinLink {
  $type?: 'chat.bsky.convo.defs#logCreateJoinLink'
  rev: string
  convoId: string
  /** A system message with data of type #systemMessageDataCreateJoinLink */
  message: SystemMessageView
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogCreateJoinLink(v: unknown, p: string): LogCreateJoinLink {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x3: unknown = o.message
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "message"')
  } else {
    try {
      checkSystemMessageView(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/message')
    }
  }
  return o as unknown as LogCreateJoinLink
}

/** Validates a value as LogCreateJoinLink; a failure says where, e.g. "Object/field must be a string". */
export function validateLogCreateJoinLink(v: unknown): rt.ValidationResult<LogCreateJoinLink> {
  return rt.run(checkLogCreateJoinLink, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogCreateJoinLink; it does not validate it. */
export function isLogCreateJoinLink<V>(v: V): v is V & rt.Typed<LogCreateJoinLink, 'chat.bsky.convo.defs#logCreateJoinLink'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logCreateJoinLink')
}

/** Event indicating a settings about a join link for a group convo were edited. */
export interface LogEditJoinLink {
  $type?: 'chat.bsky.convo.defs#logEditJoinLink'
  rev: string
  convoId: string
  /** A system message with data of type #systemMessageDataEditJoinLink */
  message: SystemMessageView
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogEditJoinLink(v: unknown, p: string): LogEditJoinLink {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x3: unknown = o.message
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "message"')
  } else {
    try {
      checkSystemMessageView(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/message')
    }
  }
  return o as unknown as LogEditJoinLink
}

/** Validates a value as LogEditJoinLink; a failure says where, e.g. "Object/field must be a string". */
export function validateLogEditJoinLink(v: unknown): rt.ValidationResult<LogEditJoinLink> {
  return rt.run(checkLogEditJoinLink, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogEditJoinLink; it does not validate it. */
export function isLogEditJoinLink<V>(v: V): v is V & rt.Typed<LogEditJoinLink, 'chat.bsky.convo.defs#logEditJoinLink'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logEditJoinLink')
}

/** Event indicating a join link was enabled for a group convo. */
export interface LogEnableJoinLink {
  $type?: 'chat.bsky.convo.defs#logEnableJoinLink'
  rev: string
  convoId: string
  /** A system message with data of type #systemMessageDataEnableJoinLink */
  message: SystemMessageView
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogEnableJoinLink(v: unknown, p: string): LogEnableJoinLink {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x3: unknown = o.message
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "message"')
  } else {
    try {
      checkSystemMessageView(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/message')
    }
  }
  return o as unknown as LogEnableJoinLink
}

/** Validates a value as LogEnableJoinLink; a failure says where, e.g. "Object/field must be a string". */
export function validateLogEnableJoinLink(v: unknown): rt.ValidationResult<LogEnableJoinLink> {
  return rt.run(checkLogEnableJoinLink, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogEnableJoinLink; it does not validate it. */
export function isLogEnableJoinLink<V>(v: V): v is V & rt.Typed<LogEnableJoinLink, 'chat.bsky.convo.defs#logEnableJoinLink'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logEnableJoinLink')
}

/** Event indicating a join link was disabled for a group convo. */
export interface LogDisableJoinLink {
  $type?: 'chat.bsky.convo.defs#logDisableJoinLink'
  rev: string
  convoId: string
  /** A system message with data of type #systemMessageDataDisableJoinLink */
  message: SystemMessageView
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogDisableJoinLink(v: unknown, p: string): LogDisableJoinLink {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x3: unknown = o.message
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "message"')
  } else {
    try {
      checkSystemMessageView(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/message')
    }
  }
  return o as unknown as LogDisableJoinLink
}

/** Validates a value as LogDisableJoinLink; a failure says where, e.g. "Object/field must be a string". */
export function validateLogDisableJoinLink(v: unknown): rt.ValidationResult<LogDisableJoinLink> {
  return rt.run(checkLogDisableJoinLink, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogDisableJoinLink; it does not validate it. */
export function isLogDisableJoinLink<V>(v: V): v is V & rt.Typed<LogDisableJoinLink, 'chat.bsky.convo.defs#logDisableJoinLink'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logDisableJoinLink')
}

/** Event indicating a join request was made to a group the viewer owns. Only the owner gets this. */
export interface LogIncomingJoinRequest {
  $type?: 'chat.bsky.convo.defs#logIncomingJoinRequest'
  rev: string
  convoId: string
  /** Prospective member who requested to join. */
  member: ChatBskyActorDefs.ProfileViewBasic
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogIncomingJoinRequest(v: unknown, p: string): LogIncomingJoinRequest {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x3: unknown = o.member
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "member"')
  } else {
    try {
      ChatBskyActorDefs.checkProfileViewBasic(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/member')
    }
  }
  return o as unknown as LogIncomingJoinRequest
}

/** Validates a value as LogIncomingJoinRequest; a failure says where, e.g. "Object/field must be a string". */
export function validateLogIncomingJoinRequest(v: unknown): rt.ValidationResult<LogIncomingJoinRequest> {
  return rt.run(checkLogIncomingJoinRequest, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogIncomingJoinRequest; it does not validate it. */
export function isLogIncomingJoinRequest<V>(v: V): v is V & rt.Typed<LogIncomingJoinRequest, 'chat.bsky.convo.defs#logIncomingJoinRequest'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logIncomingJoinRequest')
}

/** Event indicating a join request was approved by the viewer. Only the owner gets this. The approved member gets a logBeginConvo. */
export interface LogApproveJoinRequest {
  $type?: 'chat.bsky.convo.defs#logApproveJoinRequest'
  rev: string
  convoId: string
  /** Prospective member who requested to join. */
  member: ChatBskyActorDefs.ProfileViewBasic
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogApproveJoinRequest(v: unknown, p: string): LogApproveJoinRequest {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x3: unknown = o.member
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "member"')
  } else {
    try {
      ChatBskyActorDefs.checkProfileViewBasic(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/member')
    }
  }
  return o as unknown as LogApproveJoinRequest
}

/** Validates a value as LogApproveJoinRequest; a failure says where, e.g. "Object/field must be a string". */
export function validateLogApproveJoinRequest(v: unknown): rt.ValidationResult<LogApproveJoinRequest> {
  return rt.run(checkLogApproveJoinRequest, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogApproveJoinRequest; it does not validate it. */
export function isLogApproveJoinRequest<V>(v: V): v is V & rt.Typed<LogApproveJoinRequest, 'chat.bsky.convo.defs#logApproveJoinRequest'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logApproveJoinRequest')
}

/** Event indicating a join request was rejected by the viewer. Only the owner gets this. */
export interface LogRejectJoinRequest {
  $type?: 'chat.bsky.convo.defs#logRejectJoinRequest'
  rev: string
  convoId: string
  /** Prospective member who requested to join. */
  member: ChatBskyActorDefs.ProfileViewBasic
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogRejectJoinRequest(v: unknown, p: string): LogRejectJoinRequest {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x3: unknown = o.member
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "member"')
  } else {
    try {
      ChatBskyActorDefs.checkProfileViewBasic(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/member')
    }
  }
  return o as unknown as LogRejectJoinRequest
}

/** Validates a value as LogRejectJoinRequest; a failure says where, e.g. "Object/field must be a string". */
export function validateLogRejectJoinRequest(v: unknown): rt.ValidationResult<LogRejectJoinRequest> {
  return rt.run(checkLogRejectJoinRequest, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogRejectJoinRequest; it does not validate it. */
export function isLogRejectJoinRequest<V>(v: V): v is V & rt.Typed<LogRejectJoinRequest, 'chat.bsky.convo.defs#logRejectJoinRequest'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logRejectJoinRequest')
}

/** Event indicating a join request was made by the requester. Only requester actor gets this. */
export interface LogOutgoingJoinRequest {
  $type?: 'chat.bsky.convo.defs#logOutgoingJoinRequest'
  rev: string
  convoId: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogOutgoingJoinRequest(v: unknown, p: string): LogOutgoingJoinRequest {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  return o as unknown as LogOutgoingJoinRequest
}

/** Validates a value as LogOutgoingJoinRequest; a failure says where, e.g. "Object/field must be a string". */
export function validateLogOutgoingJoinRequest(v: unknown): rt.ValidationResult<LogOutgoingJoinRequest> {
  return rt.run(checkLogOutgoingJoinRequest, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogOutgoingJoinRequest; it does not validate it. */
export function isLogOutgoingJoinRequest<V>(v: V): v is V & rt.Typed<LogOutgoingJoinRequest, 'chat.bsky.convo.defs#logOutgoingJoinRequest'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logOutgoingJoinRequest')
}

/** Event indicating a prospective member withdrew their join request. Only the owner gets this. */
export interface LogWithdrawIncomingJoinRequest {
  $type?: 'chat.bsky.convo.defs#logWithdrawIncomingJoinRequest'
  rev: string
  convoId: string
  /** Prospective member who withdrew their join request. */
  member: ChatBskyActorDefs.ProfileViewBasic
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogWithdrawIncomingJoinRequest(v: unknown, p: string): LogWithdrawIncomingJoinRequest {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x3: unknown = o.member
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "member"')
  } else {
    try {
      ChatBskyActorDefs.checkProfileViewBasic(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/member')
    }
  }
  return o as unknown as LogWithdrawIncomingJoinRequest
}

/** Validates a value as LogWithdrawIncomingJoinRequest; a failure says where, e.g. "Object/field must be a string". */
export function validateLogWithdrawIncomingJoinRequest(v: unknown): rt.ValidationResult<LogWithdrawIncomingJoinRequest> {
  return rt.run(checkLogWithdrawIncomingJoinRequest, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogWithdrawIncomingJoinRequest; it does not validate it. */
export function isLogWithdrawIncomingJoinRequest<V>(v: V): v is V & rt.Typed<LogWithdrawIncomingJoinRequest, 'chat.bsky.convo.defs#logWithdrawIncomingJoinRequest'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logWithdrawIncomingJoinRequest')
}

/** Event indicating the viewer withdrew their own join request. Only requester actor gets this. */
export interface LogWithdrawOutgoingJoinRequest {
  $type?: 'chat.bsky.convo.defs#logWithdrawOutgoingJoinRequest'
  rev: string
  convoId: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogWithdrawOutgoingJoinRequest(v: unknown, p: string): LogWithdrawOutgoingJoinRequest {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  return o as unknown as LogWithdrawOutgoingJoinRequest
}

/** Validates a value as LogWithdrawOutgoingJoinRequest; a failure says where, e.g. "Object/field must be a string". */
export function validateLogWithdrawOutgoingJoinRequest(v: unknown): rt.ValidationResult<LogWithdrawOutgoingJoinRequest> {
  return rt.run(checkLogWithdrawOutgoingJoinRequest, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogWithdrawOutgoingJoinRequest; it does not validate it. */
export function isLogWithdrawOutgoingJoinRequest<V>(v: V): v is V & rt.Typed<LogWithdrawOutgoingJoinRequest, 'chat.bsky.convo.defs#logWithdrawOutgoingJoinRequest'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logWithdrawOutgoingJoinRequest')
}

/** Event indicating the group owner marked join requests as read. Only the owner gets this. */
export interface LogReadJoinRequests {
  $type?: 'chat.bsky.convo.defs#logReadJoinRequests'
  rev: string
  convoId: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLogReadJoinRequests(v: unknown, p: string): LogReadJoinRequests {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.rev
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  return o as unknown as LogReadJoinRequests
}

/** Validates a value as LogReadJoinRequests; a failure says where, e.g. "Object/field must be a string". */
export function validateLogReadJoinRequests(v: unknown): rt.ValidationResult<LogReadJoinRequests> {
  return rt.run(checkLogReadJoinRequests, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LogReadJoinRequests; it does not validate it. */
export function isLogReadJoinRequests<V>(v: V): v is V & rt.Typed<LogReadJoinRequests, 'chat.bsky.convo.defs#logReadJoinRequests'> {
  return rt.hasType(v, 'chat.bsky.convo.defs#logReadJoinRequests')
}
