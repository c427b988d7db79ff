/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/video/uploadPart.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'app.bsky.video.uploadPart'

/** Query-string parameters. */
export interface QueryParams {
  jobId: string
  partNumber: number
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { jobId: 'string', partNumber: 'integer' }

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
  const x2: unknown = o.partNumber
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "partNumber"')
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/partNumber must be an integer')
    if ((x2 as number) < 1) throw rt.invalid(p + '/partNumber can not be less than 1')
  }
  return o as unknown as QueryParams
}

export interface HandlerInput {
  encoding: string
  body: rt.Readable
}

export interface OutputSchema {
  partNumber: number
  sizeBytes: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.partNumber
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "partNumber"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/partNumber must be an integer')
    if ((x1 as number) < 1) throw rt.invalid(p + '/partNumber can not be less than 1')
  }
  const x2: unknown = o.sizeBytes
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "sizeBytes"')
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/sizeBytes must be an integer')
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
 * UploadExpired: The upload session expired before completion.
 * InvalidPartNumber: The part number is outside the upload's valid part range.
 * PartSizeMismatch: Content-Length does not exactly match the expected size for this part.
 * UploadNotReady: A finish is in progress; check getUploadStatus and retry.
 * UploadFailed: The session is known to have failed; the error carries its failure reason.
 * UploadAborted: The session is known to have been aborted.
 * UploadAlreadyCompleted: The session is known to have already completed.
 * ServiceOverloaded: The service is draining or temporarily at capacity; retry on another worker.
 */
export type ErrorName = 'UploadNotFound' | 'UploadExpired' | 'InvalidPartNumber' | 'PartSizeMismatch' | 'UploadNotReady' | 'UploadFailed' | 'UploadAborted' | 'UploadAlreadyCompleted' | 'ServiceOverloaded'

export const ERRORS: readonly ErrorName[] = ['UploadNotFound', 'UploadExpired', 'InvalidPartNumber', 'PartSizeMismatch', 'UploadNotReady', 'UploadFailed', 'UploadAborted', 'UploadAlreadyCompleted', 'ServiceOverloaded']

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
  input: { encoding: 'application/octet-stream', check: undefined },
  output: { encoding: 'application/json', check: checkOutputSchema },
  errors: ERRORS,
})
