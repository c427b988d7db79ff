/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/video/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'app.bsky.video.defs'

export interface JobStatus {
  $type?: 'app.bsky.video.defs#jobStatus'
  jobId: string
  did: string
  /** The state of the video processing job. All values not listed as a known value indicate that the job is in process. */
  state: 'JOB_STATE_CREATED' | 'JOB_STATE_ENCODING' | 'JOB_STATE_ENCODED' | 'JOB_STATE_SCANNING' | 'JOB_STATE_SCANNED' | 'JOB_STATE_UPLOADING' | 'JOB_STATE_UPLOADED' | 'JOB_STATE_COMPLETED' | 'JOB_STATE_FAILED' | (string & {})
  /** Progress within the current processing state. */
  progress?: number
  blob?: rt.BlobRef
  error?: string
  /** A machine-readable code for why the video processing job failed. */
  failureCode?: 'validation_failure' | 'encoding_failure' | 'pds_upload_failure' | 'pds_upload_unsupported_blob_size' | 'generic_failure' | (string & {})
  message?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkJobStatus(v: unknown, p: string): JobStatus {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.jobId
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "jobId"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/jobId must be a string')
  }
  const x2: unknown = o.did
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x2)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x3: unknown = o.state
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "state"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/state must be a string')
  }
  const x4: unknown = o.progress
  if (x4 !== undefined) {
    if (!Number.isInteger(x4)) throw rt.invalid(p + '/progress must be an integer')
    if ((x4 as number) > 100) throw rt.invalid(p + '/progress can not be greater than 100')
    if ((x4 as number) < 0) throw rt.invalid(p + '/progress can not be less than 0')
  }
  const x5: unknown = o.blob
  if (x5 !== undefined) {
    if (!rt.isBlob(x5)) throw rt.invalid(p + '/blob should be a blob ref')
  }
  const x6: unknown = o.error
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/error must be a string')
  }
  const x7: unknown = o.failureCode
  if (x7 !== undefined) {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/failureCode must be a string')
  }
  const x8: unknown = o.message
  if (x8 !== undefined) {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/message must be a string')
  }
  return o as unknown as JobStatus
}

/** Validates a value as JobStatus; a failure says where, e.g. "Object/field must be a string". */
export function validateJobStatus(v: unknown): rt.ValidationResult<JobStatus> {
  return rt.run(checkJobStatus, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a JobStatus; it does not validate it. */
export function isJobStatus<V>(v: V): v is V & rt.Typed<JobStatus, 'app.bsky.video.defs#jobStatus'> {
  return rt.hasType(v, 'app.bsky.video.defs#jobStatus')
}
