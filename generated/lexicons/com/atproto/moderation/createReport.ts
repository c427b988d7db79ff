/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/moderation/createReport.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoAdminDefs from '../admin/defs.js'
import * as ComAtprotoRepoStrongRef from '../repo/strongRef.js'
import * as ComAtprotoModerationDefs from './defs.js'

export const id = 'com.atproto.moderation.createReport'

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
  /** Indicates the broad category of violation the report is for. */
  reasonType: ComAtprotoModerationDefs.ReasonType
  /** Additional context about the content and violation. */
  reason?: string
  subject: rt.Typed<ComAtprotoAdminDefs.RepoRef, 'com.atproto.admin.defs#repoRef'> | rt.Typed<ComAtprotoRepoStrongRef.Main, 'com.atproto.repo.strongRef'> | rt.UnknownTyped
  modTool?: ModTool
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.reasonType
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "reasonType"')
  } else {
    try {
      ComAtprotoModerationDefs.checkReasonType(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/reasonType')
    }
  }
  const x2: unknown = o.reason
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/reason must be a string')
    if (x2.length * 3 > 20000 && rt.utf8Len(x2) > 20000) throw rt.invalid(p + '/reason must not be longer than 20000 characters')
    if (x2.length > 2000 && rt.graphemeLen(x2) > 2000) throw rt.invalid(p + '/reason must not be longer than 2000 graphemes')
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
  const x5: unknown = o.modTool
  if (x5 !== undefined) {
    try {
      checkModTool(x5, '')
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

export interface OutputSchema {
  id: number
  reasonType: ComAtprotoModerationDefs.ReasonType
  reason?: string
  subject: rt.Typed<ComAtprotoAdminDefs.RepoRef, 'com.atproto.admin.defs#repoRef'> | rt.Typed<ComAtprotoRepoStrongRef.Main, 'com.atproto.repo.strongRef'> | rt.UnknownTyped
  reportedBy: string
  createdAt: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.id
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "id"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/id must be an integer')
  }
  const x2: unknown = o.reasonType
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "reasonType"')
  } else {
    try {
      ComAtprotoModerationDefs.checkReasonType(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/reasonType')
    }
  }
  const x3: unknown = o.reason
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/reason must be a string')
    if (x3.length * 3 > 20000 && rt.utf8Len(x3) > 20000) throw rt.invalid(p + '/reason must not be longer than 20000 characters')
    if (x3.length > 2000 && rt.graphemeLen(x3) > 2000) throw rt.invalid(p + '/reason must not be longer than 2000 graphemes')
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
      default:
        if (t5.charCodeAt(0) === 35 || t5.indexOf('#') !== t5.lastIndexOf('#')) throw rt.invalid(p + '/subject $type is not a valid type reference')
    }
  }
  const x6: unknown = o.reportedBy
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "reportedBy"')
  } else {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/reportedBy must be a string')
    if (!rt.isDid(x6)) throw rt.invalid(p + '/reportedBy must be a valid did')
  }
  const x7: unknown = o.createdAt
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x7)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
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
export const schema = rt.procedure({
  nsid: id,
  params: { kinds: PARAM_KINDS, check: checkQueryParams },
  input: { encoding: 'application/json', check: checkInputSchema },
  output: { encoding: 'application/json', check: checkOutputSchema },
  errors: ERRORS,
})

/** Moderation tool information for tracing the source of the action */
export interface ModTool {
  $type?: 'com.atproto.moderation.createReport#modTool'
  /** Name/identifier of the source (e.g., 'bsky-app/android', 'bsky-web/chrome') */
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
export function isModTool<V>(v: V): v is V & rt.Typed<ModTool, 'com.atproto.moderation.createReport#modTool'> {
  return rt.hasType(v, 'com.atproto.moderation.createReport#modTool')
}
