import { describe, expect, it } from 'vitest'
import { assertValid, fail, ok, ValidationError } from './validation.js'

describe('validation results', () => {
  it('wraps a valid value', () => {
    expect(ok(42)).toEqual({ success: true, value: 42 })
  })

  it('wraps a failure in a ValidationError', () => {
    const result = fail('Record/text must be a string')
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error).toBeInstanceOf(ValidationError)
    expect(result.error).toBeInstanceOf(Error)
    expect(result.error.name).toBe('ValidationError')
    expect(result.error.message).toBe('Record/text must be a string')
  })

  it('returns the value of a valid result', () => {
    expect(assertValid(ok('x'))).toBe('x')
  })

  it('throws the error of a failed result', () => {
    const result = fail('Record must be an object')
    expect(() => assertValid(result)).toThrow(ValidationError)
    expect(() => assertValid(result)).toThrow('Record must be an object')
  })
})
