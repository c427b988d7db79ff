/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/moderation/scheduleAction.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneModerationDefs from './defs.js'

export const id = 'tools.ozone.moderation.scheduleAction'

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
  action: rt.Typed<Takedown, 'tools.ozone.moderation.scheduleAction#takedown'> | rt.UnknownTyped
  /** Array of DID subjects to schedule the action for */
  subjects: string[]
  createdBy: string
  scheduling: SchedulingConfig
  /** This will be propagated to the moderation event when it is applied */
  modTool?: ToolsOzoneModerationDefs.ModTool
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.action
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "action"')
  } else {
    if (typeof x1 !== 'object' || x1 === null || typeof (x1 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/action must be an object which includes the "$type" property')
    const t2 = (x1 as { $type: string }).$type
    switch (t2) {
      case 'tools.ozone.moderation.scheduleAction#takedown':
        try {
          checkTakedown(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/action')
        }
        break
      default:
        if (t2.charCodeAt(0) === 35 || t2.indexOf('#') !== t2.lastIndexOf('#')) throw rt.invalid(p + '/action $type is not a valid type reference')
    }
  }
  const x3: unknown = o.subjects
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "subjects"')
  } else {
    if (!Array.isArray(x3)) throw rt.invalid(p + '/subjects must be an array')
    if (x3.length > 100) throw rt.invalid(p + '/subjects must not have more than 100 elements')
    for (let i4 = 0; i4 < x3.length; i4++) {
      const e4: unknown = x3[i4]
      if (typeof e4 !== 'string') throw rt.invalid(p + '/subjects' + '/' + i4 + ' must be a string')
      if (!rt.isDid(e4)) throw rt.invalid(p + '/subjects' + '/' + i4 + ' must be a valid did')
    }
  }
  const x5: unknown = o.createdBy
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "createdBy"')
  } else {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/createdBy must be a string')
    if (!rt.isDid(x5)) throw rt.invalid(p + '/createdBy must be a valid did')
  }
  const x6: unknown = o.scheduling
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "scheduling"')
  } else {
    try {
      checkSchedulingConfig(x6, '')
    } catch (err) {
      throw rt.within(err, p + '/scheduling')
    }
  }
  const x7: unknown = o.modTool
  if (x7 !== undefined) {
    try {
      ToolsOzoneModerationDefs.checkModTool(x7, '')
    } catch (err) {
      throw rt.within(err, p + '/modTool')
    }
  }
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export type OutputSchema = ScheduledActionResults

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  try {
    checkScheduledActionResults(v, '')
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
export const schema = rt.procedure({
  nsid: id,
  params: { kinds: PARAM_KINDS, check: checkQueryParams },
  input: { encoding: 'application/json', check: checkInputSchema },
  output: { encoding: 'application/json', check: checkOutputSchema },
  errors: ERRORS,
})

/** Schedule a takedown action */
export interface Takedown {
  $type?: 'tools.ozone.moderation.scheduleAction#takedown'
  comment?: string
  /** Indicates how long the takedown should be in effect before automatically expiring. */
  durationInHours?: number
  /** If true, all other reports on content authored by this account will be resolved (acknowledged). */
  acknowledgeAccountSubjects?: boolean
  /** Names/Keywords of the policies that drove the decision. */
  policies?: string[]
  /** Severity level of the violation (e.g., 'sev-0', 'sev-1', 'sev-2', etc.). */
  severityLevel?: string
  /** Number of strikes to assign to the user when takedown is applied. */
  strikeCount?: number
  /** When the strike should expire. If not provided, the strike never expires. */
  strikeExpiresAt?: string
  /** Email content to be sent to the user upon takedown. */
  emailContent?: string
  /** Subject of the email to be sent to the user upon takedown. */
  emailSubject?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkTakedown(v: unknown, p: string): Takedown {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.comment
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  const x2: unknown = o.durationInHours
  if (x2 !== undefined) {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/durationInHours must be an integer')
  }
  const x3: unknown = o.acknowledgeAccountSubjects
  if (x3 !== undefined) {
    if (typeof x3 !== 'boolean') throw rt.invalid(p + '/acknowledgeAccountSubjects must be a boolean')
  }
  const x4: unknown = o.policies
  if (x4 !== undefined) {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/policies must be an array')
    if (x4.length > 5) throw rt.invalid(p + '/policies must not have more than 5 elements')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      if (typeof e5 !== 'string') throw rt.invalid(p + '/policies' + '/' + i5 + ' must be a string')
    }
  }
  const x6: unknown = o.severityLevel
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/severityLevel must be a string')
  }
  const x7: unknown = o.strikeCount
  if (x7 !== undefined) {
    if (!Number.isInteger(x7)) throw rt.invalid(p + '/strikeCount must be an integer')
  }
  const x8: unknown = o.strikeExpiresAt
  if (x8 !== undefined) {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/strikeExpiresAt must be a string')
    if (!rt.isDatetime(x8)) throw rt.invalid(p + '/strikeExpiresAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x9: unknown = o.emailContent
  if (x9 !== undefined) {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/emailContent must be a string')
  }
  const x10: unknown = o.emailSubject
  if (x10 !== undefined) {
    if (typeof x10 !== 'string') throw rt.invalid(p + '/emailSubject must be a string')
  }
  return o as unknown as Takedown
}

/** Validates a value as Takedown; a failure says where, e.g. "Object/field must be a string". */
export function validateTakedown(v: unknown): rt.ValidationResult<Takedown> {
  return rt.run(checkTakedown, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Takedown; it does not validate it. */
export function isTakedown<V>(v: V): v is V & rt.Typed<Takedown, 'tools.ozone.moderation.scheduleAction#takedown'> {
  return rt.hasType(v, 'tools.ozone.moderation.scheduleAction#takedown')
}

/** Configuration for when the action should be executed */
export interface SchedulingConfig {
  $type?: 'tools.ozone.moderation.scheduleAction#schedulingConfig'
  /** Exact time to execute the action */
  executeAt?: string
  /** Earliest time to execute the action (for randomized scheduling) */
  executeAfter?: string
  /** Latest time to execute the action (for randomized scheduling) */
  executeUntil?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSchedulingConfig(v: unknown, p: string): SchedulingConfig {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.executeAt
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/executeAt must be a string')
    if (!rt.isDatetime(x1)) throw rt.invalid(p + '/executeAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x2: unknown = o.executeAfter
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/executeAfter must be a string')
    if (!rt.isDatetime(x2)) throw rt.invalid(p + '/executeAfter must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x3: unknown = o.executeUntil
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/executeUntil must be a string')
    if (!rt.isDatetime(x3)) throw rt.invalid(p + '/executeUntil must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as SchedulingConfig
}

/** Validates a value as SchedulingConfig; a failure says where, e.g. "Object/field must be a string". */
export function validateSchedulingConfig(v: unknown): rt.ValidationResult<SchedulingConfig> {
  return rt.run(checkSchedulingConfig, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SchedulingConfig; it does not validate it. */
export function isSchedulingConfig<V>(v: V): v is V & rt.Typed<SchedulingConfig, 'tools.ozone.moderation.scheduleAction#schedulingConfig'> {
  return rt.hasType(v, 'tools.ozone.moderation.scheduleAction#schedulingConfig')
}

export interface ScheduledActionResults {
  $type?: 'tools.ozone.moderation.scheduleAction#scheduledActionResults'
  succeeded: string[]
  failed: FailedScheduling[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkScheduledActionResults(v: unknown, p: string): ScheduledActionResults {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.succeeded
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "succeeded"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/succeeded must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      if (typeof e2 !== 'string') throw rt.invalid(p + '/succeeded' + '/' + i2 + ' must be a string')
      if (!rt.isDid(e2)) throw rt.invalid(p + '/succeeded' + '/' + i2 + ' must be a valid did')
    }
  }
  const x3: unknown = o.failed
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "failed"')
  } else {
    if (!Array.isArray(x3)) throw rt.invalid(p + '/failed must be an array')
    for (let i4 = 0; i4 < x3.length; i4++) {
      const e4: unknown = x3[i4]
      try {
        checkFailedScheduling(e4, '')
      } catch (err) {
        throw rt.within(err, p + '/failed' + '/' + i4)
      }
    }
  }
  return o as unknown as ScheduledActionResults
}

/** Validates a value as ScheduledActionResults; a failure says where, e.g. "Object/field must be a string". */
export function validateScheduledActionResults(v: unknown): rt.ValidationResult<ScheduledActionResults> {
  return rt.run(checkScheduledActionResults, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ScheduledActionResults; it does not validate it. */
export function isScheduledActionResults<V>(v: V): v is V & rt.Typed<ScheduledActionResults, 'tools.ozone.moderation.scheduleAction#scheduledActionResults'> {
  return rt.hasType(v, 'tools.ozone.moderation.scheduleAction#scheduledActionResults')
}

export interface FailedScheduling {
  $type?: 'tools.ozone.moderation.scheduleAction#failedScheduling'
  subject: string
  error: string
  errorCode?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkFailedScheduling(v: unknown, p: string): FailedScheduling {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.subject
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "subject"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/subject must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/subject must be a valid did')
  }
  const x2: unknown = o.error
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "error"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/error must be a string')
  }
  const x3: unknown = o.errorCode
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/errorCode must be a string')
  }
  return o as unknown as FailedScheduling
}

/** Validates a value as FailedScheduling; a failure says where, e.g. "Object/field must be a string". */
export function validateFailedScheduling(v: unknown): rt.ValidationResult<FailedScheduling> {
  return rt.run(checkFailedScheduling, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a FailedScheduling; it does not validate it. */
export function isFailedScheduling<V>(v: V): v is V & rt.Typed<FailedScheduling, 'tools.ozone.moderation.scheduleAction#failedScheduling'> {
  return rt.hasType(v, 'tools.ozone.moderation.scheduleAction#failedScheduling')
}
