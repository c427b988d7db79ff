/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/sync/subscribeRepos.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'com.atproto.sync.subscribeRepos'

/** Query-string parameters. */
export interface QueryParams {
  /** The last known event seq number to backfill from. */
  cursor?: number
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { cursor: 'integer' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/cursor must be an integer')
  }
  return o as unknown as QueryParams
}

export type Message = rt.Typed<Commit, 'com.atproto.sync.subscribeRepos#commit'> | rt.Typed<Sync, 'com.atproto.sync.subscribeRepos#sync'> | rt.Typed<Identity, 'com.atproto.sync.subscribeRepos#identity'> | rt.Typed<Account, 'com.atproto.sync.subscribeRepos#account'> | rt.Typed<Info, 'com.atproto.sync.subscribeRepos#info'> | rt.UnknownTyped

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMessage(v: unknown, p: string): Message {
  if (typeof v !== 'object' || v === null || typeof (v as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + ' must be an object which includes the "$type" property')
  const t1 = (v as { $type: string }).$type
  switch (t1) {
    case 'com.atproto.sync.subscribeRepos#commit':
      try {
        checkCommit(v, '')
      } catch (err) {
        throw rt.within(err, p)
      }
      break
    case 'com.atproto.sync.subscribeRepos#sync':
      try {
        checkSync(v, '')
      } catch (err) {
        throw rt.within(err, p)
      }
      break
    case 'com.atproto.sync.subscribeRepos#identity':
      try {
        checkIdentity(v, '')
      } catch (err) {
        throw rt.within(err, p)
      }
      break
    case 'com.atproto.sync.subscribeRepos#account':
      try {
        checkAccount(v, '')
      } catch (err) {
        throw rt.within(err, p)
      }
      break
    case 'com.atproto.sync.subscribeRepos#info':
      try {
        checkInfo(v, '')
      } catch (err) {
        throw rt.within(err, p)
      }
      break
    default:
      if (t1.charCodeAt(0) === 35 || t1.indexOf('#') !== t1.lastIndexOf('#')) throw rt.invalid(p + ' $type is not a valid type reference')
  }
  return v as Message
}

/**
 * The error names this method declares.
 * ConsumerTooSlow: If the consumer of the stream can not keep up with events, and a backlog gets too large, the server will drop the connection.
 */
export type ErrorName = 'FutureCursor' | 'ConsumerTooSlow'

export const ERRORS: readonly ErrorName[] = ['FutureCursor', 'ConsumerTooSlow']

/**
 * The XRPC error for one of this method's declared errors, to throw (400 unless `status`
 * says otherwise); no other name compiles.
 */
export const error: rt.DeclaredError<ErrorName> = rt.declaredError

/** The handler of this subscription: yields the messages to send. */
export type Handler<C = unknown, A = unknown> = rt.StreamHandler<C, A, QueryParams, Message>

/** The handler, or the handler with its auth verifier. */
export type Method<C = unknown, A = unknown> = rt.StreamMethod<C, A, QueryParams, Message>

/** This method as @atproto/xrpc-server's `add()` takes it, validating with the checks above. */
export const schema = rt.subscription({
  nsid: id,
  params: { kinds: PARAM_KINDS, check: checkQueryParams },
  message: checkMessage,
  errors: ERRORS,
})

/** Represents an update of repository state. Note that empty commits are allowed, which include no repo data changes, but an update to rev and signature. */
export interface Commit {
  $type?: 'com.atproto.sync.subscribeRepos#commit'
  /** The stream sequence number of this message. */
  seq: number
  /** DEPRECATED -- unused */
  rebase: boolean
  /** DEPRECATED -- replaced by #sync event and data limits. Indicates that this commit contained too many ops, or data size was too large. Consumers will need to make a separate request to get missing data. */
  tooBig: boolean
  /** The repo this event comes from. Note that all other message types name this field 'did'. */
  repo: string
  /** Repo commit object CID. */
  commit: rt.CID
  /** The rev of the emitted commit. Note that this information is also in the commit object included in blocks, unless this is a tooBig event. */
  rev: string
  /** The rev of the last emitted commit from this repo (if any). */
  since: string | null
  /** CAR file containing relevant blocks, as a diff since the previous repo state. The commit must be included as a block, and the commit block CID must be the first entry in the CAR header 'roots' list. */
  blocks: Uint8Array
  ops: RepoOp[]
  blobs: rt.CID[]
  /** The root CID of the MST tree for the previous commit from this repo (indicated by the 'since' revision field in this message). Corresponds to the 'data' field in the repo commit object. NOTE: this field is effectively required for the 'inductive' version of firehose. */
  prevData?: rt.CID
  /** Timestamp of when this message was originally broadcast. */
  time: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkCommit(v: unknown, p: string): Commit {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.seq
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "seq"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/seq must be an integer')
  }
  const x2: unknown = o.rebase
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "rebase"')
  } else {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/rebase must be a boolean')
  }
  const x3: unknown = o.tooBig
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "tooBig"')
  } else {
    if (typeof x3 !== 'boolean') throw rt.invalid(p + '/tooBig must be a boolean')
  }
  const x4: unknown = o.repo
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "repo"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/repo must be a string')
    if (!rt.isDid(x4)) throw rt.invalid(p + '/repo must be a valid did')
  }
  const x5: unknown = o.commit
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "commit"')
  } else {
    if (rt.asCid(x5) === null) throw rt.invalid(p + '/commit must be a CID')
  }
  const x6: unknown = o.rev
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/rev must be a string')
    if (!rt.isTid(x6)) throw rt.invalid(p + '/rev must be a valid TID')
  }
  const x7: unknown = o.since
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "since"')
  } else if (x7 !== null) {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/since must be a string')
    if (!rt.isTid(x7)) throw rt.invalid(p + '/since must be a valid TID')
  }
  const x8: unknown = o.blocks
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "blocks"')
  } else {
    if (!(x8 instanceof Uint8Array)) throw rt.invalid(p + '/blocks must be a byte array')
    if (x8.byteLength > 2000000) throw rt.invalid(p + '/blocks must not be larger than 2000000 bytes')
  }
  const x9: unknown = o.ops
  if (x9 === undefined) {
    throw rt.invalid(p + ' must have the property "ops"')
  } else {
    if (!Array.isArray(x9)) throw rt.invalid(p + '/ops must be an array')
    if (x9.length > 200) throw rt.invalid(p + '/ops must not have more than 200 elements')
    for (let i10 = 0; i10 < x9.length; i10++) {
      const e10: unknown = x9[i10]
      try {
        checkRepoOp(e10, '')
      } catch (err) {
        throw rt.within(err, p + '/ops' + '/' + i10)
      }
    }
  }
  const x11: unknown = o.blobs
  if (x11 === undefined) {
    throw rt.invalid(p + ' must have the property "blobs"')
  } else {
    if (!Array.isArray(x11)) throw rt.invalid(p + '/blobs must be an array')
    for (let i12 = 0; i12 < x11.length; i12++) {
      const e12: unknown = x11[i12]
      if (rt.asCid(e12) === null) throw rt.invalid(p + '/blobs' + '/' + i12 + ' must be a CID')
    }
  }
  const x13: unknown = o.prevData
  if (x13 !== undefined) {
    if (rt.asCid(x13) === null) throw rt.invalid(p + '/prevData must be a CID')
  }
  const x14: unknown = o.time
  if (x14 === undefined) {
    throw rt.invalid(p + ' must have the property "time"')
  } else {
    if (typeof x14 !== 'string') throw rt.invalid(p + '/time must be a string')
    if (!rt.isDatetime(x14)) throw rt.invalid(p + '/time must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as Commit
}

/** Validates a value as Commit; a failure says where, e.g. "Object/field must be a string". */
export function validateCommit(v: unknown): rt.ValidationResult<Commit> {
  return rt.run(checkCommit, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Commit; it does not validate it. */
export function isCommit<V>(v: V): v is V & rt.Typed<Commit, 'com.atproto.sync.subscribeRepos#commit'> {
  return rt.hasType(v, 'com.atproto.sync.subscribeRepos#commit')
}

/** Updates the repo to a new state, without necessarily including that state on the firehose. Used to recover from broken commit streams, data loss incidents, or in situations where upstream host does not know recent state of the repository. */
export interface Sync {
  $type?: 'com.atproto.sync.subscribeRepos#sync'
  /** The stream sequence number of this message. */
  seq: number
  /** The account this repo event corresponds to. Must match that in the commit object. */
  did: string
  /** CAR file containing the commit, as a block. The CAR header must include the commit block CID as the first 'root'. */
  blocks: Uint8Array
  /** The rev of the commit. This value must match that in the commit object. */
  rev: string
  /** Timestamp of when this message was originally broadcast. */
  time: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSync(v: unknown, p: string): Sync {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.seq
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "seq"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/seq must be an integer')
  }
  const x2: unknown = o.did
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x2)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x3: unknown = o.blocks
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "blocks"')
  } else {
    if (!(x3 instanceof Uint8Array)) throw rt.invalid(p + '/blocks must be a byte array')
    if (x3.byteLength > 10000) throw rt.invalid(p + '/blocks must not be larger than 10000 bytes')
  }
  const x4: unknown = o.rev
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "rev"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/rev must be a string')
  }
  const x5: unknown = o.time
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "time"')
  } else {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/time must be a string')
    if (!rt.isDatetime(x5)) throw rt.invalid(p + '/time must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as Sync
}

/** Validates a value as Sync; a failure says where, e.g. "Object/field must be a string". */
export function validateSync(v: unknown): rt.ValidationResult<Sync> {
  return rt.run(checkSync, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Sync; it does not validate it. */
export function isSync<V>(v: V): v is V & rt.Typed<Sync, 'com.atproto.sync.subscribeRepos#sync'> {
  return rt.hasType(v, 'com.atproto.sync.subscribeRepos#sync')
}

/** Represents a change to an account's identity. Could be an updated handle, signing key, or pds hosting endpoint. Serves as a prod to all downstream services to refresh their identity cache. */
export interface Identity {
  $type?: 'com.atproto.sync.subscribeRepos#identity'
  seq: number
  did: string
  time: string
  /** The current handle for the account, or 'handle.invalid' if validation fails. This field is optional, might have been validated or passed-through from an upstream source. Semantics and behaviors for PDS vs Relay may evolve in the future; see atproto specs for more details. */
  handle?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkIdentity(v: unknown, p: string): Identity {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.seq
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "seq"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/seq must be an integer')
  }
  const x2: unknown = o.did
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x2)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x3: unknown = o.time
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "time"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/time must be a string')
    if (!rt.isDatetime(x3)) throw rt.invalid(p + '/time must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x4: unknown = o.handle
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/handle must be a string')
    if (!rt.isHandle(x4)) throw rt.invalid(p + '/handle must be a valid handle')
  }
  return o as unknown as Identity
}

/** Validates a value as Identity; a failure says where, e.g. "Object/field must be a string". */
export function validateIdentity(v: unknown): rt.ValidationResult<Identity> {
  return rt.run(checkIdentity, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Identity; it does not validate it. */
export function isIdentity<V>(v: V): v is V & rt.Typed<Identity, 'com.atproto.sync.subscribeRepos#identity'> {
  return rt.hasType(v, 'com.atproto.sync.subscribeRepos#identity')
}

/** Represents a change to an account's status on a host (eg, PDS or Relay). The semantics of this event are that the status is at the host which emitted the event, not necessarily that at the currently active PDS. Eg, a Relay takedown would emit a takedown with active=false, even if the PDS is still active. */
export interface Account {
  $type?: 'com.atproto.sync.subscribeRepos#account'
  seq: number
  did: string
  time: string
  /** Indicates that the account has a repository which can be fetched from the host that emitted this event. */
  active: boolean
  /** If active=false, this optional field indicates a reason for why the account is not active. */
  status?: 'takendown' | 'suspended' | 'deleted' | 'deactivated' | 'desynchronized' | 'throttled' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkAccount(v: unknown, p: string): Account {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.seq
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "seq"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/seq must be an integer')
  }
  const x2: unknown = o.did
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x2)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x3: unknown = o.time
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "time"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/time must be a string')
    if (!rt.isDatetime(x3)) throw rt.invalid(p + '/time must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x4: unknown = o.active
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "active"')
  } else {
    if (typeof x4 !== 'boolean') throw rt.invalid(p + '/active must be a boolean')
  }
  const x5: unknown = o.status
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/status must be a string')
  }
  return o as unknown as Account
}

/** Validates a value as Account; a failure says where, e.g. "Object/field must be a string". */
export function validateAccount(v: unknown): rt.ValidationResult<Account> {
  return rt.run(checkAccount, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Account; it does not validate it. */
export function isAccount<V>(v: V): v is V & rt.Typed<Account, 'com.atproto.sync.subscribeRepos#account'> {
  return rt.hasType(v, 'com.atproto.sync.subscribeRepos#account')
}

export interface Info {
  $type?: 'com.atproto.sync.subscribeRepos#info'
  name: 'OutdatedCursor' | (string & {})
  message?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInfo(v: unknown, p: string): Info {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.name
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "name"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/name must be a string')
  }
  const x2: unknown = o.message
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/message must be a string')
  }
  return o as unknown as Info
}

/** Validates a value as Info; a failure says where, e.g. "Object/field must be a string". */
export function validateInfo(v: unknown): rt.ValidationResult<Info> {
  return rt.run(checkInfo, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Info; it does not validate it. */
export function isInfo<V>(v: V): v is V & rt.Typed<Info, 'com.atproto.sync.subscribeRepos#info'> {
  return rt.hasType(v, 'com.atproto.sync.subscribeRepos#info')
}

/** A repo operation, ie a mutation of a single record. */
export interface RepoOp {
  $type?: 'com.atproto.sync.subscribeRepos#repoOp'
  action: 'create' | 'update' | 'delete' | (string & {})
  path: string
  /** For creates and updates, the new record CID. For deletions, null. */
  cid: rt.CID | null
  /** For updates and deletes, the previous record CID (required for inductive firehose). For creations, field should not be defined. */
  prev?: rt.CID
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRepoOp(v: unknown, p: string): RepoOp {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.action
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "action"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/action must be a string')
  }
  const x2: unknown = o.path
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "path"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/path must be a string')
  }
  const x3: unknown = o.cid
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "cid"')
  } else if (x3 !== null) {
    if (rt.asCid(x3) === null) throw rt.invalid(p + '/cid must be a CID')
  }
  const x4: unknown = o.prev
  if (x4 !== undefined) {
    if (rt.asCid(x4) === null) throw rt.invalid(p + '/prev must be a CID')
  }
  return o as unknown as RepoOp
}

/** Validates a value as RepoOp; a failure says where, e.g. "Object/field must be a string". */
export function validateRepoOp(v: unknown): rt.ValidationResult<RepoOp> {
  return rt.run(checkRepoOp, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a RepoOp; it does not validate it. */
export function isRepoOp<V>(v: V): v is V & rt.Typed<RepoOp, 'com.atproto.sync.subscribeRepos#repoOp'> {
  return rt.hasType(v, 'com.atproto.sync.subscribeRepos#repoOp')
}
