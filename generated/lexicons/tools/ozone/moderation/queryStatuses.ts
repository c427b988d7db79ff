/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/moderation/queryStatuses.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneModerationDefs from './defs.js'

export const id = 'tools.ozone.moderation.queryStatuses'

/** Query-string parameters. */
export interface QueryParams {
  /** Number of queues being used by moderators. Subjects will be split among all queues. */
  queueCount?: number
  /** Index of the queue to fetch subjects from. Works only when queueCount value is specified. */
  queueIndex?: number
  /** A seeder to shuffle/balance the queue items. */
  queueSeed?: string
  /** All subjects, or subjects from given 'collections' param, belonging to the account specified in the 'subject' param will be returned. */
  includeAllUserRecords?: boolean
  /** The subject to get the status for. */
  subject?: string
  /** Search subjects by keyword from comments */
  comment?: string
  /** Search subjects reported after a given timestamp */
  reportedAfter?: string
  /** Search subjects reported before a given timestamp */
  reportedBefore?: string
  /** Search subjects reviewed after a given timestamp */
  reviewedAfter?: string
  /** Search subjects where the associated record/account was deleted after a given timestamp */
  hostingDeletedAfter?: string
  /** Search subjects where the associated record/account was deleted before a given timestamp */
  hostingDeletedBefore?: string
  /** Search subjects where the associated record/account was updated after a given timestamp */
  hostingUpdatedAfter?: string
  /** Search subjects where the associated record/account was updated before a given timestamp */
  hostingUpdatedBefore?: string
  /** Search subjects by the status of the associated record/account */
  hostingStatuses?: string[]
  /** Search subjects reviewed before a given timestamp */
  reviewedBefore?: string
  /** By default, we don't include muted subjects in the results. Set this to true to include them. */
  includeMuted?: boolean
  /** When set to true, only muted subjects and reporters will be returned. */
  onlyMuted?: boolean
  /** Specify when fetching subjects in a certain state */
  reviewState?: 'tools.ozone.moderation.defs#reviewOpen' | 'tools.ozone.moderation.defs#reviewClosed' | 'tools.ozone.moderation.defs#reviewEscalated' | 'tools.ozone.moderation.defs#reviewNone' | (string & {})
  ignoreSubjects?: string[]
  /** Get all subject statuses that were reviewed by a specific moderator */
  lastReviewedBy?: string
  sortField: 'lastReviewedAt' | 'lastReportedAt' | 'reportedRecordsCount' | 'takendownRecordsCount' | 'priorityScore'
  sortDirection: 'asc' | 'desc'
  /** Get subjects that were taken down */
  takendown?: boolean
  /** Get subjects in unresolved appealed status */
  appealed?: boolean
  limit: number
  tags?: string[]
  excludeTags?: string[]
  cursor?: string
  /** If specified, subjects belonging to the given collections will be returned. When subjectType is set to 'account', this will be ignored. */
  collections?: string[]
  /** If specified, subjects of the given type (account, record, or conversation) will be returned. When this is set to 'account' the 'collections' parameter will be ignored. When includeAllUserRecords or subject is set, this will be ignored. */
  subjectType?: 'account' | 'record' | 'conversation' | (string & {})
  /** If specified, only subjects that belong to an account that has at least this many suspensions will be returned. */
  minAccountSuspendCount?: number
  /** If specified, only subjects that belong to an account that has at least this many reported records will be returned. */
  minReportedRecordsCount?: number
  /** If specified, only subjects that belong to an account that has at least this many taken down records will be returned. */
  minTakendownRecordsCount?: number
  /** If specified, only subjects that have priority score value above the given value will be returned. */
  minPriorityScore?: number
  /** If specified, only subjects that belong to an account that has at least this many active strikes will be returned. */
  minStrikeCount?: number
  /** If specified, only subjects with the given age assurance state will be returned. */
  ageAssuranceState?: 'pending' | 'assured' | 'unknown' | 'reset' | 'blocked' | (string & {})
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { queueCount: 'integer', queueIndex: 'integer', queueSeed: 'string', includeAllUserRecords: 'boolean', subject: 'string', comment: 'string', reportedAfter: 'string', reportedBefore: 'string', reviewedAfter: 'string', hostingDeletedAfter: 'string', hostingDeletedBefore: 'string', hostingUpdatedAfter: 'string', hostingUpdatedBefore: 'string', hostingStatuses: ['string'], reviewedBefore: 'string', includeMuted: 'boolean', onlyMuted: 'boolean', reviewState: 'string', ignoreSubjects: ['string'], lastReviewedBy: 'string', sortField: 'string', sortDirection: 'string', takendown: 'boolean', appealed: 'boolean', limit: 'integer', tags: ['string'], excludeTags: ['string'], cursor: 'string', collections: ['string'], subjectType: 'string', minAccountSuspendCount: 'integer', minReportedRecordsCount: 'integer', minTakendownRecordsCount: 'integer', minPriorityScore: 'integer', minStrikeCount: 'integer', ageAssuranceState: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.queueCount
  if (x1 !== undefined) {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/queueCount must be an integer')
  }
  const x2: unknown = o.queueIndex
  if (x2 !== undefined) {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/queueIndex must be an integer')
  }
  const x3: unknown = o.queueSeed
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/queueSeed must be a string')
  }
  const x4: unknown = o.includeAllUserRecords
  if (x4 !== undefined) {
    if (typeof x4 !== 'boolean') throw rt.invalid(p + '/includeAllUserRecords must be a boolean')
  }
  const x5: unknown = o.subject
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/subject must be a string')
    if (!rt.isUri(x5)) throw rt.invalid(p + '/subject must be a uri')
  }
  const x6: unknown = o.comment
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  const x7: unknown = o.reportedAfter
  if (x7 !== undefined) {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/reportedAfter must be a string')
    if (!rt.isDatetime(x7)) throw rt.invalid(p + '/reportedAfter must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x8: unknown = o.reportedBefore
  if (x8 !== undefined) {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/reportedBefore must be a string')
    if (!rt.isDatetime(x8)) throw rt.invalid(p + '/reportedBefore must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x9: unknown = o.reviewedAfter
  if (x9 !== undefined) {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/reviewedAfter must be a string')
    if (!rt.isDatetime(x9)) throw rt.invalid(p + '/reviewedAfter must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x10: unknown = o.hostingDeletedAfter
  if (x10 !== undefined) {
    if (typeof x10 !== 'string') throw rt.invalid(p + '/hostingDeletedAfter must be a string')
    if (!rt.isDatetime(x10)) throw rt.invalid(p + '/hostingDeletedAfter must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x11: unknown = o.hostingDeletedBefore
  if (x11 !== undefined) {
    if (typeof x11 !== 'string') throw rt.invalid(p + '/hostingDeletedBefore must be a string')
    if (!rt.isDatetime(x11)) throw rt.invalid(p + '/hostingDeletedBefore must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x12: unknown = o.hostingUpdatedAfter
  if (x12 !== undefined) {
    if (typeof x12 !== 'string') throw rt.invalid(p + '/hostingUpdatedAfter must be a string')
    if (!rt.isDatetime(x12)) throw rt.invalid(p + '/hostingUpdatedAfter must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x13: unknown = o.hostingUpdatedBefore
  if (x13 !== undefined) {
    if (typeof x13 !== 'string') throw rt.invalid(p + '/hostingUpdatedBefore must be a string')
    if (!rt.isDatetime(x13)) throw rt.invalid(p + '/hostingUpdatedBefore must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x14: unknown = o.hostingStatuses
  if (x14 !== undefined) {
    if (!Array.isArray(x14)) throw rt.invalid(p + '/hostingStatuses must be an array')
    for (let i15 = 0; i15 < x14.length; i15++) {
      const e15: unknown = x14[i15]
      if (typeof e15 !== 'string') throw rt.invalid(p + '/hostingStatuses' + '/' + i15 + ' must be a string')
    }
  }
  const x16: unknown = o.reviewedBefore
  if (x16 !== undefined) {
    if (typeof x16 !== 'string') throw rt.invalid(p + '/reviewedBefore must be a string')
    if (!rt.isDatetime(x16)) throw rt.invalid(p + '/reviewedBefore must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x17: unknown = o.includeMuted
  if (x17 !== undefined) {
    if (typeof x17 !== 'boolean') throw rt.invalid(p + '/includeMuted must be a boolean')
  }
  const x18: unknown = o.onlyMuted
  if (x18 !== undefined) {
    if (typeof x18 !== 'boolean') throw rt.invalid(p + '/onlyMuted must be a boolean')
  }
  const x19: unknown = o.reviewState
  if (x19 !== undefined) {
    if (typeof x19 !== 'string') throw rt.invalid(p + '/reviewState must be a string')
  }
  const x20: unknown = o.ignoreSubjects
  if (x20 !== undefined) {
    if (!Array.isArray(x20)) throw rt.invalid(p + '/ignoreSubjects must be an array')
    for (let i21 = 0; i21 < x20.length; i21++) {
      const e21: unknown = x20[i21]
      if (typeof e21 !== 'string') throw rt.invalid(p + '/ignoreSubjects' + '/' + i21 + ' must be a string')
      if (!rt.isUri(e21)) throw rt.invalid(p + '/ignoreSubjects' + '/' + i21 + ' must be a uri')
    }
  }
  const x22: unknown = o.lastReviewedBy
  if (x22 !== undefined) {
    if (typeof x22 !== 'string') throw rt.invalid(p + '/lastReviewedBy must be a string')
    if (!rt.isDid(x22)) throw rt.invalid(p + '/lastReviewedBy must be a valid did')
  }
  const x23: unknown = o.sortField
  if (x23 === undefined) {
    (r ??= { ...o })['sortField'] = "lastReportedAt"
  } else {
    if (typeof x23 !== 'string') throw rt.invalid(p + '/sortField must be a string')
    if (x23 !== 'lastReviewedAt' && x23 !== 'lastReportedAt' && x23 !== 'reportedRecordsCount' && x23 !== 'takendownRecordsCount' && x23 !== 'priorityScore') throw rt.invalid(p + '/sortField must be one of (lastReviewedAt|lastReportedAt|reportedRecordsCount|takendownRecordsCount|priorityScore)')
  }
  const x24: unknown = o.sortDirection
  if (x24 === undefined) {
    (r ??= { ...o })['sortDirection'] = "desc"
  } else {
    if (typeof x24 !== 'string') throw rt.invalid(p + '/sortDirection must be a string')
    if (x24 !== 'asc' && x24 !== 'desc') throw rt.invalid(p + '/sortDirection must be one of (asc|desc)')
  }
  const x25: unknown = o.takendown
  if (x25 !== undefined) {
    if (typeof x25 !== 'boolean') throw rt.invalid(p + '/takendown must be a boolean')
  }
  const x26: unknown = o.appealed
  if (x26 !== undefined) {
    if (typeof x26 !== 'boolean') throw rt.invalid(p + '/appealed must be a boolean')
  }
  const x27: unknown = o.limit
  if (x27 === undefined) {
    (r ??= { ...o })['limit'] = 50
  } else {
    if (!Number.isInteger(x27)) throw rt.invalid(p + '/limit must be an integer')
    if ((x27 as number) > 100) throw rt.invalid(p + '/limit can not be greater than 100')
    if ((x27 as number) < 1) throw rt.invalid(p + '/limit can not be less than 1')
  }
  const x28: unknown = o.tags
  if (x28 !== undefined) {
    if (!Array.isArray(x28)) throw rt.invalid(p + '/tags must be an array')
    if (x28.length > 25) throw rt.invalid(p + '/tags must not have more than 25 elements')
    for (let i29 = 0; i29 < x28.length; i29++) {
      const e29: unknown = x28[i29]
      if (typeof e29 !== 'string') throw rt.invalid(p + '/tags' + '/' + i29 + ' must be a string')
    }
  }
  const x30: unknown = o.excludeTags
  if (x30 !== undefined) {
    if (!Array.isArray(x30)) throw rt.invalid(p + '/excludeTags must be an array')
    for (let i31 = 0; i31 < x30.length; i31++) {
      const e31: unknown = x30[i31]
      if (typeof e31 !== 'string') throw rt.invalid(p + '/excludeTags' + '/' + i31 + ' must be a string')
    }
  }
  const x32: unknown = o.cursor
  if (x32 !== undefined) {
    if (typeof x32 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x33: unknown = o.collections
  if (x33 !== undefined) {
    if (!Array.isArray(x33)) throw rt.invalid(p + '/collections must be an array')
    if (x33.length > 20) throw rt.invalid(p + '/collections must not have more than 20 elements')
    for (let i34 = 0; i34 < x33.length; i34++) {
      const e34: unknown = x33[i34]
      if (typeof e34 !== 'string') throw rt.invalid(p + '/collections' + '/' + i34 + ' must be a string')
      if (!rt.isNsid(e34)) throw rt.invalid(p + '/collections' + '/' + i34 + ' must be a valid nsid')
    }
  }
  const x35: unknown = o.subjectType
  if (x35 !== undefined) {
    if (typeof x35 !== 'string') throw rt.invalid(p + '/subjectType must be a string')
  }
  const x36: unknown = o.minAccountSuspendCount
  if (x36 !== undefined) {
    if (!Number.isInteger(x36)) throw rt.invalid(p + '/minAccountSuspendCount must be an integer')
  }
  const x37: unknown = o.minReportedRecordsCount
  if (x37 !== undefined) {
    if (!Number.isInteger(x37)) throw rt.invalid(p + '/minReportedRecordsCount must be an integer')
  }
  const x38: unknown = o.minTakendownRecordsCount
  if (x38 !== undefined) {
    if (!Number.isInteger(x38)) throw rt.invalid(p + '/minTakendownRecordsCount must be an integer')
  }
  const x39: unknown = o.minPriorityScore
  if (x39 !== undefined) {
    if (!Number.isInteger(x39)) throw rt.invalid(p + '/minPriorityScore must be an integer')
    if ((x39 as number) > 100) throw rt.invalid(p + '/minPriorityScore can not be greater than 100')
    if ((x39 as number) < 0) throw rt.invalid(p + '/minPriorityScore can not be less than 0')
  }
  const x40: unknown = o.minStrikeCount
  if (x40 !== undefined) {
    if (!Number.isInteger(x40)) throw rt.invalid(p + '/minStrikeCount must be an integer')
    if ((x40 as number) < 1) throw rt.invalid(p + '/minStrikeCount can not be less than 1')
  }
  const x41: unknown = o.ageAssuranceState
  if (x41 !== undefined) {
    if (typeof x41 !== 'string') throw rt.invalid(p + '/ageAssuranceState must be a string')
  }
  return (r ?? o) as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  cursor?: string
  subjectStatuses: ToolsOzoneModerationDefs.SubjectStatusView[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x2: unknown = o.subjectStatuses
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "subjectStatuses"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/subjectStatuses must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        ToolsOzoneModerationDefs.checkSubjectStatusView(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/subjectStatuses' + '/' + i3)
      }
    }
  }
  return o as unknown as OutputSchema
}

export interface HandlerOutput {
  encoding: 'application/json'
  body: OutputSchema
  headers?: { [name: string]: string }
}

/** The error names this method declares. */
export type ErrorName = never

export const ERRORS: readonly ErrorName[] = []

/**
 * The XRPC error for one of this method's declared errors, to throw (400 unless `status`
 * says otherwise); no other name compiles.
 */
export const error: rt.DeclaredError<ErrorName> = rt.declaredError

/** The handler of this method, typed by its Lexicon. */
export type Handler<C = unknown, A = unknown> = rt.XrpcHandler<C, A, QueryParams, HandlerInput, HandlerOutput, ErrorName>

/** The handler, or the handler with its auth verifier and options. */
export type Method<C = unknown, A = unknown> = rt.XrpcMethod<C, A, QueryParams, HandlerInput, HandlerOutput, ErrorName>

/** This method as @atproto/xrpc-server's `add()` takes it, validating with the checks above. */
export const schema = rt.query({
  nsid: id,
  params: { kinds: PARAM_KINDS, check: checkQueryParams },
  output: { encoding: 'application/json', check: checkOutputSchema },
  errors: ERRORS,
})
