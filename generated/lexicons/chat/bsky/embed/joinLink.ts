/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/embed/joinLink.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ChatBskyGroupDefs from '../group/defs.js'

/** A join link embedded in a chat message. */
export const id = 'chat.bsky.embed.joinLink'

export interface Main {
  $type?: 'chat.bsky.embed.joinLink'
  /** The join link code. */
  code: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMain(v: unknown, p: string): Main {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.code
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "code"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/code must be a string')
  }
  return o as unknown as Main
}

/** Validates a value as Main; a failure says where, e.g. "Object/field must be a string". */
export function validateMain(v: unknown): rt.ValidationResult<Main> {
  return rt.run(checkMain, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Main; it does not validate it. */
export function isMain<V>(v: V): v is V & rt.Typed<Main, 'chat.bsky.embed.joinLink'> {
  return rt.hasMainType(v, 'chat.bsky.embed.joinLink')
}

export interface View {
  $type?: 'chat.bsky.embed.joinLink#view'
  joinLinkPreview: rt.Typed<ChatBskyGroupDefs.JoinLinkPreviewView, 'chat.bsky.group.defs#joinLinkPreviewView'> | rt.Typed<ChatBskyGroupDefs.DisabledJoinLinkPreviewView, 'chat.bsky.group.defs#disabledJoinLinkPreviewView'> | rt.Typed<ChatBskyGroupDefs.InvalidJoinLinkPreviewView, 'chat.bsky.group.defs#invalidJoinLinkPreviewView'> | rt.UnknownTyped
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkView(v: unknown, p: string): View {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.joinLinkPreview
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "joinLinkPreview"')
  } else {
    if (typeof x1 !== 'object' || x1 === null || typeof (x1 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/joinLinkPreview must be an object which includes the "$type" property')
    const t2 = (x1 as { $type: string }).$type
    switch (t2) {
      case 'chat.bsky.group.defs#joinLinkPreviewView':
        try {
          ChatBskyGroupDefs.checkJoinLinkPreviewView(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/joinLinkPreview')
        }
        break
      case 'chat.bsky.group.defs#disabledJoinLinkPreviewView':
        try {
          ChatBskyGroupDefs.checkDisabledJoinLinkPreviewView(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/joinLinkPreview')
        }
        break
      case 'chat.bsky.group.defs#invalidJoinLinkPreviewView':
        try {
          ChatBskyGroupDefs.checkInvalidJoinLinkPreviewView(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/joinLinkPreview')
        }
        break
      default:
        if (t2.charCodeAt(0) === 35 || t2.indexOf('#') !== t2.lastIndexOf('#')) throw rt.invalid(p + '/joinLinkPreview $type is not a valid type reference')
    }
  }
  return o as unknown as View
}

/** Validates a value as View; a failure says where, e.g. "Object/field must be a string". */
export function validateView(v: unknown): rt.ValidationResult<View> {
  return rt.run(checkView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a View; it does not validate it. */
export function isView<V>(v: V): v is V & rt.Typed<View, 'chat.bsky.embed.joinLink#view'> {
  return rt.hasType(v, 'chat.bsky.embed.joinLink#view')
}
