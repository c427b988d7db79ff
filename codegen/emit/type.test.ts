import { describe, expect, test } from 'vitest'
import { emitBooleanType, emitIntegerType, emitStringType, type FieldDef } from './type.js'

describe('emitStringType', () => {
  const cases: [string, { given: FieldDef; want: string }][] = [
    ['a plain string is a string', { given: { type: 'string' }, want: 'string' }],
    [
      'known values stay open',
      { given: { type: 'string', knownValues: ['a', 'b'] }, want: `'a' | 'b' | (string & {})` },
    ],
    ['an enum is closed', { given: { type: 'string', enum: ['x', 'y'] }, want: `'x' | 'y'` }],
    ['a const is its literal', { given: { type: 'string', const: 'only' }, want: `'only'` }],
    ['length limits do not change the type', { given: { type: 'string', maxLength: 64 }, want: 'string' }],
    ['quotes in values are escaped', { given: { type: 'string', enum: ["it's"] }, want: `'it\\'s'` }],
  ]
  test.each(cases)('%s', (_, { given, want }) => expect(emitStringType(given)).toBe(want))
})

describe('emitIntegerType', () => {
  const cases: [string, { given: FieldDef; want: string }][] = [
    ['a plain integer is a number', { given: { type: 'integer' }, want: 'number' }],
    ['an enum is a union of literals', { given: { type: 'integer', enum: [1, 2] }, want: '1 | 2' }],
    ['a const is its literal', { given: { type: 'integer', const: 42 }, want: '42' }],
  ]
  test.each(cases)('%s', (_, { given, want }) => expect(emitIntegerType(given)).toBe(want))
})

describe('emitBooleanType', () => {
  const cases: [string, { given: FieldDef; want: string }][] = [
    ['a plain boolean is a boolean', { given: { type: 'boolean' }, want: 'boolean' }],
    ['a const is its literal', { given: { type: 'boolean', const: true }, want: 'true' }],
  ]
  test.each(cases)('%s', (_, { given, want }) => expect(emitBooleanType(given)).toBe(want))
})
