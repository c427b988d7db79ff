/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/moderation/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyAgeassuranceDefs from '../../../app/bsky/ageassurance/defs.js'
import * as ChatBskyConvoDefs from '../../../chat/bsky/convo/defs.js'
import * as ComAtprotoAdminDefs from '../../../com/atproto/admin/defs.js'
import * as ComAtprotoLabelDefs from '../../../com/atproto/label/defs.js'
import * as ComAtprotoModerationDefs from '../../../com/atproto/moderation/defs.js'
import * as ComAtprotoRepoStrongRef from '../../../com/atproto/repo/strongRef.js'
import * as ComAtprotoServerDefs from '../../../com/atproto/server/defs.js'

export const id = 'tools.ozone.moderation.defs'

export interface ModEventView {
  $type?: 'tools.ozone.moderation.defs#modEventView'
  id: number
  event: rt.Typed<ModEventTakedown, 'tools.ozone.moderation.defs#modEventTakedown'> | rt.Typed<ModEventReverseTakedown, 'tools.ozone.moderation.defs#modEventReverseTakedown'> | rt.Typed<ModEventComment, 'tools.ozone.moderation.defs#modEventComment'> | rt.Typed<ModEventReport, 'tools.ozone.moderation.defs#modEventReport'> | rt.Typed<ModEventLabel, 'tools.ozone.moderation.defs#modEventLabel'> | rt.Typed<ModEventAcknowledge, 'tools.ozone.moderation.defs#modEventAcknowledge'> | rt.Typed<ModEventEscalate, 'tools.ozone.moderation.defs#modEventEscalate'> | rt.Typed<ModEventMute, 'tools.ozone.moderation.defs#modEventMute'> | rt.Typed<ModEventUnmute, 'tools.ozone.moderation.defs#modEventUnmute'> | rt.Typed<ModEventMuteReporter, 'tools.ozone.moderation.defs#modEventMuteReporter'> | rt.Typed<ModEventUnmuteReporter, 'tools.ozone.moderation.defs#modEventUnmuteReporter'> | rt.Typed<ModEventEmail, 'tools.ozone.moderation.defs#modEventEmail'> | rt.Typed<ModEventResolveAppeal, 'tools.ozone.moderation.defs#modEventResolveAppeal'> | rt.Typed<ModEventDivert, 'tools.ozone.moderation.defs#modEventDivert'> | rt.Typed<ModEventTag, 'tools.ozone.moderation.defs#modEventTag'> | rt.Typed<AccountEvent, 'tools.ozone.moderation.defs#accountEvent'> | rt.Typed<IdentityEvent, 'tools.ozone.moderation.defs#identityEvent'> | rt.Typed<RecordEvent, 'tools.ozone.moderation.defs#recordEvent'> | rt.Typed<ModEventPriorityScore, 'tools.ozone.moderation.defs#modEventPriorityScore'> | rt.Typed<AgeAssuranceEvent, 'tools.ozone.moderation.defs#ageAssuranceEvent'> | rt.Typed<AgeAssuranceOverrideEvent, 'tools.ozone.moderation.defs#ageAssuranceOverrideEvent'> | rt.Typed<AgeAssurancePurgeEvent, 'tools.ozone.moderation.defs#ageAssurancePurgeEvent'> | rt.Typed<RevokeAccountCredentialsEvent, 'tools.ozone.moderation.defs#revokeAccountCredentialsEvent'> | rt.Typed<ScheduleTakedownEvent, 'tools.ozone.moderation.defs#scheduleTakedownEvent'> | rt.Typed<CancelScheduledTakedownEvent, 'tools.ozone.moderation.defs#cancelScheduledTakedownEvent'> | rt.UnknownTyped
  subject: rt.Typed<ComAtprotoAdminDefs.RepoRef, 'com.atproto.admin.defs#repoRef'> | rt.Typed<ComAtprotoRepoStrongRef.Main, 'com.atproto.repo.strongRef'> | rt.Typed<ChatBskyConvoDefs.MessageRef, 'chat.bsky.convo.defs#messageRef'> | rt.Typed<ChatBskyConvoDefs.ConvoRef, 'chat.bsky.convo.defs#convoRef'> | rt.UnknownTyped
  subjectBlobCids: string[]
  createdBy: string
  createdAt: string
  creatorHandle?: string
  subjectHandle?: string
  modTool?: ModTool
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkModEventView(v: unknown, p: string): ModEventView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.id
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "id"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/id must be an integer')
  }
  const x2: unknown = o.event
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "event"')
  } else {
    if (typeof x2 !== 'object' || x2 === null || typeof (x2 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/event must be an object which includes the "$type" property')
    const t3 = (x2 as { $type: string }).$type
    switch (t3) {
      case 'tools.ozone.moderation.defs#modEventTakedown':
        try {
          checkModEventTakedown(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventReverseTakedown':
        try {
          checkModEventReverseTakedown(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventComment':
        try {
          checkModEventComment(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventReport':
        try {
          checkModEventReport(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventLabel':
        try {
          checkModEventLabel(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventAcknowledge':
        try {
          checkModEventAcknowledge(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventEscalate':
        try {
          checkModEventEscalate(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventMute':
        try {
          checkModEventMute(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventUnmute':
        try {
          checkModEventUnmute(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventMuteReporter':
        try {
          checkModEventMuteReporter(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventUnmuteReporter':
        try {
          checkModEventUnmuteReporter(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventEmail':
        try {
          checkModEventEmail(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventResolveAppeal':
        try {
          checkModEventResolveAppeal(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventDivert':
        try {
          checkModEventDivert(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventTag':
        try {
          checkModEventTag(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#accountEvent':
        try {
          checkAccountEvent(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#identityEvent':
        try {
          checkIdentityEvent(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#recordEvent':
        try {
          checkRecordEvent(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventPriorityScore':
        try {
          checkModEventPriorityScore(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#ageAssuranceEvent':
        try {
          checkAgeAssuranceEvent(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#ageAssuranceOverrideEvent':
        try {
          checkAgeAssuranceOverrideEvent(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#ageAssurancePurgeEvent':
        try {
          checkAgeAssurancePurgeEvent(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#revokeAccountCredentialsEvent':
        try {
          checkRevokeAccountCredentialsEvent(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#scheduleTakedownEvent':
        try {
          checkScheduleTakedownEvent(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#cancelScheduledTakedownEvent':
        try {
          checkCancelScheduledTakedownEvent(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      default:
        if (t3.charCodeAt(0) === 35 || t3.indexOf('#') !== t3.lastIndexOf('#')) throw rt.invalid(p + '/event $type is not a valid type reference')
    }
  }
  const x4: unknown = o.subject
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "subject"')
  } else {
    if (typeof x4 !== 'object' || x4 === null || typeof (x4 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/subject must be an object which includes the "$type" property')
    const t5 = (x4 as { $type: string }).$type
    switch (t5) {
      case 'com.atproto.admin.defs#repoRef':
        try {
          ComAtprotoAdminDefs.checkRepoRef(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/subject')
        }
        break
      case 'com.atproto.repo.strongRef': case 'com.atproto.repo.strongRef#main':
        try {
          ComAtprotoRepoStrongRef.checkMain(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/subject')
        }
        break
      case 'chat.bsky.convo.defs#messageRef':
        try {
          ChatBskyConvoDefs.checkMessageRef(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/subject')
        }
        break
      case 'chat.bsky.convo.defs#convoRef':
        try {
          ChatBskyConvoDefs.checkConvoRef(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/subject')
        }
        break
      default:
        if (t5.charCodeAt(0) === 35 || t5.indexOf('#') !== t5.lastIndexOf('#')) throw rt.invalid(p + '/subject $type is not a valid type reference')
    }
  }
  const x6: unknown = o.subjectBlobCids
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "subjectBlobCids"')
  } else {
    if (!Array.isArray(x6)) throw rt.invalid(p + '/subjectBlobCids must be an array')
    for (let i7 = 0; i7 < x6.length; i7++) {
      const e7: unknown = x6[i7]
      if (typeof e7 !== 'string') throw rt.invalid(p + '/subjectBlobCids' + '/' + i7 + ' must be a string')
    }
  }
  const x8: unknown = o.createdBy
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "createdBy"')
  } else {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/createdBy must be a string')
    if (!rt.isDid(x8)) throw rt.invalid(p + '/createdBy must be a valid did')
  }
  const x9: unknown = o.createdAt
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x9)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x10: unknown = o.creatorHandle
  if (x10 !== undefined) {
    if (typeof x10 !== 'string') throw rt.invalid(p + '/creatorHandle must be a string')
  }
  const x11: unknown = o.subjectHandle
  if (x11 !== undefined) {
    if (typeof x11 !== 'string') throw rt.invalid(p + '/subjectHandle must be a string')
  }
  const x12: unknown = o.modTool
  if (x12 !== undefined) {
    try {
      checkModTool(x12, '')
    } catch (err) {
      throw rt.within(err, p + '/modTool')
    }
  }
  return o as unknown as ModEventView
}

/** Validates a value as ModEventView; a failure says where, e.g. "Object/field must be a string". */
export function validateModEventView(v: unknown): rt.ValidationResult<ModEventView> {
  return rt.run(checkModEventView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ModEventView; it does not validate it. */
export function isModEventView<V>(v: V): v is V & rt.Typed<ModEventView, 'tools.ozone.moderation.defs#modEventView'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#modEventView')
}

export interface ModEventViewDetail {
  $type?: 'tools.ozone.moderation.defs#modEventViewDetail'
  id: number
  event: rt.Typed<ModEventTakedown, 'tools.ozone.moderation.defs#modEventTakedown'> | rt.Typed<ModEventReverseTakedown, 'tools.ozone.moderation.defs#modEventReverseTakedown'> | rt.Typed<ModEventComment, 'tools.ozone.moderation.defs#modEventComment'> | rt.Typed<ModEventReport, 'tools.ozone.moderation.defs#modEventReport'> | rt.Typed<ModEventLabel, 'tools.ozone.moderation.defs#modEventLabel'> | rt.Typed<ModEventAcknowledge, 'tools.ozone.moderation.defs#modEventAcknowledge'> | rt.Typed<ModEventEscalate, 'tools.ozone.moderation.defs#modEventEscalate'> | rt.Typed<ModEventMute, 'tools.ozone.moderation.defs#modEventMute'> | rt.Typed<ModEventUnmute, 'tools.ozone.moderation.defs#modEventUnmute'> | rt.Typed<ModEventMuteReporter, 'tools.ozone.moderation.defs#modEventMuteReporter'> | rt.Typed<ModEventUnmuteReporter, 'tools.ozone.moderation.defs#modEventUnmuteReporter'> | rt.Typed<ModEventEmail, 'tools.ozone.moderation.defs#modEventEmail'> | rt.Typed<ModEventResolveAppeal, 'tools.ozone.moderation.defs#modEventResolveAppeal'> | rt.Typed<ModEventDivert, 'tools.ozone.moderation.defs#modEventDivert'> | rt.Typed<ModEventTag, 'tools.ozone.moderation.defs#modEventTag'> | rt.Typed<AccountEvent, 'tools.ozone.moderation.defs#accountEvent'> | rt.Typed<IdentityEvent, 'tools.ozone.moderation.defs#identityEvent'> | rt.Typed<RecordEvent, 'tools.ozone.moderation.defs#recordEvent'> | rt.Typed<ModEventPriorityScore, 'tools.ozone.moderation.defs#modEventPriorityScore'> | rt.Typed<AgeAssuranceEvent, 'tools.ozone.moderation.defs#ageAssuranceEvent'> | rt.Typed<AgeAssuranceOverrideEvent, 'tools.ozone.moderation.defs#ageAssuranceOverrideEvent'> | rt.Typed<AgeAssurancePurgeEvent, 'tools.ozone.moderation.defs#ageAssurancePurgeEvent'> | rt.Typed<RevokeAccountCredentialsEvent, 'tools.ozone.moderation.defs#revokeAccountCredentialsEvent'> | rt.Typed<ScheduleTakedownEvent, 'tools.ozone.moderation.defs#scheduleTakedownEvent'> | rt.Typed<CancelScheduledTakedownEvent, 'tools.ozone.moderation.defs#cancelScheduledTakedownEvent'> | rt.UnknownTyped
  subject: rt.Typed<RepoView, 'tools.ozone.moderation.defs#repoView'> | rt.Typed<RepoViewNotFound, 'tools.ozone.moderation.defs#repoViewNotFound'> | rt.Typed<RecordView, 'tools.ozone.moderation.defs#recordView'> | rt.Typed<RecordViewNotFound, 'tools.ozone.moderation.defs#recordViewNotFound'> | rt.Typed<ConvoView, 'tools.ozone.moderation.defs#convoView'> | rt.UnknownTyped
  subjectBlobs: BlobView[]
  createdBy: string
  createdAt: string
  modTool?: ModTool
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkModEventViewDetail(v: unknown, p: string): ModEventViewDetail {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.id
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "id"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/id must be an integer')
  }
  const x2: unknown = o.event
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "event"')
  } else {
    if (typeof x2 !== 'object' || x2 === null || typeof (x2 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/event must be an object which includes the "$type" property')
    const t3 = (x2 as { $type: string }).$type
    switch (t3) {
      case 'tools.ozone.moderation.defs#modEventTakedown':
        try {
          checkModEventTakedown(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventReverseTakedown':
        try {
          checkModEventReverseTakedown(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventComment':
        try {
          checkModEventComment(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventReport':
        try {
          checkModEventReport(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventLabel':
        try {
          checkModEventLabel(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventAcknowledge':
        try {
          checkModEventAcknowledge(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventEscalate':
        try {
          checkModEventEscalate(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventMute':
        try {
          checkModEventMute(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventUnmute':
        try {
          checkModEventUnmute(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventMuteReporter':
        try {
          checkModEventMuteReporter(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventUnmuteReporter':
        try {
          checkModEventUnmuteReporter(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventEmail':
        try {
          checkModEventEmail(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventResolveAppeal':
        try {
          checkModEventResolveAppeal(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventDivert':
        try {
          checkModEventDivert(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventTag':
        try {
          checkModEventTag(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#accountEvent':
        try {
          checkAccountEvent(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#identityEvent':
        try {
          checkIdentityEvent(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#recordEvent':
        try {
          checkRecordEvent(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#modEventPriorityScore':
        try {
          checkModEventPriorityScore(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#ageAssuranceEvent':
        try {
          checkAgeAssuranceEvent(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#ageAssuranceOverrideEvent':
        try {
          checkAgeAssuranceOverrideEvent(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#ageAssurancePurgeEvent':
        try {
          checkAgeAssurancePurgeEvent(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#revokeAccountCredentialsEvent':
        try {
          checkRevokeAccountCredentialsEvent(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#scheduleTakedownEvent':
        try {
          checkScheduleTakedownEvent(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      case 'tools.ozone.moderation.defs#cancelScheduledTakedownEvent':
        try {
          checkCancelScheduledTakedownEvent(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/event')
        }
        break
      default:
        if (t3.charCodeAt(0) === 35 || t3.indexOf('#') !== t3.lastIndexOf('#')) throw rt.invalid(p + '/event $type is not a valid type reference')
    }
  }
  const x4: unknown = o.subject
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "subject"')
  } else {
    if (typeof x4 !== 'object' || x4 === null || typeof (x4 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/subject must be an object which includes the "$type" property')
    const t5 = (x4 as { $type: string }).$type
    switch (t5) {
      case 'tools.ozone.moderation.defs#repoView':
        try {
          checkRepoView(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/subject')
        }
        break
      case 'tools.ozone.moderation.defs#repoViewNotFound':
        try {
          checkRepoViewNotFound(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/subject')
        }
        break
      case 'tools.ozone.moderation.defs#recordView':
        try {
          checkRecordView(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/subject')
        }
        break
      case 'tools.ozone.moderation.defs#recordViewNotFound':
        try {
          checkRecordViewNotFound(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/subject')
        }
        break
      case 'tools.ozone.moderation.defs#convoView':
        try {
          checkConvoView(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/subject')
        }
        break
      default:
        if (t5.charCodeAt(0) === 35 || t5.indexOf('#') !== t5.lastIndexOf('#')) throw rt.invalid(p + '/subject $type is not a valid type reference')
    }
  }
  const x6: unknown = o.subjectBlobs
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "subjectBlobs"')
  } else {
    if (!Array.isArray(x6)) throw rt.invalid(p + '/subjectBlobs must be an array')
    for (let i7 = 0; i7 < x6.length; i7++) {
      const e7: unknown = x6[i7]
      try {
        checkBlobView(e7, '')
      } catch (err) {
        throw rt.within(err, p + '/subjectBlobs' + '/' + i7)
      }
    }
  }
  const x8: unknown = o.createdBy
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "createdBy"')
  } else {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/createdBy must be a string')
    if (!rt.isDid(x8)) throw rt.invalid(p + '/createdBy must be a valid did')
  }
  const x9: unknown = o.createdAt
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x9)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x10: unknown = o.modTool
  if (x10 !== undefined) {
    try {
      checkModTool(x10, '')
    } catch (err) {
      throw rt.within(err, p + '/modTool')
    }
  }
  return o as unknown as ModEventViewDetail
}

/** Validates a value as ModEventViewDetail; a failure says where, e.g. "Object/field must be a string". */
export function validateModEventViewDetail(v: unknown): rt.ValidationResult<ModEventViewDetail> {
  return rt.run(checkModEventViewDetail, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ModEventViewDetail; it does not validate it. */
export function isModEventViewDetail<V>(v: V): v is V & rt.Typed<ModEventViewDetail, 'tools.ozone.moderation.defs#modEventViewDetail'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#modEventViewDetail')
}

export interface SubjectStatusView {
  $type?: 'tools.ozone.moderation.defs#subjectStatusView'
  id: number
  subject: rt.Typed<ComAtprotoAdminDefs.RepoRef, 'com.atproto.admin.defs#repoRef'> | rt.Typed<ComAtprotoRepoStrongRef.Main, 'com.atproto.repo.strongRef'> | rt.Typed<ChatBskyConvoDefs.MessageRef, 'chat.bsky.convo.defs#messageRef'> | rt.Typed<ChatBskyConvoDefs.ConvoRef, 'chat.bsky.convo.defs#convoRef'> | rt.UnknownTyped
  hosting?: rt.Typed<AccountHosting, 'tools.ozone.moderation.defs#accountHosting'> | rt.Typed<RecordHosting, 'tools.ozone.moderation.defs#recordHosting'> | rt.UnknownTyped
  subjectBlobCids?: string[]
  subjectRepoHandle?: string
  /** Timestamp referencing when the last update was made to the moderation status of the subject */
  updatedAt: string
  /** Timestamp referencing the first moderation status impacting event was emitted on the subject */
  createdAt: string
  reviewState: SubjectReviewState
  /** Sticky comment on the subject. */
  comment?: string
  /** Numeric value representing the level of priority. Higher score means higher priority. */
  priorityScore?: number
  muteUntil?: string
  muteReportingUntil?: string
  lastReviewedBy?: string
  lastReviewedAt?: string
  lastReportedAt?: string
  /** Timestamp referencing when the author of the subject appealed a moderation action */
  lastAppealedAt?: string
  takendown?: boolean
  /** True indicates that the a previously taken moderator action was appealed against, by the author of the content. False indicates last appeal was resolved by moderators. */
  appealed?: boolean
  suspendUntil?: string
  tags?: string[]
  /** Statistics related to the account subject */
  accountStats?: AccountStats
  /** Statistics related to the record subjects authored by the subject's account */
  recordsStats?: RecordsStats
  /** Strike information for the account (account-level only) */
  accountStrike?: AccountStrike
  /** Current age assurance state of the subject. */
  ageAssuranceState?: 'pending' | 'assured' | 'unknown' | 'reset' | 'blocked' | (string & {})
  /** Whether or not the last successful update to age assurance was made by the user or admin. */
  ageAssuranceUpdatedBy?: 'admin' | 'user' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSubjectStatusView(v: unknown, p: string): SubjectStatusView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.id
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "id"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/id must be an integer')
  }
  const x2: unknown = o.subject
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "subject"')
  } else {
    if (typeof x2 !== 'object' || x2 === null || typeof (x2 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/subject must be an object which includes the "$type" property')
    const t3 = (x2 as { $type: string }).$type
    switch (t3) {
      case 'com.atproto.admin.defs#repoRef':
        try {
          ComAtprotoAdminDefs.checkRepoRef(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/subject')
        }
        break
      case 'com.atproto.repo.strongRef': case 'com.atproto.repo.strongRef#main':
        try {
          ComAtprotoRepoStrongRef.checkMain(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/subject')
        }
        break
      case 'chat.bsky.convo.defs#messageRef':
        try {
          ChatBskyConvoDefs.checkMessageRef(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/subject')
        }
        break
      case 'chat.bsky.convo.defs#convoRef':
        try {
          ChatBskyConvoDefs.checkConvoRef(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/subject')
        }
        break
      default:
        if (t3.charCodeAt(0) === 35 || t3.indexOf('#') !== t3.lastIndexOf('#')) throw rt.invalid(p + '/subject $type is not a valid type reference')
    }
  }
  const x4: unknown = o.hosting
  if (x4 !== undefined) {
    if (typeof x4 !== 'object' || x4 === null || typeof (x4 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/hosting must be an object which includes the "$type" property')
    const t5 = (x4 as { $type: string }).$type
    switch (t5) {
      case 'tools.ozone.moderation.defs#accountHosting':
        try {
          checkAccountHosting(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/hosting')
        }
        break
      case 'tools.ozone.moderation.defs#recordHosting':
        try {
          checkRecordHosting(x4, '')
        } catch (err) {
          throw rt.within(err, p + '/hosting')
        }
        break
      default:
        if (t5.charCodeAt(0) === 35 || t5.indexOf('#') !== t5.lastIndexOf('#')) throw rt.invalid(p + '/hosting $type is not a valid type reference')
    }
  }
  const x6: unknown = o.subjectBlobCids
  if (x6 !== undefined) {
    if (!Array.isArray(x6)) throw rt.invalid(p + '/subjectBlobCids must be an array')
    for (let i7 = 0; i7 < x6.length; i7++) {
      const e7: unknown = x6[i7]
      if (typeof e7 !== 'string') throw rt.invalid(p + '/subjectBlobCids' + '/' + i7 + ' must be a string')
      if (!rt.isCid(e7)) throw rt.invalid(p + '/subjectBlobCids' + '/' + i7 + ' must be a cid string')
    }
  }
  const x8: unknown = o.subjectRepoHandle
  if (x8 !== undefined) {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/subjectRepoHandle must be a string')
  }
  const x9: unknown = o.updatedAt
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "updatedAt"')
  } else {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/updatedAt must be a string')
    if (!rt.isDatetime(x9)) throw rt.invalid(p + '/updatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x10: unknown = o.createdAt
  if (x10 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x10 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x10)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x11: unknown = o.reviewState
  if (x11 === undefined) {
    throw rt.invalid(p + ' must have the property "reviewState"')
  } else {
    try {
      checkSubjectReviewState(x11, '')
    } catch (err) {
      throw rt.within(err, p + '/reviewState')
    }
  }
  const x12: unknown = o.comment
  if (x12 !== undefined) {
    if (typeof x12 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  const x13: unknown = o.priorityScore
  if (x13 !== undefined) {
    if (!Number.isInteger(x13)) throw rt.invalid(p + '/priorityScore must be an integer')
    if ((x13 as number) > 100) throw rt.invalid(p + '/priorityScore can not be greater than 100')
    if ((x13 as number) < 0) throw rt.invalid(p + '/priorityScore can not be less than 0')
  }
  const x14: unknown = o.muteUntil
  if (x14 !== undefined) {
    if (typeof x14 !== 'string') throw rt.invalid(p + '/muteUntil must be a string')
    if (!rt.isDatetime(x14)) throw rt.invalid(p + '/muteUntil must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x15: unknown = o.muteReportingUntil
  if (x15 !== undefined) {
    if (typeof x15 !== 'string') throw rt.invalid(p + '/muteReportingUntil must be a string')
    if (!rt.isDatetime(x15)) throw rt.invalid(p + '/muteReportingUntil must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x16: unknown = o.lastReviewedBy
  if (x16 !== undefined) {
    if (typeof x16 !== 'string') throw rt.invalid(p + '/lastReviewedBy must be a string')
    if (!rt.isDid(x16)) throw rt.invalid(p + '/lastReviewedBy must be a valid did')
  }
  const x17: unknown = o.lastReviewedAt
  if (x17 !== undefined) {
    if (typeof x17 !== 'string') throw rt.invalid(p + '/lastReviewedAt must be a string')
    if (!rt.isDatetime(x17)) throw rt.invalid(p + '/lastReviewedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x18: unknown = o.lastReportedAt
  if (x18 !== undefined) {
    if (typeof x18 !== 'string') throw rt.invalid(p + '/lastReportedAt must be a string')
    if (!rt.isDatetime(x18)) throw rt.invalid(p + '/lastReportedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x19: unknown = o.lastAppealedAt
  if (x19 !== undefined) {
    if (typeof x19 !== 'string') throw rt.invalid(p + '/lastAppealedAt must be a string')
    if (!rt.isDatetime(x19)) throw rt.invalid(p + '/lastAppealedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x20: unknown = o.takendown
  if (x20 !== undefined) {
    if (typeof x20 !== 'boolean') throw rt.invalid(p + '/takendown must be a boolean')
  }
  const x21: unknown = o.appealed
  if (x21 !== undefined) {
    if (typeof x21 !== 'boolean') throw rt.invalid(p + '/appealed must be a boolean')
  }
  const x22: unknown = o.suspendUntil
  if (x22 !== undefined) {
    if (typeof x22 !== 'string') throw rt.invalid(p + '/suspendUntil must be a string')
    if (!rt.isDatetime(x22)) throw rt.invalid(p + '/suspendUntil must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x23: unknown = o.tags
  if (x23 !== undefined) {
    if (!Array.isArray(x23)) throw rt.invalid(p + '/tags must be an array')
    for (let i24 = 0; i24 < x23.length; i24++) {
      const e24: unknown = x23[i24]
      if (typeof e24 !== 'string') throw rt.invalid(p + '/tags' + '/' + i24 + ' must be a string')
    }
  }
  const x25: unknown = o.accountStats
  if (x25 !== undefined) {
    try {
      checkAccountStats(x25, '')
    } catch (err) {
      throw rt.within(err, p + '/accountStats')
    }
  }
  const x26: unknown = o.recordsStats
  if (x26 !== undefined) {
    try {
      checkRecordsStats(x26, '')
    } catch (err) {
      throw rt.within(err, p + '/recordsStats')
    }
  }
  const x27: unknown = o.accountStrike
  if (x27 !== undefined) {
    try {
      checkAccountStrike(x27, '')
    } catch (err) {
      throw rt.within(err, p + '/accountStrike')
    }
  }
  const x28: unknown = o.ageAssuranceState
  if (x28 !== undefined) {
    if (typeof x28 !== 'string') throw rt.invalid(p + '/ageAssuranceState must be a string')
  }
  const x29: unknown = o.ageAssuranceUpdatedBy
  if (x29 !== undefined) {
    if (typeof x29 !== 'string') throw rt.invalid(p + '/ageAssuranceUpdatedBy must be a string')
  }
  return o as unknown as SubjectStatusView
}

/** Validates a value as SubjectStatusView; a failure says where, e.g. "Object/field must be a string". */
export function validateSubjectStatusView(v: unknown): rt.ValidationResult<SubjectStatusView> {
  return rt.run(checkSubjectStatusView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SubjectStatusView; it does not validate it. */
export function isSubjectStatusView<V>(v: V): v is V & rt.Typed<SubjectStatusView, 'tools.ozone.moderation.defs#subjectStatusView'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#subjectStatusView')
}

/** Detailed view of a subject. For record subjects, the author's repo and profile will be returned. */
export interface SubjectView {
  $type?: 'tools.ozone.moderation.defs#subjectView'
  type: ComAtprotoModerationDefs.SubjectType
  subject: string
  status?: SubjectStatusView
  repo?: RepoViewDetail
  profile?: rt.UnknownTyped
  record?: RecordViewDetail
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSubjectView(v: unknown, p: string): SubjectView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.type
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "type"')
  } else {
    try {
      ComAtprotoModerationDefs.checkSubjectType(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/type')
    }
  }
  const x2: unknown = o.subject
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "subject"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/subject must be a string')
  }
  const x3: unknown = o.status
  if (x3 !== undefined) {
    try {
      checkSubjectStatusView(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/status')
    }
  }
  const x4: unknown = o.repo
  if (x4 !== undefined) {
    try {
      checkRepoViewDetail(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/repo')
    }
  }
  const x5: unknown = o.profile
  if (x5 !== undefined) {
    if (typeof x5 !== 'object' || x5 === null || typeof (x5 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/profile must be an object which includes the "$type" property')
    const t6 = (x5 as { $type: string }).$type
    switch (t6) {
      default:
        if (t6.charCodeAt(0) === 35 || t6.indexOf('#') !== t6.lastIndexOf('#')) throw rt.invalid(p + '/profile $type is not a valid type reference')
    }
  }
  const x7: unknown = o.record
  if (x7 !== undefined) {
    try {
      checkRecordViewDetail(x7, '')
    } catch (err) {
      throw rt.within(err, p + '/record')
    }
  }
  return o as unknown as SubjectView
}

/** Validates a value as SubjectView; a failure says where, e.g. "Object/field must be a string". */
export function validateSubjectView(v: unknown): rt.ValidationResult<SubjectView> {
  return rt.run(checkSubjectView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SubjectView; it does not validate it. */
export function isSubjectView<V>(v: V): v is V & rt.Typed<SubjectView, 'tools.ozone.moderation.defs#subjectView'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#subjectView')
}

/** Statistics about a particular account subject */
export interface AccountStats {
  $type?: 'tools.ozone.moderation.defs#accountStats'
  /** Total number of reports on the account */
  reportCount?: number
  /** Total number of appeals against a moderation action on the account */
  appealCount?: number
  /** Number of times the account was suspended */
  suspendCount?: number
  /** Number of times the account was escalated */
  escalateCount?: number
  /** Number of times the account was taken down */
  takedownCount?: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkAccountStats(v: unknown, p: string): AccountStats {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.reportCount
  if (x1 !== undefined) {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/reportCount must be an integer')
  }
  const x2: unknown = o.appealCount
  if (x2 !== undefined) {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/appealCount must be an integer')
  }
  const x3: unknown = o.suspendCount
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/suspendCount must be an integer')
  }
  const x4: unknown = o.escalateCount
  if (x4 !== undefined) {
    if (!Number.isInteger(x4)) throw rt.invalid(p + '/escalateCount must be an integer')
  }
  const x5: unknown = o.takedownCount
  if (x5 !== undefined) {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/takedownCount must be an integer')
  }
  return o as unknown as AccountStats
}

/** Validates a value as AccountStats; a failure says where, e.g. "Object/field must be a string". */
export function validateAccountStats(v: unknown): rt.ValidationResult<AccountStats> {
  return rt.run(checkAccountStats, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a AccountStats; it does not validate it. */
export function isAccountStats<V>(v: V): v is V & rt.Typed<AccountStats, 'tools.ozone.moderation.defs#accountStats'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#accountStats')
}

/** Statistics about a set of record subject items */
export interface RecordsStats {
  $type?: 'tools.ozone.moderation.defs#recordsStats'
  /** Cumulative sum of the number of reports on the items in the set */
  totalReports?: number
  /** Number of items that were reported at least once */
  reportedCount?: number
  /** Number of items that were escalated at least once */
  escalatedCount?: number
  /** Number of items that were appealed at least once */
  appealedCount?: number
  /** Total number of item in the set */
  subjectCount?: number
  /** Number of item currently in "reviewOpen" or "reviewEscalated" state */
  pendingCount?: number
  /** Number of item currently in "reviewNone" or "reviewClosed" state */
  processedCount?: number
  /** Number of item currently taken down */
  takendownCount?: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRecordsStats(v: unknown, p: string): RecordsStats {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.totalReports
  if (x1 !== undefined) {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/totalReports must be an integer')
  }
  const x2: unknown = o.reportedCount
  if (x2 !== undefined) {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/reportedCount must be an integer')
  }
  const x3: unknown = o.escalatedCount
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/escalatedCount must be an integer')
  }
  const x4: unknown = o.appealedCount
  if (x4 !== undefined) {
    if (!Number.isInteger(x4)) throw rt.invalid(p + '/appealedCount must be an integer')
  }
  const x5: unknown = o.subjectCount
  if (x5 !== undefined) {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/subjectCount must be an integer')
  }
  const x6: unknown = o.pendingCount
  if (x6 !== undefined) {
    if (!Number.isInteger(x6)) throw rt.invalid(p + '/pendingCount must be an integer')
  }
  const x7: unknown = o.processedCount
  if (x7 !== undefined) {
    if (!Number.isInteger(x7)) throw rt.invalid(p + '/processedCount must be an integer')
  }
  const x8: unknown = o.takendownCount
  if (x8 !== undefined) {
    if (!Number.isInteger(x8)) throw rt.invalid(p + '/takendownCount must be an integer')
  }
  return o as unknown as RecordsStats
}

/** Validates a value as RecordsStats; a failure says where, e.g. "Object/field must be a string". */
export function validateRecordsStats(v: unknown): rt.ValidationResult<RecordsStats> {
  return rt.run(checkRecordsStats, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a RecordsStats; it does not validate it. */
export function isRecordsStats<V>(v: V): v is V & rt.Typed<RecordsStats, 'tools.ozone.moderation.defs#recordsStats'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#recordsStats')
}

/** Strike information for an account */
export interface AccountStrike {
  $type?: 'tools.ozone.moderation.defs#accountStrike'
  /** Current number of active strikes (excluding expired strikes) */
  activeStrikeCount?: number
  /** Total number of strikes ever received (including expired strikes) */
  totalStrikeCount?: number
  /** Timestamp of the first strike received */
  firstStrikeAt?: string
  /** Timestamp of the most recent strike received */
  lastStrikeAt?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkAccountStrike(v: unknown, p: string): AccountStrike {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.activeStrikeCount
  if (x1 !== undefined) {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/activeStrikeCount must be an integer')
  }
  const x2: unknown = o.totalStrikeCount
  if (x2 !== undefined) {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/totalStrikeCount must be an integer')
  }
  const x3: unknown = o.firstStrikeAt
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/firstStrikeAt must be a string')
    if (!rt.isDatetime(x3)) throw rt.invalid(p + '/firstStrikeAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x4: unknown = o.lastStrikeAt
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/lastStrikeAt must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/lastStrikeAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as AccountStrike
}

/** Validates a value as AccountStrike; a failure says where, e.g. "Object/field must be a string". */
export function validateAccountStrike(v: unknown): rt.ValidationResult<AccountStrike> {
  return rt.run(checkAccountStrike, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a AccountStrike; it does not validate it. */
export function isAccountStrike<V>(v: V): v is V & rt.Typed<AccountStrike, 'tools.ozone.moderation.defs#accountStrike'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#accountStrike')
}

export type SubjectReviewState = 'tools.ozone.moderation.defs#reviewOpen' | 'tools.ozone.moderation.defs#reviewEscalated' | 'tools.ozone.moderation.defs#reviewClosed' | 'tools.ozone.moderation.defs#reviewNone' | (string & {})

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSubjectReviewState(v: unknown, p: string): SubjectReviewState {
  if (typeof v !== 'string') throw rt.invalid(p + ' must be a string')
  return v as SubjectReviewState
}

/** Validates a value as SubjectReviewState; a failure says where, e.g. "Value/field must be a string". */
export function validateSubjectReviewState(v: unknown): rt.ValidationResult<SubjectReviewState> {
  return rt.run(checkSubjectReviewState, v, 'Value')
}

/** Moderator review status of a subject: Open. Indicates that the subject needs to be reviewed by a moderator */
export const REVIEW_OPEN = 'tools.ozone.moderation.defs#reviewOpen'

/** Moderator review status of a subject: Escalated. Indicates that the subject was escalated for review by a moderator */
export const REVIEW_ESCALATED = 'tools.ozone.moderation.defs#reviewEscalated'

/** Moderator review status of a subject: Closed. Indicates that the subject was already reviewed and resolved by a moderator */
export const REVIEW_CLOSED = 'tools.ozone.moderation.defs#reviewClosed'

/** Moderator review status of a subject: Unnecessary. Indicates that the subject does not need a review at the moment but there is probably some moderation related metadata available for it */
export const REVIEW_NONE = 'tools.ozone.moderation.defs#reviewNone'

/** Take down a subject permanently or temporarily */
export interface ModEventTakedown {
  $type?: 'tools.ozone.moderation.defs#modEventTakedown'
  comment?: string
  /** Indicates how long the takedown should be in effect before automatically expiring. */
  durationInHours?: number
  /** If true, all other reports on content authored by this account will be resolved (acknowledged). */
  acknowledgeAccountSubjects?: boolean
  /** Names/Keywords of the policies that drove the decision. */
  policies?: string[]
  /** Severity level of the violation (e.g., 'sev-0', 'sev-1', 'sev-2', etc.). */
  severityLevel?: string
  /** List of services where the takedown should be applied. If empty or not provided, takedown is applied on all configured services. */
  targetServices?: ('appview' | 'pds' | (string & {}))[]
  /** Number of strikes to assign to the user for this violation. */
  strikeCount?: number
  /** When the strike should expire. If not provided, the strike never expires. */
  strikeExpiresAt?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkModEventTakedown(v: unknown, p: string): ModEventTakedown {
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
  const x7: unknown = o.targetServices
  if (x7 !== undefined) {
    if (!Array.isArray(x7)) throw rt.invalid(p + '/targetServices must be an array')
    for (let i8 = 0; i8 < x7.length; i8++) {
      const e8: unknown = x7[i8]
      if (typeof e8 !== 'string') throw rt.invalid(p + '/targetServices' + '/' + i8 + ' must be a string')
    }
  }
  const x9: unknown = o.strikeCount
  if (x9 !== undefined) {
    if (!Number.isInteger(x9)) throw rt.invalid(p + '/strikeCount must be an integer')
  }
  const x10: unknown = o.strikeExpiresAt
  if (x10 !== undefined) {
    if (typeof x10 !== 'string') throw rt.invalid(p + '/strikeExpiresAt must be a string')
    if (!rt.isDatetime(x10)) throw rt.invalid(p + '/strikeExpiresAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as ModEventTakedown
}

/** Validates a value as ModEventTakedown; a failure says where, e.g. "Object/field must be a string". */
export function validateModEventTakedown(v: unknown): rt.ValidationResult<ModEventTakedown> {
  return rt.run(checkModEventTakedown, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ModEventTakedown; it does not validate it. */
export function isModEventTakedown<V>(v: V): v is V & rt.Typed<ModEventTakedown, 'tools.ozone.moderation.defs#modEventTakedown'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#modEventTakedown')
}

/** Revert take down action on a subject */
export interface ModEventReverseTakedown {
  $type?: 'tools.ozone.moderation.defs#modEventReverseTakedown'
  /** Describe reasoning behind the reversal. */
  comment?: string
  /** Names/Keywords of the policy infraction for which takedown is being reversed. */
  policies?: string[]
  /** Severity level of the violation. Usually set from the last policy infraction's severity. */
  severityLevel?: string
  /** Number of strikes to subtract from the user's strike count. Usually set from the last policy infraction's severity. */
  strikeCount?: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkModEventReverseTakedown(v: unknown, p: string): ModEventReverseTakedown {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.comment
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  const x2: unknown = o.policies
  if (x2 !== undefined) {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/policies must be an array')
    if (x2.length > 5) throw rt.invalid(p + '/policies must not have more than 5 elements')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      if (typeof e3 !== 'string') throw rt.invalid(p + '/policies' + '/' + i3 + ' must be a string')
    }
  }
  const x4: unknown = o.severityLevel
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/severityLevel must be a string')
  }
  const x5: unknown = o.strikeCount
  if (x5 !== undefined) {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/strikeCount must be an integer')
  }
  return o as unknown as ModEventReverseTakedown
}

/** Validates a value as ModEventReverseTakedown; a failure says where, e.g. "Object/field must be a string". */
export function validateModEventReverseTakedown(v: unknown): rt.ValidationResult<ModEventReverseTakedown> {
  return rt.run(checkModEventReverseTakedown, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ModEventReverseTakedown; it does not validate it. */
export function isModEventReverseTakedown<V>(v: V): v is V & rt.Typed<ModEventReverseTakedown, 'tools.ozone.moderation.defs#modEventReverseTakedown'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#modEventReverseTakedown')
}

/** Resolve appeal on a subject */
export interface ModEventResolveAppeal {
  $type?: 'tools.ozone.moderation.defs#modEventResolveAppeal'
  /** Describe resolution. */
  comment?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkModEventResolveAppeal(v: unknown, p: string): ModEventResolveAppeal {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.comment
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  return o as unknown as ModEventResolveAppeal
}

/** Validates a value as ModEventResolveAppeal; a failure says where, e.g. "Object/field must be a string". */
export function validateModEventResolveAppeal(v: unknown): rt.ValidationResult<ModEventResolveAppeal> {
  return rt.run(checkModEventResolveAppeal, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ModEventResolveAppeal; it does not validate it. */
export function isModEventResolveAppeal<V>(v: V): v is V & rt.Typed<ModEventResolveAppeal, 'tools.ozone.moderation.defs#modEventResolveAppeal'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#modEventResolveAppeal')
}

/** Add a comment to a subject. An empty comment will clear any previously set sticky comment. */
export interface ModEventComment {
  $type?: 'tools.ozone.moderation.defs#modEventComment'
  comment?: string
  /** Make the comment persistent on the subject */
  sticky?: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkModEventComment(v: unknown, p: string): ModEventComment {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.comment
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  const x2: unknown = o.sticky
  if (x2 !== undefined) {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/sticky must be a boolean')
  }
  return o as unknown as ModEventComment
}

/** Validates a value as ModEventComment; a failure says where, e.g. "Object/field must be a string". */
export function validateModEventComment(v: unknown): rt.ValidationResult<ModEventComment> {
  return rt.run(checkModEventComment, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ModEventComment; it does not validate it. */
export function isModEventComment<V>(v: V): v is V & rt.Typed<ModEventComment, 'tools.ozone.moderation.defs#modEventComment'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#modEventComment')
}

/** Report a subject */
export interface ModEventReport {
  $type?: 'tools.ozone.moderation.defs#modEventReport'
  comment?: string
  /** Set to true if the reporter was muted from reporting at the time of the event. These reports won't impact the reviewState of the subject. */
  isReporterMuted?: boolean
  reportType: ComAtprotoModerationDefs.ReasonType
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkModEventReport(v: unknown, p: string): ModEventReport {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.comment
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  const x2: unknown = o.isReporterMuted
  if (x2 !== undefined) {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/isReporterMuted must be a boolean')
  }
  const x3: unknown = o.reportType
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "reportType"')
  } else {
    try {
      ComAtprotoModerationDefs.checkReasonType(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/reportType')
    }
  }
  return o as unknown as ModEventReport
}

/** Validates a value as ModEventReport; a failure says where, e.g. "Object/field must be a string". */
export function validateModEventReport(v: unknown): rt.ValidationResult<ModEventReport> {
  return rt.run(checkModEventReport, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ModEventReport; it does not validate it. */
export function isModEventReport<V>(v: V): v is V & rt.Typed<ModEventReport, 'tools.ozone.moderation.defs#modEventReport'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#modEventReport')
}

/** Apply/Negate labels on a subject */
export interface ModEventLabel {
  $type?: 'tools.ozone.moderation.defs#modEventLabel'
  comment?: string
  createLabelVals: string[]
  negateLabelVals: string[]
  /** Indicates how long the label will remain on the subject. Only applies on labels that are being added. */
  durationInHours?: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkModEventLabel(v: unknown, p: string): ModEventLabel {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.comment
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  const x2: unknown = o.createLabelVals
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "createLabelVals"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/createLabelVals must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      if (typeof e3 !== 'string') throw rt.invalid(p + '/createLabelVals' + '/' + i3 + ' must be a string')
    }
  }
  const x4: unknown = o.negateLabelVals
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "negateLabelVals"')
  } else {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/negateLabelVals must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      if (typeof e5 !== 'string') throw rt.invalid(p + '/negateLabelVals' + '/' + i5 + ' must be a string')
    }
  }
  const x6: unknown = o.durationInHours
  if (x6 !== undefined) {
    if (!Number.isInteger(x6)) throw rt.invalid(p + '/durationInHours must be an integer')
  }
  return o as unknown as ModEventLabel
}

/** Validates a value as ModEventLabel; a failure says where, e.g. "Object/field must be a string". */
export function validateModEventLabel(v: unknown): rt.ValidationResult<ModEventLabel> {
  return rt.run(checkModEventLabel, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ModEventLabel; it does not validate it. */
export function isModEventLabel<V>(v: V): v is V & rt.Typed<ModEventLabel, 'tools.ozone.moderation.defs#modEventLabel'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#modEventLabel')
}

/** Set priority score of the subject. Higher score means higher priority. */
export interface ModEventPriorityScore {
  $type?: 'tools.ozone.moderation.defs#modEventPriorityScore'
  comment?: string
  score: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkModEventPriorityScore(v: unknown, p: string): ModEventPriorityScore {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.comment
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  const x2: unknown = o.score
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "score"')
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/score must be an integer')
    if ((x2 as number) > 100) throw rt.invalid(p + '/score can not be greater than 100')
    if ((x2 as number) < 0) throw rt.invalid(p + '/score can not be less than 0')
  }
  return o as unknown as ModEventPriorityScore
}

/** Validates a value as ModEventPriorityScore; a failure says where, e.g. "Object/field must be a string". */
export function validateModEventPriorityScore(v: unknown): rt.ValidationResult<ModEventPriorityScore> {
  return rt.run(checkModEventPriorityScore, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ModEventPriorityScore; it does not validate it. */
export function isModEventPriorityScore<V>(v: V): v is V & rt.Typed<ModEventPriorityScore, 'tools.ozone.moderation.defs#modEventPriorityScore'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#modEventPriorityScore')
}

/** Age assurance info coming directly from users. Only works on DID subjects. */
export interface AgeAssuranceEvent {
  $type?: 'tools.ozone.moderation.defs#ageAssuranceEvent'
  /** The date and time of this write operation. */
  createdAt: string
  /** The unique identifier for this instance of the age assurance flow, in UUID format. */
  attemptId: string
  /** The status of the Age Assurance process. */
  status: 'unknown' | 'pending' | 'assured' | (string & {})
  access?: AppBskyAgeassuranceDefs.Access
  /** The ISO 3166-1 alpha-2 country code provided when beginning the Age Assurance flow. */
  countryCode?: string
  /** The ISO 3166-2 region code provided when beginning the Age Assurance flow. */
  regionCode?: string
  /** The IP address used when initiating the AA flow. */
  initIp?: string
  /** The user agent used when initiating the AA flow. */
  initUa?: string
  /** The IP address used when completing the AA flow. */
  completeIp?: string
  /** The user agent used when completing the AA flow. */
  completeUa?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkAgeAssuranceEvent(v: unknown, p: string): AgeAssuranceEvent {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.createdAt
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x1)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x2: unknown = o.attemptId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "attemptId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/attemptId must be a string')
  }
  const x3: unknown = o.status
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "status"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/status must be a string')
  }
  const x4: unknown = o.access
  if (x4 !== undefined) {
    try {
      AppBskyAgeassuranceDefs.checkAccess(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/access')
    }
  }
  const x5: unknown = o.countryCode
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/countryCode must be a string')
  }
  const x6: unknown = o.regionCode
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/regionCode must be a string')
  }
  const x7: unknown = o.initIp
  if (x7 !== undefined) {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/initIp must be a string')
  }
  const x8: unknown = o.initUa
  if (x8 !== undefined) {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/initUa must be a string')
  }
  const x9: unknown = o.completeIp
  if (x9 !== undefined) {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/completeIp must be a string')
  }
  const x10: unknown = o.completeUa
  if (x10 !== undefined) {
    if (typeof x10 !== 'string') throw rt.invalid(p + '/completeUa must be a string')
  }
  return o as unknown as AgeAssuranceEvent
}

/** Validates a value as AgeAssuranceEvent; a failure says where, e.g. "Object/field must be a string". */
export function validateAgeAssuranceEvent(v: unknown): rt.ValidationResult<AgeAssuranceEvent> {
  return rt.run(checkAgeAssuranceEvent, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a AgeAssuranceEvent; it does not validate it. */
export function isAgeAssuranceEvent<V>(v: V): v is V & rt.Typed<AgeAssuranceEvent, 'tools.ozone.moderation.defs#ageAssuranceEvent'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#ageAssuranceEvent')
}

/** Age assurance status override by moderators. Only works on DID subjects. */
export interface AgeAssuranceOverrideEvent {
  $type?: 'tools.ozone.moderation.defs#ageAssuranceOverrideEvent'
  /** The status to be set for the user decided by a moderator, overriding whatever value the user had previously. Use reset to default to original state. */
  status: 'assured' | 'reset' | 'blocked' | (string & {})
  access?: AppBskyAgeassuranceDefs.Access
  /** Comment describing the reason for the override. */
  comment: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkAgeAssuranceOverrideEvent(v: unknown, p: string): AgeAssuranceOverrideEvent {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.status
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "status"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/status must be a string')
  }
  const x2: unknown = o.access
  if (x2 !== undefined) {
    try {
      AppBskyAgeassuranceDefs.checkAccess(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/access')
    }
  }
  const x3: unknown = o.comment
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "comment"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/comment must be a string')
    if (x3.length < 1 && (x3.length * 3 < 1 || rt.utf8Len(x3) < 1)) throw rt.invalid(p + '/comment must not be shorter than 1 characters')
  }
  return o as unknown as AgeAssuranceOverrideEvent
}

/** Validates a value as AgeAssuranceOverrideEvent; a failure says where, e.g. "Object/field must be a string". */
export function validateAgeAssuranceOverrideEvent(v: unknown): rt.ValidationResult<AgeAssuranceOverrideEvent> {
  return rt.run(checkAgeAssuranceOverrideEvent, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a AgeAssuranceOverrideEvent; it does not validate it. */
export function isAgeAssuranceOverrideEvent<V>(v: V): v is V & rt.Typed<AgeAssuranceOverrideEvent, 'tools.ozone.moderation.defs#ageAssuranceOverrideEvent'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#ageAssuranceOverrideEvent')
}

/** Purges all age assurance events for the subject. Only works on DID subjects. Moderator-only. */
export interface AgeAssurancePurgeEvent {
  $type?: 'tools.ozone.moderation.defs#ageAssurancePurgeEvent'
  /** Comment describing the reason for the purge. */
  comment: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkAgeAssurancePurgeEvent(v: unknown, p: string): AgeAssurancePurgeEvent {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.comment
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "comment"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/comment must be a string')
    if (x1.length < 1 && (x1.length * 3 < 1 || rt.utf8Len(x1) < 1)) throw rt.invalid(p + '/comment must not be shorter than 1 characters')
  }
  return o as unknown as AgeAssurancePurgeEvent
}

/** Validates a value as AgeAssurancePurgeEvent; a failure says where, e.g. "Object/field must be a string". */
export function validateAgeAssurancePurgeEvent(v: unknown): rt.ValidationResult<AgeAssurancePurgeEvent> {
  return rt.run(checkAgeAssurancePurgeEvent, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a AgeAssurancePurgeEvent; it does not validate it. */
export function isAgeAssurancePurgeEvent<V>(v: V): v is V & rt.Typed<AgeAssurancePurgeEvent, 'tools.ozone.moderation.defs#ageAssurancePurgeEvent'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#ageAssurancePurgeEvent')
}

/** Account credentials revocation by moderators. Only works on DID subjects. */
export interface RevokeAccountCredentialsEvent {
  $type?: 'tools.ozone.moderation.defs#revokeAccountCredentialsEvent'
  /** Comment describing the reason for the revocation. */
  comment: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRevokeAccountCredentialsEvent(v: unknown, p: string): RevokeAccountCredentialsEvent {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.comment
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "comment"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/comment must be a string')
    if (x1.length < 1 && (x1.length * 3 < 1 || rt.utf8Len(x1) < 1)) throw rt.invalid(p + '/comment must not be shorter than 1 characters')
  }
  return o as unknown as RevokeAccountCredentialsEvent
}

/** Validates a value as RevokeAccountCredentialsEvent; a failure says where, e.g. "Object/field must be a string". */
export function validateRevokeAccountCredentialsEvent(v: unknown): rt.ValidationResult<RevokeAccountCredentialsEvent> {
  return rt.run(checkRevokeAccountCredentialsEvent, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a RevokeAccountCredentialsEvent; it does not validate it. */
export function isRevokeAccountCredentialsEvent<V>(v: V): v is V & rt.Typed<RevokeAccountCredentialsEvent, 'tools.ozone.moderation.defs#revokeAccountCredentialsEvent'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#revokeAccountCredentialsEvent')
}

export interface ModEventAcknowledge {
  $type?: 'tools.ozone.moderation.defs#modEventAcknowledge'
  comment?: string
  /** If true, all other reports on content authored by this account will be resolved (acknowledged). */
  acknowledgeAccountSubjects?: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkModEventAcknowledge(v: unknown, p: string): ModEventAcknowledge {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.comment
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  const x2: unknown = o.acknowledgeAccountSubjects
  if (x2 !== undefined) {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/acknowledgeAccountSubjects must be a boolean')
  }
  return o as unknown as ModEventAcknowledge
}

/** Validates a value as ModEventAcknowledge; a failure says where, e.g. "Object/field must be a string". */
export function validateModEventAcknowledge(v: unknown): rt.ValidationResult<ModEventAcknowledge> {
  return rt.run(checkModEventAcknowledge, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ModEventAcknowledge; it does not validate it. */
export function isModEventAcknowledge<V>(v: V): v is V & rt.Typed<ModEventAcknowledge, 'tools.ozone.moderation.defs#modEventAcknowledge'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#modEventAcknowledge')
}

export interface ModEventEscalate {
  $type?: 'tools.ozone.moderation.defs#modEventEscalate'
  comment?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkModEventEscalate(v: unknown, p: string): ModEventEscalate {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.comment
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  return o as unknown as ModEventEscalate
}

/** Validates a value as ModEventEscalate; a failure says where, e.g. "Object/field must be a string". */
export function validateModEventEscalate(v: unknown): rt.ValidationResult<ModEventEscalate> {
  return rt.run(checkModEventEscalate, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ModEventEscalate; it does not validate it. */
export function isModEventEscalate<V>(v: V): v is V & rt.Typed<ModEventEscalate, 'tools.ozone.moderation.defs#modEventEscalate'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#modEventEscalate')
}

/** Mute incoming reports on a subject */
export interface ModEventMute {
  $type?: 'tools.ozone.moderation.defs#modEventMute'
  comment?: string
  /** Indicates how long the subject should remain muted. */
  durationInHours: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkModEventMute(v: unknown, p: string): ModEventMute {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.comment
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  const x2: unknown = o.durationInHours
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "durationInHours"')
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/durationInHours must be an integer')
  }
  return o as unknown as ModEventMute
}

/** Validates a value as ModEventMute; a failure says where, e.g. "Object/field must be a string". */
export function validateModEventMute(v: unknown): rt.ValidationResult<ModEventMute> {
  return rt.run(checkModEventMute, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ModEventMute; it does not validate it. */
export function isModEventMute<V>(v: V): v is V & rt.Typed<ModEventMute, 'tools.ozone.moderation.defs#modEventMute'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#modEventMute')
}

/** Unmute action on a subject */
export interface ModEventUnmute {
  $type?: 'tools.ozone.moderation.defs#modEventUnmute'
  /** Describe reasoning behind the reversal. */
  comment?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkModEventUnmute(v: unknown, p: string): ModEventUnmute {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.comment
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  return o as unknown as ModEventUnmute
}

/** Validates a value as ModEventUnmute; a failure says where, e.g. "Object/field must be a string". */
export function validateModEventUnmute(v: unknown): rt.ValidationResult<ModEventUnmute> {
  return rt.run(checkModEventUnmute, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ModEventUnmute; it does not validate it. */
export function isModEventUnmute<V>(v: V): v is V & rt.Typed<ModEventUnmute, 'tools.ozone.moderation.defs#modEventUnmute'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#modEventUnmute')
}

/** Mute incoming reports from an account */
export interface ModEventMuteReporter {
  $type?: 'tools.ozone.moderation.defs#modEventMuteReporter'
  comment?: string
  /** Indicates how long the account should remain muted. Falsy value here means a permanent mute. */
  durationInHours?: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkModEventMuteReporter(v: unknown, p: string): ModEventMuteReporter {
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
  return o as unknown as ModEventMuteReporter
}

/** Validates a value as ModEventMuteReporter; a failure says where, e.g. "Object/field must be a string". */
export function validateModEventMuteReporter(v: unknown): rt.ValidationResult<ModEventMuteReporter> {
  return rt.run(checkModEventMuteReporter, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ModEventMuteReporter; it does not validate it. */
export function isModEventMuteReporter<V>(v: V): v is V & rt.Typed<ModEventMuteReporter, 'tools.ozone.moderation.defs#modEventMuteReporter'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#modEventMuteReporter')
}

/** Unmute incoming reports from an account */
export interface ModEventUnmuteReporter {
  $type?: 'tools.ozone.moderation.defs#modEventUnmuteReporter'
  /** Describe reasoning behind the reversal. */
  comment?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkModEventUnmuteReporter(v: unknown, p: string): ModEventUnmuteReporter {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.comment
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  return o as unknown as ModEventUnmuteReporter
}

/** Validates a value as ModEventUnmuteReporter; a failure says where, e.g. "Object/field must be a string". */
export function validateModEventUnmuteReporter(v: unknown): rt.ValidationResult<ModEventUnmuteReporter> {
  return rt.run(checkModEventUnmuteReporter, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ModEventUnmuteReporter; it does not validate it. */
export function isModEventUnmuteReporter<V>(v: V): v is V & rt.Typed<ModEventUnmuteReporter, 'tools.ozone.moderation.defs#modEventUnmuteReporter'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#modEventUnmuteReporter')
}

/** Keep a log of outgoing email to a user */
export interface ModEventEmail {
  $type?: 'tools.ozone.moderation.defs#modEventEmail'
  /** The subject line of the email sent to the user. */
  subjectLine: string
  /** The content of the email sent to the user. */
  content?: string
  /** Additional comment about the outgoing comm. */
  comment?: string
  /** Names/Keywords of the policies that necessitated the email. */
  policies?: string[]
  /** Severity level of the violation. Normally 'sev-1' that adds strike on repeat offense */
  severityLevel?: string
  /** Number of strikes to assign to the user for this violation. Normally 0 as an indicator of a warning and only added as a strike on a repeat offense. */
  strikeCount?: number
  /** When the strike should expire. If not provided, the strike never expires. */
  strikeExpiresAt?: string
  /** Indicates whether the email was successfully delivered to the user's inbox. */
  isDelivered?: boolean
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkModEventEmail(v: unknown, p: string): ModEventEmail {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.subjectLine
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "subjectLine"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/subjectLine must be a string')
  }
  const x2: unknown = o.content
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/content must be a string')
  }
  const x3: unknown = o.comment
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/comment must be a string')
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
  const x9: unknown = o.isDelivered
  if (x9 !== undefined) {
    if (typeof x9 !== 'boolean') throw rt.invalid(p + '/isDelivered must be a boolean')
  }
  return o as unknown as ModEventEmail
}

/** Validates a value as ModEventEmail; a failure says where, e.g. "Object/field must be a string". */
export function validateModEventEmail(v: unknown): rt.ValidationResult<ModEventEmail> {
  return rt.run(checkModEventEmail, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ModEventEmail; it does not validate it. */
export function isModEventEmail<V>(v: V): v is V & rt.Typed<ModEventEmail, 'tools.ozone.moderation.defs#modEventEmail'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#modEventEmail')
}

/** Divert a record's blobs to a 3rd party service for further scanning/tagging */
export interface ModEventDivert {
  $type?: 'tools.ozone.moderation.defs#modEventDivert'
  comment?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkModEventDivert(v: unknown, p: string): ModEventDivert {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.comment
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  return o as unknown as ModEventDivert
}

/** Validates a value as ModEventDivert; a failure says where, e.g. "Object/field must be a string". */
export function validateModEventDivert(v: unknown): rt.ValidationResult<ModEventDivert> {
  return rt.run(checkModEventDivert, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ModEventDivert; it does not validate it. */
export function isModEventDivert<V>(v: V): v is V & rt.Typed<ModEventDivert, 'tools.ozone.moderation.defs#modEventDivert'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#modEventDivert')
}

/** Add/Remove a tag on a subject */
export interface ModEventTag {
  $type?: 'tools.ozone.moderation.defs#modEventTag'
  /** Tags to be added to the subject. If already exists, won't be duplicated. */
  add: string[]
  /** Tags to be removed to the subject. Ignores a tag If it doesn't exist, won't be duplicated. */
  remove: string[]
  /** Additional comment about added/removed tags. */
  comment?: string
  /** Indicates how long the tags being added should remain before automatically being removed. Only applies to tags being added. */
  durationInHours?: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkModEventTag(v: unknown, p: string): ModEventTag {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.add
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "add"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/add must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      if (typeof e2 !== 'string') throw rt.invalid(p + '/add' + '/' + i2 + ' must be a string')
    }
  }
  const x3: unknown = o.remove
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "remove"')
  } else {
    if (!Array.isArray(x3)) throw rt.invalid(p + '/remove must be an array')
    for (let i4 = 0; i4 < x3.length; i4++) {
      const e4: unknown = x3[i4]
      if (typeof e4 !== 'string') throw rt.invalid(p + '/remove' + '/' + i4 + ' must be a string')
    }
  }
  const x5: unknown = o.comment
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  const x6: unknown = o.durationInHours
  if (x6 !== undefined) {
    if (!Number.isInteger(x6)) throw rt.invalid(p + '/durationInHours must be an integer')
  }
  return o as unknown as ModEventTag
}

/** Validates a value as ModEventTag; a failure says where, e.g. "Object/field must be a string". */
export function validateModEventTag(v: unknown): rt.ValidationResult<ModEventTag> {
  return rt.run(checkModEventTag, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ModEventTag; it does not validate it. */
export function isModEventTag<V>(v: V): v is V & rt.Typed<ModEventTag, 'tools.ozone.moderation.defs#modEventTag'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#modEventTag')
}

/** Logs account status related events on a repo subject. Normally captured by automod from the firehose and emitted to ozone for historical tracking. */
export interface AccountEvent {
  $type?: 'tools.ozone.moderation.defs#accountEvent'
  comment?: string
  /** Indicates that the account has a repository which can be fetched from the host that emitted this event. */
  active: boolean
  status?: 'unknown' | 'deactivated' | 'deleted' | 'takendown' | 'suspended' | 'tombstoned' | (string & {})
  timestamp: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkAccountEvent(v: unknown, p: string): AccountEvent {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.comment
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  const x2: unknown = o.active
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "active"')
  } else {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/active must be a boolean')
  }
  const x3: unknown = o.status
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/status must be a string')
  }
  const x4: unknown = o.timestamp
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "timestamp"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/timestamp must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/timestamp must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as AccountEvent
}

/** Validates a value as AccountEvent; a failure says where, e.g. "Object/field must be a string". */
export function validateAccountEvent(v: unknown): rt.ValidationResult<AccountEvent> {
  return rt.run(checkAccountEvent, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a AccountEvent; it does not validate it. */
export function isAccountEvent<V>(v: V): v is V & rt.Typed<AccountEvent, 'tools.ozone.moderation.defs#accountEvent'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#accountEvent')
}

/** Logs identity related events on a repo subject. Normally captured by automod from the firehose and emitted to ozone for historical tracking. */
export interface IdentityEvent {
  $type?: 'tools.ozone.moderation.defs#identityEvent'
  comment?: string
  handle?: string
  pdsHost?: string
  tombstone?: boolean
  timestamp: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkIdentityEvent(v: unknown, p: string): IdentityEvent {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.comment
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  const x2: unknown = o.handle
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/handle must be a string')
    if (!rt.isHandle(x2)) throw rt.invalid(p + '/handle must be a valid handle')
  }
  const x3: unknown = o.pdsHost
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/pdsHost must be a string')
    if (!rt.isUri(x3)) throw rt.invalid(p + '/pdsHost must be a uri')
  }
  const x4: unknown = o.tombstone
  if (x4 !== undefined) {
    if (typeof x4 !== 'boolean') throw rt.invalid(p + '/tombstone must be a boolean')
  }
  const x5: unknown = o.timestamp
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "timestamp"')
  } else {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/timestamp must be a string')
    if (!rt.isDatetime(x5)) throw rt.invalid(p + '/timestamp must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as IdentityEvent
}

/** Validates a value as IdentityEvent; a failure says where, e.g. "Object/field must be a string". */
export function validateIdentityEvent(v: unknown): rt.ValidationResult<IdentityEvent> {
  return rt.run(checkIdentityEvent, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a IdentityEvent; it does not validate it. */
export function isIdentityEvent<V>(v: V): v is V & rt.Typed<IdentityEvent, 'tools.ozone.moderation.defs#identityEvent'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#identityEvent')
}

/** Logs lifecycle event on a record subject. Normally captured by automod from the firehose and emitted to ozone for historical tracking. */
export interface RecordEvent {
  $type?: 'tools.ozone.moderation.defs#recordEvent'
  comment?: string
  op: 'create' | 'update' | 'delete' | (string & {})
  cid?: string
  timestamp: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRecordEvent(v: unknown, p: string): RecordEvent {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.comment
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  const x2: unknown = o.op
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "op"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/op must be a string')
  }
  const x3: unknown = o.cid
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/cid must be a string')
    if (!rt.isCid(x3)) throw rt.invalid(p + '/cid must be a cid string')
  }
  const x4: unknown = o.timestamp
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "timestamp"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/timestamp must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/timestamp must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as RecordEvent
}

/** Validates a value as RecordEvent; a failure says where, e.g. "Object/field must be a string". */
export function validateRecordEvent(v: unknown): rt.ValidationResult<RecordEvent> {
  return rt.run(checkRecordEvent, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a RecordEvent; it does not validate it. */
export function isRecordEvent<V>(v: V): v is V & rt.Typed<RecordEvent, 'tools.ozone.moderation.defs#recordEvent'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#recordEvent')
}

/** Logs a scheduled takedown action for an account. */
export interface ScheduleTakedownEvent {
  $type?: 'tools.ozone.moderation.defs#scheduleTakedownEvent'
  comment?: string
  executeAt?: string
  executeAfter?: string
  executeUntil?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkScheduleTakedownEvent(v: unknown, p: string): ScheduleTakedownEvent {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.comment
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  const x2: unknown = o.executeAt
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/executeAt must be a string')
    if (!rt.isDatetime(x2)) throw rt.invalid(p + '/executeAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x3: unknown = o.executeAfter
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/executeAfter must be a string')
    if (!rt.isDatetime(x3)) throw rt.invalid(p + '/executeAfter must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x4: unknown = o.executeUntil
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/executeUntil must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/executeUntil must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as ScheduleTakedownEvent
}

/** Validates a value as ScheduleTakedownEvent; a failure says where, e.g. "Object/field must be a string". */
export function validateScheduleTakedownEvent(v: unknown): rt.ValidationResult<ScheduleTakedownEvent> {
  return rt.run(checkScheduleTakedownEvent, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ScheduleTakedownEvent; it does not validate it. */
export function isScheduleTakedownEvent<V>(v: V): v is V & rt.Typed<ScheduleTakedownEvent, 'tools.ozone.moderation.defs#scheduleTakedownEvent'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#scheduleTakedownEvent')
}

/** Logs cancellation of a scheduled takedown action for an account. */
export interface CancelScheduledTakedownEvent {
  $type?: 'tools.ozone.moderation.defs#cancelScheduledTakedownEvent'
  comment?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkCancelScheduledTakedownEvent(v: unknown, p: string): CancelScheduledTakedownEvent {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.comment
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  return o as unknown as CancelScheduledTakedownEvent
}

/** Validates a value as CancelScheduledTakedownEvent; a failure says where, e.g. "Object/field must be a string". */
export function validateCancelScheduledTakedownEvent(v: unknown): rt.ValidationResult<CancelScheduledTakedownEvent> {
  return rt.run(checkCancelScheduledTakedownEvent, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a CancelScheduledTakedownEvent; it does not validate it. */
export function isCancelScheduledTakedownEvent<V>(v: V): v is V & rt.Typed<CancelScheduledTakedownEvent, 'tools.ozone.moderation.defs#cancelScheduledTakedownEvent'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#cancelScheduledTakedownEvent')
}

export interface RepoView {
  $type?: 'tools.ozone.moderation.defs#repoView'
  did: string
  handle: string
  email?: string
  relatedRecords: ({ [key: string]: unknown })[]
  indexedAt: string
  moderation: Moderation
  invitedBy?: ComAtprotoServerDefs.InviteCode
  invitesDisabled?: boolean
  inviteNote?: string
  deactivatedAt?: string
  threatSignatures?: ComAtprotoAdminDefs.ThreatSignature[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRepoView(v: unknown, p: string): RepoView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x2: unknown = o.handle
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "handle"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/handle must be a string')
    if (!rt.isHandle(x2)) throw rt.invalid(p + '/handle must be a valid handle')
  }
  const x3: unknown = o.email
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/email must be a string')
  }
  const x4: unknown = o.relatedRecords
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "relatedRecords"')
  } else {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/relatedRecords must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      if (!rt.isPlainObject(e5)) throw rt.invalid(p + '/relatedRecords' + '/' + i5 + ' must be an object')
    }
  }
  const x6: unknown = o.indexedAt
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "indexedAt"')
  } else {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/indexedAt must be a string')
    if (!rt.isDatetime(x6)) throw rt.invalid(p + '/indexedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x7: unknown = o.moderation
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "moderation"')
  } else {
    try {
      checkModeration(x7, '')
    } catch (err) {
      throw rt.within(err, p + '/moderation')
    }
  }
  const x8: unknown = o.invitedBy
  if (x8 !== undefined) {
    try {
      ComAtprotoServerDefs.checkInviteCode(x8, '')
    } catch (err) {
      throw rt.within(err, p + '/invitedBy')
    }
  }
  const x9: unknown = o.invitesDisabled
  if (x9 !== undefined) {
    if (typeof x9 !== 'boolean') throw rt.invalid(p + '/invitesDisabled must be a boolean')
  }
  const x10: unknown = o.inviteNote
  if (x10 !== undefined) {
    if (typeof x10 !== 'string') throw rt.invalid(p + '/inviteNote must be a string')
  }
  const x11: unknown = o.deactivatedAt
  if (x11 !== undefined) {
    if (typeof x11 !== 'string') throw rt.invalid(p + '/deactivatedAt must be a string')
    if (!rt.isDatetime(x11)) throw rt.invalid(p + '/deactivatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x12: unknown = o.threatSignatures
  if (x12 !== undefined) {
    if (!Array.isArray(x12)) throw rt.invalid(p + '/threatSignatures must be an array')
    for (let i13 = 0; i13 < x12.length; i13++) {
      const e13: unknown = x12[i13]
      try {
        ComAtprotoAdminDefs.checkThreatSignature(e13, '')
      } catch (err) {
        throw rt.within(err, p + '/threatSignatures' + '/' + i13)
      }
    }
  }
  return o as unknown as RepoView
}

/** Validates a value as RepoView; a failure says where, e.g. "Object/field must be a string". */
export function validateRepoView(v: unknown): rt.ValidationResult<RepoView> {
  return rt.run(checkRepoView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a RepoView; it does not validate it. */
export function isRepoView<V>(v: V): v is V & rt.Typed<RepoView, 'tools.ozone.moderation.defs#repoView'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#repoView')
}

export interface RepoViewDetail {
  $type?: 'tools.ozone.moderation.defs#repoViewDetail'
  did: string
  handle: string
  email?: string
  relatedRecords: ({ [key: string]: unknown })[]
  indexedAt: string
  moderation: ModerationDetail
  labels?: ComAtprotoLabelDefs.Label[]
  invitedBy?: ComAtprotoServerDefs.InviteCode
  invites?: ComAtprotoServerDefs.InviteCode[]
  invitesDisabled?: boolean
  inviteNote?: string
  emailConfirmedAt?: string
  deactivatedAt?: string
  threatSignatures?: ComAtprotoAdminDefs.ThreatSignature[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRepoViewDetail(v: unknown, p: string): RepoViewDetail {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x2: unknown = o.handle
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "handle"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/handle must be a string')
    if (!rt.isHandle(x2)) throw rt.invalid(p + '/handle must be a valid handle')
  }
  const x3: unknown = o.email
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/email must be a string')
  }
  const x4: unknown = o.relatedRecords
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "relatedRecords"')
  } else {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/relatedRecords must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      if (!rt.isPlainObject(e5)) throw rt.invalid(p + '/relatedRecords' + '/' + i5 + ' must be an object')
    }
  }
  const x6: unknown = o.indexedAt
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "indexedAt"')
  } else {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/indexedAt must be a string')
    if (!rt.isDatetime(x6)) throw rt.invalid(p + '/indexedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x7: unknown = o.moderation
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "moderation"')
  } else {
    try {
      checkModerationDetail(x7, '')
    } catch (err) {
      throw rt.within(err, p + '/moderation')
    }
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
  const x10: unknown = o.invitedBy
  if (x10 !== undefined) {
    try {
      ComAtprotoServerDefs.checkInviteCode(x10, '')
    } catch (err) {
      throw rt.within(err, p + '/invitedBy')
    }
  }
  const x11: unknown = o.invites
  if (x11 !== undefined) {
    if (!Array.isArray(x11)) throw rt.invalid(p + '/invites must be an array')
    for (let i12 = 0; i12 < x11.length; i12++) {
      const e12: unknown = x11[i12]
      try {
        ComAtprotoServerDefs.checkInviteCode(e12, '')
      } catch (err) {
        throw rt.within(err, p + '/invites' + '/' + i12)
      }
    }
  }
  const x13: unknown = o.invitesDisabled
  if (x13 !== undefined) {
    if (typeof x13 !== 'boolean') throw rt.invalid(p + '/invitesDisabled must be a boolean')
  }
  const x14: unknown = o.inviteNote
  if (x14 !== undefined) {
    if (typeof x14 !== 'string') throw rt.invalid(p + '/inviteNote must be a string')
  }
  const x15: unknown = o.emailConfirmedAt
  if (x15 !== undefined) {
    if (typeof x15 !== 'string') throw rt.invalid(p + '/emailConfirmedAt must be a string')
    if (!rt.isDatetime(x15)) throw rt.invalid(p + '/emailConfirmedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x16: unknown = o.deactivatedAt
  if (x16 !== undefined) {
    if (typeof x16 !== 'string') throw rt.invalid(p + '/deactivatedAt must be a string')
    if (!rt.isDatetime(x16)) throw rt.invalid(p + '/deactivatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x17: unknown = o.threatSignatures
  if (x17 !== undefined) {
    if (!Array.isArray(x17)) throw rt.invalid(p + '/threatSignatures must be an array')
    for (let i18 = 0; i18 < x17.length; i18++) {
      const e18: unknown = x17[i18]
      try {
        ComAtprotoAdminDefs.checkThreatSignature(e18, '')
      } catch (err) {
        throw rt.within(err, p + '/threatSignatures' + '/' + i18)
      }
    }
  }
  return o as unknown as RepoViewDetail
}

/** Validates a value as RepoViewDetail; a failure says where, e.g. "Object/field must be a string". */
export function validateRepoViewDetail(v: unknown): rt.ValidationResult<RepoViewDetail> {
  return rt.run(checkRepoViewDetail, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a RepoViewDetail; it does not validate it. */
export function isRepoViewDetail<V>(v: V): v is V & rt.Typed<RepoViewDetail, 'tools.ozone.moderation.defs#repoViewDetail'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#repoViewDetail')
}

export interface RepoViewNotFound {
  $type?: 'tools.ozone.moderation.defs#repoViewNotFound'
  did: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRepoViewNotFound(v: unknown, p: string): RepoViewNotFound {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  return o as unknown as RepoViewNotFound
}

/** Validates a value as RepoViewNotFound; a failure says where, e.g. "Object/field must be a string". */
export function validateRepoViewNotFound(v: unknown): rt.ValidationResult<RepoViewNotFound> {
  return rt.run(checkRepoViewNotFound, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a RepoViewNotFound; it does not validate it. */
export function isRepoViewNotFound<V>(v: V): v is V & rt.Typed<RepoViewNotFound, 'tools.ozone.moderation.defs#repoViewNotFound'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#repoViewNotFound')
}

export interface RecordView {
  $type?: 'tools.ozone.moderation.defs#recordView'
  uri: string
  cid: string
  value: { [key: string]: unknown }
  blobCids: string[]
  indexedAt: string
  moderation: Moderation
  repo: RepoView
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRecordView(v: unknown, p: string): RecordView {
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
  const x3: unknown = o.value
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "value"')
  } else {
    if (!rt.isPlainObject(x3)) throw rt.invalid(p + '/value must be an object')
  }
  const x4: unknown = o.blobCids
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "blobCids"')
  } else {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/blobCids must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      if (typeof e5 !== 'string') throw rt.invalid(p + '/blobCids' + '/' + i5 + ' must be a string')
      if (!rt.isCid(e5)) throw rt.invalid(p + '/blobCids' + '/' + i5 + ' must be a cid string')
    }
  }
  const x6: unknown = o.indexedAt
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "indexedAt"')
  } else {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/indexedAt must be a string')
    if (!rt.isDatetime(x6)) throw rt.invalid(p + '/indexedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x7: unknown = o.moderation
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "moderation"')
  } else {
    try {
      checkModeration(x7, '')
    } catch (err) {
      throw rt.within(err, p + '/moderation')
    }
  }
  const x8: unknown = o.repo
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "repo"')
  } else {
    try {
      checkRepoView(x8, '')
    } catch (err) {
      throw rt.within(err, p + '/repo')
    }
  }
  return o as unknown as RecordView
}

/** Validates a value as RecordView; a failure says where, e.g. "Object/field must be a string". */
export function validateRecordView(v: unknown): rt.ValidationResult<RecordView> {
  return rt.run(checkRecordView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a RecordView; it does not validate it. */
export function isRecordView<V>(v: V): v is V & rt.Typed<RecordView, 'tools.ozone.moderation.defs#recordView'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#recordView')
}

export interface RecordViewDetail {
  $type?: 'tools.ozone.moderation.defs#recordViewDetail'
  uri: string
  cid: string
  value: { [key: string]: unknown }
  blobs: BlobView[]
  labels?: ComAtprotoLabelDefs.Label[]
  indexedAt: string
  moderation: ModerationDetail
  repo: RepoView
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRecordViewDetail(v: unknown, p: string): RecordViewDetail {
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
  const x3: unknown = o.value
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "value"')
  } else {
    if (!rt.isPlainObject(x3)) throw rt.invalid(p + '/value must be an object')
  }
  const x4: unknown = o.blobs
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "blobs"')
  } else {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/blobs must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      try {
        checkBlobView(e5, '')
      } catch (err) {
        throw rt.within(err, p + '/blobs' + '/' + i5)
      }
    }
  }
  const x6: unknown = o.labels
  if (x6 !== undefined) {
    if (!Array.isArray(x6)) throw rt.invalid(p + '/labels must be an array')
    for (let i7 = 0; i7 < x6.length; i7++) {
      const e7: unknown = x6[i7]
      try {
        ComAtprotoLabelDefs.checkLabel(e7, '')
      } catch (err) {
        throw rt.within(err, p + '/labels' + '/' + i7)
      }
    }
  }
  const x8: unknown = o.indexedAt
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "indexedAt"')
  } else {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/indexedAt must be a string')
    if (!rt.isDatetime(x8)) throw rt.invalid(p + '/indexedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x9: unknown = o.moderation
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "moderation"')
  } else {
    try {
      checkModerationDetail(x9, '')
    } catch (err) {
      throw rt.within(err, p + '/moderation')
    }
  }
  const x10: unknown = o.repo
  if (x10 === undefined) {
    throw rt.invalid(p + ' must have the property "repo"')
  } else {
    try {
      checkRepoView(x10, '')
    } catch (err) {
      throw rt.within(err, p + '/repo')
    }
  }
  return o as unknown as RecordViewDetail
}

/** Validates a value as RecordViewDetail; a failure says where, e.g. "Object/field must be a string". */
export function validateRecordViewDetail(v: unknown): rt.ValidationResult<RecordViewDetail> {
  return rt.run(checkRecordViewDetail, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a RecordViewDetail; it does not validate it. */
export function isRecordViewDetail<V>(v: V): v is V & rt.Typed<RecordViewDetail, 'tools.ozone.moderation.defs#recordViewDetail'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#recordViewDetail')
}

export interface RecordViewNotFound {
  $type?: 'tools.ozone.moderation.defs#recordViewNotFound'
  uri: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRecordViewNotFound(v: unknown, p: string): RecordViewNotFound {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  return o as unknown as RecordViewNotFound
}

/** Validates a value as RecordViewNotFound; a failure says where, e.g. "Object/field must be a string". */
export function validateRecordViewNotFound(v: unknown): rt.ValidationResult<RecordViewNotFound> {
  return rt.run(checkRecordViewNotFound, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a RecordViewNotFound; it does not validate it. */
export function isRecordViewNotFound<V>(v: V): v is V & rt.Typed<RecordViewNotFound, 'tools.ozone.moderation.defs#recordViewNotFound'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#recordViewNotFound')
}

export interface ConvoView {
  $type?: 'tools.ozone.moderation.defs#convoView'
  did: string
  convoId: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkConvoView(v: unknown, p: string): ConvoView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x2: unknown = o.convoId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "convoId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/convoId must be a string')
  }
  return o as unknown as ConvoView
}

/** Validates a value as ConvoView; a failure says where, e.g. "Object/field must be a string". */
export function validateConvoView(v: unknown): rt.ValidationResult<ConvoView> {
  return rt.run(checkConvoView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ConvoView; it does not validate it. */
export function isConvoView<V>(v: V): v is V & rt.Typed<ConvoView, 'tools.ozone.moderation.defs#convoView'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#convoView')
}

export interface Moderation {
  $type?: 'tools.ozone.moderation.defs#moderation'
  subjectStatus?: SubjectStatusView
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkModeration(v: unknown, p: string): Moderation {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.subjectStatus
  if (x1 !== undefined) {
    try {
      checkSubjectStatusView(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/subjectStatus')
    }
  }
  return o as unknown as Moderation
}

/** Validates a value as Moderation; a failure says where, e.g. "Object/field must be a string". */
export function validateModeration(v: unknown): rt.ValidationResult<Moderation> {
  return rt.run(checkModeration, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Moderation; it does not validate it. */
export function isModeration<V>(v: V): v is V & rt.Typed<Moderation, 'tools.ozone.moderation.defs#moderation'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#moderation')
}

export interface ModerationDetail {
  $type?: 'tools.ozone.moderation.defs#moderationDetail'
  subjectStatus?: SubjectStatusView
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkModerationDetail(v: unknown, p: string): ModerationDetail {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.subjectStatus
  if (x1 !== undefined) {
    try {
      checkSubjectStatusView(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/subjectStatus')
    }
  }
  return o as unknown as ModerationDetail
}

/** Validates a value as ModerationDetail; a failure says where, e.g. "Object/field must be a string". */
export function validateModerationDetail(v: unknown): rt.ValidationResult<ModerationDetail> {
  return rt.run(checkModerationDetail, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ModerationDetail; it does not validate it. */
export function isModerationDetail<V>(v: V): v is V & rt.Typed<ModerationDetail, 'tools.ozone.moderation.defs#moderationDetail'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#moderationDetail')
}

export interface BlobView {
  $type?: 'tools.ozone.moderation.defs#blobView'
  cid: string
  mimeType: string
  size: number
  createdAt: string
  details?: rt.Typed<ImageDetails, 'tools.ozone.moderation.defs#imageDetails'> | rt.Typed<VideoDetails, 'tools.ozone.moderation.defs#videoDetails'> | rt.UnknownTyped
  moderation?: Moderation
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkBlobView(v: unknown, p: string): BlobView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cid
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "cid"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cid must be a string')
    if (!rt.isCid(x1)) throw rt.invalid(p + '/cid must be a cid string')
  }
  const x2: unknown = o.mimeType
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "mimeType"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/mimeType must be a string')
  }
  const x3: unknown = o.size
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "size"')
  } else {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/size must be an integer')
  }
  const x4: unknown = o.createdAt
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x5: unknown = o.details
  if (x5 !== undefined) {
    if (typeof x5 !== 'object' || x5 === null || typeof (x5 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/details must be an object which includes the "$type" property')
    const t6 = (x5 as { $type: string }).$type
    switch (t6) {
      case 'tools.ozone.moderation.defs#imageDetails':
        try {
          checkImageDetails(x5, '')
        } catch (err) {
          throw rt.within(err, p + '/details')
        }
        break
      case 'tools.ozone.moderation.defs#videoDetails':
        try {
          checkVideoDetails(x5, '')
        } catch (err) {
          throw rt.within(err, p + '/details')
        }
        break
      default:
        if (t6.charCodeAt(0) === 35 || t6.indexOf('#') !== t6.lastIndexOf('#')) throw rt.invalid(p + '/details $type is not a valid type reference')
    }
  }
  const x7: unknown = o.moderation
  if (x7 !== undefined) {
    try {
      checkModeration(x7, '')
    } catch (err) {
      throw rt.within(err, p + '/moderation')
    }
  }
  return o as unknown as BlobView
}

/** Validates a value as BlobView; a failure says where, e.g. "Object/field must be a string". */
export function validateBlobView(v: unknown): rt.ValidationResult<BlobView> {
  return rt.run(checkBlobView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a BlobView; it does not validate it. */
export function isBlobView<V>(v: V): v is V & rt.Typed<BlobView, 'tools.ozone.moderation.defs#blobView'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#blobView')
}

export interface ImageDetails {
  $type?: 'tools.ozone.moderation.defs#imageDetails'
  width: number
  height: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkImageDetails(v: unknown, p: string): ImageDetails {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.width
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "width"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/width must be an integer')
  }
  const x2: unknown = o.height
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "height"')
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/height must be an integer')
  }
  return o as unknown as ImageDetails
}

/** Validates a value as ImageDetails; a failure says where, e.g. "Object/field must be a string". */
export function validateImageDetails(v: unknown): rt.ValidationResult<ImageDetails> {
  return rt.run(checkImageDetails, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ImageDetails; it does not validate it. */
export function isImageDetails<V>(v: V): v is V & rt.Typed<ImageDetails, 'tools.ozone.moderation.defs#imageDetails'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#imageDetails')
}

export interface VideoDetails {
  $type?: 'tools.ozone.moderation.defs#videoDetails'
  width: number
  height: number
  length: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkVideoDetails(v: unknown, p: string): VideoDetails {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.width
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "width"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/width must be an integer')
  }
  const x2: unknown = o.height
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "height"')
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/height must be an integer')
  }
  const x3: unknown = o.length
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "length"')
  } else {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/length must be an integer')
  }
  return o as unknown as VideoDetails
}

/** Validates a value as VideoDetails; a failure says where, e.g. "Object/field must be a string". */
export function validateVideoDetails(v: unknown): rt.ValidationResult<VideoDetails> {
  return rt.run(checkVideoDetails, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a VideoDetails; it does not validate it. */
export function isVideoDetails<V>(v: V): v is V & rt.Typed<VideoDetails, 'tools.ozone.moderation.defs#videoDetails'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#videoDetails')
}

export interface AccountHosting {
  $type?: 'tools.ozone.moderation.defs#accountHosting'
  status: 'takendown' | 'suspended' | 'deleted' | 'deactivated' | 'unknown' | (string & {})
  updatedAt?: string
  createdAt?: string
  deletedAt?: string
  deactivatedAt?: string
  reactivatedAt?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkAccountHosting(v: unknown, p: string): AccountHosting {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.status
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "status"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/status must be a string')
  }
  const x2: unknown = o.updatedAt
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/updatedAt must be a string')
    if (!rt.isDatetime(x2)) throw rt.invalid(p + '/updatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x3: unknown = o.createdAt
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x3)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x4: unknown = o.deletedAt
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/deletedAt must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/deletedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x5: unknown = o.deactivatedAt
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/deactivatedAt must be a string')
    if (!rt.isDatetime(x5)) throw rt.invalid(p + '/deactivatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x6: unknown = o.reactivatedAt
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/reactivatedAt must be a string')
    if (!rt.isDatetime(x6)) throw rt.invalid(p + '/reactivatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as AccountHosting
}

/** Validates a value as AccountHosting; a failure says where, e.g. "Object/field must be a string". */
export function validateAccountHosting(v: unknown): rt.ValidationResult<AccountHosting> {
  return rt.run(checkAccountHosting, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a AccountHosting; it does not validate it. */
export function isAccountHosting<V>(v: V): v is V & rt.Typed<AccountHosting, 'tools.ozone.moderation.defs#accountHosting'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#accountHosting')
}

export interface RecordHosting {
  $type?: 'tools.ozone.moderation.defs#recordHosting'
  status: 'deleted' | 'unknown' | (string & {})
  updatedAt?: string
  createdAt?: string
  deletedAt?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRecordHosting(v: unknown, p: string): RecordHosting {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.status
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "status"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/status must be a string')
  }
  const x2: unknown = o.updatedAt
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/updatedAt must be a string')
    if (!rt.isDatetime(x2)) throw rt.invalid(p + '/updatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x3: unknown = o.createdAt
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x3)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x4: unknown = o.deletedAt
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/deletedAt must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/deletedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as RecordHosting
}

/** Validates a value as RecordHosting; a failure says where, e.g. "Object/field must be a string". */
export function validateRecordHosting(v: unknown): rt.ValidationResult<RecordHosting> {
  return rt.run(checkRecordHosting, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a RecordHosting; it does not validate it. */
export function isRecordHosting<V>(v: V): v is V & rt.Typed<RecordHosting, 'tools.ozone.moderation.defs#recordHosting'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#recordHosting')
}

export interface ReporterStats {
  $type?: 'tools.ozone.moderation.defs#reporterStats'
  did: string
  /** The total number of reports made by the user on accounts. */
  accountReportCount: number
  /** The total number of reports made by the user on records. */
  recordReportCount: number
  /** The total number of accounts reported by the user. */
  reportedAccountCount: number
  /** The total number of records reported by the user. */
  reportedRecordCount: number
  /** The total number of accounts taken down as a result of the user's reports. */
  takendownAccountCount: number
  /** The total number of records taken down as a result of the user's reports. */
  takendownRecordCount: number
  /** The total number of accounts labeled as a result of the user's reports. */
  labeledAccountCount: number
  /** The total number of records labeled as a result of the user's reports. */
  labeledRecordCount: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkReporterStats(v: unknown, p: string): ReporterStats {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x2: unknown = o.accountReportCount
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "accountReportCount"')
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/accountReportCount must be an integer')
  }
  const x3: unknown = o.recordReportCount
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "recordReportCount"')
  } else {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/recordReportCount must be an integer')
  }
  const x4: unknown = o.reportedAccountCount
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "reportedAccountCount"')
  } else {
    if (!Number.isInteger(x4)) throw rt.invalid(p + '/reportedAccountCount must be an integer')
  }
  const x5: unknown = o.reportedRecordCount
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "reportedRecordCount"')
  } else {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/reportedRecordCount must be an integer')
  }
  const x6: unknown = o.takendownAccountCount
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "takendownAccountCount"')
  } else {
    if (!Number.isInteger(x6)) throw rt.invalid(p + '/takendownAccountCount must be an integer')
  }
  const x7: unknown = o.takendownRecordCount
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "takendownRecordCount"')
  } else {
    if (!Number.isInteger(x7)) throw rt.invalid(p + '/takendownRecordCount must be an integer')
  }
  const x8: unknown = o.labeledAccountCount
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "labeledAccountCount"')
  } else {
    if (!Number.isInteger(x8)) throw rt.invalid(p + '/labeledAccountCount must be an integer')
  }
  const x9: unknown = o.labeledRecordCount
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "labeledRecordCount"')
  } else {
    if (!Number.isInteger(x9)) throw rt.invalid(p + '/labeledRecordCount must be an integer')
  }
  return o as unknown as ReporterStats
}

/** Validates a value as ReporterStats; a failure says where, e.g. "Object/field must be a string". */
export function validateReporterStats(v: unknown): rt.ValidationResult<ReporterStats> {
  return rt.run(checkReporterStats, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ReporterStats; it does not validate it. */
export function isReporterStats<V>(v: V): v is V & rt.Typed<ReporterStats, 'tools.ozone.moderation.defs#reporterStats'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#reporterStats')
}

/** Moderation tool information for tracing the source of the action */
export interface ModTool {
  $type?: 'tools.ozone.moderation.defs#modTool'
  /** Name/identifier of the source (e.g., 'automod', 'ozone/workspace') */
  name: string
  /** Additional arbitrary metadata about the source */
  meta?: { [key: string]: unknown }
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkModTool(v: unknown, p: string): ModTool {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.name
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "name"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/name must be a string')
  }
  const x2: unknown = o.meta
  if (x2 !== undefined) {
    if (!rt.isPlainObject(x2)) throw rt.invalid(p + '/meta must be an object')
  }
  return o as unknown as ModTool
}

/** Validates a value as ModTool; a failure says where, e.g. "Object/field must be a string". */
export function validateModTool(v: unknown): rt.ValidationResult<ModTool> {
  return rt.run(checkModTool, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ModTool; it does not validate it. */
export function isModTool<V>(v: V): v is V & rt.Typed<ModTool, 'tools.ozone.moderation.defs#modTool'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#modTool')
}

/** Moderation event timeline event for a PLC create operation */
export const TIMELINE_EVENT_PLC_CREATE = 'tools.ozone.moderation.defs#timelineEventPlcCreate'

/** Moderation event timeline event for generic PLC operation */
export const TIMELINE_EVENT_PLC_OPERATION = 'tools.ozone.moderation.defs#timelineEventPlcOperation'

/** Moderation event timeline event for a PLC tombstone operation */
export const TIMELINE_EVENT_PLC_TOMBSTONE = 'tools.ozone.moderation.defs#timelineEventPlcTombstone'

/** View of a scheduled moderation action */
export interface ScheduledActionView {
  $type?: 'tools.ozone.moderation.defs#scheduledActionView'
  /** Auto-incrementing row ID */
  id: number
  /** Type of action to be executed */
  action: 'takedown' | (string & {})
  /** Serialized event object that will be propagated to the event when performed */
  eventData?: { [key: string]: unknown }
  /** Subject DID for the action */
  did: string
  /** Exact time to execute the action */
  executeAt?: string
  /** Earliest time to execute the action (for randomized scheduling) */
  executeAfter?: string
  /** Latest time to execute the action (for randomized scheduling) */
  executeUntil?: string
  /** Whether execution time should be randomized within the specified range */
  randomizeExecution?: boolean
  /** DID of the user who created this scheduled action */
  createdBy: string
  /** When the scheduled action was created */
  createdAt: string
  /** When the scheduled action was last updated */
  updatedAt?: string
  /** Current status of the scheduled action */
  status: 'pending' | 'executed' | 'cancelled' | 'failed' | (string & {})
  /** When the action was last attempted to be executed */
  lastExecutedAt?: string
  /** Reason for the last execution failure */
  lastFailureReason?: string
  /** ID of the moderation event created when action was successfully executed */
  executionEventId?: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkScheduledActionView(v: unknown, p: string): ScheduledActionView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.id
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "id"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/id must be an integer')
  }
  const x2: unknown = o.action
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "action"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/action must be a string')
  }
  const x3: unknown = o.eventData
  if (x3 !== undefined) {
    if (!rt.isPlainObject(x3)) throw rt.invalid(p + '/eventData must be an object')
  }
  const x4: unknown = o.did
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x4)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x5: unknown = o.executeAt
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/executeAt must be a string')
    if (!rt.isDatetime(x5)) throw rt.invalid(p + '/executeAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x6: unknown = o.executeAfter
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/executeAfter must be a string')
    if (!rt.isDatetime(x6)) throw rt.invalid(p + '/executeAfter must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x7: unknown = o.executeUntil
  if (x7 !== undefined) {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/executeUntil must be a string')
    if (!rt.isDatetime(x7)) throw rt.invalid(p + '/executeUntil must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x8: unknown = o.randomizeExecution
  if (x8 !== undefined) {
    if (typeof x8 !== 'boolean') throw rt.invalid(p + '/randomizeExecution must be a boolean')
  }
  const x9: unknown = o.createdBy
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "createdBy"')
  } else {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/createdBy must be a string')
    if (!rt.isDid(x9)) throw rt.invalid(p + '/createdBy must be a valid did')
  }
  const x10: unknown = o.createdAt
  if (x10 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x10 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x10)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x11: unknown = o.updatedAt
  if (x11 !== undefined) {
    if (typeof x11 !== 'string') throw rt.invalid(p + '/updatedAt must be a string')
    if (!rt.isDatetime(x11)) throw rt.invalid(p + '/updatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x12: unknown = o.status
  if (x12 === undefined) {
    throw rt.invalid(p + ' must have the property "status"')
  } else {
    if (typeof x12 !== 'string') throw rt.invalid(p + '/status must be a string')
  }
  const x13: unknown = o.lastExecutedAt
  if (x13 !== undefined) {
    if (typeof x13 !== 'string') throw rt.invalid(p + '/lastExecutedAt must be a string')
    if (!rt.isDatetime(x13)) throw rt.invalid(p + '/lastExecutedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x14: unknown = o.lastFailureReason
  if (x14 !== undefined) {
    if (typeof x14 !== 'string') throw rt.invalid(p + '/lastFailureReason must be a string')
  }
  const x15: unknown = o.executionEventId
  if (x15 !== undefined) {
    if (!Number.isInteger(x15)) throw rt.invalid(p + '/executionEventId must be an integer')
  }
  return o as unknown as ScheduledActionView
}

/** Validates a value as ScheduledActionView; a failure says where, e.g. "Object/field must be a string". */
export function validateScheduledActionView(v: unknown): rt.ValidationResult<ScheduledActionView> {
  return rt.run(checkScheduledActionView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ScheduledActionView; it does not validate it. */
export function isScheduledActionView<V>(v: V): v is V & rt.Typed<ScheduledActionView, 'tools.ozone.moderation.defs#scheduledActionView'> {
  return rt.hasType(v, 'tools.ozone.moderation.defs#scheduledActionView')
}
