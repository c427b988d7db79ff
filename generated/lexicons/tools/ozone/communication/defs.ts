/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/communication/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'tools.ozone.communication.defs'

export interface TemplateView {
  $type?: 'tools.ozone.communication.defs#templateView'
  id: string
  /** Name of the template. */
  name: string
  /** Content of the template, can contain markdown and variable placeholders. */
  subject?: string
  /** Subject of the message, used in emails. */
  contentMarkdown: string
  disabled: boolean
  /** Message language. */
  lang?: string
  /** DID of the user who last updated the template. */
  lastUpdatedBy: string
  createdAt: string
  updatedAt: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkTemplateView(v: unknown, p: string): TemplateView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.id
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "id"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/id must be a string')
  }
  const x2: unknown = o.name
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "name"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/name must be a string')
  }
  const x3: unknown = o.subject
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/subject must be a string')
  }
  const x4: unknown = o.contentMarkdown
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "contentMarkdown"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/contentMarkdown must be a string')
  }
  const x5: unknown = o.disabled
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "disabled"')
  } else {
    if (typeof x5 !== 'boolean') throw rt.invalid(p + '/disabled must be a boolean')
  }
  const x6: unknown = o.lang
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/lang must be a string')
    if (!rt.isLanguage(x6)) throw rt.invalid(p + '/lang must be a well-formed BCP 47 language tag')
  }
  const x7: unknown = o.lastUpdatedBy
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "lastUpdatedBy"')
  } else {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/lastUpdatedBy must be a string')
    if (!rt.isDid(x7)) throw rt.invalid(p + '/lastUpdatedBy must be a valid did')
  }
  const x8: unknown = o.createdAt
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x8)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x9: unknown = o.updatedAt
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "updatedAt"')
  } else {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/updatedAt must be a string')
    if (!rt.isDatetime(x9)) throw rt.invalid(p + '/updatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as TemplateView
}

/** Validates a value as TemplateView; a failure says where, e.g. "Object/field must be a string". */
export function validateTemplateView(v: unknown): rt.ValidationResult<TemplateView> {
  return rt.run(checkTemplateView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a TemplateView; it does not validate it. */
export function isTemplateView<V>(v: V): v is V & rt.Typed<TemplateView, 'tools.ozone.communication.defs#templateView'> {
  return rt.hasType(v, 'tools.ozone.communication.defs#templateView')
}
