/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'com.atproto.server.defs'

export interface InviteCode {
  $type?: 'com.atproto.server.defs#inviteCode'
  code: string
  available: number
  disabled: boolean
  forAccount: string
  createdBy: string
  createdAt: string
  uses: InviteCodeUse[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInviteCode(v: unknown, p: string): InviteCode {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.code
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "code"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/code must be a string')
  }
  const x2: unknown = o.available
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "available"')
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/available must be an integer')
  }
  const x3: unknown = o.disabled
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "disabled"')
  } else {
    if (typeof x3 !== 'boolean') throw rt.invalid(p + '/disabled must be a boolean')
  }
  const x4: unknown = o.forAccount
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "forAccount"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/forAccount must be a string')
  }
  const x5: unknown = o.createdBy
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "createdBy"')
  } else {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/createdBy must be a string')
  }
  const x6: unknown = o.createdAt
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x6)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x7: unknown = o.uses
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "uses"')
  } else {
    if (!Array.isArray(x7)) throw rt.invalid(p + '/uses must be an array')
    for (let i8 = 0; i8 < x7.length; i8++) {
      const e8: unknown = x7[i8]
      try {
        checkInviteCodeUse(e8, '')
      } catch (err) {
        throw rt.within(err, p + '/uses' + '/' + i8)
      }
    }
  }
  return o as unknown as InviteCode
}

/** Validates a value as InviteCode; a failure says where, e.g. "Object/field must be a string". */
export function validateInviteCode(v: unknown): rt.ValidationResult<InviteCode> {
  return rt.run(checkInviteCode, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a InviteCode; it does not validate it. */
export function isInviteCode<V>(v: V): v is V & rt.Typed<InviteCode, 'com.atproto.server.defs#inviteCode'> {
  return rt.hasType(v, 'com.atproto.server.defs#inviteCode')
}

export interface InviteCodeUse {
  $type?: 'com.atproto.server.defs#inviteCodeUse'
  usedBy: string
  usedAt: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInviteCodeUse(v: unknown, p: string): InviteCodeUse {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.usedBy
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "usedBy"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/usedBy must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/usedBy must be a valid did')
  }
  const x2: unknown = o.usedAt
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "usedAt"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/usedAt must be a string')
    if (!rt.isDatetime(x2)) throw rt.invalid(p + '/usedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as InviteCodeUse
}

/** Validates a value as InviteCodeUse; a failure says where, e.g. "Object/field must be a string". */
export function validateInviteCodeUse(v: unknown): rt.ValidationResult<InviteCodeUse> {
  return rt.run(checkInviteCodeUse, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a InviteCodeUse; it does not validate it. */
export function isInviteCodeUse<V>(v: V): v is V & rt.Typed<InviteCodeUse, 'com.atproto.server.defs#inviteCodeUse'> {
  return rt.hasType(v, 'com.atproto.server.defs#inviteCodeUse')
}
