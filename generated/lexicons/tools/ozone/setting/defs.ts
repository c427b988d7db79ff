/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/setting/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'tools.ozone.setting.defs'

export interface Option {
  $type?: 'tools.ozone.setting.defs#option'
  key: string
  did: string
  value: { [key: string]: unknown }
  description?: string
  createdAt?: string
  updatedAt?: string
  managerRole?: 'tools.ozone.team.defs#roleModerator' | 'tools.ozone.team.defs#roleTriage' | 'tools.ozone.team.defs#roleAdmin' | 'tools.ozone.team.defs#roleVerifier' | (string & {})
  scope: 'instance' | 'personal' | (string & {})
  createdBy: string
  lastUpdatedBy: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOption(v: unknown, p: string): Option {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.key
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "key"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/key must be a string')
    if (!rt.isNsid(x1)) throw rt.invalid(p + '/key must be a valid nsid')
  }
  const x2: unknown = o.did
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x2)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x3: unknown = o.value
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "value"')
  } else {
    if (!rt.isPlainObject(x3)) throw rt.invalid(p + '/value must be an object')
  }
  const x4: unknown = o.description
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/description must be a string')
    if (x4.length * 3 > 10240 && rt.utf8Len(x4) > 10240) throw rt.invalid(p + '/description must not be longer than 10240 characters')
    if (x4.length > 1024 && rt.graphemeLen(x4) > 1024) throw rt.invalid(p + '/description must not be longer than 1024 graphemes')
  }
  const x5: unknown = o.createdAt
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x5)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x6: unknown = o.updatedAt
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/updatedAt must be a string')
    if (!rt.isDatetime(x6)) throw rt.invalid(p + '/updatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x7: unknown = o.managerRole
  if (x7 !== undefined) {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/managerRole must be a string')
  }
  const x8: unknown = o.scope
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "scope"')
  } else {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/scope must be a string')
  }
  const x9: unknown = o.createdBy
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "createdBy"')
  } else {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/createdBy must be a string')
    if (!rt.isDid(x9)) throw rt.invalid(p + '/createdBy must be a valid did')
  }
  const x10: unknown = o.lastUpdatedBy
  if (x10 === undefined) {
    throw rt.invalid(p + ' must have the property "lastUpdatedBy"')
  } else {
    if (typeof x10 !== 'string') throw rt.invalid(p + '/lastUpdatedBy must be a string')
    if (!rt.isDid(x10)) throw rt.invalid(p + '/lastUpdatedBy must be a valid did')
  }
  return o as unknown as Option
}

/** Validates a value as Option; a failure says where, e.g. "Object/field must be a string". */
export function validateOption(v: unknown): rt.ValidationResult<Option> {
  return rt.run(checkOption, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Option; it does not validate it. */
export function isOption<V>(v: V): v is V & rt.Typed<Option, 'tools.ozone.setting.defs#option'> {
  return rt.hasType(v, 'tools.ozone.setting.defs#option')
}
