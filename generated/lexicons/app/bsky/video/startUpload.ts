/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/video/startUpload.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'app.bsky.video.startUpload'

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
  /** Exact byte size of the complete upload-ready video file before it is split into parts. */
  sizeBytes: number
  /** Declared MIME type of the video. */
  mimeType: string
  /** Optional client-provided file name. */
  name?: string
  /** Advisory, non-authoritative duration used only for early failure; the authoritative probe runs asynchronously after upload. */
  durationMs?: number
  /** Advisory, non-authoritative width used only for early failure; the authoritative probe runs asynchronously after upload. */
  width?: number
  /** Advisory, non-authoritative height used only for early failure; the authoritative probe runs asynchronously after upload. */
  height?: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.sizeBytes
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "sizeBytes"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/sizeBytes must be an integer')
    if ((x1 as number) < 1) throw rt.invalid(p + '/sizeBytes can not be less than 1')
  }
  const x2: unknown = o.mimeType
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "mimeType"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/mimeType must be a string')
    if (x2.length < 3 && (x2.length * 3 < 3 || rt.utf8Len(x2) < 3)) throw rt.invalid(p + '/mimeType must not be shorter than 3 characters')
    if (x2.length * 3 > 255 && rt.utf8Len(x2) > 255) throw rt.invalid(p + '/mimeType must not be longer than 255 characters')
  }
  const x3: unknown = o.name
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/name must be a string')
    if (x3.length * 3 > 256 && rt.utf8Len(x3) > 256) throw rt.invalid(p + '/name must not be longer than 256 characters')
  }
  const x4: unknown = o.durationMs
  if (x4 !== undefined) {
    if (!Number.isInteger(x4)) throw rt.invalid(p + '/durationMs must be an integer')
  }
  const x5: unknown = o.width
  if (x5 !== undefined) {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/width must be an integer')
  }
  const x6: unknown = o.height
  if (x6 !== undefined) {
    if (!Number.isInteger(x6)) throw rt.invalid(p + '/height must be an integer')
  }
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export interface OutputSchema {
  jobId: string
  partSizeBytes: number
  partCount: number
  expiresAt: string
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
  const x4: unknown = o.expiresAt
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "expiresAt"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/expiresAt must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/expiresAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
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
 * UnsupportedContentType: The declared MIME type is not supported.
 * VideoTooLarge: The exact file size exceeds the per-file cap or remaining daily byte allowance.
 * VideoTooLong: The advisory declared duration exceeds the limit.
 * BadAspectRatio: The advisory declared dimensions have an unsupported aspect ratio.
 * DailyLimitExceeded: The daily video or byte allowance, including active reservations, is exhausted.
 * TooManyOpenUploads: The account has reached its open multipart upload limit.
 * UploadForbidden: The account is not permitted to upload video.
 * ServiceOverloaded: The service is draining, at capacity, or temporarily unable to create the multipart upload.
 */
export type ErrorName = 'UnsupportedContentType' | 'VideoTooLarge' | 'VideoTooLong' | 'BadAspectRatio' | 'DailyLimitExceeded' | 'TooManyOpenUploads' | 'UploadForbidden' | 'ServiceOverloaded'

export const ERRORS: readonly ErrorName[] = ['UnsupportedContentType', 'VideoTooLarge', 'VideoTooLong', 'BadAspectRatio', 'DailyLimitExceeded', 'TooManyOpenUploads', 'UploadForbidden', 'ServiceOverloaded']

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
