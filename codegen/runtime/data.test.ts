import { jsonToLex as referenceJsonToLex } from '@atproto/lex-json'
import { BlobRef } from '@atproto/lexicon'
import { CID } from 'multiformats/cid'
import { describe, expect, it, test } from 'vitest'
import { describeInterop, readInteropJson } from '../../test/helpers/interop.js'
import { asCid, assertLexData, isBlob, isPlainObject, jsonToLex, lexToJson } from './data.js'

const LINK = 'bafyreidfayvfuwqa7qlnopdjiqrxzs6blmoeu4rujcjtnci5beludirz2a'
const RAW = 'bafkreiccldh766hwcnuxnf2wh6jgzepf2nlu2lvcllt63eww5p6chi4ity'

/** Replaces CIDs (of any multiformats version) and bytes with plain values, so results compare by value. */
function normalize(value: unknown): unknown {
  if (value instanceof Uint8Array) return { bytes: [...value] }
  const cid = asCid(value)
  if (cid) return { cid: cid.toString() }
  if (Array.isArray(value)) return value.map(normalize)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v)]))
}

type Fixture = { json: unknown; cbor_base64: string; cid: string }

describeInterop('the data-model fixtures', () => {
  const fixtures = readInteropJson<Fixture[]>('data-model/data-model-fixtures.json')

  test.each(fixtures.map((f, i) => [i, f] as const))('case %i converts as @atproto/lex-json does', (_, { json }) => {
    expect(normalize(jsonToLex(json))).toEqual(normalize(referenceJsonToLex(json as never)))
  })

  test.each(fixtures.map((f, i) => [i, f] as const))('case %i round-trips through lexToJson', (_, { json }) => {
    expect(lexToJson(jsonToLex(json))).toEqual(json)
  })

  it('turns the blob of case 1 into a lex blob', () => {
    const lex = jsonToLex(fixtures[1]?.json) as { c: unknown }
    expect(isBlob(lex.c)).toBe(true)
  })

  const valid = readInteropJson<{ note: string; json: unknown }[]>('data-model/data-model-valid.json')
  test.each(valid.map((c) => [c.note, c.json] as const))('leaves "%s" untouched', (_, json) => {
    expect(jsonToLex(json)).toBe(json)
  })

  // @NOTE the other invalid cases (floats, bad $type, malformed blobs) are the validators' to reject
  const malformed = new Set([
    'bytes with wrong field type',
    'bytes with extra fields',
    'link with wrong field type',
    'link with bogus CID',
    'link with extra fields',
  ])
  const invalid = readInteropJson<{ note: string; json: unknown }[]>('data-model/data-model-invalid.json')
  test.each(invalid.filter((c) => malformed.has(c.note)).map((c) => [c.note, c.json] as const))(
    'rejects "%s"',
    (_, json) => expect(() => jsonToLex(json)).toThrow(TypeError),
  )
})

describe('jsonToLex', () => {
  const cases: [string, { given: unknown; want: unknown }][] = [
    ['converts a link', { given: { $link: LINK }, want: CID.parse(LINK) }],
    ['converts unpadded bytes', { given: { $bytes: 'AQID' }, want: new Uint8Array([1, 2, 3]) }],
    ['converts padded bytes', { given: { $bytes: 'AQ==' }, want: new Uint8Array([1]) }],
    ['converts empty bytes', { given: { $bytes: '' }, want: new Uint8Array([]) }],
    ['converts links inside arrays', { given: [[{ $link: LINK }], 1], want: [[CID.parse(LINK)], 1] }],
    [
      'converts a CIDv0 link, as lex-json does',
      {
        given: { $link: 'QmbWqxBEKC3P8tqsKc98xmWNzrzDtRLMiMPL8wBuTGsMnR' },
        want: CID.parse('QmbWqxBEKC3P8tqsKc98xmWNzrzDtRLMiMPL8wBuTGsMnR'),
      },
    ],
    ['keeps scalars', { given: 'x', want: 'x' }],
    ['keeps null', { given: null, want: null }],
  ]
  test.each(cases)('%s', (_, { given, want }) => {
    expect(normalize(jsonToLex(given))).toEqual(normalize(want))
    expect(normalize(jsonToLex(given))).toEqual(normalize(referenceJsonToLex(given as never)))
  })

  const rejects: [string, { given: unknown }][] = [
    ['a link with another key', { given: { $link: LINK, other: 1 } }],
    ['a link that is not a string', { given: { $link: 1234 } }],
    ['a link that is not a CID', { given: { a: [{ $link: 'bafy' }] } }],
    ['a null link', { given: { $link: null } }],
    ['bytes with another key', { given: { $bytes: 'AQ', other: 1 } }],
    ['bytes that are not a string', { given: { $bytes: [1] } }],
    ['bytes with a char outside base64', { given: { $bytes: 'AQ-_' } }],
    ['bytes with a dangling char', { given: { $bytes: 'AQIDB' } }],
    ['bytes with misplaced padding', { given: { $bytes: 'AQ=' } }],
    ['a __proto__ key', { given: JSON.parse('{"a":{"__proto__":{"polluted":true}}}') }],
  ]
  test.each(rejects)('rejects %s with a TypeError', (_, { given }) => {
    expect(() => jsonToLex(given)).toThrow(TypeError)
  })

  it('returns objects with nothing to convert as they are', () => {
    const given = { a: [1, { b: 'c' }], d: { e: null } }
    expect(jsonToLex(given)).toBe(given)
  })

  it('copies only the path to a converted value, leaving the input as it was', () => {
    const given = { keep: { x: 1 }, change: [{ $link: LINK }] }
    const result = jsonToLex(given) as typeof given
    expect(result).not.toBe(given)
    expect(result.keep).toBe(given.keep)
    expect(given.change[0]).toEqual({ $link: LINK })
  })

  it('names the bad CID in its error', () => {
    expect(() => jsonToLex({ $link: 'nope' })).toThrow('Invalid $link: "nope" is not a CID')
  })
})

