/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/dev/lexiconpds/admin/getServerStatus.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'dev.lexiconpds.admin.getServerStatus'

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

export type HandlerInput = undefined

export interface OutputSchema {
  version: string
  did: string
  hostname: string
  accounts: {
    total: number
    active: number
    takendown: number
    deactivated: number
  }
  database: {
    dialect: 'sqlite' | 'postgres' | (string & {})
    bytes?: number
  }
  blobstore: {
    kind: 'disk' | 's3' | (string & {})
    location: string
    blobs: number
    bytes: number
  }
  disk?: {
    path: string
    freeBytes: number
    totalBytes: number
  }
  firehose: {
    /** The last event's seq (0: none yet). */
    seq: number
  }
  relays: string[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.version
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "version"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/version must be a string')
  }
  const x2: unknown = o.did
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x2)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x3: unknown = o.hostname
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "hostname"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/hostname must be a string')
  }
  const x4: unknown = o.accounts
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "accounts"')
  } else {
    if (typeof x4 !== 'object' || x4 === null) throw rt.invalid(p + '/accounts must be an object')
    const o5 = x4 as { [key: string]: unknown }
    const x6: unknown = o5.total
    if (x6 === undefined) {
      throw rt.invalid(p + '/accounts must have the property "total"')
    } else {
      if (!Number.isInteger(x6)) throw rt.invalid(p + '/accounts' + '/total must be an integer')
    }
    const x7: unknown = o5.active
    if (x7 === undefined) {
      throw rt.invalid(p + '/accounts must have the property "active"')
    } else {
      if (!Number.isInteger(x7)) throw rt.invalid(p + '/accounts' + '/active must be an integer')
    }
    const x8: unknown = o5.takendown
    if (x8 === undefined) {
      throw rt.invalid(p + '/accounts must have the property "takendown"')
    } else {
      if (!Number.isInteger(x8)) throw rt.invalid(p + '/accounts' + '/takendown must be an integer')
    }
    const x9: unknown = o5.deactivated
    if (x9 === undefined) {
      throw rt.invalid(p + '/accounts must have the property "deactivated"')
    } else {
      if (!Number.isInteger(x9)) throw rt.invalid(p + '/accounts' + '/deactivated must be an integer')
    }
  }
  const x10: unknown = o.database
  if (x10 === undefined) {
    throw rt.invalid(p + ' must have the property "database"')
  } else {
    if (typeof x10 !== 'object' || x10 === null) throw rt.invalid(p + '/database must be an object')
    const o11 = x10 as { [key: string]: unknown }
    const x12: unknown = o11.dialect
    if (x12 === undefined) {
      throw rt.invalid(p + '/database must have the property "dialect"')
    } else {
      if (typeof x12 !== 'string') throw rt.invalid(p + '/database' + '/dialect must be a string')
    }
    const x13: unknown = o11.bytes
    if (x13 !== undefined) {
      if (!Number.isInteger(x13)) throw rt.invalid(p + '/database' + '/bytes must be an integer')
    }
  }
  const x14: unknown = o.blobstore
  if (x14 === undefined) {
    throw rt.invalid(p + ' must have the property "blobstore"')
  } else {
    if (typeof x14 !== 'object' || x14 === null) throw rt.invalid(p + '/blobstore must be an object')
    const o15 = x14 as { [key: string]: unknown }
    const x16: unknown = o15.kind
    if (x16 === undefined) {
      throw rt.invalid(p + '/blobstore must have the property "kind"')
    } else {
      if (typeof x16 !== 'string') throw rt.invalid(p + '/blobstore' + '/kind must be a string')
    }
    const x17: unknown = o15.location
    if (x17 === undefined) {
      throw rt.invalid(p + '/blobstore must have the property "location"')
    } else {
      if (typeof x17 !== 'string') throw rt.invalid(p + '/blobstore' + '/location must be a string')
    }
    const x18: unknown = o15.blobs
    if (x18 === undefined) {
      throw rt.invalid(p + '/blobstore must have the property "blobs"')
    } else {
      if (!Number.isInteger(x18)) throw rt.invalid(p + '/blobstore' + '/blobs must be an integer')
    }
    const x19: unknown = o15.bytes
    if (x19 === undefined) {
      throw rt.invalid(p + '/blobstore must have the property "bytes"')
    } else {
      if (!Number.isInteger(x19)) throw rt.invalid(p + '/blobstore' + '/bytes must be an integer')
    }
  }
  const x20: unknown = o.disk
  if (x20 !== undefined) {
    if (typeof x20 !== 'object' || x20 === null) throw rt.invalid(p + '/disk must be an object')
    const o21 = x20 as { [key: string]: unknown }
    const x22: unknown = o21.path
    if (x22 === undefined) {
      throw rt.invalid(p + '/disk must have the property "path"')
    } else {
      if (typeof x22 !== 'string') throw rt.invalid(p + '/disk' + '/path must be a string')
    }
    const x23: unknown = o21.freeBytes
    if (x23 === undefined) {
      throw rt.invalid(p + '/disk must have the property "freeBytes"')
    } else {
      if (!Number.isInteger(x23)) throw rt.invalid(p + '/disk' + '/freeBytes must be an integer')
    }
    const x24: unknown = o21.totalBytes
    if (x24 === undefined) {
      throw rt.invalid(p + '/disk must have the property "totalBytes"')
    } else {
      if (!Number.isInteger(x24)) throw rt.invalid(p + '/disk' + '/totalBytes must be an integer')
    }
  }
  const x25: unknown = o.firehose
  if (x25 === undefined) {
    throw rt.invalid(p + ' must have the property "firehose"')
  } else {
    if (typeof x25 !== 'object' || x25 === null) throw rt.invalid(p + '/firehose must be an object')
    const o26 = x25 as { [key: string]: unknown }
    const x27: unknown = o26.seq
    if (x27 === undefined) {
      throw rt.invalid(p + '/firehose must have the property "seq"')
    } else {
      if (!Number.isInteger(x27)) throw rt.invalid(p + '/firehose' + '/seq must be an integer')
    }
  }
  const x28: unknown = o.relays
  if (x28 === undefined) {
    throw rt.invalid(p + ' must have the property "relays"')
  } else {
    if (!Array.isArray(x28)) throw rt.invalid(p + '/relays must be an array')
    for (let i29 = 0; i29 < x28.length; i29++) {
      const e29: unknown = x28[i29]
      if (typeof e29 !== 'string') throw rt.invalid(p + '/relays' + '/' + i29 + ' must be a string')
      if (!rt.isUri(e29)) throw rt.invalid(p + '/relays' + '/' + i29 + ' must be a uri')
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
