/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/identity/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'com.atproto.identity.defs'

export interface IdentityInfo {
  $type?: 'com.atproto.identity.defs#identityInfo'
  did: string
  /** The validated handle of the account; or 'handle.invalid' if the handle did not bi-directionally match the DID document. */
  handle: string
  /** The complete DID document for the identity. */
  didDoc: { [key: string]: unknown }
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkIdentityInfo(v: unknown, p: string): IdentityInfo {
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
  const x3: unknown = o.didDoc
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "didDoc"')
  } else {
    if (!rt.isPlainObject(x3)) throw rt.invalid(p + '/didDoc must be an object')
  }
  return o as unknown as IdentityInfo
}

/** Validates a value as IdentityInfo; a failure says where, e.g. "Object/field must be a string". */
export function validateIdentityInfo(v: unknown): rt.ValidationResult<IdentityInfo> {
  return rt.run(checkIdentityInfo, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a IdentityInfo; it does not validate it. */
export function isIdentityInfo<V>(v: V): v is V & rt.Typed<IdentityInfo, 'com.atproto.identity.defs#identityInfo'> {
  return rt.hasType(v, 'com.atproto.identity.defs#identityInfo')
}
