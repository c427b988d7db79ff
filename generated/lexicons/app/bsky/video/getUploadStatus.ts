/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/video/getUploadStatus.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyVideoDefs from './defs.js'

export const id = 'app.bsky.video.getUploadStatus'

/** Query-string parameters. */
export interface QueryParams {
  jobId: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { jobId: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.jobId
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "jobId"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/jobId must be a string')
    if (x1.length < 1 && (x1.length * 3 < 1 || rt.utf8Len(x1) < 1)) throw rt.invalid(p + '/jobId must not be shorter than 1 characters')
    if (x1.length * 3 > 256 && rt.utf8Len(x1) > 256) throw rt.invalid(p + '/jobId must not be longer than 256 characters')
  }
  return o as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  jobId: string
  partSizeBytes: number
  partCount: number
  receivedParts: number[]
  expiresAt: string
  state: 'created' | 'finishing' | 'completed' | 'failed' | 'aborted' | 'expired' | (string & {})
  /** Present only when state is completed; may differ from jobId on deduplication. */
  completedJobId?: string
  /** Present only when state is completed. */
  jobStatus?: AppBskyVideoDefs.JobStatus
  /** Present only when state is failed. */
  failureReason?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.jobId
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "jobId"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/jobId must be a string')
    if (x1.length < 1 && (x1.length * 3 < 1 || rt.utf8Len(x1) < 1)) throw rt.invalid(p + '/jobId must not be shorter than 1 characters')
    if (x1.length * 3 > 256 && rt.utf8Len(x1) > 256) throw rt.invalid(p + '/jobId must not be longer than 256 characters')
  }
  const x2: unknown = o.partSizeBytes
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "partSizeBytes"')
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/partSizeBytes must be an integer')
  }
  const x3: unknown = o.partCount
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "partCount"')
  } else {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/partCount must be an integer')
  }
  const x4: unknown = o.receivedParts
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "receivedParts"')
  } else {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/receivedParts must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      if (!Number.isInteger(e5)) throw rt.invalid(p + '/receivedParts' + '/' + i5 + ' must be an integer')
      if ((e5 as number) < 1) throw rt.invalid(p + '/receivedParts' + '/' + i5 + ' can not be less than 1')
    }
  }
  const x6: unknown = o.expiresAt
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "expiresAt"')
  } else {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/expiresAt must be a string')
    if (!rt.isDatetime(x6)) throw rt.invalid(p + '/expiresAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x7: unknown = o.state
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "state"')
  } else {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/state must be a string')
    if (x7.length * 3 > 32 && rt.utf8Len(x7) > 32) throw rt.invalid(p + '/state must not be longer than 32 characters')
  }
  const x8: unknown = o.completedJobId
  if (x8 !== undefined) {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/completedJobId must be a string')
    if (x8.length < 1 && (x8.length * 3 < 1 || rt.utf8Len(x8) < 1)) throw rt.invalid(p + '/completedJobId must not be shorter than 1 characters')
    if (x8.length * 3 > 256 && rt.utf8Len(x8) > 256) throw rt.invalid(p + '/completedJobId must not be longer than 256 characters')
  }
  const x9: unknown = o.jobStatus
  if (x9 !== undefined) {
    try {
      AppBskyVideoDefs.checkJobStatus(x9, '')
    } catch (err) {
      throw rt.within(err, p + '/jobStatus')
    }
  }
  const x10: unknown = o.failureReason
  if (x10 !== undefined) {
    if (typeof x10 !== 'string') throw rt.invalid(p + '/failureReason must be a string')
    if (x10.length * 3 > 1024 && rt.utf8Len(x10) > 1024) throw rt.invalid(p + '/failureReason must not be longer than 1024 characters')
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
 * UploadNotFound: The job ID is unknown or aged out of retention; known terminal sessions remain readable and are never reported as not found.
 */
export type ErrorName = 'UploadNotFound'

export const ERRORS: readonly ErrorName[] = ['UploadNotFound']

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
