/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/set/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'tools.ozone.set.defs'

export interface Set {
  $type?: 'tools.ozone.set.defs#set'
  name: string
  description?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSet(v: unknown, p: string): Set {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.name
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "name"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/name must be a string')
    if (x1.length < 3 && (x1.length * 3 < 3 || rt.utf8Len(x1) < 3)) throw rt.invalid(p + '/name must not be shorter than 3 characters')
    if (x1.length * 3 > 128 && rt.utf8Len(x1) > 128) throw rt.invalid(p + '/name must not be longer than 128 characters')
  }
  const x2: unknown = o.description
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/description must be a string')
    if (x2.length * 3 > 10240 && rt.utf8Len(x2) > 10240) throw rt.invalid(p + '/description must not be longer than 10240 characters')
    if (x2.length > 1024 && rt.graphemeLen(x2) > 1024) throw rt.invalid(p + '/description must not be longer than 1024 graphemes')
  }
  return o as unknown as Set
}

/** Validates a value as Set; a failure says where, e.g. "Object/field must be a string". */
export function validateSet(v: unknown): rt.ValidationResult<Set> {
  return rt.run(checkSet, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Set; it does not validate it. */
export function isSet<V>(v: V): v is V & rt.Typed<Set, 'tools.ozone.set.defs#set'> {
  return rt.hasType(v, 'tools.ozone.set.defs#set')
}

export interface SetView {
  $type?: 'tools.ozone.set.defs#setView'
  name: string
  description?: string
  setSize: number
  createdAt: string
  updatedAt: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSetView(v: unknown, p: string): SetView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.name
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "name"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/name must be a string')
    if (x1.length < 3 && (x1.length * 3 < 3 || rt.utf8Len(x1) < 3)) throw rt.invalid(p + '/name must not be shorter than 3 characters')
    if (x1.length * 3 > 128 && rt.utf8Len(x1) > 128) throw rt.invalid(p + '/name must not be longer than 128 characters')
  }
  const x2: unknown = o.description
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/description must be a string')
    if (x2.length * 3 > 10240 && rt.utf8Len(x2) > 10240) throw rt.invalid(p + '/description must not be longer than 10240 characters')
    if (x2.length > 1024 && rt.graphemeLen(x2) > 1024) throw rt.invalid(p + '/description must not be longer than 1024 graphemes')
  }
  const x3: unknown = o.setSize
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "setSize"')
  } else {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/setSize must be an integer')
  }
  const x4: unknown = o.createdAt
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x5: unknown = o.updatedAt
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "updatedAt"')
  } else {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/updatedAt must be a string')
    if (!rt.isDatetime(x5)) throw rt.invalid(p + '/updatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as SetView
}

/** Validates a value as SetView; a failure says where, e.g. "Object/field must be a string". */
export function validateSetView(v: unknown): rt.ValidationResult<SetView> {
  return rt.run(checkSetView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SetView; it does not validate it. */
export function isSetView<V>(v: V): v is V & rt.Typed<SetView, 'tools.ozone.set.defs#setView'> {
  return rt.hasType(v, 'tools.ozone.set.defs#setView')
}
