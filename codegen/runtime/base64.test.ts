import { describe, expect, it, test } from 'vitest'
import { decodeBase64, encodeBase64 } from './base64.js'

const bytesOfEveryLength = Array.from({ length: 40 }, (_, n) =>
  Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 31) & 0xff),
)

describe('encodeBase64', () => {
  test.each(bytesOfEveryLength.map((b) => [b.length, b] as const))(
    'writes %i bytes as Node does, minus padding',
    (_, bytes) => {
      expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64').replace(/=+$/, ''))
    },
  )
})

describe('decodeBase64', () => {
  test.each(bytesOfEveryLength.map((b) => [b.length, b] as const))(
    'reads %i bytes written with or without padding',
    (_, bytes) => {
      const padded = Buffer.from(bytes).toString('base64')
      expect(decodeBase64(padded)).toEqual(bytes)
      expect(decodeBase64(padded.replace(/=+$/, ''))).toEqual(bytes)
    },
  )

  it('ignores the unused low bits of the last char', () => {
    expect(decodeBase64('AR')).toEqual(new Uint8Array([1]))
  })

  const rejects: [string, { given: string }][] = [
    ['url-safe chars', { given: 'ab-_' }],
    ['whitespace', { given: 'AQID AQID' }],
    ['a lone char after whole groups', { given: 'AQIDA' }],
    ['padding on a partial group', { given: 'AQ=' }],
    ['padding in the middle', { given: 'AQ==AQID' }],
    ['three padding chars', { given: 'A===' }],
    ['non-ASCII', { given: 'AQé=' }],
  ]
  test.each(rejects)('rejects %s', (_, { given }) => expect(decodeBase64(given)).toBeNull())
})
