/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/germnetwork/declaration.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../runtime/index.js'

export const id = 'com.germnetwork.declaration'

/**
 * A declaration of a Germ Network account
 * Record key: literal:self
 */
export interface Record {
  $type: 'com.germnetwork.declaration'
  /** Semver version number, without pre-release or build information, for the format of opaque content */
  version: string
  /** Opaque value, an ed25519 public key prefixed with a byte enum */
  currentKey: Uint8Array
  /** Controls who can message this account */
  messageMe?: MessageMe
  /** Opaque value, contains MLS KeyPackage(s), and other signature data, and is signed by the currentKey */
  keyPackage?: Uint8Array
  /** Array of opaque values to allow for key rolling */
  continuityProofs?: Uint8Array[]
}

/** The record key type of this collection. */
export const RECORD_KEY = 'literal:self'

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRecord(v: unknown, p: string): Record {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.version
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "version"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/version must be a string')
    if (x1.length < 5 && (x1.length * 3 < 5 || rt.utf8Len(x1) < 5)) throw rt.invalid(p + '/version must not be shorter than 5 characters')
    if (x1.length * 3 > 14 && rt.utf8Len(x1) > 14) throw rt.invalid(p + '/version must not be longer than 14 characters')
  }
  const x2: unknown = o.currentKey
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "currentKey"')
  } else {
    if (!(x2 instanceof Uint8Array)) throw rt.invalid(p + '/currentKey must be a byte array')
  }
  const x3: unknown = o.messageMe
  if (x3 !== undefined) {
    try {
      checkMessageMe(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/messageMe')
    }
  }
  const x4: unknown = o.keyPackage
  if (x4 !== undefined) {
    if (!(x4 instanceof Uint8Array)) throw rt.invalid(p + '/keyPackage must be a byte array')
  }
  const x5: unknown = o.continuityProofs
  if (x5 !== undefined) {
    if (!Array.isArray(x5)) throw rt.invalid(p + '/continuityProofs must be an array')
    if (x5.length > 1000) throw rt.invalid(p + '/continuityProofs must not have more than 1000 elements')
    for (let i6 = 0; i6 < x5.length; i6++) {
      const e6: unknown = x5[i6]
      if (!(e6 instanceof Uint8Array)) throw rt.invalid(p + '/continuityProofs' + '/' + i6 + ' must be a byte array')
    }
  }
  return o as unknown as Record
}

/** Validates a record of this collection, including its `$type`. */
export function validateRecord(v: unknown): rt.ValidationResult<Record> {
  if (typeof v !== 'object' || v === null) return rt.failure('Record must be an object')
  const t = (v as { $type?: unknown }).$type
  if (typeof t !== 'string') return rt.failure('Record/$type must be a string')
  if (t !== 'com.germnetwork.declaration') return rt.failure(`Invalid $type: must be lex:com.germnetwork.declaration, got ${t}`)
  return rt.run(checkRecord, v, 'Record')
}

/** Whether a value says (by its `$type`) that it is a Record; it does not validate it. */
export function isRecord<V>(v: V): v is V & rt.Typed<Record, 'com.germnetwork.declaration'> {
  return rt.hasMainType(v, 'com.germnetwork.declaration')
}

export interface MessageMe {
  $type?: 'com.germnetwork.declaration#messageMe'
  /** A URL to present to an account that does not have its own com.germnetwork.declaration record, must have an empty fragment component, where the app should fill in the fragment component with the DIDs of the two accounts who wish to message each other */
  messageMeUrl: string
  /** The policy of who can message the account, this value is included in the keyPackage, but is duplicated here to allow applications to decide if they should show a 'Message on Germ' button to the viewer. */
  showButtonTo: 'none' | 'usersIFollow' | 'everyone' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMessageMe(v: unknown, p: string): MessageMe {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.messageMeUrl
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "messageMeUrl"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/messageMeUrl must be a string')
    if (x1.length < 1 && (x1.length * 3 < 1 || rt.utf8Len(x1) < 1)) throw rt.invalid(p + '/messageMeUrl must not be shorter than 1 characters')
    if (x1.length * 3 > 2047 && rt.utf8Len(x1) > 2047) throw rt.invalid(p + '/messageMeUrl must not be longer than 2047 characters')
    if (!rt.isUri(x1)) throw rt.invalid(p + '/messageMeUrl must be a uri')
  }
  const x2: unknown = o.showButtonTo
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "showButtonTo"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/showButtonTo must be a string')
    if (x2.length < 1 && (x2.length * 3 < 1 || rt.utf8Len(x2) < 1)) throw rt.invalid(p + '/showButtonTo must not be shorter than 1 characters')
    if (x2.length * 3 > 100 && rt.utf8Len(x2) > 100) throw rt.invalid(p + '/showButtonTo must not be longer than 100 characters')
  }
  return o as unknown as MessageMe
}

/** Validates a value as MessageMe; a failure says where, e.g. "Object/field must be a string". */
export function validateMessageMe(v: unknown): rt.ValidationResult<MessageMe> {
  return rt.run(checkMessageMe, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a MessageMe; it does not validate it. */
export function isMessageMe<V>(v: V): v is V & rt.Typed<MessageMe, 'com.germnetwork.declaration#messageMe'> {
  return rt.hasType(v, 'com.germnetwork.declaration#messageMe')
}
