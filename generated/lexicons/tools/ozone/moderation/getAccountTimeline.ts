/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/moderation/getAccountTimeline.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'tools.ozone.moderation.getAccountTimeline'

/** Query-string parameters. */
export interface QueryParams {
  did: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { did: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  return o as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  timeline: TimelineItem[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.timeline
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "timeline"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/timeline must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      try {
        checkTimelineItem(e2, '')
      } catch (err) {
        throw rt.within(err, p + '/timeline' + '/' + i2)
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
export type ErrorName = 'RepoNotFound'

export const ERRORS: readonly ErrorName[] = ['RepoNotFound']

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

export interface TimelineItem {
  $type?: 'tools.ozone.moderation.getAccountTimeline#timelineItem'
  day: string
  summary: TimelineItemSummary[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkTimelineItem(v: unknown, p: string): TimelineItem {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.day
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "day"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/day must be a string')
  }
  const x2: unknown = o.summary
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "summary"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/summary must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        checkTimelineItemSummary(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/summary' + '/' + i3)
      }
    }
  }
  return o as unknown as TimelineItem
}

/** Validates a value as TimelineItem; a failure says where, e.g. "Object/field must be a string". */
export function validateTimelineItem(v: unknown): rt.ValidationResult<TimelineItem> {
  return rt.run(checkTimelineItem, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a TimelineItem; it does not validate it. */
export function isTimelineItem<V>(v: V): v is V & rt.Typed<TimelineItem, 'tools.ozone.moderation.getAccountTimeline#timelineItem'> {
  return rt.hasType(v, 'tools.ozone.moderation.getAccountTimeline#timelineItem')
}

export interface TimelineItemSummary {
  $type?: 'tools.ozone.moderation.getAccountTimeline#timelineItemSummary'
  eventSubjectType: 'account' | 'record' | 'chat' | (string & {})
  eventType: 'tools.ozone.moderation.defs#modEventTakedown' | 'tools.ozone.moderation.defs#modEventReverseTakedown' | 'tools.ozone.moderation.defs#modEventComment' | 'tools.ozone.moderation.defs#modEventReport' | 'tools.ozone.moderation.defs#modEventLabel' | 'tools.ozone.moderation.defs#modEventAcknowledge' | 'tools.ozone.moderation.defs#modEventEscalate' | 'tools.ozone.moderation.defs#modEventMute' | 'tools.ozone.moderation.defs#modEventUnmute' | 'tools.ozone.moderation.defs#modEventMuteReporter' | 'tools.ozone.moderation.defs#modEventUnmuteReporter' | 'tools.ozone.moderation.defs#modEventEmail' | 'tools.ozone.moderation.defs#modEventResolveAppeal' | 'tools.ozone.moderation.defs#modEventDivert' | 'tools.ozone.moderation.defs#modEventTag' | 'tools.ozone.moderation.defs#accountEvent' | 'tools.ozone.moderation.defs#identityEvent' | 'tools.ozone.moderation.defs#recordEvent' | 'tools.ozone.moderation.defs#modEventPriorityScore' | 'tools.ozone.moderation.defs#revokeAccountCredentialsEvent' | 'tools.ozone.moderation.defs#ageAssuranceEvent' | 'tools.ozone.moderation.defs#ageAssuranceOverrideEvent' | 'tools.ozone.moderation.defs#timelineEventPlcCreate' | 'tools.ozone.moderation.defs#timelineEventPlcOperation' | 'tools.ozone.moderation.defs#timelineEventPlcTombstone' | 'tools.ozone.hosting.getAccountHistory#accountCreated' | 'tools.ozone.hosting.getAccountHistory#emailConfirmed' | 'tools.ozone.hosting.getAccountHistory#passwordUpdated' | 'tools.ozone.hosting.getAccountHistory#handleUpdated' | 'tools.ozone.moderation.defs#scheduleTakedownEvent' | 'tools.ozone.moderation.defs#cancelScheduledTakedownEvent' | (string & {})
  count: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkTimelineItemSummary(v: unknown, p: string): TimelineItemSummary {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.eventSubjectType
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "eventSubjectType"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/eventSubjectType must be a string')
  }
  const x2: unknown = o.eventType
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "eventType"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/eventType must be a string')
  }
  const x3: unknown = o.count
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "count"')
  } else {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/count must be an integer')
  }
  return o as unknown as TimelineItemSummary
}

/** Validates a value as TimelineItemSummary; a failure says where, e.g. "Object/field must be a string". */
export function validateTimelineItemSummary(v: unknown): rt.ValidationResult<TimelineItemSummary> {
  return rt.run(checkTimelineItemSummary, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a TimelineItemSummary; it does not validate it. */
export function isTimelineItemSummary<V>(v: V): v is V & rt.Typed<TimelineItemSummary, 'tools.ozone.moderation.getAccountTimeline#timelineItemSummary'> {
  return rt.hasType(v, 'tools.ozone.moderation.getAccountTimeline#timelineItemSummary')
}
