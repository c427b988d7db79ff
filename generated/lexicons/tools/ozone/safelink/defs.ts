/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/safelink/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'tools.ozone.safelink.defs'

/** An event for URL safety decisions */
export interface Event {
  $type?: 'tools.ozone.safelink.defs#event'
  /** Auto-incrementing row ID */
  id: number
  eventType: EventType
  /** The URL that this rule applies to */
  url: string
  pattern: PatternType
  action: ActionType
  reason: ReasonType
  /** DID of the user who created this rule */
  createdBy: string
  createdAt: string
  /** Optional comment about the decision */
  comment?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkEvent(v: unknown, p: string): Event {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.id
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "id"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/id must be an integer')
  }
  const x2: unknown = o.eventType
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "eventType"')
  } else {
    try {
      checkEventType(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/eventType')
    }
  }
  const x3: unknown = o.url
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "url"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/url must be a string')
  }
  const x4: unknown = o.pattern
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "pattern"')
  } else {
    try {
      checkPatternType(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/pattern')
    }
  }
  const x5: unknown = o.action
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "action"')
  } else {
    try {
      checkActionType(x5, '')
    } catch (err) {
      throw rt.within(err, p + '/action')
    }
  }
  const x6: unknown = o.reason
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "reason"')
  } else {
    try {
      checkReasonType(x6, '')
    } catch (err) {
      throw rt.within(err, p + '/reason')
    }
  }
  const x7: unknown = o.createdBy
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "createdBy"')
  } else {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/createdBy must be a string')
    if (!rt.isDid(x7)) throw rt.invalid(p + '/createdBy must be a valid did')
  }
  const x8: unknown = o.createdAt
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x8)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x9: unknown = o.comment
  if (x9 !== undefined) {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  return o as unknown as Event
}

/** Validates a value as Event; a failure says where, e.g. "Object/field must be a string". */
export function validateEvent(v: unknown): rt.ValidationResult<Event> {
  return rt.run(checkEvent, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Event; it does not validate it. */
export function isEvent<V>(v: V): v is V & rt.Typed<Event, 'tools.ozone.safelink.defs#event'> {
  return rt.hasType(v, 'tools.ozone.safelink.defs#event')
}

export type EventType = 'addRule' | 'updateRule' | 'removeRule' | (string & {})

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkEventType(v: unknown, p: string): EventType {
  if (typeof v !== 'string') throw rt.invalid(p + ' must be a string')
  return v as EventType
}

/** Validates a value as EventType; a failure says where, e.g. "Value/field must be a string". */
export function validateEventType(v: unknown): rt.ValidationResult<EventType> {
  return rt.run(checkEventType, v, 'Value')
}

export type PatternType = 'domain' | 'url' | (string & {})

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkPatternType(v: unknown, p: string): PatternType {
  if (typeof v !== 'string') throw rt.invalid(p + ' must be a string')
  return v as PatternType
}

/** Validates a value as PatternType; a failure says where, e.g. "Value/field must be a string". */
export function validatePatternType(v: unknown): rt.ValidationResult<PatternType> {
  return rt.run(checkPatternType, v, 'Value')
}

export type ActionType = 'block' | 'warn' | 'whitelist' | (string & {})

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkActionType(v: unknown, p: string): ActionType {
  if (typeof v !== 'string') throw rt.invalid(p + ' must be a string')
  return v as ActionType
}

/** Validates a value as ActionType; a failure says where, e.g. "Value/field must be a string". */
export function validateActionType(v: unknown): rt.ValidationResult<ActionType> {
  return rt.run(checkActionType, v, 'Value')
}

export type ReasonType = 'csam' | 'spam' | 'phishing' | 'none' | (string & {})

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkReasonType(v: unknown, p: string): ReasonType {
  if (typeof v !== 'string') throw rt.invalid(p + ' must be a string')
  return v as ReasonType
}

/** Validates a value as ReasonType; a failure says where, e.g. "Value/field must be a string". */
export function validateReasonType(v: unknown): rt.ValidationResult<ReasonType> {
  return rt.run(checkReasonType, v, 'Value')
}

/** Input for creating a URL safety rule */
export interface UrlRule {
  $type?: 'tools.ozone.safelink.defs#urlRule'
  /** The URL or domain to apply the rule to */
  url: string
  pattern: PatternType
  action: ActionType
  reason: ReasonType
  /** Optional comment about the decision */
  comment?: string
  /** DID of the user added the rule. */
  createdBy: string
  /** Timestamp when the rule was created */
  createdAt: string
  /** Timestamp when the rule was last updated */
  updatedAt: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkUrlRule(v: unknown, p: string): UrlRule {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.url
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "url"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/url must be a string')
  }
  const x2: unknown = o.pattern
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "pattern"')
  } else {
    try {
      checkPatternType(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/pattern')
    }
  }
  const x3: unknown = o.action
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "action"')
  } else {
    try {
      checkActionType(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/action')
    }
  }
  const x4: unknown = o.reason
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "reason"')
  } else {
    try {
      checkReasonType(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/reason')
    }
  }
  const x5: unknown = o.comment
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  const x6: unknown = o.createdBy
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "createdBy"')
  } else {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/createdBy must be a string')
    if (!rt.isDid(x6)) throw rt.invalid(p + '/createdBy must be a valid did')
  }
  const x7: unknown = o.createdAt
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x7)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x8: unknown = o.updatedAt
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "updatedAt"')
  } else {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/updatedAt must be a string')
    if (!rt.isDatetime(x8)) throw rt.invalid(p + '/updatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as UrlRule
}

/** Validates a value as UrlRule; a failure says where, e.g. "Object/field must be a string". */
export function validateUrlRule(v: unknown): rt.ValidationResult<UrlRule> {
  return rt.run(checkUrlRule, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a UrlRule; it does not validate it. */
export function isUrlRule<V>(v: V): v is V & rt.Typed<UrlRule, 'tools.ozone.safelink.defs#urlRule'> {
  return rt.hasType(v, 'tools.ozone.safelink.defs#urlRule')
}
