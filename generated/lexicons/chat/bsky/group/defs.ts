/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/group/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ChatBskyActorDefs from '../actor/defs.js'
import * as ChatBskyConvoDefs from '../convo/defs.js'

export const id = 'chat.bsky.group.defs'

export type LinkEnabledStatus = 'enabled' | 'disabled' | (string & {})

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLinkEnabledStatus(v: unknown, p: string): LinkEnabledStatus {
  if (typeof v !== 'string') throw rt.invalid(p + ' must be a string')
  return v as LinkEnabledStatus
}

/** Validates a value as LinkEnabledStatus; a failure says where, e.g. "Value/field must be a string". */
export function validateLinkEnabledStatus(v: unknown): rt.ValidationResult<LinkEnabledStatus> {
  return rt.run(checkLinkEnabledStatus, v, 'Value')
}

export type JoinRule = 'anyone' | 'followedByOwner' | (string & {})

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkJoinRule(v: unknown, p: string): JoinRule {
  if (typeof v !== 'string') throw rt.invalid(p + ' must be a string')
  return v as JoinRule
}

/** Validates a value as JoinRule; a failure says where, e.g. "Value/field must be a string". */
export function validateJoinRule(v: unknown): rt.ValidationResult<JoinRule> {
  return rt.run(checkJoinRule, v, 'Value')
}

/** Join link view to be used within a group view, so the convo is surrounding, not specified inside this view. */
export interface JoinLinkView {
  $type?: 'chat.bsky.group.defs#joinLinkView'
  code: string
  enabledStatus: LinkEnabledStatus
  requireApproval: boolean
  joinRule: JoinRule
  createdAt: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkJoinLinkView(v: unknown, p: string): JoinLinkView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.code
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "code"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/code must be a string')
  }
  const x2: unknown = o.enabledStatus
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "enabledStatus"')
  } else {
    try {
      checkLinkEnabledStatus(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/enabledStatus')
    }
  }
  const x3: unknown = o.requireApproval
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "requireApproval"')
  } else {
    if (typeof x3 !== 'boolean') throw rt.invalid(p + '/requireApproval must be a boolean')
  }
  const x4: unknown = o.joinRule
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "joinRule"')
  } else {
    try {
      checkJoinRule(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/joinRule')
    }
  }
  const x5: unknown = o.createdAt
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x5)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as JoinLinkView
}

/** Validates a value as JoinLinkView; a failure says where, e.g. "Object/field must be a string". */
export function validateJoinLinkView(v: unknown): rt.ValidationResult<JoinLinkView> {
  return rt.run(checkJoinLinkView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a JoinLinkView; it does not validate it. */
export function isJoinLinkView<V>(v: V): v is V & rt.Typed<JoinLinkView, 'chat.bsky.group.defs#joinLinkView'> {
  return rt.hasType(v, 'chat.bsky.group.defs#joinLinkView')
}

/** Preview that can be shown in feeds, including to unauthenticated viewers. */
export interface JoinLinkPreviewView {
  $type?: 'chat.bsky.group.defs#joinLinkPreviewView'
  convoId: string
  code: string
  name: string
  owner: ChatBskyActorDefs.ProfileViewBasic
  memberCount: number
  memberLimit: number
  requireApproval: boolean
  joinRule: JoinRule
  /** Present only if the request is authenticated and the user is a member of the group. */
  convo?: ChatBskyConvoDefs.ConvoView
  viewer?: JoinLinkViewerState
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkJoinLinkPreviewView(v: unknown, p: string): JoinLinkPreviewView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.convoId
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x2: unknown = o.code
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "code"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/code must be a string')
  }
  const x3: unknown = o.name
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "name"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/name must be a string')
  }
  const x4: unknown = o.owner
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "owner"')
  } else {
    try {
      ChatBskyActorDefs.checkProfileViewBasic(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/owner')
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
  const x7: unknown = o.requireApproval
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "requireApproval"')
  } else {
    if (typeof x7 !== 'boolean') throw rt.invalid(p + '/requireApproval must be a boolean')
  }
  const x8: unknown = o.joinRule
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "joinRule"')
  } else {
    try {
      checkJoinRule(x8, '')
    } catch (err) {
      throw rt.within(err, p + '/joinRule')
    }
  }
  const x9: unknown = o.convo
  if (x9 !== undefined) {
    try {
      ChatBskyConvoDefs.checkConvoView(x9, '')
    } catch (err) {
      throw rt.within(err, p + '/convo')
    }
  }
  const x10: unknown = o.viewer
  if (x10 !== undefined) {
    try {
      checkJoinLinkViewerState(x10, '')
    } catch (err) {
      throw rt.within(err, p + '/viewer')
    }
  }
  return o as unknown as JoinLinkPreviewView
}

