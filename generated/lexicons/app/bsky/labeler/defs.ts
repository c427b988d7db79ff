/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/labeler/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoLabelDefs from '../../../com/atproto/label/defs.js'
import * as ComAtprotoModerationDefs from '../../../com/atproto/moderation/defs.js'
import * as AppBskyActorDefs from '../actor/defs.js'

export const id = 'app.bsky.labeler.defs'

export interface LabelerView {
  $type?: 'app.bsky.labeler.defs#labelerView'
  uri: string
  cid: string
  creator: AppBskyActorDefs.ProfileView
  likeCount?: number
  viewer?: LabelerViewerState
  indexedAt: string
  labels?: ComAtprotoLabelDefs.Label[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLabelerView(v: unknown, p: string): LabelerView {
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
  const x3: unknown = o.creator
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "creator"')
  } else {
    try {
      AppBskyActorDefs.checkProfileView(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/creator')
    }
  }
  const x4: unknown = o.likeCount
  if (x4 !== undefined) {
    if (!Number.isInteger(x4)) throw rt.invalid(p + '/likeCount must be an integer')
    if ((x4 as number) < 0) throw rt.invalid(p + '/likeCount can not be less than 0')
  }
  const x5: unknown = o.viewer
  if (x5 !== undefined) {
    try {
      checkLabelerViewerState(x5, '')
    } catch (err) {
      throw rt.within(err, p + '/viewer')
    }
  }
  const x6: unknown = o.indexedAt
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "indexedAt"')
  } else {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/indexedAt must be a string')
    if (!rt.isDatetime(x6)) throw rt.invalid(p + '/indexedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x7: unknown = o.labels
  if (x7 !== undefined) {
    if (!Array.isArray(x7)) throw rt.invalid(p + '/labels must be an array')
    for (let i8 = 0; i8 < x7.length; i8++) {
      const e8: unknown = x7[i8]
      try {
        ComAtprotoLabelDefs.checkLabel(e8, '')
      } catch (err) {
        throw rt.within(err, p + '/labels' + '/' + i8)
      }
    }
  }
  return o as unknown as LabelerView
}

/** Validates a value as LabelerView; a failure says where, e.g. "Object/field must be a string". */
export function validateLabelerView(v: unknown): rt.ValidationResult<LabelerView> {
  return rt.run(checkLabelerView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LabelerView; it does not validate it. */
export function isLabelerView<V>(v: V): v is V & rt.Typed<LabelerView, 'app.bsky.labeler.defs#labelerView'> {
  return rt.hasType(v, 'app.bsky.labeler.defs#labelerView')
}

export interface LabelerViewDetailed {
  $type?: 'app.bsky.labeler.defs#labelerViewDetailed'
  uri: string
  cid: string
  creator: AppBskyActorDefs.ProfileView
  policies: LabelerPolicies
  likeCount?: number
  viewer?: LabelerViewerState
  indexedAt: string
  labels?: ComAtprotoLabelDefs.Label[]
  /** The set of report reason 'codes' which are in-scope for this service to review and action. These usually align to policy categories. If not defined (distinct from empty array), all reason types are allowed. */
  reasonTypes?: ComAtprotoModerationDefs.ReasonType[]
  /** The set of subject types (account, record, etc) this service accepts reports on. */
  subjectTypes?: ComAtprotoModerationDefs.SubjectType[]
  /** Set of record types (collection NSIDs) which can be reported to this service. If not defined (distinct from empty array), default is any record type. */
  subjectCollections?: string[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLabelerViewDetailed(v: unknown, p: string): LabelerViewDetailed {
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
  const x3: unknown = o.creator
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "creator"')
  } else {
    try {
      AppBskyActorDefs.checkProfileView(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/creator')
    }
  }
  const x4: unknown = o.policies
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "policies"')
  } else {
    try {
      checkLabelerPolicies(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/policies')
    }
  }
  const x5: unknown = o.likeCount
  if (x5 !== undefined) {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/likeCount must be an integer')
    if ((x5 as number) < 0) throw rt.invalid(p + '/likeCount can not be less than 0')
  }
  const x6: unknown = o.viewer
  if (x6 !== undefined) {
    try {
      checkLabelerViewerState(x6, '')
    } catch (err) {
      throw rt.within(err, p + '/viewer')
    }
  }
  const x7: unknown = o.indexedAt
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "indexedAt"')
  } else {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/indexedAt must be a string')
    if (!rt.isDatetime(x7)) throw rt.invalid(p + '/indexedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x8: unknown = o.labels
  if (x8 !== undefined) {
    if (!Array.isArray(x8)) throw rt.invalid(p + '/labels must be an array')
    for (let i9 = 0; i9 < x8.length; i9++) {
      const e9: unknown = x8[i9]
      try {
        ComAtprotoLabelDefs.checkLabel(e9, '')
      } catch (err) {
        throw rt.within(err, p + '/labels' + '/' + i9)
      }
    }
  }
  const x10: unknown = o.reasonTypes
  if (x10 !== undefined) {
    if (!Array.isArray(x10)) throw rt.invalid(p + '/reasonTypes must be an array')
    for (let i11 = 0; i11 < x10.length; i11++) {
      const e11: unknown = x10[i11]
      try {
        ComAtprotoModerationDefs.checkReasonType(e11, '')
      } catch (err) {
        throw rt.within(err, p + '/reasonTypes' + '/' + i11)
      }
    }
  }
  const x12: unknown = o.subjectTypes
  if (x12 !== undefined) {
    if (!Array.isArray(x12)) throw rt.invalid(p + '/subjectTypes must be an array')
    for (let i13 = 0; i13 < x12.length; i13++) {
      const e13: unknown = x12[i13]
      try {
        ComAtprotoModerationDefs.checkSubjectType(e13, '')
      } catch (err) {
        throw rt.within(err, p + '/subjectTypes' + '/' + i13)
      }
    }
  }
  const x14: unknown = o.subjectCollections
  if (x14 !== undefined) {
    if (!Array.isArray(x14)) throw rt.invalid(p + '/subjectCollections must be an array')
    for (let i15 = 0; i15 < x14.length; i15++) {
      const e15: unknown = x14[i15]
      if (typeof e15 !== 'string') throw rt.invalid(p + '/subjectCollections' + '/' + i15 + ' must be a string')
      if (!rt.isNsid(e15)) throw rt.invalid(p + '/subjectCollections' + '/' + i15 + ' must be a valid nsid')
    }
  }
  return o as unknown as LabelerViewDetailed
}

/** Validates a value as LabelerViewDetailed; a failure says where, e.g. "Object/field must be a string". */
export function validateLabelerViewDetailed(v: unknown): rt.ValidationResult<LabelerViewDetailed> {
  return rt.run(checkLabelerViewDetailed, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LabelerViewDetailed; it does not validate it. */
export function isLabelerViewDetailed<V>(v: V): v is V & rt.Typed<LabelerViewDetailed, 'app.bsky.labeler.defs#labelerViewDetailed'> {
  return rt.hasType(v, 'app.bsky.labeler.defs#labelerViewDetailed')
}

export interface LabelerViewerState {
  $type?: 'app.bsky.labeler.defs#labelerViewerState'
  like?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLabelerViewerState(v: unknown, p: string): LabelerViewerState {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.like
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/like must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/like must be a valid at-uri')
  }
  return o as unknown as LabelerViewerState
}

/** Validates a value as LabelerViewerState; a failure says where, e.g. "Object/field must be a string". */
export function validateLabelerViewerState(v: unknown): rt.ValidationResult<LabelerViewerState> {
  return rt.run(checkLabelerViewerState, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LabelerViewerState; it does not validate it. */
export function isLabelerViewerState<V>(v: V): v is V & rt.Typed<LabelerViewerState, 'app.bsky.labeler.defs#labelerViewerState'> {
  return rt.hasType(v, 'app.bsky.labeler.defs#labelerViewerState')
}

export interface LabelerPolicies {
  $type?: 'app.bsky.labeler.defs#labelerPolicies'
  /** The label values which this labeler publishes. May include global or custom labels. */
  labelValues: ComAtprotoLabelDefs.LabelValue[]
  /** Label values created by this labeler and scoped exclusively to it. Labels defined here will override global label definitions for this labeler. */
  labelValueDefinitions?: ComAtprotoLabelDefs.LabelValueDefinition[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLabelerPolicies(v: unknown, p: string): LabelerPolicies {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.labelValues
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "labelValues"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/labelValues must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      try {
        ComAtprotoLabelDefs.checkLabelValue(e2, '')
      } catch (err) {
        throw rt.within(err, p + '/labelValues' + '/' + i2)
      }
    }
  }
  const x3: unknown = o.labelValueDefinitions
  if (x3 !== undefined) {
    if (!Array.isArray(x3)) throw rt.invalid(p + '/labelValueDefinitions must be an array')
    for (let i4 = 0; i4 < x3.length; i4++) {
      let e4: unknown = x3[i4]
      try {
        e4 = ComAtprotoLabelDefs.checkLabelValueDefinition(e4, '')
      } catch (err) {
        throw rt.within(err, p + '/labelValueDefinitions' + '/' + i4)
      }
    }
  }
  return o as unknown as LabelerPolicies
}

/** Validates a value as LabelerPolicies; a failure says where, e.g. "Object/field must be a string". */
export function validateLabelerPolicies(v: unknown): rt.ValidationResult<LabelerPolicies> {
  return rt.run(checkLabelerPolicies, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LabelerPolicies; it does not validate it. */
export function isLabelerPolicies<V>(v: V): v is V & rt.Typed<LabelerPolicies, 'app.bsky.labeler.defs#labelerPolicies'> {
  return rt.hasType(v, 'app.bsky.labeler.defs#labelerPolicies')
}
