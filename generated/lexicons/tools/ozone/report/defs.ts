/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/report/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoModerationDefs from '../../../com/atproto/moderation/defs.js'
import * as ToolsOzoneModerationDefs from '../moderation/defs.js'
import * as ToolsOzoneQueueDefs from '../queue/defs.js'
import * as ToolsOzoneTeamDefs from '../team/defs.js'

export const id = 'tools.ozone.report.defs'

export type ReasonType = 'tools.ozone.report.defs#reasonAppeal' | 'tools.ozone.report.defs#reasonOther' | 'tools.ozone.report.defs#reasonViolenceAnimal' | 'tools.ozone.report.defs#reasonViolenceThreats' | 'tools.ozone.report.defs#reasonViolenceGraphicContent' | 'tools.ozone.report.defs#reasonViolenceGlorification' | 'tools.ozone.report.defs#reasonViolenceExtremistContent' | 'tools.ozone.report.defs#reasonViolenceTrafficking' | 'tools.ozone.report.defs#reasonViolenceOther' | 'tools.ozone.report.defs#reasonSexualAbuseContent' | 'tools.ozone.report.defs#reasonSexualNCII' | 'tools.ozone.report.defs#reasonSexualDeepfake' | 'tools.ozone.report.defs#reasonSexualAnimal' | 'tools.ozone.report.defs#reasonSexualUnlabeled' | 'tools.ozone.report.defs#reasonSexualOther' | 'tools.ozone.report.defs#reasonChildSafetyCSAM' | 'tools.ozone.report.defs#reasonChildSafetyGroom' | 'tools.ozone.report.defs#reasonChildSafetyPrivacy' | 'tools.ozone.report.defs#reasonChildSafetyHarassment' | 'tools.ozone.report.defs#reasonChildSafetyOther' | 'tools.ozone.report.defs#reasonHarassmentTroll' | 'tools.ozone.report.defs#reasonHarassmentTargeted' | 'tools.ozone.report.defs#reasonHarassmentHateSpeech' | 'tools.ozone.report.defs#reasonHarassmentDoxxing' | 'tools.ozone.report.defs#reasonHarassmentOther' | 'tools.ozone.report.defs#reasonMisleadingBot' | 'tools.ozone.report.defs#reasonMisleadingImpersonation' | 'tools.ozone.report.defs#reasonMisleadingSpam' | 'tools.ozone.report.defs#reasonMisleadingScam' | 'tools.ozone.report.defs#reasonMisleadingElections' | 'tools.ozone.report.defs#reasonMisleadingOther' | 'tools.ozone.report.defs#reasonRuleSiteSecurity' | 'tools.ozone.report.defs#reasonRuleProhibitedSales' | 'tools.ozone.report.defs#reasonRuleBanEvasion' | 'tools.ozone.report.defs#reasonRuleOther' | 'tools.ozone.report.defs#reasonSelfHarmContent' | 'tools.ozone.report.defs#reasonSelfHarmED' | 'tools.ozone.report.defs#reasonSelfHarmStunts' | 'tools.ozone.report.defs#reasonSelfHarmSubstances' | 'tools.ozone.report.defs#reasonSelfHarmOther' | (string & {})

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkReasonType(v: unknown, p: string): ReasonType {
  if (typeof v !== 'string') throw rt.invalid(p + ' must be a string')
  return v as ReasonType
}

/** Validates a value as ReasonType; a failure says where, e.g. "Value/field must be a string". */
export function validateReasonType(v: unknown): rt.ValidationResult<ReasonType> {
  return rt.run(checkReasonType, v, 'Value')
}

/** Appeal a previously taken moderation action */
export const REASON_APPEAL = 'tools.ozone.report.defs#reasonAppeal'

/** An issue not included in these options */
export const REASON_OTHER = 'tools.ozone.report.defs#reasonOther'

/** Animal welfare violations */
export const REASON_VIOLENCE_ANIMAL = 'tools.ozone.report.defs#reasonViolenceAnimal'

/** Threats or incitement */
export const REASON_VIOLENCE_THREATS = 'tools.ozone.report.defs#reasonViolenceThreats'

/** Graphic violent content */
export const REASON_VIOLENCE_GRAPHIC_CONTENT = 'tools.ozone.report.defs#reasonViolenceGraphicContent'