describe('lexToJson', () => {
  const legacy = BlobRef.fromJsonRef({ cid: RAW, mimeType: 'image/png' })
  const typed = new BlobRef(legacy.ref, 'image/png', 42)
  const cases: [string, { given: unknown; want: unknown }][] = [
    ['encodes a CID as a link', { given: CID.parse(LINK), want: { $link: LINK } }],
    ['encodes bytes without padding', { given: new Uint8Array([1]), want: { $bytes: 'AQ' } }],
    ['encodes a Buffer as bytes', { given: { b: Buffer.from([1, 2, 3]) }, want: { b: { $bytes: 'AQID' } } }],
    ['encodes a CID of another multiformats version', { given: [legacy.ref], want: [{ $link: RAW }] }],
    [
      'encodes a lexicon BlobRef as its JSON',
      { given: typed, want: { $type: 'blob', ref: { $link: RAW }, mimeType: 'image/png', size: 42 } },
    ],
    ['encodes a legacy BlobRef as the legacy object', { given: legacy, want: { cid: RAW, mimeType: 'image/png' } }],
  ]
  test.each(cases)('%s', (_, { given, want }) => expect(lexToJson(given)).toEqual(want))

  it('returns objects with nothing to convert as they are', () => {
    const given = { a: [1, { b: 'c' }] }
    expect(lexToJson(given)).toBe(given)
  })
})

describe('asCid', () => {
  const foreign = BlobRef.fromJsonRef({ cid: RAW, mimeType: 'image/png' }).ref
  const cases: [string, { given: unknown; want: string | null }][] = [
    ['returns a CID', { given: CID.parse(LINK), want: LINK }],
    ['adopts a CID of another multiformats version', { given: foreign, want: RAW }],
    ['refuses a CID string', { given: LINK, want: null }],
    ['refuses a $link object', { given: { $link: LINK }, want: null }],
    ['refuses undefined', { given: undefined, want: null }],
  ]
  test.each(cases)('%s', (_, { given, want }) => expect(asCid(given)?.toString() ?? null).toBe(want))

  it('returns the very CID it was given', () => {
    const cid = CID.parse(LINK)
    expect(asCid(cid)).toBe(cid)
  })
})

describe('isPlainObject', () => {
  const cases: [string, { given: unknown; want: boolean }][] = [
    ['accepts an object', { given: { a: 1 }, want: true }],
    ['accepts an empty object', { given: {}, want: true }],
    ['refuses null', { given: null, want: false }],
    ['refuses an array', { given: [], want: false }],
    ['refuses a CID', { given: CID.parse(LINK), want: false }],
    [
      'refuses a CID of another multiformats version',
      { given: BlobRef.fromJsonRef({ cid: RAW, mimeType: 'a/b' }).ref, want: false },
    ],
    ['refuses bytes', { given: new Uint8Array(1), want: false }],
    ['refuses a string', { given: 'a', want: false }],
  ]
  test.each(cases)('%s', (_, { given, want }) => expect(isPlainObject(given)).toBe(want))
})

describe('assertLexData', () => {
  const cid = CID.parse('bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm')
  const cases: [string, { given: unknown; want: string | null }][] = [
    [
      'lex data with links, bytes and a blob passes',
      {
        given: { a: cid, b: new Uint8Array(2), c: [{ $type: 'blob', ref: cid, mimeType: 'a/b', size: 1 }] },
        want: null,
      },
    ],
    [
      'a $link left as a map is refused',
      { given: { a: [{ $link: '99999999999999999999' }] }, want: 'Input/a/0 is a malformed $link' },
    ],
    ['a $bytes left as a map is refused', { given: { b: { $bytes: '!!!' } }, want: 'Input/b is a malformed $bytes' }],
    [
      'a blob whose ref is no CID is refused',
      { given: { $type: 'blob', ref: { x: 1 } }, want: 'Input is a malformed blob' },
    ],
  ]
  test.each(cases)('%s', (_, { given, want }) => {
    if (want === null) expect(() => assertLexData(given, 'Input')).not.toThrow()
    else expect(() => assertLexData(given, 'Input')).toThrow(want)
  })

  test('walks deep nesting without overflowing the stack', () => {
    let deep: unknown = { $link: 'nope' }
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(() => assertLexData(deep, 'Input')).toThrow(/malformed \$link/)
  })
})
