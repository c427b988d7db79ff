import { describe, expect, test } from 'vitest'
import { emitBooleanCheck, emitIntegerCheck, emitStringCheck } from './check.js'
import type { FieldDef } from './type.js'

describe('emitStringCheck', () => {
  const cases: [string, { given: FieldDef; want: string }][] = [
    [
      'checks the type alone when there is nothing else',
      { given: { type: 'string' }, want: `if (typeof v !== 'string') throw rt.invalid(p + ' must be a string')` },
    ],
    [
      'counts UTF-8 bytes only when three bytes per unit could exceed the limit',
      {
        given: { type: 'string', maxLength: 30 },
        want: [
          `if (typeof v !== 'string') throw rt.invalid(p + ' must be a string')`,
          `if (v.length * 3 > 30 && rt.utf8Len(v) > 30) throw rt.invalid(p + ' must not be longer than 30 characters')`,
        ].join('\n'),
      },
    ],
    [
      'counts graphemes only when the string has more code units than the limit',
      {
        given: { type: 'string', maxGraphemes: 5 },
        want: [
          `if (typeof v !== 'string') throw rt.invalid(p + ' must be a string')`,
          `if (v.length > 5 && rt.graphemeLen(v) > 5) throw rt.invalid(p + ' must not be longer than 5 graphemes')`,
        ].join('\n'),
      },
    ],
    [
      'checks a format with the runtime check of that name',
      {
        given: { type: 'string', format: 'did' },
        want: [
          `if (typeof v !== 'string') throw rt.invalid(p + ' must be a string')`,
          `if (!rt.isDid(v)) throw rt.invalid(p + ' must be a valid did')`,
        ].join('\n'),
      },
    ],
  ]
  test.each(cases)('%s', (_, { given, want }) => expect(emitStringCheck(given, 'v', 'p')).toBe(want))
})

describe('emitIntegerCheck', () => {
  const cases: [string, { given: FieldDef; want: string }][] = [
    [
      'inlines the range',
      {
        given: { type: 'integer', minimum: 1, maximum: 100 },
        want: [
          `if (!Number.isInteger(v)) throw rt.invalid(p + ' must be an integer')`,
          `if ((v as number) > 100) throw rt.invalid(p + ' can not be greater than 100')`,
          `if ((v as number) < 1) throw rt.invalid(p + ' can not be less than 1')`,
        ].join('\n'),
      },
    ],
  ]
  test.each(cases)('%s', (_, { given, want }) => expect(emitIntegerCheck(given, 'v', 'p')).toBe(want))
})

describe('emitBooleanCheck', () => {
  test('checks a const', () => {
    expect(emitBooleanCheck({ type: 'boolean', const: true }, 'v', 'p')).toBe(
      `if (typeof v !== 'boolean') throw rt.invalid(p + ' must be a boolean')\nif (v !== true) throw rt.invalid(p + ' must be true')`,
    )
  })
})
