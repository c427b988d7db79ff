/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/signature/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'tools.ozone.signature.defs'

export interface SigDetail {
  $type?: 'tools.ozone.signature.defs#sigDetail'
  property: string
  value: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSigDetail(v: unknown, p: string): SigDetail {
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
  return o as unknown as SigDetail
}

/** Validates a value as SigDetail; a failure says where, e.g. "Object/field must be a string". */
export function validateSigDetail(v: unknown): rt.ValidationResult<SigDetail> {
  return rt.run(checkSigDetail, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SigDetail; it does not validate it. */
export function isSigDetail<V>(v: V): v is V & rt.Typed<SigDetail, 'tools.ozone.signature.defs#sigDetail'> {
  return rt.hasType(v, 'tools.ozone.signature.defs#sigDetail')
}
