/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/actor/status.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyEmbedExternal from '../embed/external.js'

export const id = 'app.bsky.actor.status'

/**
 * A declaration of a Bluesky account status.
 * Record key: literal:self
 */
export interface Record {
  $type: 'app.bsky.actor.status'
  /** The status for the account. */
  status: 'app.bsky.actor.status#live' | (string & {})
  /** An optional embed associated with the status. */
  embed?: rt.Typed<AppBskyEmbedExternal.Main, 'app.bsky.embed.external'> | rt.UnknownTyped
  /** The duration of the status in minutes. Applications can choose to impose minimum and maximum limits. */
  durationMinutes?: number
  createdAt: string
}

/** The record key type of this collection. */
export const RECORD_KEY = 'literal:self'

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRecord(v: unknown, p: string): Record {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.status
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "status"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/status must be a string')
  }
  const x2: unknown = o.embed
  if (x2 !== undefined) {
    if (typeof x2 !== 'object' || x2 === null || typeof (x2 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/embed must be an object which includes the "$type" property')
    const t3 = (x2 as { $type: string }).$type
    switch (t3) {
      case 'app.bsky.embed.external': case 'app.bsky.embed.external#main':
        try {
          AppBskyEmbedExternal.checkMain(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/embed')
        }
        break
      default:
        if (t3.charCodeAt(0) === 35 || t3.indexOf('#') !== t3.lastIndexOf('#')) throw rt.invalid(p + '/embed $type is not a valid type reference')
    }
  }
  const x4: unknown = o.durationMinutes
  if (x4 !== undefined) {
    if (!Number.isInteger(x4)) throw rt.invalid(p + '/durationMinutes must be an integer')
    if ((x4 as number) < 1) throw rt.invalid(p + '/durationMinutes can not be less than 1')
  }
  const x5: unknown = o.createdAt
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x5)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as Record
}

/** Validates a record of this collection, including its `$type`. */
export function validateRecord(v: unknown): rt.ValidationResult<Record> {
  if (typeof v !== 'object' || v === null) return rt.failure('Record must be an object')
  const t = (v as { $type?: unknown }).$type
  if (typeof t !== 'string') return rt.failure('Record/$type must be a string')
  if (t !== 'app.bsky.actor.status') return rt.failure(`Invalid $type: must be lex:app.bsky.actor.status, got ${t}`)
  return rt.run(checkRecord, v, 'Record')
}

/** Whether a value says (by its `$type`) that it is a Record; it does not validate it. */
export function isRecord<V>(v: V): v is V & rt.Typed<Record, 'app.bsky.actor.status'> {
  return rt.hasMainType(v, 'app.bsky.actor.status')
}

/** Advertises an account as currently offering live content. */
export const LIVE = 'app.bsky.actor.status#live'
