/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/queue/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneTeamDefs from '../team/defs.js'

export const id = 'tools.ozone.queue.defs'

export interface QueueView {
  $type?: 'tools.ozone.queue.defs#queueView'
  /** Queue ID */
  id: number
  /** Display name of the queue */
  name: string
  /** Subject types this queue accepts. */
  subjectTypes?: ('account' | 'record' | 'message' | 'conversation' | (string & {}))[]
  /** Collection name for record subjects (e.g., 'app.bsky.feed.post') */
  collection?: string
  /** Report reason types this queue accepts (fully qualified NSIDs) */
  reportTypes?: string[]
  /** Optional description of the queue */
  description?: string
  /** Policy keys recommended when actioning reports in this queue */
  recommendedPolicies?: string[]
  /** DID of moderator who created this queue */
  createdBy: string
  createdAt: string
  updatedAt: string
  /** Whether this queue is currently active */
  enabled: boolean
  /** When the queue was deleted, if applicable */
  deletedAt?: string
  /** Statistics about this queue */
  stats: QueueStats
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueueView(v: unknown, p: string): QueueView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.id
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "id"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/id must be an integer')
  }
  const x2: unknown = o.name
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "name"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/name must be a string')
  }
  const x3: unknown = o.subjectTypes
  if (x3 !== undefined) {
    if (!Array.isArray(x3)) throw rt.invalid(p + '/subjectTypes must be an array')
    for (let i4 = 0; i4 < x3.length; i4++) {
      const e4: unknown = x3[i4]
      if (typeof e4 !== 'string') throw rt.invalid(p + '/subjectTypes' + '/' + i4 + ' must be a string')
    }
  }
  const x5: unknown = o.collection
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/collection must be a string')
    if (!rt.isNsid(x5)) throw rt.invalid(p + '/collection must be a valid nsid')
  }
  const x6: unknown = o.reportTypes
  if (x6 !== undefined) {
    if (!Array.isArray(x6)) throw rt.invalid(p + '/reportTypes must be an array')
    for (let i7 = 0; i7 < x6.length; i7++) {
      const e7: unknown = x6[i7]
      if (typeof e7 !== 'string') throw rt.invalid(p + '/reportTypes' + '/' + i7 + ' must be a string')
    }
  }
  const x8: unknown = o.description
  if (x8 !== undefined) {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/description must be a string')
  }
  const x9: unknown = o.recommendedPolicies
  if (x9 !== undefined) {
    if (!Array.isArray(x9)) throw rt.invalid(p + '/recommendedPolicies must be an array')
    for (let i10 = 0; i10 < x9.length; i10++) {
      const e10: unknown = x9[i10]
      if (typeof e10 !== 'string') throw rt.invalid(p + '/recommendedPolicies' + '/' + i10 + ' must be a string')
    }
  }
  const x11: unknown = o.createdBy
  if (x11 === undefined) {
    throw rt.invalid(p + ' must have the property "createdBy"')
  } else {
    if (typeof x11 !== 'string') throw rt.invalid(p + '/createdBy must be a string')
    if (!rt.isDid(x11)) throw rt.invalid(p + '/createdBy must be a valid did')
  }
  const x12: unknown = o.createdAt
  if (x12 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x12 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x12)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x13: unknown = o.updatedAt
  if (x13 === undefined) {
    throw rt.invalid(p + ' must have the property "updatedAt"')
  } else {
    if (typeof x13 !== 'string') throw rt.invalid(p + '/updatedAt must be a string')
    if (!rt.isDatetime(x13)) throw rt.invalid(p + '/updatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x14: unknown = o.enabled
  if (x14 === undefined) {
    throw rt.invalid(p + ' must have the property "enabled"')
  } else {
    if (typeof x14 !== 'boolean') throw rt.invalid(p + '/enabled must be a boolean')
  }
  const x15: unknown = o.deletedAt
  if (x15 !== undefined) {
    if (typeof x15 !== 'string') throw rt.invalid(p + '/deletedAt must be a string')
    if (!rt.isDatetime(x15)) throw rt.invalid(p + '/deletedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x16: unknown = o.stats
  if (x16 === undefined) {
    throw rt.invalid(p + ' must have the property "stats"')
  } else {
    try {
      checkQueueStats(x16, '')
    } catch (err) {
      throw rt.within(err, p + '/stats')
    }
  }
  return o as unknown as QueueView
}

/** Validates a value as QueueView; a failure says where, e.g. "Object/field must be a string". */
export function validateQueueView(v: unknown): rt.ValidationResult<QueueView> {
  return rt.run(checkQueueView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a QueueView; it does not validate it. */
export function isQueueView<V>(v: V): v is V & rt.Typed<QueueView, 'tools.ozone.queue.defs#queueView'> {
  return rt.hasType(v, 'tools.ozone.queue.defs#queueView')
}

export interface QueueStats {
  $type?: 'tools.ozone.queue.defs#queueStats'
  /** Number of reports in 'open' status */
  pendingCount?: number
  /** Number of reports in 'closed' status */
  actionedCount?: number
  /** Number of reports in 'escalated' status */
  escalatedCount?: number
  /** Reports received in this queue in the last 24 hours. */
  inboundCount?: number
  /** Percentage of reports actioned (actionedCount / inboundCount * 100), rounded to nearest integer. Absent when inboundCount is 0. */
  actionRate?: number
  /** Average time in seconds from report creation to close, for reports closed in this period. */
  avgHandlingTimeSec?: number
  /** When these statistics were last computed */
  lastUpdated?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueueStats(v: unknown, p: string): QueueStats {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.pendingCount
  if (x1 !== undefined) {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/pendingCount must be an integer')
  }
  const x2: unknown = o.actionedCount
  if (x2 !== undefined) {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/actionedCount must be an integer')
  }
  const x3: unknown = o.escalatedCount
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/escalatedCount must be an integer')
  }
  const x4: unknown = o.inboundCount
  if (x4 !== undefined) {
    if (!Number.isInteger(x4)) throw rt.invalid(p + '/inboundCount must be an integer')
  }
  const x5: unknown = o.actionRate
  if (x5 !== undefined) {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/actionRate must be an integer')
  }
  const x6: unknown = o.avgHandlingTimeSec
  if (x6 !== undefined) {
    if (!Number.isInteger(x6)) throw rt.invalid(p + '/avgHandlingTimeSec must be an integer')
  }
  const x7: unknown = o.lastUpdated
  if (x7 !== undefined) {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/lastUpdated must be a string')
    if (!rt.isDatetime(x7)) throw rt.invalid(p + '/lastUpdated must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as QueueStats
}

/** Validates a value as QueueStats; a failure says where, e.g. "Object/field must be a string". */
export function validateQueueStats(v: unknown): rt.ValidationResult<QueueStats> {
  return rt.run(checkQueueStats, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a QueueStats; it does not validate it. */
export function isQueueStats<V>(v: V): v is V & rt.Typed<QueueStats, 'tools.ozone.queue.defs#queueStats'> {
  return rt.hasType(v, 'tools.ozone.queue.defs#queueStats')
}

export interface AssignmentView {
  $type?: 'tools.ozone.queue.defs#assignmentView'
  id: number
  did: string
  /** The moderator assigned to this queue */
  moderator?: ToolsOzoneTeamDefs.Member
  queue: QueueView
  startAt: string
  endAt?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkAssignmentView(v: unknown, p: string): AssignmentView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.id
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "id"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/id must be an integer')
  }
  const x2: unknown = o.did
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x2)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x3: unknown = o.moderator
  if (x3 !== undefined) {
    try {
      ToolsOzoneTeamDefs.checkMember(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/moderator')
    }
  }
  const x4: unknown = o.queue
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "queue"')
  } else {
    try {
      checkQueueView(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/queue')
    }
  }
  const x5: unknown = o.startAt
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "startAt"')
  } else {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/startAt must be a string')
    if (!rt.isDatetime(x5)) throw rt.invalid(p + '/startAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x6: unknown = o.endAt
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/endAt must be a string')
    if (!rt.isDatetime(x6)) throw rt.invalid(p + '/endAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as AssignmentView
}

/** Validates a value as AssignmentView; a failure says where, e.g. "Object/field must be a string". */
export function validateAssignmentView(v: unknown): rt.ValidationResult<AssignmentView> {
  return rt.run(checkAssignmentView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a AssignmentView; it does not validate it. */
export function isAssignmentView<V>(v: V): v is V & rt.Typed<AssignmentView, 'tools.ozone.queue.defs#assignmentView'> {
  return rt.hasType(v, 'tools.ozone.queue.defs#assignmentView')
}
