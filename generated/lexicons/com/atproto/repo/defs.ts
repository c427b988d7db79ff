/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/repo/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'com.atproto.repo.defs'

export interface CommitMeta {
  $type?: 'com.atproto.repo.defs#commitMeta'
  cid: string
  rev: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkCommitMeta(v: unknown, p: string): CommitMeta {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cid
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "cid"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cid must be a string')
    if (!rt.isCid(x1)) throw rt.invalid(p + '/cid must be a cid string')
  }
  const x2: unknown = o.rev
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/rev must be a string')
    if (!rt.isTid(x2)) throw rt.invalid(p + '/rev must be a valid TID')
  }
  return o as unknown as CommitMeta
}

/** Validates a value as CommitMeta; a failure says where, e.g. "Object/field must be a string". */
export function validateCommitMeta(v: unknown): rt.ValidationResult<CommitMeta> {
  return rt.run(checkCommitMeta, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a CommitMeta; it does not validate it. */
export function isCommitMeta<V>(v: V): v is V & rt.Typed<CommitMeta, 'com.atproto.repo.defs#commitMeta'> {
  return rt.hasType(v, 'com.atproto.repo.defs#commitMeta')
}
