/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/contact/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyActorDefs from '../actor/defs.js'

export const id = 'app.bsky.contact.defs'

/** Associates a profile with the positional index of the contact import input in the call to `app.bsky.contact.importContacts`, so clients can know which phone caused a particular match. */
export interface MatchAndContactIndex {
  $type?: 'app.bsky.contact.defs#matchAndContactIndex'
  /** Profile of the matched user. */
  match: AppBskyActorDefs.ProfileView
  /** The index of this match in the import contact input. */
  contactIndex: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMatchAndContactIndex(v: unknown, p: string): MatchAndContactIndex {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.match
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "match"')
  } else {
    try {
      AppBskyActorDefs.checkProfileView(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/match')
    }
  }
  const x2: unknown = o.contactIndex
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "contactIndex"')
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/contactIndex must be an integer')
    if ((x2 as number) > 999) throw rt.invalid(p + '/contactIndex can not be greater than 999')
    if ((x2 as number) < 0) throw rt.invalid(p + '/contactIndex can not be less than 0')
  }
  return o as unknown as MatchAndContactIndex
}

/** Validates a value as MatchAndContactIndex; a failure says where, e.g. "Object/field must be a string". */
export function validateMatchAndContactIndex(v: unknown): rt.ValidationResult<MatchAndContactIndex> {
  return rt.run(checkMatchAndContactIndex, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a MatchAndContactIndex; it does not validate it. */
export function isMatchAndContactIndex<V>(v: V): v is V & rt.Typed<MatchAndContactIndex, 'app.bsky.contact.defs#matchAndContactIndex'> {
  return rt.hasType(v, 'app.bsky.contact.defs#matchAndContactIndex')
}

export interface SyncStatus {
  $type?: 'app.bsky.contact.defs#syncStatus'
  /** Last date when contacts where imported. */
  syncedAt: string
  /** Number of existing contact matches resulting of the user imports and of their imported contacts having imported the user. Matches stop being counted when the user either follows the matched contact or dismisses the match. */
  matchesCount: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSyncStatus(v: unknown, p: string): SyncStatus {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.syncedAt
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "syncedAt"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/syncedAt must be a string')
    if (!rt.isDatetime(x1)) throw rt.invalid(p + '/syncedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x2: unknown = o.matchesCount
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "matchesCount"')
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/matchesCount must be an integer')
    if ((x2 as number) < 0) throw rt.invalid(p + '/matchesCount can not be less than 0')
  }
  return o as unknown as SyncStatus
}

/** Validates a value as SyncStatus; a failure says where, e.g. "Object/field must be a string". */
export function validateSyncStatus(v: unknown): rt.ValidationResult<SyncStatus> {
  return rt.run(checkSyncStatus, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SyncStatus; it does not validate it. */
export function isSyncStatus<V>(v: V): v is V & rt.Typed<SyncStatus, 'app.bsky.contact.defs#syncStatus'> {
  return rt.hasType(v, 'app.bsky.contact.defs#syncStatus')
}

/** A stash object to be sent via bsync representing a notification to be created. */
export interface Notification {
  $type?: 'app.bsky.contact.defs#notification'
  /** The DID of who this notification comes from. */
  from: string
  /** The DID of who this notification should go to. */
  to: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkNotification(v: unknown, p: string): Notification {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.from
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "from"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/from must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/from must be a valid did')
  }
  const x2: unknown = o.to
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "to"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/to must be a string')
    if (!rt.isDid(x2)) throw rt.invalid(p + '/to must be a valid did')
  }
  return o as unknown as Notification
}

/** Validates a value as Notification; a failure says where, e.g. "Object/field must be a string". */
export function validateNotification(v: unknown): rt.ValidationResult<Notification> {
  return rt.run(checkNotification, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Notification; it does not validate it. */
export function isNotification<V>(v: V): v is V & rt.Typed<Notification, 'app.bsky.contact.defs#notification'> {
  return rt.hasType(v, 'app.bsky.contact.defs#notification')
}
