/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/labeler/service.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoLabelDefs from '../../../com/atproto/label/defs.js'
import * as ComAtprotoModerationDefs from '../../../com/atproto/moderation/defs.js'
import * as AppBskyLabelerDefs from './defs.js'

export const id = 'app.bsky.labeler.service'

/**
 * A declaration of the existence of labeler service.
 * Record key: literal:self
 */
export interface Record {
  $type: 'app.bsky.labeler.service'
  policies: AppBskyLabelerDefs.LabelerPolicies
  labels?: rt.Typed<ComAtprotoLabelDefs.SelfLabels, 'com.atproto.label.defs#selfLabels'> | rt.UnknownTyped
  createdAt: string
  /** The set of report reason 'codes' which are in-scope for this service to review and action. These usually align to policy categories. If not defined (distinct from empty array), all reason types are allowed. */
  reasonTypes?: ComAtprotoModerationDefs.ReasonType[]
  /** The set of subject types (account, record, etc) this service accepts reports on. */
  subjectTypes?: ComAtprotoModerationDefs.SubjectType[]
  /** Set of record types (collection NSIDs) which can be reported to this service. If not defined (distinct from empty array), default is any record type. */
  subjectCollections?: string[]
}

/** The record key type of this collection. */
export const RECORD_KEY = 'literal:self'

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRecord(v: unknown, p: string): Record {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.policies
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "policies"')
  } else {
    try {
      AppBskyLabelerDefs.checkLabelerPolicies(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/policies')
    }
  }
  const x2: unknown = o.labels
  if (x2 !== undefined) {
    if (typeof x2 !== 'object' || x2 === null || typeof (x2 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/labels must be an object which includes the "$type" property')
    const t3 = (x2 as { $type: string }).$type
    switch (t3) {
      case 'com.atproto.label.defs#selfLabels':
        try {
          ComAtprotoLabelDefs.checkSelfLabels(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/labels')
        }
        break
      default:
        if (t3.charCodeAt(0) === 35 || t3.indexOf('#') !== t3.lastIndexOf('#')) throw rt.invalid(p + '/labels $type is not a valid type reference')
    }
  }
  const x4: unknown = o.createdAt
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x5: unknown = o.reasonTypes
  if (x5 !== undefined) {
    if (!Array.isArray(x5)) throw rt.invalid(p + '/reasonTypes must be an array')
    for (let i6 = 0; i6 < x5.length; i6++) {
      const e6: unknown = x5[i6]
      try {
        ComAtprotoModerationDefs.checkReasonType(e6, '')
      } catch (err) {
        throw rt.within(err, p + '/reasonTypes' + '/' + i6)
      }
    }
  }
  const x7: unknown = o.subjectTypes
  if (x7 !== undefined) {
    if (!Array.isArray(x7)) throw rt.invalid(p + '/subjectTypes must be an array')
    for (let i8 = 0; i8 < x7.length; i8++) {
      const e8: unknown = x7[i8]
      try {
        ComAtprotoModerationDefs.checkSubjectType(e8, '')
      } catch (err) {
        throw rt.within(err, p + '/subjectTypes' + '/' + i8)
      }
    }
  }
  const x9: unknown = o.subjectCollections
  if (x9 !== undefined) {
    if (!Array.isArray(x9)) throw rt.invalid(p + '/subjectCollections must be an array')
    for (let i10 = 0; i10 < x9.length; i10++) {
      const e10: unknown = x9[i10]
      if (typeof e10 !== 'string') throw rt.invalid(p + '/subjectCollections' + '/' + i10 + ' must be a string')
      if (!rt.isNsid(e10)) throw rt.invalid(p + '/subjectCollections' + '/' + i10 + ' must be a valid nsid')
    }
  }
  return o as unknown as Record
}

/** Validates a record of this collection, including its `$type`. */
export function validateRecord(v: unknown): rt.ValidationResult<Record> {
  if (typeof v !== 'object' || v === null) return rt.failure('Record must be an object')
  const t = (v as { $type?: unknown }).$type
  if (typeof t !== 'string') return rt.failure('Record/$type must be a string')
  if (t !== 'app.bsky.labeler.service') return rt.failure(`Invalid $type: must be lex:app.bsky.labeler.service, got ${t}`)
  return rt.run(checkRecord, v, 'Record')
}

/** Whether a value says (by its `$type`) that it is a Record; it does not validate it. */
export function isRecord<V>(v: V): v is V & rt.Typed<Record, 'app.bsky.labeler.service'> {
  return rt.hasMainType(v, 'app.bsky.labeler.service')
}
