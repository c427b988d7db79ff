/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/repo/strongRef.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

/** A URI with a content-hash fingerprint. */
export const id = 'com.atproto.repo.strongRef'

export interface Main {
  $type?: 'com.atproto.repo.strongRef'
  uri: string
  cid: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMain(v: unknown, p: string): Main {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  const x2: unknown = o.cid
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "cid"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/cid must be a string')
    if (!rt.isCid(x2)) throw rt.invalid(p + '/cid must be a cid string')
  }
  return o as unknown as Main
}

/** Validates a value as Main; a failure says where, e.g. "Object/field must be a string". */
export function validateMain(v: unknown): rt.ValidationResult<Main> {
  return rt.run(checkMain, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Main; it does not validate it. */
export function isMain<V>(v: V): v is V & rt.Typed<Main, 'com.atproto.repo.strongRef'> {
  return rt.hasMainType(v, 'com.atproto.repo.strongRef')
}