/** Glorification of violence */
export const REASON_VIOLENCE_GLORIFICATION = 'tools.ozone.report.defs#reasonViolenceGlorification'

/** Extremist content. These reports will be sent only be sent to the application's Moderation Authority. */
export const REASON_VIOLENCE_EXTREMIST_CONTENT = 'tools.ozone.report.defs#reasonViolenceExtremistContent'

/** Human trafficking */
export const REASON_VIOLENCE_TRAFFICKING = 'tools.ozone.report.defs#reasonViolenceTrafficking'

/** Other violent content */
export const REASON_VIOLENCE_OTHER = 'tools.ozone.report.defs#reasonViolenceOther'

/** Adult sexual abuse content */
export const REASON_SEXUAL_ABUSE_CONTENT = 'tools.ozone.report.defs#reasonSexualAbuseContent'

/** Non-consensual intimate imagery */
export const REASON_SEXUAL_NCII = 'tools.ozone.report.defs#reasonSexualNCII'

/** Deepfake adult content */
export const REASON_SEXUAL_DEEPFAKE = 'tools.ozone.report.defs#reasonSexualDeepfake'

/** Animal sexual abuse */
export const REASON_SEXUAL_ANIMAL = 'tools.ozone.report.defs#reasonSexualAnimal'

/** Unlabelled adult content */
export const REASON_SEXUAL_UNLABELED = 'tools.ozone.report.defs#reasonSexualUnlabeled'

/** Other sexual violence content */
export const REASON_SEXUAL_OTHER = 'tools.ozone.report.defs#reasonSexualOther'

/** Child sexual abuse material (CSAM). These reports will be sent only be sent to the application's Moderation Authority. */
export const REASON_CHILD_SAFETY_CSAM = 'tools.ozone.report.defs#reasonChildSafetyCSAM'

/** Grooming or predatory behavior. These reports will be sent only be sent to the application's Moderation Authority. */
export const REASON_CHILD_SAFETY_GROOM = 'tools.ozone.report.defs#reasonChildSafetyGroom'

/** Privacy violation involving a minor */
export const REASON_CHILD_SAFETY_PRIVACY = 'tools.ozone.report.defs#reasonChildSafetyPrivacy'

/** Harassment or bullying of minors */
export const REASON_CHILD_SAFETY_HARASSMENT = 'tools.ozone.report.defs#reasonChildSafetyHarassment'

/** Other child safety. These reports will be sent only be sent to the application's Moderation Authority. */
export const REASON_CHILD_SAFETY_OTHER = 'tools.ozone.report.defs#reasonChildSafetyOther'

/** Trolling */
export const REASON_HARASSMENT_TROLL = 'tools.ozone.report.defs#reasonHarassmentTroll'

/** Targeted harassment */
export const REASON_HARASSMENT_TARGETED = 'tools.ozone.report.defs#reasonHarassmentTargeted'

/** Hate speech */
export const REASON_HARASSMENT_HATE_SPEECH = 'tools.ozone.report.defs#reasonHarassmentHateSpeech'

/** Doxxing */
export const REASON_HARASSMENT_DOXXING = 'tools.ozone.report.defs#reasonHarassmentDoxxing'

/** Other harassing or hateful content */
export const REASON_HARASSMENT_OTHER = 'tools.ozone.report.defs#reasonHarassmentOther'

/** Fake account or bot */
export const REASON_MISLEADING_BOT = 'tools.ozone.report.defs#reasonMisleadingBot'

/** Impersonation */
export const REASON_MISLEADING_IMPERSONATION = 'tools.ozone.report.defs#reasonMisleadingImpersonation'

/** Spam */
export const REASON_MISLEADING_SPAM = 'tools.ozone.report.defs#reasonMisleadingSpam'

/** Scam */
export const REASON_MISLEADING_SCAM = 'tools.ozone.report.defs#reasonMisleadingScam'

/** False information about elections */
export const REASON_MISLEADING_ELECTIONS = 'tools.ozone.report.defs#reasonMisleadingElections'

/** Other misleading content */
export const REASON_MISLEADING_OTHER = 'tools.ozone.report.defs#reasonMisleadingOther'

