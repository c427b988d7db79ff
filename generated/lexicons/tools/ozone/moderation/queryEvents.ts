/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/moderation/queryEvents.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneModerationDefs from './defs.js'

export const id = 'tools.ozone.moderation.queryEvents'

/** Query-string parameters. */
export interface QueryParams {
  /** The types of events (fully qualified string in the format of tools.ozone.moderation.defs#modEvent<name>) to filter by. If not specified, all events are returned. */
  types?: string[]
  createdBy?: string
  /** Sort direction for the events. Defaults to descending order of created at timestamp. */
  sortDirection: 'asc' | 'desc'
  /** Retrieve events created after a given timestamp */
  createdAfter?: string
  /** Retrieve events created before a given timestamp */
  createdBefore?: string
  subject?: string
  /** If specified, only events where the subject belongs to the given collections will be returned. When subjectType is set to 'account', this will be ignored. */
  collections?: string[]
  /** If specified, only events where the subject is of the given type (account, record, or conversation) will be returned. When this is set to 'account' the 'collections' parameter will be ignored. When includeAllUserRecords or subject is set, this will be ignored. */
  subjectType?: 'account' | 'record' | 'conversation' | (string & {})
  /** If true, events on all record types (posts, lists, profile etc.) or records from given 'collections' param, owned by the did are returned. */
  includeAllUserRecords: boolean
  limit: number
  /** If true, only events with comments are returned */
  hasComment?: boolean
  /** If specified, only events with comments containing the keyword are returned. Apply || separator to use multiple keywords and match using OR condition. */
  comment?: string
  /** If specified, only events where all of these labels were added are returned */
  addedLabels?: string[]
  /** If specified, only events where all of these labels were removed are returned */
  removedLabels?: string[]
  /** If specified, only events where all of these tags were added are returned */
  addedTags?: string[]
  /** If specified, only events where all of these tags were removed are returned */
  removedTags?: string[]
  reportTypes?: string[]
  policies?: string[]
  /** If specified, only events where the modTool name matches any of the given values are returned */
  modTool?: string[]
  /** If specified, only events where the batchId matches the given value are returned */
  batchId?: string
  /** If specified, only events where the age assurance state matches the given value are returned */
  ageAssuranceState?: 'pending' | 'assured' | 'unknown' | 'reset' | 'blocked' | (string & {})
  /** If specified, only events where strikeCount value is set are returned. */
  withStrike?: boolean
  cursor?: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { types: ['string'], createdBy: 'string', sortDirection: 'string', createdAfter: 'string', createdBefore: 'string', subject: 'string', collections: ['string'], subjectType: 'string', includeAllUserRecords: 'boolean', limit: 'integer', hasComment: 'boolean', comment: 'string', addedLabels: ['string'], removedLabels: ['string'], addedTags: ['string'], removedTags: ['string'], reportTypes: ['string'], policies: ['string'], modTool: ['string'], batchId: 'string', ageAssuranceState: 'string', withStrike: 'boolean', cursor: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.types
  if (x1 !== undefined) {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/types must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      if (typeof e2 !== 'string') throw rt.invalid(p + '/types' + '/' + i2 + ' must be a string')
    }
  }
  const x3: unknown = o.createdBy
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/createdBy must be a string')
    if (!rt.isDid(x3)) throw rt.invalid(p + '/createdBy must be a valid did')
  }
  const x4: unknown = o.sortDirection
  if (x4 === undefined) {
    (r ??= { ...o })['sortDirection'] = "desc"
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/sortDirection must be a string')
    if (x4 !== 'asc' && x4 !== 'desc') throw rt.invalid(p + '/sortDirection must be one of (asc|desc)')
  }
  const x5: unknown = o.createdAfter
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/createdAfter must be a string')
    if (!rt.isDatetime(x5)) throw rt.invalid(p + '/createdAfter must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x6: unknown = o.createdBefore
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/createdBefore must be a string')
    if (!rt.isDatetime(x6)) throw rt.invalid(p + '/createdBefore must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x7: unknown = o.subject
  if (x7 !== undefined) {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/subject must be a string')
    if (!rt.isUri(x7)) throw rt.invalid(p + '/subject must be a uri')
  }
  const x8: unknown = o.collections
  if (x8 !== undefined) {
    if (!Array.isArray(x8)) throw rt.invalid(p + '/collections must be an array')
    if (x8.length > 20) throw rt.invalid(p + '/collections must not have more than 20 elements')
    for (let i9 = 0; i9 < x8.length; i9++) {
      const e9: unknown = x8[i9]
      if (typeof e9 !== 'string') throw rt.invalid(p + '/collections' + '/' + i9 + ' must be a string')
      if (!rt.isNsid(e9)) throw rt.invalid(p + '/collections' + '/' + i9 + ' must be a valid nsid')
    }
  }
  const x10: unknown = o.subjectType
  if (x10 !== undefined) {
    if (typeof x10 !== 'string') throw rt.invalid(p + '/subjectType must be a string')
  }
  const x11: unknown = o.includeAllUserRecords
  if (x11 === undefined) {
    (r ??= { ...o })['includeAllUserRecords'] = false
  } else {
    if (typeof x11 !== 'boolean') throw rt.invalid(p + '/includeAllUserRecords must be a boolean')
  }
  const x12: unknown = o.limit
  if (x12 === undefined) {
    (r ??= { ...o })['limit'] = 50
  } else {
    if (!Number.isInteger(x12)) throw rt.invalid(p + '/limit must be an integer')
    if ((x12 as number) > 100) throw rt.invalid(p + '/limit can not be greater than 100')
    if ((x12 as number) < 1) throw rt.invalid(p + '/limit can not be less than 1')
  }
  const x13: unknown = o.hasComment
  if (x13 !== undefined) {
    if (typeof x13 !== 'boolean') throw rt.invalid(p + '/hasComment must be a boolean')
  }
  const x14: unknown = o.comment
  if (x14 !== undefined) {
    if (typeof x14 !== 'string') throw rt.invalid(p + '/comment must be a string')
  }
  const x15: unknown = o.addedLabels
  if (x15 !== undefined) {
    if (!Array.isArray(x15)) throw rt.invalid(p + '/addedLabels must be an array')
    for (let i16 = 0; i16 < x15.length; i16++) {
      const e16: unknown = x15[i16]
      if (typeof e16 !== 'string') throw rt.invalid(p + '/addedLabels' + '/' + i16 + ' must be a string')
    }
  }
  const x17: unknown = o.removedLabels
  if (x17 !== undefined) {
    if (!Array.isArray(x17)) throw rt.invalid(p + '/removedLabels must be an array')
    for (let i18 = 0; i18 < x17.length; i18++) {
      const e18: unknown = x17[i18]
      if (typeof e18 !== 'string') throw rt.invalid(p + '/removedLabels' + '/' + i18 + ' must be a string')
    }
  }
  const x19: unknown = o.addedTags
  if (x19 !== undefined) {
    if (!Array.isArray(x19)) throw rt.invalid(p + '/addedTags must be an array')
    for (let i20 = 0; i20 < x19.length; i20++) {
      const e20: unknown = x19[i20]
      if (typeof e20 !== 'string') throw rt.invalid(p + '/addedTags' + '/' + i20 + ' must be a string')
    }
  }
  const x21: unknown = o.removedTags
  if (x21 !== undefined) {
    if (!Array.isArray(x21)) throw rt.invalid(p + '/removedTags must be an array')
    for (let i22 = 0; i22 < x21.length; i22++) {
      const e22: unknown = x21[i22]
      if (typeof e22 !== 'string') throw rt.invalid(p + '/removedTags' + '/' + i22 + ' must be a string')
    }
  }
  const x23: unknown = o.reportTypes
  if (x23 !== undefined) {
    if (!Array.isArray(x23)) throw rt.invalid(p + '/reportTypes must be an array')
    for (let i24 = 0; i24 < x23.length; i24++) {
      const e24: unknown = x23[i24]
      if (typeof e24 !== 'string') throw rt.invalid(p + '/reportTypes' + '/' + i24 + ' must be a string')
    }
  }
  const x25: unknown = o.policies
  if (x25 !== undefined) {
    if (!Array.isArray(x25)) throw rt.invalid(p + '/policies must be an array')
    for (let i26 = 0; i26 < x25.length; i26++) {
      const e26: unknown = x25[i26]
      if (typeof e26 !== 'string') throw rt.invalid(p + '/policies' + '/' + i26 + ' must be a string')
    }
  }
  const x27: unknown = o.modTool
  if (x27 !== undefined) {
    if (!Array.isArray(x27)) throw rt.invalid(p + '/modTool must be an array')
    for (let i28 = 0; i28 < x27.length; i28++) {
      const e28: unknown = x27[i28]
      if (typeof e28 !== 'string') throw rt.invalid(p + '/modTool' + '/' + i28 + ' must be a string')
    }
  }
  const x29: unknown = o.batchId
  if (x29 !== undefined) {
    if (typeof x29 !== 'string') throw rt.invalid(p + '/batchId must be a string')
  }
  const x30: unknown = o.ageAssuranceState
  if (x30 !== undefined) {
    if (typeof x30 !== 'string') throw rt.invalid(p + '/ageAssuranceState must be a string')
  }
  const x31: unknown = o.withStrike
  if (x31 !== undefined) {
    if (typeof x31 !== 'boolean') throw rt.invalid(p + '/withStrike must be a boolean')
  }
  const x32: unknown = o.cursor
  if (x32 !== undefined) {
    if (typeof x32 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  return (r ?? o) as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  cursor?: string
  events: ToolsOzoneModerationDefs.ModEventView[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x2: unknown = o.events
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "events"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/events must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        ToolsOzoneModerationDefs.checkModEventView(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/events' + '/' + i3)
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
