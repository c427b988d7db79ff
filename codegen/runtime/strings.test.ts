import { graphemeLen as referenceGraphemeLen, utf8Len as referenceUtf8Len } from '@atproto/common-web'
import { describe, expect, it, test } from 'vitest'
import { graphemeLen, utf8Len } from './strings.js'

const SAMPLES: [string, string][] = [
  ['the empty string', ''],
  ['ASCII', 'hello, world'],
  ['CRLF', 'a\r\nb'],
  ['a lone CR', 'a\rb'],
  ['control chars', '\u0000\u0001\t\n'],
  ['Latin-1 with a combining accent', 'e\u0301te\u0301'],
  ['CJK', '⽘日本語'],
  ['an emoji', '😀'],
  ['a ZWJ family', '👨‍👩‍👧‍👧'],
  ['a flag', '🇫🇷'],
  ['a skin-tone modifier', '👍🏽'],
  ['Hangul jamo', '\u1100\u1161\u11a8'],
  ['Devanagari with a virama', 'क्षि'],
  ['the data-model fixture string', 'a~öñ©⽘☎𓋓😀👨‍👩‍👧‍👧'],
  ['a lone high surrogate', 'a\ud83d'],
  ['a lone low surrogate', '\ude00b'],
  ['reversed surrogates', '\ude00\ud83d'],
  ['a high surrogate at the end after a pair', '😀\ud83d'],
  ['U+07FF and U+0800', '\u07ff\u0800'],
  ['U+FFFF', '\uffff'],
]

describe('utf8Len', () => {
  test.each(SAMPLES)('counts the UTF-8 bytes of %s', (_, s) => {
    expect(utf8Len(s)).toBe(new TextEncoder().encode(s).length)
    expect(utf8Len(s)).toBe(referenceUtf8Len(s))
  })
})

describe('graphemeLen', () => {
  test.each(SAMPLES)('counts the graphemes of %s', (_, s) => {
    expect(graphemeLen(s)).toBe(referenceGraphemeLen(s))
  })

  it('counts a ZWJ family as one grapheme', () => {
    expect(graphemeLen('👨‍👩‍👧')).toBe(1)
  })

  it('counts CRLF as one grapheme', () => {
    expect(graphemeLen('\r\n')).toBe(1)
  })

  it('agrees with @atproto/common-web on generated strings', () => {
    const pieces = ['a', '\r', '\n', 'é', 'e\u0301', '😀', '\u200d', '🏽', '🇫', '🇷', '\ud83d', '日', ' ']
    let seed = 1
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed
    }
    for (let i = 0; i < 2000; i++) {
      const s = Array.from({ length: next() % 8 }, () => pieces[next() % pieces.length]).join('')
      expect([s, graphemeLen(s), utf8Len(s)]).toEqual([s, referenceGraphemeLen(s), referenceUtf8Len(s)])
    }
  })
})
