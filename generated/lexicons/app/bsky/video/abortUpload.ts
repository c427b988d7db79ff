/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/video/abortUpload.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'app.bsky.video.abortUpload'

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
  state: 'aborted' | 'completed' | 'failed' | 'expired' | (string & {})
  /** Present only when state is completed. */
  completedJobId?: string
  /** Present only when state is failed. */
  failureReason?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.state
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "state"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/state must be a string')
    if (x1.length * 3 > 32 && rt.utf8Len(x1) > 32) throw rt.invalid(p + '/state must not be longer than 32 characters')
  }
  const x2: unknown = o.completedJobId
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/completedJobId must be a string')
    if (x2.length < 1 && (x2.length * 3 < 1 || rt.utf8Len(x2) < 1)) throw rt.invalid(p + '/completedJobId must not be shorter than 1 characters')
    if (x2.length * 3 > 256 && rt.utf8Len(x2) > 256) throw rt.invalid(p + '/completedJobId must not be longer than 256 characters')
  }
  const x3: unknown = o.failureReason
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/failureReason must be a string')
    if (x3.length * 3 > 1024 && rt.utf8Len(x3) > 1024) throw rt.invalid(p + '/failureReason must not be longer than 1024 characters')
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
 * UploadNotFound: The job ID is unknown or aged out of retention; known terminal sessions return their outcome and are never reported as not found.
 * UploadNotReady: A finish is in progress; check getUploadStatus and retry.
 */
export type ErrorName = 'UploadNotFound' | 'UploadNotReady'

export const ERRORS: readonly ErrorName[] = ['UploadNotFound', 'UploadNotReady']

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
