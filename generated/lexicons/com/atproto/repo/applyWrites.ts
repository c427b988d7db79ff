/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/repo/applyWrites.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoRepoDefs from './defs.js'

export const id = 'com.atproto.repo.applyWrites'

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
  /** The handle or DID of the repo (aka, current account). */
  repo: string
  /** Can be set to 'false' to skip Lexicon schema validation of record data across all operations, 'true' to require it, or leave unset to validate only for known Lexicons. */
  validate?: boolean
  writes: (rt.Typed<Create, 'com.atproto.repo.applyWrites#create'> | rt.Typed<Update, 'com.atproto.repo.applyWrites#update'> | rt.Typed<Delete, 'com.atproto.repo.applyWrites#delete'>)[]
  /** If provided, the entire operation will fail if the current repo commit CID does not match this value. Used to prevent conflicting repo mutations. */
  swapCommit?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.repo
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "repo"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/repo must be a string')
    if (!rt.isAtIdentifier(x1)) throw rt.invalid(p + '/repo must be a valid did or a handle')
  }
  const x2: unknown = o.validate
  if (x2 !== undefined) {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/validate must be a boolean')
  }
  const x3: unknown = o.writes
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "writes"')
  } else {
    if (!Array.isArray(x3)) throw rt.invalid(p + '/writes must be an array')
    for (let i4 = 0; i4 < x3.length; i4++) {
      const e4: unknown = x3[i4]
      if (typeof e4 !== 'object' || e4 === null || typeof (e4 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/writes' + '/' + i4 + ' must be an object which includes the "$type" property')
      const t5 = (e4 as { $type: string }).$type
      switch (t5) {
        case 'com.atproto.repo.applyWrites#create':
          try {
            checkCreate(e4, '')
          } catch (err) {
            throw rt.within(err, p + '/writes' + '/' + i4)
          }
          break
        case 'com.atproto.repo.applyWrites#update':
          try {
            checkUpdate(e4, '')
          } catch (err) {
            throw rt.within(err, p + '/writes' + '/' + i4)
          }
          break
        case 'com.atproto.repo.applyWrites#delete':
          try {
            checkDelete(e4, '')
          } catch (err) {
            throw rt.within(err, p + '/writes' + '/' + i4)
          }
          break
        default:
          throw rt.invalid(p + '/writes' + '/' + i4 + ' $type must be one of com.atproto.repo.applyWrites#create, com.atproto.repo.applyWrites#update, com.atproto.repo.applyWrites#delete')
      }
    }
  }
  const x6: unknown = o.swapCommit
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/swapCommit must be a string')
    if (!rt.isCid(x6)) throw rt.invalid(p + '/swapCommit must be a cid string')
  }
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export interface OutputSchema {
  commit?: ComAtprotoRepoDefs.CommitMeta
  results?: (rt.Typed<CreateResult, 'com.atproto.repo.applyWrites#createResult'> | rt.Typed<UpdateResult, 'com.atproto.repo.applyWrites#updateResult'> | rt.Typed<DeleteResult, 'com.atproto.repo.applyWrites#deleteResult'>)[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.commit
  if (x1 !== undefined) {
    try {
      ComAtprotoRepoDefs.checkCommitMeta(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/commit')
    }
  }
  const x2: unknown = o.results
  if (x2 !== undefined) {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/results must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      if (typeof e3 !== 'object' || e3 === null || typeof (e3 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/results' + '/' + i3 + ' must be an object which includes the "$type" property')
      const t4 = (e3 as { $type: string }).$type
      switch (t4) {
        case 'com.atproto.repo.applyWrites#createResult':
          try {
            checkCreateResult(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/results' + '/' + i3)
          }
          break
        case 'com.atproto.repo.applyWrites#updateResult':
          try {
            checkUpdateResult(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/results' + '/' + i3)
          }
          break
        case 'com.atproto.repo.applyWrites#deleteResult':
          try {
            checkDeleteResult(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/results' + '/' + i3)
          }
          break
        default:
          throw rt.invalid(p + '/results' + '/' + i3 + ' $type must be one of com.atproto.repo.applyWrites#createResult, com.atproto.repo.applyWrites#updateResult, com.atproto.repo.applyWrites#deleteResult')
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

/**
 * The error names this method declares.
 * InvalidSwap: Indicates that the 'swapCommit' parameter did not match current commit.
 */
export type ErrorName = 'InvalidSwap'

export const ERRORS: readonly ErrorName[] = ['InvalidSwap']

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

/** Operation which creates a new record. */
export interface Create {
  $type?: 'com.atproto.repo.applyWrites#create'
  collection: string
  /** NOTE: maxLength is redundant with record-key format. Keeping it temporarily to ensure backwards compatibility. */
  rkey?: string
  value: { [key: string]: unknown }
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkCreate(v: unknown, p: string): Create {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.collection
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "collection"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/collection must be a string')
    if (!rt.isNsid(x1)) throw rt.invalid(p + '/collection must be a valid nsid')
  }
  const x2: unknown = o.rkey
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/rkey must be a string')
    if (x2.length * 3 > 512 && rt.utf8Len(x2) > 512) throw rt.invalid(p + '/rkey must not be longer than 512 characters')
    if (!rt.isRecordKey(x2)) throw rt.invalid(p + '/rkey must be a valid Record Key')
  }
  const x3: unknown = o.value
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "value"')
  } else {
    if (!rt.isPlainObject(x3)) throw rt.invalid(p + '/value must be an object')
  }
  return o as unknown as Create
}

/** Validates a value as Create; a failure says where, e.g. "Object/field must be a string". */
export function validateCreate(v: unknown): rt.ValidationResult<Create> {
  return rt.run(checkCreate, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Create; it does not validate it. */
export function isCreate<V>(v: V): v is V & rt.Typed<Create, 'com.atproto.repo.applyWrites#create'> {
  return rt.hasType(v, 'com.atproto.repo.applyWrites#create')
}

/** Operation which updates an existing record. */
export interface Update {
  $type?: 'com.atproto.repo.applyWrites#update'
  collection: string
  rkey: string
  value: { [key: string]: unknown }
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkUpdate(v: unknown, p: string): Update {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.collection
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "collection"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/collection must be a string')
    if (!rt.isNsid(x1)) throw rt.invalid(p + '/collection must be a valid nsid')
  }
  const x2: unknown = o.rkey
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "rkey"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/rkey must be a string')
    if (!rt.isRecordKey(x2)) throw rt.invalid(p + '/rkey must be a valid Record Key')
  }
  const x3: unknown = o.value
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "value"')
  } else {
    if (!rt.isPlainObject(x3)) throw rt.invalid(p + '/value must be an object')
  }
  return o as unknown as Update
}

/** Validates a value as Update; a failure says where, e.g. "Object/field must be a string". */
export function validateUpdate(v: unknown): rt.ValidationResult<Update> {
  return rt.run(checkUpdate, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Update; it does not validate it. */
export function isUpdate<V>(v: V): v is V & rt.Typed<Update, 'com.atproto.repo.applyWrites#update'> {
  return rt.hasType(v, 'com.atproto.repo.applyWrites#update')
}

/** Operation which deletes an existing record. */
export interface Delete {
  $type?: 'com.atproto.repo.applyWrites#delete'
  collection: string
  rkey: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkDelete(v: unknown, p: string): Delete {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.collection
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "collection"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/collection must be a string')
    if (!rt.isNsid(x1)) throw rt.invalid(p + '/collection must be a valid nsid')
  }
  const x2: unknown = o.rkey
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "rkey"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/rkey must be a string')
    if (!rt.isRecordKey(x2)) throw rt.invalid(p + '/rkey must be a valid Record Key')
  }
  return o as unknown as Delete
}

/** Validates a value as Delete; a failure says where, e.g. "Object/field must be a string". */
export function validateDelete(v: unknown): rt.ValidationResult<Delete> {
  return rt.run(checkDelete, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Delete; it does not validate it. */
export function isDelete<V>(v: V): v is V & rt.Typed<Delete, 'com.atproto.repo.applyWrites#delete'> {
  return rt.hasType(v, 'com.atproto.repo.applyWrites#delete')
}

export interface CreateResult {
  $type?: 'com.atproto.repo.applyWrites#createResult'
  uri: string
  cid: string
  validationStatus?: 'valid' | 'unknown' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkCreateResult(v: unknown, p: string): CreateResult {
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
  const x3: unknown = o.validationStatus
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/validationStatus must be a string')
  }
  return o as unknown as CreateResult
}

/** Validates a value as CreateResult; a failure says where, e.g. "Object/field must be a string". */
export function validateCreateResult(v: unknown): rt.ValidationResult<CreateResult> {
  return rt.run(checkCreateResult, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a CreateResult; it does not validate it. */
export function isCreateResult<V>(v: V): v is V & rt.Typed<CreateResult, 'com.atproto.repo.applyWrites#createResult'> {
  return rt.hasType(v, 'com.atproto.repo.applyWrites#createResult')
}

export interface UpdateResult {
  $type?: 'com.atproto.repo.applyWrites#updateResult'
  uri: string
  cid: string
  validationStatus?: 'valid' | 'unknown' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkUpdateResult(v: unknown, p: string): UpdateResult {
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
  const x3: unknown = o.validationStatus
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/validationStatus must be a string')
  }
  return o as unknown as UpdateResult
}

/** Validates a value as UpdateResult; a failure says where, e.g. "Object/field must be a string". */
export function validateUpdateResult(v: unknown): rt.ValidationResult<UpdateResult> {
  return rt.run(checkUpdateResult, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a UpdateResult; it does not validate it. */
export function isUpdateResult<V>(v: V): v is V & rt.Typed<UpdateResult, 'com.atproto.repo.applyWrites#updateResult'> {
  return rt.hasType(v, 'com.atproto.repo.applyWrites#updateResult')
}

export interface DeleteResult {
  $type?: 'com.atproto.repo.applyWrites#deleteResult'
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkDeleteResult(v: unknown, p: string): DeleteResult {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  return o as unknown as DeleteResult
}

/** Validates a value as DeleteResult; a failure says where, e.g. "Object/field must be a string". */
export function validateDeleteResult(v: unknown): rt.ValidationResult<DeleteResult> {
  return rt.run(checkDeleteResult, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a DeleteResult; it does not validate it. */
export function isDeleteResult<V>(v: V): v is V & rt.Typed<DeleteResult, 'com.atproto.repo.applyWrites#deleteResult'> {
  return rt.hasType(v, 'com.atproto.repo.applyWrites#deleteResult')
}
