/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/admin/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoServerDefs from '../server/defs.js'

export const id = 'com.atproto.admin.defs'

export interface StatusAttr {
  $type?: 'com.atproto.admin.defs#statusAttr'
  applied: boolean
  ref?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkStatusAttr(v: unknown, p: string): StatusAttr {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.applied
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "applied"')
  } else {
    if (typeof x1 !== 'boolean') throw rt.invalid(p + '/applied must be a boolean')
  }
  const x2: unknown = o.ref
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/ref must be a string')
  }
  return o as unknown as StatusAttr
}

/** Validates a value as StatusAttr; a failure says where, e.g. "Object/field must be a string". */
export function validateStatusAttr(v: unknown): rt.ValidationResult<StatusAttr> {
  return rt.run(checkStatusAttr, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a StatusAttr; it does not validate it. */
export function isStatusAttr<V>(v: V): v is V & rt.Typed<StatusAttr, 'com.atproto.admin.defs#statusAttr'> {
  return rt.hasType(v, 'com.atproto.admin.defs#statusAttr')
}

export interface AccountView {
  $type?: 'com.atproto.admin.defs#accountView'
  did: string
  handle: string
  email?: string
  relatedRecords?: ({ [key: string]: unknown })[]
  indexedAt: string
  invitedBy?: ComAtprotoServerDefs.InviteCode
  invites?: ComAtprotoServerDefs.InviteCode[]
  invitesDisabled?: boolean
  emailConfirmedAt?: string
  inviteNote?: string
  deactivatedAt?: string
  threatSignatures?: ThreatSignature[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkAccountView(v: unknown, p: string): AccountView {
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
  const x3: unknown = o.email
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/email must be a string')
  }
  const x4: unknown = o.relatedRecords
  if (x4 !== undefined) {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/relatedRecords must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      if (!rt.isPlainObject(e5)) throw rt.invalid(p + '/relatedRecords' + '/' + i5 + ' must be an object')
    }
  }
  const x6: unknown = o.indexedAt
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "indexedAt"')
  } else {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/indexedAt must be a string')
    if (!rt.isDatetime(x6)) throw rt.invalid(p + '/indexedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x7: unknown = o.invitedBy
  if (x7 !== undefined) {
    try {
      ComAtprotoServerDefs.checkInviteCode(x7, '')
    } catch (err) {
      throw rt.within(err, p + '/invitedBy')
    }
  }
  const x8: unknown = o.invites
  if (x8 !== undefined) {
    if (!Array.isArray(x8)) throw rt.invalid(p + '/invites must be an array')
    for (let i9 = 0; i9 < x8.length; i9++) {
      const e9: unknown = x8[i9]
      try {
        ComAtprotoServerDefs.checkInviteCode(e9, '')
      } catch (err) {
        throw rt.within(err, p + '/invites' + '/' + i9)
      }
    }
  }
  const x10: unknown = o.invitesDisabled
  if (x10 !== undefined) {
    if (typeof x10 !== 'boolean') throw rt.invalid(p + '/invitesDisabled must be a boolean')
  }
  const x11: unknown = o.emailConfirmedAt
  if (x11 !== undefined) {
    if (typeof x11 !== 'string') throw rt.invalid(p + '/emailConfirmedAt must be a string')
    if (!rt.isDatetime(x11)) throw rt.invalid(p + '/emailConfirmedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x12: unknown = o.inviteNote
  if (x12 !== undefined) {
    if (typeof x12 !== 'string') throw rt.invalid(p + '/inviteNote must be a string')
  }
  const x13: unknown = o.deactivatedAt
  if (x13 !== undefined) {
    if (typeof x13 !== 'string') throw rt.invalid(p + '/deactivatedAt must be a string')
    if (!rt.isDatetime(x13)) throw rt.invalid(p + '/deactivatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x14: unknown = o.threatSignatures
  if (x14 !== undefined) {
    if (!Array.isArray(x14)) throw rt.invalid(p + '/threatSignatures must be an array')
    for (let i15 = 0; i15 < x14.length; i15++) {
      const e15: unknown = x14[i15]
      try {
        checkThreatSignature(e15, '')
      } catch (err) {
        throw rt.within(err, p + '/threatSignatures' + '/' + i15)
      }
    }
  }
  return o as unknown as AccountView
}

/** Validates a value as AccountView; a failure says where, e.g. "Object/field must be a string". */
export function validateAccountView(v: unknown): rt.ValidationResult<AccountView> {
  return rt.run(checkAccountView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a AccountView; it does not validate it. */
export function isAccountView<V>(v: V): v is V & rt.Typed<AccountView, 'com.atproto.admin.defs#accountView'> {
  return rt.hasType(v, 'com.atproto.admin.defs#accountView')
}

export interface RepoRef {
  $type?: 'com.atproto.admin.defs#repoRef'
  did: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRepoRef(v: unknown, p: string): RepoRef {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  return o as unknown as RepoRef
}

/** Validates a value as RepoRef; a failure says where, e.g. "Object/field must be a string". */
export function validateRepoRef(v: unknown): rt.ValidationResult<RepoRef> {
  return rt.run(checkRepoRef, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a RepoRef; it does not validate it. */
export function isRepoRef<V>(v: V): v is V & rt.Typed<RepoRef, 'com.atproto.admin.defs#repoRef'> {
  return rt.hasType(v, 'com.atproto.admin.defs#repoRef')
}

export interface RepoBlobRef {
  $type?: 'com.atproto.admin.defs#repoBlobRef'
  did: string
  cid: string
  recordUri?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRepoBlobRef(v: unknown, p: string): RepoBlobRef {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x2: unknown = o.cid
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "cid"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/cid must be a string')
    if (!rt.isCid(x2)) throw rt.invalid(p + '/cid must be a cid string')
  }
  const x3: unknown = o.recordUri
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/recordUri must be a string')
    if (!rt.isAtUri(x3)) throw rt.invalid(p + '/recordUri must be a valid at-uri')
  }
  return o as unknown as RepoBlobRef
}

/** Validates a value as RepoBlobRef; a failure says where, e.g. "Object/field must be a string". */
export function validateRepoBlobRef(v: unknown): rt.ValidationResult<RepoBlobRef> {
  return rt.run(checkRepoBlobRef, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a RepoBlobRef; it does not validate it. */
export function isRepoBlobRef<V>(v: V): v is V & rt.Typed<RepoBlobRef, 'com.atproto.admin.defs#repoBlobRef'> {
  return rt.hasType(v, 'com.atproto.admin.defs#repoBlobRef')
}

export interface ThreatSignature {
  $type?: 'com.atproto.admin.defs#threatSignature'
  property: string
  value: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkThreatSignature(v: unknown, p: string): ThreatSignature {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.property
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "property"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/property must be a string')
  }
  const x2: unknown = o.value
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "value"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/value must be a string')
  }
  return o as unknown as ThreatSignature
}

/** Validates a value as ThreatSignature; a failure says where, e.g. "Object/field must be a string". */
export function validateThreatSignature(v: unknown): rt.ValidationResult<ThreatSignature> {
  return rt.run(checkThreatSignature, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ThreatSignature; it does not validate it. */
export function isThreatSignature<V>(v: V): v is V & rt.Typed<ThreatSignature, 'com.atproto.admin.defs#threatSignature'> {
  return rt.hasType(v, 'com.atproto.admin.defs#threatSignature')
}
