/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/video/finishUpload.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyVideoDefs from './defs.js'

export const id = 'app.bsky.video.finishUpload'

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
  jobId: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
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
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export interface OutputSchema {
  /** The processing job to poll with getJobStatus; on deduplication this may differ from the input jobId. */
  completedJobId: string
  jobStatus: AppBskyVideoDefs.JobStatus
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.completedJobId
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "completedJobId"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/completedJobId must be a string')
    if (x1.length < 1 && (x1.length * 3 < 1 || rt.utf8Len(x1) < 1)) throw rt.invalid(p + '/completedJobId must not be shorter than 1 characters')
    if (x1.length * 3 > 256 && rt.utf8Len(x1) > 256) throw rt.invalid(p + '/completedJobId must not be longer than 256 characters')
  }
  const x2: unknown = o.jobStatus
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "jobStatus"')
  } else {
    try {
      AppBskyVideoDefs.checkJobStatus(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/jobStatus')
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
 * UploadNotFound: The job ID is unknown or aged out of retention; known terminal sessions are never reported as not found.
 * UploadExpired: The upload session expired before finalization began.
 * MissingParts: Not all parts are recorded; the error message lists the missing part numbers.
 * UploadNotReady: A finish is in progress; check getUploadStatus and retry.
 * UnsupportedContentType: The assembled object's detected content type is not supported.
 * UploadFailed: The session is known to have failed; the error carries its failure reason.
 * UploadAborted: The session is known to have been aborted.
 * ServiceOverloaded: The service is draining or temporarily at capacity; retry later.
 */
export type ErrorName = 'UploadNotFound' | 'UploadExpired' | 'MissingParts' | 'UploadNotReady' | 'UnsupportedContentType' | 'UploadFailed' | 'UploadAborted' | 'ServiceOverloaded'

export const ERRORS: readonly ErrorName[] = ['UploadNotFound', 'UploadExpired', 'MissingParts', 'UploadNotReady', 'UnsupportedContentType', 'UploadFailed', 'UploadAborted', 'ServiceOverloaded']

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
