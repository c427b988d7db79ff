import { encode } from '@atproto/lex-cbor'
import { lexToJson } from '@atproto/lexicon'
import { cborToLex } from '@atproto/repo'
import { CID } from 'multiformats/cid'
import { describe, expect, test } from 'vitest'
import { recordJson } from './record-json.js'

/** What a read answered before the transcoder: decode, convert to JSON form, stringify (or throw). */
function generalPath(bytes: Uint8Array): string {
  return JSON.stringify(lexToJson(cborToLex(bytes) as never))
}

const cid = CID.parse('bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm')
const rawCid = CID.parse('bafkreibme22gw2h7y2h7tg2fhqotaqjucnbc24deqo72b6mkl2egezxhvy')
const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s/g, ''), 'hex'))

const transcoded: [string, unknown][] = [
  ['a post', { $type: 'app.bsky.feed.post', text: 'hello', createdAt: '2026-12-01T00:00:00.000Z' }],
  [
    'nested blobs and links',
    {
      $type: 'app.bsky.feed.post',
      embed: {
        $type: 'app.bsky.embed.images',
        images: [
          { alt: 'a', image: { $type: 'blob', ref: rawCid, mimeType: 'image/png', size: 1234 } },
          {
            alt: 'b',
            image: { $type: 'blob', ref: rawCid, mimeType: 'image/jpeg', size: 0 },
            aspectRatio: { width: 3, height: 4 },
          },
        ],
      },
      reply: { root: { uri: 'at://did:plc:x/app.bsky.feed.post/3k', cid: cid.toString() }, parent: { ref: cid } },
    },
  ],
  [
    'bytes as $bytes, of every padding',
    { a: new Uint8Array([1]), b: new Uint8Array([1, 2]), c: new Uint8Array([1, 2, 3]), d: new Uint8Array() },
  ],
  ['unicode, escapes and control characters', { t: 'é 日本 🦋 "q" \\ \n\t\u0000\u001f\u007f \u2028', e: '' }],
  ['a long ASCII string and a long non-ASCII one', { a: 'x'.repeat(70_000), b: 'ü'.repeat(40) }],
  [
    'integers at the 1, 2, 4 and 8 byte boundaries, both signs',
    {
      a: 23,
      b: 24,
      c: 255,
      d: 256,
      e: 65535,
      f: 65536,
      g: 2 ** 32 - 1,
      h: 2 ** 32,
      i: 2 ** 53 - 2,
      j: -1,
      k: -24,
      l: -25,
      m: -(2 ** 53) + 1,
    },
  ],
  ['booleans, null, empty containers', { a: true, b: false, c: null, d: [], e: {}, f: [[], [{}]] }],
  ['keys of mixed lengths and characters', { z: 1, aa: 2, $type: 'x', 'a-b': 3, 'key with space': 4, ключ: 5, a1: 6 }],
  ['a link at the top level', { ref: cid }],
]

const refused: [string, Uint8Array][] = [
  ['a float', hex('a1 61 61 fb 3ff8000000000000')],
  ['an integer past 2^53', hex('a1 61 61 1b 0020000000000001')],
  ['a negative integer past -2^53', hex('a1 61 61 3b 0020000000000001')],
  ['an integer-like key (JavaScript orders it first)', encode({ b: 1, '1': 2 } as never)],
  ['a __proto__ key', hex('a1 69 5f5f70726f746f5f5f 01')],
  ['keys out of canonical order', hex('a2 61 62 01 61 61 02')],
  ['a repeated key', hex('a2 61 61 01 61 61 02')],
  ['a non-minimal length', hex('a1 78 01 61 01')],
  ['a non-minimal integer', hex('a1 61 61 18 01')],
  ['undefined', hex('a1 61 61 f7')],
  ['another tag', hex('a1 61 61 c1 01')],
  ['a CIDv0 link', hex('a1 61 61 d8 2a 58 23 00 1220'.concat('00'.repeat(32)))],
  ['a truncated block', encode({ text: 'hello' } as never).subarray(0, 5)],
  ['trailing bytes', hex('a1 61 61 01 01')],
  ['an indefinite-length map', hex('bf 61 61 01 ff')],
  ['an array at the top level', encode([1] as never)],
]

describe('recordJson', () => {
  test.each(transcoded)('%s: the same text as the general path', (_, value) => {
    const bytes = encode(value as never)
    const text = recordJson(bytes)
    expect(text).toBeDefined()
    expect(text).toBe(generalPath(bytes))
  })

  test.each(refused)('%s: left to the general path', (_, bytes) => {
    expect(recordJson(bytes)).toBeUndefined()
  })

  test('invalid UTF-8 and a leading BOM decode as the general path decodes them', () => {
    // "a": "\xff" ; "b": BOM + "x" ; "c": a lone continuation byte inside ASCII
    const bytes = hex('a3 61 61 61 ff 61 62 64 efbbbf78 61 63 63 41 80 42')
    expect(recordJson(bytes)).toBe(generalPath(bytes))
  })

  test('agrees with the general path on random records', () => {
    let seed = 42
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const chars = ['a', 'Z', '$', '"', '\\', '\n', 'é', '😀', '\u0001', ' ', '-', '日']
    const str = () => Array.from({ length: rand(12) }, () => chars[rand(chars.length)]).join('')
    const gen = (depth: number): unknown => {
      switch (rand(depth > 3 ? 5 : 8)) {
        case 0:
          return str()
        case 1:
          return rand(2) ? rand(1_000_000) : -rand(2 ** 40)
        case 2:
          return [true, false, null][rand(3)]
        case 3:
          return rand(2) ? cid : rawCid
        case 4:
          return Uint8Array.from({ length: rand(7) }, () => rand(256))
        case 5:
          return Array.from({ length: rand(4) }, () => gen(depth + 1))
        default:
          return Object.fromEntries(Array.from({ length: rand(5) }, () => [`k${str()}`, gen(depth + 1)]))
      }
    }
    for (let i = 0; i < 500; i++) {
      const bytes = encode({ $type: 'x.y.z', v: gen(0), w: gen(0) } as never)
      expect(recordJson(bytes)).toBe(generalPath(bytes))
    }
  })
})
