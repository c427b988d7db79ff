/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/notification/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'chat.bsky.notification.defs'

export interface Preferences {
  $type?: 'chat.bsky.notification.defs#preferences'
  chat: ChatPreference
  chatRequest: ChatPreference
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
  const x2: unknown = o.chatRequest
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "chatRequest"')
  } else {
    try {
      checkChatPreference(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/chatRequest')
    }
  }
  return o as unknown as Preferences
}

/** Validates a value as Preferences; a failure says where, e.g. "Object/field must be a string". */
export function validatePreferences(v: unknown): rt.ValidationResult<Preferences> {
  return rt.run(checkPreferences, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Preferences; it does not validate it. */
export function isPreferences<V>(v: V): v is V & rt.Typed<Preferences, 'chat.bsky.notification.defs#preferences'> {
  return rt.hasType(v, 'chat.bsky.notification.defs#preferences')
}

export interface ChatPreference {
  $type?: 'chat.bsky.notification.defs#chatPreference'
  include: 'all' | 'follows' | (string & {})
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
export function isChatPreference<V>(v: V): v is V & rt.Typed<ChatPreference, 'chat.bsky.notification.defs#chatPreference'> {
  return rt.hasType(v, 'chat.bsky.notification.defs#chatPreference')
}
