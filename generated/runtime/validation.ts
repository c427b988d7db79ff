/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: codegen/runtime/validation.ts
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
/**
 * The result type every generated validator returns, and the error it carries.
 *
 * @module
 */

/** A value did not match its Lexicon schema; the message says where, e.g. `Record/text must be a string`. */
export class ValidationError extends Error {
  override name = 'ValidationError'
}

/** The outcome of validating a value: the (possibly converted) value, or the reason it was rejected. */
export type ValidationResult<T> = { success: true; value: T } | { success: false; error: ValidationError }

/**
 * Wraps a valid value.
 *
 * @example
 * ok(42) // { success: true, value: 42 }
 */
export function ok<T>(value: T): ValidationResult<T> {
  return { success: true, value }
}

/**
 * Wraps a rejection with its message.
 *
 * @example
 * fail('Record/text must be a string') // { success: false, error: ValidationError }
 */
export function fail<T = never>(message: string): ValidationResult<T> {
  return { success: false, error: new ValidationError(message) }
}

/**
 * Returns the value of a successful result and throws the error of a failed one.
 *
 * @example
 * const post = assertValid(validateRecord(body)) // throws ValidationError when invalid
 */
export function assertValid<T>(result: ValidationResult<T>): T {
  if (result.success) return result.value
  throw result.error
}
