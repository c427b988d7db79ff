/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: codegen/runtime/check.ts
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
/**
 * @module
 * The few helpers generated check functions call around their inlined code.
 */
import { ValidationError, type ValidationResult } from './validation.js'

/** A check function: returns the (possibly defaulted) value or throws a ValidationError. */
export type Check<T> = (value: unknown, path: string) => T

/** The error a failed check throws; the message starts with the path, e.g. "Record/text must be a string". */
export function invalid(message: string): ValidationError {
  return new ValidationError(message)
}

/**
 * Adds the caller's path in front of the message of a ValidationError thrown by a
 * nested check (which was given an empty path); other errors pass unchanged.
 */
export function within(err: unknown, path: string): unknown {
  if (err instanceof ValidationError) err.message = path + err.message
  return err
}

/** A failed validation result. */
export function failure(message: string): { success: false; error: ValidationError } {
  return { success: false, error: new ValidationError(message) }
}

/**
 * Runs a check from the root path, turning a thrown ValidationError into a result.
 * @example
 *   const result = run(checkPost, value, 'Record')
 *   if (!result.success) console.log(result.error.message)
 */
export function run<T>(check: Check<T>, value: unknown, path: string): ValidationResult<T> {
  try {
    return { success: true, value: check(value, path) }
  } catch (err) {
    if (err instanceof ValidationError) return { success: false, error: err }
    throw err
  }
}

/** Whether `v` is an object whose `$type` is exactly `id`. */
export function hasType(v: unknown, id: string): boolean {
  return typeof v === 'object' && v !== null && (v as { $type?: unknown }).$type === id
}

/** Whether `v` is an object whose `$type` names a main definition, with or without `#main`. */
export function hasMainType(v: unknown, nsid: string): boolean {
  if (typeof v !== 'object' || v === null) return false
  const t = (v as { $type?: unknown }).$type
  return t === nsid || t === `${nsid}#main`
}