/** Hacking or system attacks */
export const REASON_RULE_SITE_SECURITY = 'tools.ozone.report.defs#reasonRuleSiteSecurity'

/** Promoting or selling prohibited items or services */
export const REASON_RULE_PROHIBITED_SALES = 'tools.ozone.report.defs#reasonRuleProhibitedSales'

/** Banned user returning */
export const REASON_RULE_BAN_EVASION = 'tools.ozone.report.defs#reasonRuleBanEvasion'

/** Other */
export const REASON_RULE_OTHER = 'tools.ozone.report.defs#reasonRuleOther'

/** Content promoting or depicting self-harm */
export const REASON_SELF_HARM_CONTENT = 'tools.ozone.report.defs#reasonSelfHarmContent'

/** Eating disorders */
export const REASON_SELF_HARM_ED = 'tools.ozone.report.defs#reasonSelfHarmED'

/** Dangerous challenges or activities */
export const REASON_SELF_HARM_STUNTS = 'tools.ozone.report.defs#reasonSelfHarmStunts'

/** Dangerous substances or drug abuse */
export const REASON_SELF_HARM_SUBSTANCES = 'tools.ozone.report.defs#reasonSelfHarmSubstances'

/** Other dangerous content */
export const REASON_SELF_HARM_OTHER = 'tools.ozone.report.defs#reasonSelfHarmOther'

