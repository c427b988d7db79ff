/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/sync/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'com.atproto.sync.defs'

export type HostStatus = 'active' | 'idle' | 'offline' | 'throttled' | 'banned' | (string & {})

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkHostStatus(v: unknown, p: string): HostStatus {
  if (typeof v !== 'string') throw rt.invalid(p + ' must be a string')
  return v as HostStatus
}

/** Validates a value as HostStatus; a failure says where, e.g. "Value/field must be a string". */
export function validateHostStatus(v: unknown): rt.ValidationResult<HostStatus> {
  return rt.run(checkHostStatus, v, 'Value')
}
