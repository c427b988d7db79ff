import { describe, expect, test } from 'vitest'
import { CaseBuilder, text } from './conformance.js'
import { checkDoc, Registry } from './load.js'
import { graphemeLen, utf8Len } from './runtime/strings.js'

describe('text', () => {
  const cases: [string, { given: [number, number]; want: [number, number] }][] = [
    ['ASCII only', { given: [5, 5], want: [5, 5] }],
    ['an odd remainder joins accents to an a', { given: [8, 2], want: [8, 2] }],
    ['an even remainder starts from é', { given: [3001, 300], want: [3001, 300] }],
    ['one grapheme of many bytes', { given: [64, 1], want: [64, 1] }],
    ['empty', { given: [0, 0], want: [0, 0] }],
  ]
  test.each(cases)('%s', (_, { given, want }) => {
    const s = text(...given)
    expect([utf8Len(s), graphemeLen(s)]).toEqual(want)
  })
})

const registryOf = (main: unknown) =>
  new Registry([
    {
      file: 'x.json',
      doc: checkDoc(
        { lexicon: 1, id: 'com.example.thing', defs: { main, a: { type: 'object', properties: {} } } },
        'x.json',
      ),
    },
  ])

describe('CaseBuilder', () => {
  const cases: [string, { given: unknown; want: [string, 'valid' | 'invalid'][] }][] = [
    [
      'a string with byte and grapheme limits: at and one over each',
      {
        given: {
          type: 'procedure',
          input: {
            encoding: 'application/json',
            schema: {
              type: 'object',
              required: ['s'],
              properties: { s: { type: 'string', maxLength: 20, maxGraphemes: 5 } },
            },
          },
        },
        want: [
          ['params: an unknown parameter', 'valid'],
          ['input: not an object', 'invalid'],
          ['input/s: the required property missing', 'invalid'],
          ['input/s: null, not nullable', 'invalid'],
          ['input/s: not a string', 'invalid'],
          ['input/s: 20 bytes, at maxLength', 'valid'],
          ['input/s: 21 bytes, 1 over maxLength', 'invalid'],
          ['input/s: 5 graphemes, at maxGraphemes', 'valid'],
          ['input/s: 6 graphemes, 1 over maxGraphemes', 'invalid'],
        ],
      },
    ],
    [
      'integer params: range, wrong type, and an unknown parameter',
      {
        given: {
          type: 'query',
          parameters: { type: 'params', properties: { limit: { type: 'integer', minimum: 1, maximum: 100 } } },
        },
        want: [
          ['params/limit: not an integer', 'invalid'],
          ['params/limit: 1, at the minimum', 'valid'],
          ['params/limit: 0, 1 under the minimum', 'invalid'],
          ['params/limit: 100, at the maximum', 'valid'],
          ['params/limit: 101, 1 over the maximum', 'invalid'],
          ['params: an unknown parameter', 'valid'],
        ],
      },
    ],
    [
      'a closed union refuses an unlisted $type; an optional array is broken inside a one-item fill',
      {
        given: {
          type: 'record',
          key: 'tid',
          record: {
            type: 'object',
            required: ['u'],
            properties: {
              u: { type: 'union', refs: ['#a'], closed: true },
              tags: { type: 'array', maxLength: 2, items: { type: 'string', enum: ['x'] } },
            },
          },
        },
        want: [
          ['record: not an object', 'invalid'],
          ['record/u: the required property missing', 'invalid'],
          ['record/u: null, not nullable', 'invalid'],
          ['record/u: not an object', 'invalid'],
          ['record/u: a $type the closed union does not list', 'invalid'],
          ['record/u/$type: without $type', 'invalid'],
          ['record/tags: not an array', 'invalid'],
          ['record/tags: 3 items, 1 over maxLength', 'invalid'],
          ['record/tags/0: not a string', 'invalid'],
          ['record/tags/0: a value outside the enum', 'invalid'],
        ],
      },
    ],
  ]
  test.each(cases)('%s', (_, { given, want }) => {
    const builder = new CaseBuilder(registryOf(given))
    const built =
      (given as { type: string }).type === 'record'
        ? builder.record('com.example.thing')
        : builder.method('com.example.thing')
    expect(built?.cases.map((c) => [c.name, c.expect])).toEqual(want)
  })
})
