/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/moderation/emitEvent.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoAdminDefs from '../../../com/atproto/admin/defs.js'
import * as ComAtprotoRepoStrongRef from '../../../com/atproto/repo/strongRef.js'
import * as ToolsOzoneModerationDefs from './defs.js'

export const id = 'tools.ozone.moderation.emitEvent'

/** Query-string parameters. */
export interface QueryParams {}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = {  }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  return o as unknown as QueryParams
}

export interface InputSchema {
  event: rt.Typed<ToolsOzoneModerationDefs.ModEventTakedown, 'tools.ozone.moderation.defs#modEventTakedown'> | rt.Typed<ToolsOzoneModerationDefs.ModEventAcknowledge, 'tools.ozone.moderation.defs#modEventAcknowledge'> | rt.Typed<ToolsOzoneModerationDefs.ModEventEscalate, 'tools.ozone.moderation.defs#modEventEscalate'> | rt.Typed<ToolsOzoneModerationDefs.ModEventComment, 'tools.ozone.moderation.defs#modEventComment'> | rt.Typed<ToolsOzoneModerationDefs.ModEventLabel, 'tools.ozone.moderation.defs#modEventLabel'> | rt.Typed<ToolsOzoneModerationDefs.ModEventReport, 'tools.ozone.moderation.defs#modEventReport'> | rt.Typed<ToolsOzoneModerationDefs.ModEventMute, 'tools.ozone.moderation.defs#modEventMute'> | rt.Typed<ToolsOzoneModerationDefs.ModEventUnmute, 'tools.ozone.moderation.defs#modEventUnmute'> | rt.Typed<ToolsOzoneModerationDefs.ModEventMuteReporter, 'tools.ozone.moderation.defs#modEventMuteReporter'> | rt.Typed<ToolsOzoneModerationDefs.ModEventUnmuteReporter, 'tools.ozone.moderation.defs#modEventUnmuteReporter'> | rt.Typed<ToolsOzoneModerationDefs.ModEventReverseTakedown, 'tools.ozone.moderation.defs#modEventReverseTakedown'> | rt.Typed<ToolsOzoneModerationDefs.ModEventResolveAppeal, 'tools.ozone.moderation.defs#modEventResolveAppeal'> | rt.Typed<ToolsOzoneModerationDefs.ModEventEmail, 'tools.ozone.moderation.defs#modEventEmail'> | rt.Typed<ToolsOzoneModerationDefs.ModEventDivert, 'tools.ozone.moderation.defs#modEventDivert'> | rt.Typed<ToolsOzoneModerationDefs.ModEventTag, 'tools.ozone.moderation.defs#modEventTag'> | rt.Typed<ToolsOzoneModerationDefs.AccountEvent, 'tools.ozone.moderation.defs#accountEvent'> | rt.Typed<ToolsOzoneModerationDefs.IdentityEvent, 'tools.ozone.moderation.defs#identityEvent'> | rt.Typed<ToolsOzoneModerationDefs.RecordEvent, 'tools.ozone.moderation.defs#recordEvent'> | rt.Typed<ToolsOzoneModerationDefs.ModEventPriorityScore, 'tools.ozone.moderation.defs#modEventPriorityScore'> | rt.Typed<ToolsOzoneModerationDefs.AgeAssuranceEvent, 'tools.ozone.moderation.defs#ageAssuranceEvent'> | rt.Typed<ToolsOzoneModerationDefs.AgeAssuranceOverrideEvent, 'tools.ozone.moderation.defs#ageAssuranceOverrideEvent'> | rt.Typed<ToolsOzoneModerationDefs.AgeAssurancePurgeEvent, 'tools.ozone.moderation.defs#ageAssurancePurgeEvent'> | rt.Typed<ToolsOzoneModerationDefs.RevokeAccountCredentialsEvent, 'tools.ozone.moderation.defs#revokeAccountCredentialsEvent'> | rt.Typed<ToolsOzoneModerationDefs.ScheduleTakedownEvent, 'tools.ozone.moderation.defs#scheduleTakedownEvent'> | rt.Typed<ToolsOzoneModerationDefs.CancelScheduledTakedownEvent, 'tools.ozone.moderation.defs#cancelScheduledTakedownEvent'> | rt.UnknownTyped
  subject: rt.Typed<ComAtprotoAdminDefs.RepoRef, 'com.atproto.admin.defs#repoRef'> | rt.Typed<ComAtprotoRepoStrongRef.Main, 'com.atproto.repo.strongRef'> | rt.UnknownTyped
  subjectBlobCids?: string[]
  createdBy: string
  modTool?: ToolsOzoneModerationDefs.ModTool
  /** An optional external ID for the event, used to deduplicate events from external systems. Fails when an event of same type with the same external ID exists for the same subject. */
  externalId?: string
  /** Optional report-level targeting. If provided, this event will be linked to specific reports and reporters may be notified. */
  reportAction?: ReportAction
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.event
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "event"')
  } else {
    if (typeof x1 !== 'object' || x1 === null || typeof (x1 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/event must be an object which includes the "$type" property')
    const t2 = (x1 as { $type: string }).$type
    switch (t2) {
      case 'tools.ozone.moderation.defs#modEventTakedown':
        try {
          ToolsOzoneModerationDefs.checkModEventTakedown(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventAcknowledge':
        try {
          ToolsOzoneModerationDefs.checkModEventAcknowledge(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventEscalate':
        try {
          ToolsOzoneModerationDefs.checkModEventEscalate(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventComment':
        try {
          ToolsOzoneModerationDefs.checkModEventComment(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventLabel':
        try {
          ToolsOzoneModerationDefs.checkModEventLabel(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventReport':
        try {
          ToolsOzoneModerationDefs.checkModEventReport(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventMute':
        try {
          ToolsOzoneModerationDefs.checkModEventMute(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventUnmute':
        try {
          ToolsOzoneModerationDefs.checkModEventUnmute(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventMuteReporter':
        try {
          ToolsOzoneModerationDefs.checkModEventMuteReporter(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventUnmuteReporter':
        try {
          ToolsOzoneModerationDefs.checkModEventUnmuteReporter(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventReverseTakedown':
        try {
          ToolsOzoneModerationDefs.checkModEventReverseTakedown(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventResolveAppeal':
        try {
          ToolsOzoneModerationDefs.checkModEventResolveAppeal(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventEmail':
        try {
          ToolsOzoneModerationDefs.checkModEventEmail(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventDivert':
        try {
          ToolsOzoneModerationDefs.checkModEventDivert(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventTag':
        try {
          ToolsOzoneModerationDefs.checkModEventTag(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#accountEvent':
        try {
          ToolsOzoneModerationDefs.checkAccountEvent(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#identityEvent':
        try {
          ToolsOzoneModerationDefs.checkIdentityEvent(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#recordEvent':
        try {
          ToolsOzoneModerationDefs.checkRecordEvent(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventPriorityScore':
        try {
          ToolsOzoneModerationDefs.checkModEventPriorityScore(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#ageAssuranceEvent':
        try {
          ToolsOzoneModerationDefs.checkAgeAssuranceEvent(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#ageAssuranceOverrideEvent':
        try {
          ToolsOzoneModerationDefs.checkAgeAssuranceOverrideEvent(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#ageAssurancePurgeEvent':
        try {
          ToolsOzoneModerationDefs.checkAgeAssurancePurgeEvent(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#revokeAccountCredentialsEvent':
        try {
          ToolsOzoneModerationDefs.checkRevokeAccountCredentialsEvent(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#scheduleTakedownEvent':
        try {
          ToolsOzoneModerationDefs.checkScheduleTakedownEvent(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#cancelScheduledTakedownEvent':
        try {
          ToolsOzoneModerationDefs.checkCancelScheduledTakedownEvent(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      default:
        if (t2.charCodeAt(0) === 35 || t2.indexOf('#') !== t2.lastIndexOf('#')) throw rt.invalid(p + '/event $type is not a valid type reference')
    }
  }
  const x3: unknown = o.subject
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "subject"')
  } else {
    if (typeof x3 !== 'object' || x3 === null || typeof (x3 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/subject must be an object which includes the "$type" property')
    const t4 = (x3 as { $type: string }).$type
    switch (t4) {
      case 'com.atproto.admin.defs#repoRef':
        try {
          ComAtprotoAdminDefs.checkRepoRef(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/subject')
        }
        break
      case 'com.atproto.repo.strongRef': case 'com.atproto.repo.strongRef#main':
        try {
          ComAtprotoRepoStrongRef.checkMain(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/subject')
        }
        break
      default:
        if (t4.charCodeAt(0) === 35 || t4.indexOf('#') !== t4.lastIndexOf('#')) throw rt.invalid(p + '/subject $type is not a valid type reference')
    }
  }
  const x5: unknown = o.subjectBlobCids
  if (x5 !== undefined) {
    if (!Array.isArray(x5)) throw rt.invalid(p + '/subjectBlobCids must be an array')
    for (let i6 = 0; i6 < x5.length; i6++) {
      const e6: unknown = x5[i6]
      if (typeof e6 !== 'string') throw rt.invalid(p + '/subjectBlobCids' + '/' + i6 + ' must be a string')
      if (!rt.isCid(e6)) throw rt.invalid(p + '/subjectBlobCids' + '/' + i6 + ' must be a cid string')
    }
  }
  const x7: unknown = o.createdBy
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "createdBy"')
  } else {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/createdBy must be a string')
    if (!rt.isDid(x7)) throw rt.invalid(p + '/createdBy must be a valid did')
  }
  const x8: unknown = o.modTool
  if (x8 !== undefined) {
    try {
      ToolsOzoneModerationDefs.checkModTool(x8, '')
    } catch (err) {
      throw rt.within(err, p + '/modTool')
    }
  }
  const x9: unknown = o.externalId
  if (x9 !== undefined) {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/externalId must be a string')
  }
  const x10: unknown = o.reportAction
  if (x10 !== undefined) {
    try {
      checkReportAction(x10, '')
    } catch (err) {
      throw rt.within(err, p + '/reportAction')
    }
  }
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export type OutputSchema = ToolsOzoneModerationDefs.ModEventView

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  try {
    ToolsOzoneModerationDefs.checkModEventView(v, '')
  } catch (err) {
    throw rt.within(err, p)
  }
  return v as OutputSchema
}

export interface HandlerOutput {
  encoding: 'application/json'
  body: OutputSchema
  headers?: { [name: string]: string }
}

/**
 * The error names this method declares.
 * DuplicateExternalId: An event with the same external ID already exists for the subject.
 */
export type ErrorName = 'SubjectHasAction' | 'DuplicateExternalId'

export const ERRORS: readonly ErrorName[] = ['SubjectHasAction', 'DuplicateExternalId']

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
export const schema = rt.procedure({
  nsid: id,
  params: { kinds: PARAM_KINDS, check: checkQueryParams },
  input: { encoding: 'application/json', check: checkInputSchema },
  output: { encoding: 'application/json', check: checkOutputSchema },
  errors: ERRORS,
})

/** Target specific reports when emitting a moderation event */
export interface ReportAction {
  $type?: 'tools.ozone.moderation.emitEvent#reportAction'
  /** Target specific report IDs */
  ids?: number[]
  /** Target reports matching these report types on the subject (fully qualified NSIDs) */
  types?: string[]
  /** Target ALL reports on the subject */
  all?: boolean
  /** Note to send to reporter(s) when actioning their report */
  note?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkReportAction(v: unknown, p: string): ReportAction {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.ids
  if (x1 !== undefined) {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/ids must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      if (!Number.isInteger(e2)) throw rt.invalid(p + '/ids' + '/' + i2 + ' must be an integer')
    }
  }
  const x3: unknown = o.types
  if (x3 !== undefined) {
    if (!Array.isArray(x3)) throw rt.invalid(p + '/types must be an array')
    for (let i4 = 0; i4 < x3.length; i4++) {
      const e4: unknown = x3[i4]
      if (typeof e4 !== 'string') throw rt.invalid(p + '/types' + '/' + i4 + ' must be a string')
    }
  }
  const x5: unknown = o.all
  if (x5 !== undefined) {
    if (typeof x5 !== 'boolean') throw rt.invalid(p + '/all must be a boolean')
  }
  const x6: unknown = o.note
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/note must be a string')
  }
  return o as unknown as ReportAction
}

/** Validates a value as ReportAction; a failure says where, e.g. "Object/field must be a string". */
export function validateReportAction(v: unknown): rt.ValidationResult<ReportAction> {
  return rt.run(checkReportAction, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ReportAction; it does not validate it. */
export function isReportAction<V>(v: V): v is V & rt.Typed<ReportAction, 'tools.ozone.moderation.emitEvent#reportAction'> {
  return rt.hasType(v, 'tools.ozone.moderation.emitEvent#reportAction')
}