/** Validates a value as JoinLinkPreviewView; a failure says where, e.g. "Object/field must be a string". */
export function validateJoinLinkPreviewView(v: unknown): rt.ValidationResult<JoinLinkPreviewView> {
  return rt.run(checkJoinLinkPreviewView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a JoinLinkPreviewView; it does not validate it. */
export function isJoinLinkPreviewView<V>(v: V): v is V & rt.Typed<JoinLinkPreviewView, 'chat.bsky.group.defs#joinLinkPreviewView'> {
  return rt.hasType(v, 'chat.bsky.group.defs#joinLinkPreviewView')
}

/** Preview for a disabled join link. Carries only the code so clients can correlate with the input and render a disabled state. */
export interface DisabledJoinLinkPreviewView {
  $type?: 'chat.bsky.group.defs#disabledJoinLinkPreviewView'
  code: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkDisabledJoinLinkPreviewView(v: unknown, p: string): DisabledJoinLinkPreviewView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.code
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "code"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/code must be a string')
  }
  return o as unknown as DisabledJoinLinkPreviewView
}

/** Validates a value as DisabledJoinLinkPreviewView; a failure says where, e.g. "Object/field must be a string". */
export function validateDisabledJoinLinkPreviewView(v: unknown): rt.ValidationResult<DisabledJoinLinkPreviewView> {
  return rt.run(checkDisabledJoinLinkPreviewView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a DisabledJoinLinkPreviewView; it does not validate it. */
export function isDisabledJoinLinkPreviewView<V>(v: V): v is V & rt.Typed<DisabledJoinLinkPreviewView, 'chat.bsky.group.defs#disabledJoinLinkPreviewView'> {
  return rt.hasType(v, 'chat.bsky.group.defs#disabledJoinLinkPreviewView')
}

/** Preview for a join link code that does not map to an existing link. Carries only the code so clients can correlate with the input and render an invalid state. */
export interface InvalidJoinLinkPreviewView {
  $type?: 'chat.bsky.group.defs#invalidJoinLinkPreviewView'
  code: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInvalidJoinLinkPreviewView(v: unknown, p: string): InvalidJoinLinkPreviewView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.code
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "code"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/code must be a string')
  }
  return o as unknown as InvalidJoinLinkPreviewView
}

/** Validates a value as InvalidJoinLinkPreviewView; a failure says where, e.g. "Object/field must be a string". */
export function validateInvalidJoinLinkPreviewView(v: unknown): rt.ValidationResult<InvalidJoinLinkPreviewView> {
  return rt.run(checkInvalidJoinLinkPreviewView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a InvalidJoinLinkPreviewView; it does not validate it. */
export function isInvalidJoinLinkPreviewView<V>(v: V): v is V & rt.Typed<InvalidJoinLinkPreviewView, 'chat.bsky.group.defs#invalidJoinLinkPreviewView'> {
  return rt.hasType(v, 'chat.bsky.group.defs#invalidJoinLinkPreviewView')
}

export interface JoinLinkViewerState {
  $type?: 'chat.bsky.group.defs#joinLinkViewerState'
  requestedAt?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkJoinLinkViewerState(v: unknown, p: string): JoinLinkViewerState {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.requestedAt
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/requestedAt must be a string')
    if (!rt.isDatetime(x1)) throw rt.invalid(p + '/requestedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as JoinLinkViewerState
}

/** Validates a value as JoinLinkViewerState; a failure says where, e.g. "Object/field must be a string". */
export function validateJoinLinkViewerState(v: unknown): rt.ValidationResult<JoinLinkViewerState> {
  return rt.run(checkJoinLinkViewerState, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a JoinLinkViewerState; it does not validate it. */
export function isJoinLinkViewerState<V>(v: V): v is V & rt.Typed<JoinLinkViewerState, 'chat.bsky.group.defs#joinLinkViewerState'> {
  return rt.hasType(v, 'chat.bsky.group.defs#joinLinkViewerState')
}

/** A join request from the perspective of the group owner. */
export interface JoinRequestView {
  $type?: 'chat.bsky.group.defs#joinRequestView'
  convoId: string
  requestedBy: ChatBskyActorDefs.ProfileViewBasic
  requestedAt: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkJoinRequestView(v: unknown, p: string): JoinRequestView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.convoId
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x2: unknown = o.requestedBy
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "requestedBy"')
  } else {
    try {
      ChatBskyActorDefs.checkProfileViewBasic(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/requestedBy')
    }
  }
  const x3: unknown = o.requestedAt
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "requestedAt"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/requestedAt must be a string')
    if (!rt.isDatetime(x3)) throw rt.invalid(p + '/requestedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as JoinRequestView
}

/** Validates a value as JoinRequestView; a failure says where, e.g. "Object/field must be a string". */
export function validateJoinRequestView(v: unknown): rt.ValidationResult<JoinRequestView> {
  return rt.run(checkJoinRequestView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a JoinRequestView; it does not validate it. */
export function isJoinRequestView<V>(v: V): v is V & rt.Typed<JoinRequestView, 'chat.bsky.group.defs#joinRequestView'> {
  return rt.hasType(v, 'chat.bsky.group.defs#joinRequestView')
}

/** A join request from the perspective of the requester, including enough group context to render the request in a list (e.g. group name, owner, member count). */
export interface JoinRequestConvoView {
  $type?: 'chat.bsky.group.defs#joinRequestConvoView'
  convoId: string
  name: string
  owner: ChatBskyActorDefs.ProfileViewBasic
  memberCount: number
  memberLimit: number
  viewer: JoinLinkViewerState
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkJoinRequestConvoView(v: unknown, p: string): JoinRequestConvoView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.convoId
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  const x2: unknown = o.name
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "name"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/name must be a string')
  }
  const x3: unknown = o.owner
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "owner"')
  } else {
    try {
      ChatBskyActorDefs.checkProfileViewBasic(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/owner')
    }
  }
  const x4: unknown = o.memberCount
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "memberCount"')
  } else {
    if (!Number.isInteger(x4)) throw rt.invalid(p + '/memberCount must be an integer')
  }
  const x5: unknown = o.memberLimit
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "memberLimit"')
  } else {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/memberLimit must be an integer')
  }
  const x6: unknown = o.viewer
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "viewer"')
  } else {
    try {
      checkJoinLinkViewerState(x6, '')
    } catch (err) {
      throw rt.within(err, p + '/viewer')
    }
  }
  return o as unknown as JoinRequestConvoView
}

/** Validates a value as JoinRequestConvoView; a failure says where, e.g. "Object/field must be a string". */
export function validateJoinRequestConvoView(v: unknown): rt.ValidationResult<JoinRequestConvoView> {
  return rt.run(checkJoinRequestConvoView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a JoinRequestConvoView; it does not validate it. */
export function isJoinRequestConvoView<V>(v: V): v is V & rt.Typed<JoinRequestConvoView, 'chat.bsky.group.defs#joinRequestConvoView'> {
  return rt.hasType(v, 'chat.bsky.group.defs#joinRequestConvoView')
}