/** Information about the moderator currently assigned to a report. */
export interface ReportAssignment {
  $type?: 'tools.ozone.report.defs#reportAssignment'
  /** DID of the assigned moderator */
  did: string
  /** Full member record of the assigned moderator */
  moderator?: ToolsOzoneTeamDefs.Member
  /** When the report was assigned */
  assignedAt: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkReportAssignment(v: unknown, p: string): ReportAssignment {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x2: unknown = o.moderator
  if (x2 !== undefined) {
    try {
      ToolsOzoneTeamDefs.checkMember(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/moderator')
    }
  }
  const x3: unknown = o.assignedAt
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "assignedAt"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/assignedAt must be a string')
    if (!rt.isDatetime(x3)) throw rt.invalid(p + '/assignedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as ReportAssignment
}

/** Validates a value as ReportAssignment; a failure says where, e.g. "Object/field must be a string". */
export function validateReportAssignment(v: unknown): rt.ValidationResult<ReportAssignment> {
  return rt.run(checkReportAssignment, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ReportAssignment; it does not validate it. */
export function isReportAssignment<V>(v: V): v is V & rt.Typed<ReportAssignment, 'tools.ozone.report.defs#reportAssignment'> {
  return rt.hasType(v, 'tools.ozone.report.defs#reportAssignment')
}

export interface ReportView {
  $type?: 'tools.ozone.report.defs#reportView'
  /** Report ID */
  id: number
  /** ID of the moderation event that created this report */
  eventId: number
  /** Current status of the report */
  status: 'open' | 'closed' | 'escalated' | 'queued' | 'assigned' | (string & {})
  /** The subject that was reported with full details */
  subject: ToolsOzoneModerationDefs.SubjectView
  /** Type of report */
  reportType: ComAtprotoModerationDefs.ReasonType
  /** DID of the user who made the report */
  reportedBy: string
  /** Full subject view of the reporter account */
  reporter: ToolsOzoneModerationDefs.SubjectView
  /** Comment provided by the reporter */
  comment?: string
  /** When the report was created */
  createdAt: string
  /** When the report was last updated */
  updatedAt?: string
  /** When the report was assigned to its current queue */
  queuedAt?: string
  /** Array of moderation event IDs representing actions taken on this report (sorted DESC, most recent first) */
  actionEventIds?: number[]
  /** Optional: expanded action events */
  actions?: ToolsOzoneModerationDefs.ModEventView[]
  /** Note sent to reporter when report was actioned */
  actionNote?: string
  /** Current status of the reported subject */
  subjectStatus?: ToolsOzoneModerationDefs.SubjectStatusView
  /** Number of other pending reports on the same subject */
  relatedReportCount?: number
  /** Information about moderator currently assigned to this report (if any) */
  assignment?: ReportAssignment
  /** The queue this report is assigned to (if any) */
  queue?: ToolsOzoneQueueDefs.QueueView
  /** Whether this report is muted. A report is muted if the reporter was muted or the subject was muted at the time the report was created. */
  isMuted?: boolean
  /** Whether this report was emitted by automated tooling. */
  isAutomated?: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkReportView(v: unknown, p: string): ReportView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.id
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "id"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/id must be an integer')
  }
  const x2: unknown = o.eventId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "eventId"')
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/eventId must be an integer')
  }
  const x3: unknown = o.status
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "status"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/status must be a string')
  }
  const x4: unknown = o.subject
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "subject"')
  } else {
    try {
      ToolsOzoneModerationDefs.checkSubjectView(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/subject')
    }
  }
  const x5: unknown = o.reportType
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "reportType"')
  } else {
    try {
      ComAtprotoModerationDefs.checkReasonType(x5, '')
    } catch (err) {
      throw rt.within(err, p + '/reportType')
    }
  }
  const x6: unknown = o.reportedBy
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "reportedBy"')
  } else {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/reportedBy must be a string')
    if (!rt.isDid(x6)) throw rt.invalid(p + '/reportedBy must be a valid did')
  }
  const x7: unknown = o.reporter
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "reporter"')
  } else {
    try {
      ToolsOzoneModerationDefs.checkSubjectView(x7, '')
    } catch (err) {
      throw rt.within(err, p + '/reporter')
    }
  }
  const x8: unknown = o.comment
  if (x8 !== undefined) {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  const x9: unknown = o.createdAt
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x9)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x10: unknown = o.updatedAt
  if (x10 !== undefined) {
    if (typeof x10 !== 'string') throw rt.invalid(p + '/updatedAt must be a string')
    if (!rt.isDatetime(x10)) throw rt.invalid(p + '/updatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x11: unknown = o.queuedAt
  if (x11 !== undefined) {
    if (typeof x11 !== 'string') throw rt.invalid(p + '/queuedAt must be a string')
    if (!rt.isDatetime(x11)) throw rt.invalid(p + '/queuedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x12: unknown = o.actionEventIds
  if (x12 !== undefined) {
    if (!Array.isArray(x12)) throw rt.invalid(p + '/actionEventIds must be an array')
    for (let i13 = 0; i13 < x12.length; i13++) {
      const e13: unknown = x12[i13]
      if (!Number.isInteger(e13)) throw rt.invalid(p + '/actionEventIds' + '/' + i13 + ' must be an integer')
    }
  }
  const x14: unknown = o.actions
  if (x14 !== undefined) {
    if (!Array.isArray(x14)) throw rt.invalid(p + '/actions must be an array')
    for (let i15 = 0; i15 < x14.length; i15++) {
      const e15: unknown = x14[i15]
      try {
        ToolsOzoneModerationDefs.checkModEventView(e15, '')
      } catch (err) {
        throw rt.within(err, p + '/actions' + '/' + i15)
      }
    }
  }
  const x16: unknown = o.actionNote
  if (x16 !== undefined) {
    if (typeof x16 !== 'string') throw rt.invalid(p + '/actionNote must be a string')
  }
  const x17: unknown = o.subjectStatus
  if (x17 !== undefined) {
    try {
      ToolsOzoneModerationDefs.checkSubjectStatusView(x17, '')
    } catch (err) {
      throw rt.within(err, p + '/subjectStatus')
    }
  }
  const x18: unknown = o.relatedReportCount
  if (x18 !== undefined) {
    if (!Number.isInteger(x18)) throw rt.invalid(p + '/relatedReportCount must be an integer')
  }
  const x19: unknown = o.assignment
  if (x19 !== undefined) {
    try {
      checkReportAssignment(x19, '')
    } catch (err) {
      throw rt.within(err, p + '/assignment')
    }
  }
  const x20: unknown = o.queue
  if (x20 !== undefined) {
    try {
      ToolsOzoneQueueDefs.checkQueueView(x20, '')
    } catch (err) {
      throw rt.within(err, p + '/queue')
    }
  }
  const x21: unknown = o.isMuted
  if (x21 !== undefined) {
    if (typeof x21 !== 'boolean') throw rt.invalid(p + '/isMuted must be a boolean')
  }
  const x22: unknown = o.isAutomated
  if (x22 === undefined) {
    (r ??= { ...o })['isAutomated'] = false
  } else {
    if (typeof x22 !== 'boolean') throw rt.invalid(p + '/isAutomated must be a boolean')
  }
  return (r ?? o) as unknown as ReportView
}

/** Validates a value as ReportView; a failure says where, e.g. "Object/field must be a string". */
export function validateReportView(v: unknown): rt.ValidationResult<ReportView> {
  return rt.run(checkReportView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ReportView; it does not validate it. */
export function isReportView<V>(v: V): v is V & rt.Typed<ReportView, 'tools.ozone.report.defs#reportView'> {
  return rt.hasType(v, 'tools.ozone.report.defs#reportView')
}

/** Activity recording a report being routed to a queue. */
export interface QueueActivity {
  $type?: 'tools.ozone.report.defs#queueActivity'
  /** The report's status before this activity. Populated automatically from the report row; not required in input. */
  previousStatus?: 'open' | 'closed' | 'escalated' | 'queued' | 'assigned' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueueActivity(v: unknown, p: string): QueueActivity {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.previousStatus
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/previousStatus must be a string')
  }
  return o as unknown as QueueActivity
}

/** Validates a value as QueueActivity; a failure says where, e.g. "Object/field must be a string". */
export function validateQueueActivity(v: unknown): rt.ValidationResult<QueueActivity> {
  return rt.run(checkQueueActivity, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a QueueActivity; it does not validate it. */
export function isQueueActivity<V>(v: V): v is V & rt.Typed<QueueActivity, 'tools.ozone.report.defs#queueActivity'> {
  return rt.hasType(v, 'tools.ozone.report.defs#queueActivity')
}

/** Activity recording a moderator being assigned to a report. */
export interface AssignmentActivity {
  $type?: 'tools.ozone.report.defs#assignmentActivity'
  /** The report's status before this activity. Populated automatically from the report row; not required in input. */
  previousStatus?: 'open' | 'closed' | 'escalated' | 'queued' | 'assigned' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkAssignmentActivity(v: unknown, p: string): AssignmentActivity {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.previousStatus
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/previousStatus must be a string')
  }
  return o as unknown as AssignmentActivity
}

/** Validates a value as AssignmentActivity; a failure says where, e.g. "Object/field must be a string". */
export function validateAssignmentActivity(v: unknown): rt.ValidationResult<AssignmentActivity> {
  return rt.run(checkAssignmentActivity, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a AssignmentActivity; it does not validate it. */
export function isAssignmentActivity<V>(v: V): v is V & rt.Typed<AssignmentActivity, 'tools.ozone.report.defs#assignmentActivity'> {
  return rt.hasType(v, 'tools.ozone.report.defs#assignmentActivity')
}

/** Activity recording a report being escalated. */
export interface EscalationActivity {
  $type?: 'tools.ozone.report.defs#escalationActivity'
  /** The report's status before this activity. Populated automatically from the report row; not required in input. */
  previousStatus?: 'open' | 'closed' | 'escalated' | 'queued' | 'assigned' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkEscalationActivity(v: unknown, p: string): EscalationActivity {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.previousStatus
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/previousStatus must be a string')
  }
  return o as unknown as EscalationActivity
}

/** Validates a value as EscalationActivity; a failure says where, e.g. "Object/field must be a string". */
export function validateEscalationActivity(v: unknown): rt.ValidationResult<EscalationActivity> {
  return rt.run(checkEscalationActivity, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a EscalationActivity; it does not validate it. */
export function isEscalationActivity<V>(v: V): v is V & rt.Typed<EscalationActivity, 'tools.ozone.report.defs#escalationActivity'> {
  return rt.hasType(v, 'tools.ozone.report.defs#escalationActivity')
}

/** Activity recording a report being closed. */
export interface CloseActivity {
  $type?: 'tools.ozone.report.defs#closeActivity'
  /** The report's status before this activity. Populated automatically from the report row; not required in input. */
  previousStatus?: 'open' | 'closed' | 'escalated' | 'queued' | 'assigned' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkCloseActivity(v: unknown, p: string): CloseActivity {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.previousStatus
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/previousStatus must be a string')
  }
  return o as unknown as CloseActivity
}

/** Validates a value as CloseActivity; a failure says where, e.g. "Object/field must be a string". */
export function validateCloseActivity(v: unknown): rt.ValidationResult<CloseActivity> {
  return rt.run(checkCloseActivity, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a CloseActivity; it does not validate it. */
export function isCloseActivity<V>(v: V): v is V & rt.Typed<CloseActivity, 'tools.ozone.report.defs#closeActivity'> {
  return rt.hasType(v, 'tools.ozone.report.defs#closeActivity')
}

/** Activity recording a closed report being reopened. Only valid when the report is in 'closed' status. */
export interface ReopenActivity {
  $type?: 'tools.ozone.report.defs#reopenActivity'
  /** The report's status before this activity. Populated automatically from the report row; not required in input. */
  previousStatus?: 'open' | 'closed' | 'escalated' | 'queued' | 'assigned' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkReopenActivity(v: unknown, p: string): ReopenActivity {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.previousStatus
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/previousStatus must be a string')
  }
  return o as unknown as ReopenActivity
}

/** Validates a value as ReopenActivity; a failure says where, e.g. "Object/field must be a string". */
export function validateReopenActivity(v: unknown): rt.ValidationResult<ReopenActivity> {
  return rt.run(checkReopenActivity, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ReopenActivity; it does not validate it. */
export function isReopenActivity<V>(v: V): v is V & rt.Typed<ReopenActivity, 'tools.ozone.report.defs#reopenActivity'> {
  return rt.hasType(v, 'tools.ozone.report.defs#reopenActivity')
}

/** Activity recording a note on a report. Use internalNote for moderator-only notes or publicNote for reporter-visible notes (or both). */
export interface NoteActivity {
  $type?: 'tools.ozone.report.defs#noteActivity'
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkNoteActivity(v: unknown, p: string): NoteActivity {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  return o as unknown as NoteActivity
}

/** Validates a value as NoteActivity; a failure says where, e.g. "Object/field must be a string". */
export function validateNoteActivity(v: unknown): rt.ValidationResult<NoteActivity> {
  return rt.run(checkNoteActivity, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a NoteActivity; it does not validate it. */
export function isNoteActivity<V>(v: V): v is V & rt.Typed<NoteActivity, 'tools.ozone.report.defs#noteActivity'> {
  return rt.hasType(v, 'tools.ozone.report.defs#noteActivity')
}

/** A single activity entry on a report. */
export interface ReportActivityView {
  $type?: 'tools.ozone.report.defs#reportActivityView'
  /** Activity ID */
  id: number
  /** ID of the report this activity belongs to */
  reportId: number
  /** The typed activity object describing what occurred. */
  activity: rt.Typed<QueueActivity, 'tools.ozone.report.defs#queueActivity'> | rt.Typed<AssignmentActivity, 'tools.ozone.report.defs#assignmentActivity'> | rt.Typed<EscalationActivity, 'tools.ozone.report.defs#escalationActivity'> | rt.Typed<CloseActivity, 'tools.ozone.report.defs#closeActivity'> | rt.Typed<ReopenActivity, 'tools.ozone.report.defs#reopenActivity'> | rt.Typed<NoteActivity, 'tools.ozone.report.defs#noteActivity'> | rt.UnknownTyped
  /** Optional moderator-only note. Not visible to reporters. */
  internalNote?: string
  /** Optional public note, potentially visible to the reporter. */
  publicNote?: string
  /** Extensible JSON payload for loose activity-specific metadata (e.g. assignmentId). */
  meta?: { [key: string]: unknown }
  /** True if this activity was created by an automated process (e.g. queue router) rather than a direct human action. */
  isAutomated: boolean
  /** DID of the actor who created this activity, or the service DID for automated activities. */
  createdBy: string
  /** Full member record of the moderator who created this activity */
  moderator?: ToolsOzoneTeamDefs.Member
  /** Full view of the report this activity belongs to. */
  report?: ReportView
  /** When this activity was created */
  createdAt: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkReportActivityView(v: unknown, p: string): ReportActivityView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.id
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "id"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/id must be an integer')
  }
  const x2: unknown = o.reportId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "reportId"')
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/reportId must be an integer')
  }
  const x3: unknown = o.activity
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "activity"')
  } else {
    if (typeof x3 !== 'object' || x3 === null || typeof (x3 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/activity must be an object which includes the "$type" property')
    const t4 = (x3 as { $type: string }).$type
    switch (t4) {
      case 'tools.ozone.report.defs#queueActivity':
        try {
          checkQueueActivity(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/activity')
        }
        break
      case 'tools.ozone.report.defs#assignmentActivity':
        try {
          checkAssignmentActivity(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/activity')
        }
        break
      case 'tools.ozone.report.defs#escalationActivity':
        try {
          checkEscalationActivity(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/activity')
        }
        break
      case 'tools.ozone.report.defs#closeActivity':
        try {
          checkCloseActivity(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/activity')
        }
        break
      case 'tools.ozone.report.defs#reopenActivity':
        try {
          checkReopenActivity(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/activity')
        }
        break
      case 'tools.ozone.report.defs#noteActivity':
        try {
          checkNoteActivity(x3, '')
        } catch (err) {
          throw rt.within(err, p + '/activity')
        }
        break
      default:
        if (t4.charCodeAt(0) === 35 || t4.indexOf('#') !== t4.lastIndexOf('#')) throw rt.invalid(p + '/activity $type is not a valid type reference')
    }
  }
  const x5: unknown = o.internalNote
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/internalNote must be a string')
  }
  const x6: unknown = o.publicNote
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/publicNote must be a string')
  }
  const x7: unknown = o.meta
  if (x7 !== undefined) {
    if (!rt.isPlainObject(x7)) throw rt.invalid(p + '/meta must be an object')
  }
  const x8: unknown = o.isAutomated
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "isAutomated"')
  } else {
    if (typeof x8 !== 'boolean') throw rt.invalid(p + '/isAutomated must be a boolean')
  }
  const x9: unknown = o.createdBy
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "createdBy"')
  } else {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/createdBy must be a string')
    if (!rt.isDid(x9)) throw rt.invalid(p + '/createdBy must be a valid did')
  }
  const x10: unknown = o.moderator
  if (x10 !== undefined) {
    try {
      ToolsOzoneTeamDefs.checkMember(x10, '')
    } catch (err) {
      throw rt.within(err, p + '/moderator')
    }
  }
  let x11: unknown = o.report
  if (x11 !== undefined) {
    try {
      x11 = checkReportView(x11, '')
    } catch (err) {
      throw rt.within(err, p + '/report')
    }
    if (x11 !== o.report) (r ??= { ...o })['report'] = x11
  }
  const x12: unknown = o.createdAt
  if (x12 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x12 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x12)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return (r ?? o) as unknown as ReportActivityView
}

/** Validates a value as ReportActivityView; a failure says where, e.g. "Object/field must be a string". */
export function validateReportActivityView(v: unknown): rt.ValidationResult<ReportActivityView> {
  return rt.run(checkReportActivityView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ReportActivityView; it does not validate it. */
export function isReportActivityView<V>(v: V): v is V & rt.Typed<ReportActivityView, 'tools.ozone.report.defs#reportActivityView'> {
  return rt.hasType(v, 'tools.ozone.report.defs#reportActivityView')
}

/** Live statistics for reports for the current calendar day, filterable by queue, moderator, or report type. */
export interface LiveStats {
  $type?: 'tools.ozone.report.defs#liveStats'
  /** Number of reports currently not closed. */
  pendingCount?: number
  /** Number of reports closed today. */
  actionedCount?: number
  /** Number of reports escalated today. */
  escalatedCount?: number
  /** Reports received today. */
  inboundCount?: number
  /** Percentage of reports actioned (actionedCount / inboundCount * 100), rounded to nearest integer. */
  actionRate?: number
  /** Average time in seconds from report creation (or moderator assignment) to close. */
  avgHandlingTimeSec?: number
  /** When these statistics were last computed. */
  lastUpdated?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLiveStats(v: unknown, p: string): LiveStats {
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
  return o as unknown as LiveStats
}

/** Validates a value as LiveStats; a failure says where, e.g. "Object/field must be a string". */
export function validateLiveStats(v: unknown): rt.ValidationResult<LiveStats> {
  return rt.run(checkLiveStats, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LiveStats; it does not validate it. */
export function isLiveStats<V>(v: V): v is V & rt.Typed<LiveStats, 'tools.ozone.report.defs#liveStats'> {
  return rt.hasType(v, 'tools.ozone.report.defs#liveStats')
}

/** A single daily snapshot of report statistics for a calendar date. */
export interface HistoricalStats {
  $type?: 'tools.ozone.report.defs#historicalStats'
  /** The calendar date this snapshot covers (YYYY-MM-DD). */
  date: string
  /** When this snapshot was last computed. */
  computedAt?: string
  /** Number of reports not closed at time of computation. */
  pendingCount?: number
  /** Number of reports closed during this day. */
  actionedCount?: number
  /** Number of reports escalated during this day. */
  escalatedCount?: number
  /** Reports received during this day. */
  inboundCount?: number
  /** Percentage of reports actioned (actionedCount / inboundCount * 100), rounded to nearest integer. */
  actionRate?: number
  /** Average time in seconds from report creation (or moderator assignment) to close. */
  avgHandlingTimeSec?: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkHistoricalStats(v: unknown, p: string): HistoricalStats {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.date
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "date"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/date must be a string')
  }
  const x2: unknown = o.computedAt
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/computedAt must be a string')
    if (!rt.isDatetime(x2)) throw rt.invalid(p + '/computedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x3: unknown = o.pendingCount
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/pendingCount must be an integer')
  }
  const x4: unknown = o.actionedCount
  if (x4 !== undefined) {
    if (!Number.isInteger(x4)) throw rt.invalid(p + '/actionedCount must be an integer')
  }
  const x5: unknown = o.escalatedCount
  if (x5 !== undefined) {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/escalatedCount must be an integer')
  }
  const x6: unknown = o.inboundCount
  if (x6 !== undefined) {
    if (!Number.isInteger(x6)) throw rt.invalid(p + '/inboundCount must be an integer')
  }
  const x7: unknown = o.actionRate
  if (x7 !== undefined) {
    if (!Number.isInteger(x7)) throw rt.invalid(p + '/actionRate must be an integer')
  }
  const x8: unknown = o.avgHandlingTimeSec
  if (x8 !== undefined) {
    if (!Number.isInteger(x8)) throw rt.invalid(p + '/avgHandlingTimeSec must be an integer')
  }
  return o as unknown as HistoricalStats
}

/** Validates a value as HistoricalStats; a failure says where, e.g. "Object/field must be a string". */
export function validateHistoricalStats(v: unknown): rt.ValidationResult<HistoricalStats> {
  return rt.run(checkHistoricalStats, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a HistoricalStats; it does not validate it. */
export function isHistoricalStats<V>(v: V): v is V & rt.Typed<HistoricalStats, 'tools.ozone.report.defs#historicalStats'> {
  return rt.hasType(v, 'tools.ozone.report.defs#historicalStats')
}

export interface AssignmentView {
  $type?: 'tools.ozone.report.defs#assignmentView'
  id: number
  did: string
  /** The moderator assigned to this report */
  moderator?: ToolsOzoneTeamDefs.Member
  queue?: ToolsOzoneQueueDefs.QueueView
  reportId: number
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
  if (x4 !== undefined) {
    try {
      ToolsOzoneQueueDefs.checkQueueView(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/queue')
    }
  }
  const x5: unknown = o.reportId
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "reportId"')
  } else {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/reportId must be an integer')
  }
  const x6: unknown = o.startAt
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "startAt"')
  } else {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/startAt must be a string')
    if (!rt.isDatetime(x6)) throw rt.invalid(p + '/startAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x7: unknown = o.endAt
  if (x7 !== undefined) {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/endAt must be a string')
    if (!rt.isDatetime(x7)) throw rt.invalid(p + '/endAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as AssignmentView
}

/** Validates a value as AssignmentView; a failure says where, e.g. "Object/field must be a string". */
export function validateAssignmentView(v: unknown): rt.ValidationResult<AssignmentView> {
  return rt.run(checkAssignmentView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a AssignmentView; it does not validate it. */
export function isAssignmentView<V>(v: V): v is V & rt.Typed<AssignmentView, 'tools.ozone.report.defs#assignmentView'> {
  return rt.hasType(v, 'tools.ozone.report.defs#assignmentView')
}
