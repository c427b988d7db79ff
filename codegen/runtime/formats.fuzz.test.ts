/*
 * Seeded differential tests: many generated strings, each judged by our check and by a reference that
 * should agree with it exactly (see formats.test.ts for the deliberate disagreements with lexicon).
 */

import * as lexicon from '@atproto/lexicon/dist/validators/formats.js'
import { isAtUriString, isDatetimeString } from '@atproto/syntax'
import { base32 } from 'multiformats/bases/base32'
import { describe, expect, it } from 'vitest'
import { isPercentEncodedUtf8 } from './format-at-uri.js'
import { isDidIn } from './format-identifiers.js'
import * as formats from './formats.js'

const RUNS = 20_000

/** A small seeded PRNG (mulberry32), so every run tests the same strings. */
function prng(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Random = ReturnType<typeof prng>
const int = (r: Random, n: number) => Math.floor(r() * n)
const pick = <T>(r: Random, items: readonly T[]): T => items[int(r, items.length)] as T
const repeat = (r: Random, max: number, part: () => string) => Array.from({ length: int(r, max + 1) }, part).join('')
const pad2 = (n: number) => String(n).padStart(2, '0')

/** Replaces or drops one char now and then, so near-misses are generated too. */
function mutate(r: Random, s: string, chars: string): string {
  if (s.length === 0 || r() < 0.7) return s
  const i = int(r, s.length)
  return s.slice(0, i) + (r() < 0.5 ? '' : pick(r, [...chars])) + s.slice(i + 1)
}

/**
 * Runs both checks over `inputs` and returns the first inputs on which they differ, plus the share that
 * `ours` accepted, so a test can also see that its generator yields both verdicts.
 */
function compare(inputs: Iterable<string>, ours: (s: string) => boolean, reference: (s: string) => boolean) {
  const differences: { input: string; ours: boolean }[] = []
  let accepted = 0
  let total = 0
  for (const input of inputs) {
    const verdict = ours(input)
    total++
    if (verdict) accepted++
    if (verdict !== reference(input) && differences.length < 10) differences.push({ input, ours: verdict })
  }
  return { differences, mixed: accepted > total * 0.02 && accepted < total * 0.98 }
}

function* generate(seed: number, make: (r: Random) => string): Generator<string> {
  const r = prng(seed)
  for (let i = 0; i < RUNS; i++) yield make(r)
}

const IDENTIFIER_CHARS = 'abdiz09AZ.-_:%~/ é'
const label = (r: Random) => repeat(r, 4, () => pick(r, [...'ab0Z-']))

describe('identifier checks agree with @atproto/lexicon on generated strings', () => {
  const cases = [
    [
      'did',
      formats.isDid,
      lexicon.did,
      (r: Random) =>
        `did:${repeat(r, 3, () => pick(r, [...'abM1']))}:${repeat(r, 6, () => pick(r, [...IDENTIFIER_CHARS]))}`,
    ],
    [
      'handle',
      formats.isHandle,
      lexicon.handle,
      (r: Random) => Array.from({ length: 1 + int(r, 4) }, () => label(r)).join('.'),
    ],
    [
      'nsid',
      formats.isNsid,
      lexicon.nsid,
      (r: Random) => Array.from({ length: 1 + int(r, 5) }, () => label(r)).join('.'),
    ],
    [
      'recordKey',
      formats.isRecordKey,
      lexicon.recordKey,
      (r: Random) => repeat(r, 5, () => pick(r, [...IDENTIFIER_CHARS, '.', '.'])),
    ],
    [
      'tid',
      formats.isTid,
      lexicon.tid,
      (r: Random) => Array.from({ length: 12 + int(r, 3) }, () => pick(r, [...'234567ajkz'])).join(''),
    ],
    [
      'atIdentifier',
      formats.isAtIdentifier,
      lexicon.atIdentifier,
      (r: Random) => (r() < 0.5 ? 'did:' : '') + label(r) + pick(r, ['.', ':']) + label(r),
    ],
  ] as const
  for (const [format, ours, reference, make] of cases) {
    it(`${format} matches on ${RUNS} strings`, () => {
      const inputs = generate(format.length, (r) => mutate(r, make(r), IDENTIFIER_CHARS))
      expect(compare(inputs, ours, (s) => reference('$', s).success)).toEqual({ differences: [], mixed: true })
    })
  }

  it(`did checked in place (as inside an AT-URI) matches on ${RUNS} strings`, () => {
    const [, , , make] = cases[0]
    const inputs = generate(3, (r) => mutate(r, make(r), IDENTIFIER_CHARS))
    const inPlace = (s: string) => isDidIn(s, 0, s.length)
    expect(compare(inputs, inPlace, (s) => lexicon.did('$', s).success)).toEqual({ differences: [], mixed: true })
  })
})

describe('isAtUri agrees with @atproto/syntax strict isAtUriString', () => {
  const authorities = ['did:plc:asdf123', 'alice.test', 'did:web:a%3A1', 'did:plc:', 'a', 'did:PLC:x', '']
  const collections = ['app.bsky.feed.post', 'a.b.c', 'a.b', 'a.b.c-d', '', 'x']
  const rkeys = ['self', '3jzfcijpj2z2a', '.', '..', '...', '%23', 'a:b~c', '', 'a b']
  const fragment = (r: Random) =>
    repeat(r, 4, () => pick(r, ['/', 'a', '%20', '%C3%A9', '%C0', '%E2%82', '%zz', '%', '?', '#', '~', '"']))
  const make = (r: Random) => {
    let uri = `at://${pick(r, authorities)}`
    if (r() < 0.7) uri += `/${pick(r, collections)}`
    if (r() < 0.5) uri += `/${pick(r, rkeys)}`
    if (r() < 0.1) uri += '/'
    if (r() < 0.1) uri += '?q'
    if (r() < 0.3) uri += `#${fragment(r)}`
    return mutate(r, uri, 'a/#.:%?')
  }
  it(`matches on ${RUNS} strings`, () => {
    expect(compare(generate(7, make), formats.isAtUri, (s) => isAtUriString(s))).toEqual({
      differences: [],
      mixed: true,
    })
  })
})

describe('isPercentEncodedUtf8 agrees with decodeURIComponent', () => {
  const tokens = ['a', '%', '%2', '%20', '%7F', '%80', '%BF', '%C0', '%C2', '%C3', '%A9', '%DF', '%E0', '%A0', '%E2']
  tokens.push('%82', '%AC', '%ED', '%9F', '%EF', '%F0', '%90', '%9F', '%98', '%F4', '%8F', '%F5', '%FF', '%zz', '%e2')
  const decodes = (s: string) => {
    try {
      decodeURIComponent(s)
      return true
    } catch {
      return false
    }
  }
  it(`matches on ${RUNS} strings`, () => {
    const inputs = generate(11, (r) => repeat(r, 6, () => pick(r, tokens)))
    expect(compare(inputs, (s) => isPercentEncodedUtf8(s, 0, s.length), decodes)).toEqual({
      differences: [],
      mixed: true,
    })
  })
})

describe('isDatetime agrees with @atproto/syntax where JS Date keeps the calendar date', () => {
  /** @atproto/syntax checks days through `new Date`, which rolls Feb 30 into March, so check that too. */
  const reference = (s: string) => {
    if (!isDatetimeString(s)) return false
    const date = new Date(0)
    const [year, month, day] = [Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))]
    date.setUTCFullYear(year, month - 1, day)
    return date.getUTCDate() === day
  }
  const make = (r: Random) => {
    const year = pick(r, [0, 1, 1900, 1985, 2000, 2019, 2020, 9999, int(r, 10000)])
    const date = `${String(year).padStart(4, '0')}-${pad2(int(r, 14))}-${pad2(int(r, 33))}`
    const time = `${pad2(int(r, 26))}:${pad2(int(r, 61))}:${pad2(int(r, 62))}`
    const fraction = r() < 0.5 ? '' : `.${repeat(r, 14, () => String(int(r, 10)))}`
    const zone = pick(r, [
      'Z',
      'z',
      '',
      '-00:00',
      `+${pad2(int(r, 25))}:${pad2(int(r, 61))}`,
      `-${pad2(int(r, 25))}:${pad2(int(r, 61))}`,
    ])
    return mutate(r, `${date}T${time}${fraction}${zone}`, '0-:T.Z+ ')
  }
  it(`matches on ${RUNS} strings`, () => {
    expect(compare(generate(13, make), formats.isDatetime, reference)).toEqual({ differences: [], mixed: true })
  })
})

describe('isCid agrees with CID.parse (as @atproto/lexicon runs it) on base32 strings', () => {
  /** Lexicon's verdict, minus CIDv0 and past 256 chars, which atproto rejects. */
  const reference = (s: string) => {
    if (s.length > 256 || !lexicon.cid('$', s).success) return false
    const bytes = base32.decode(s.replace(/=+$/, ''))
    let version = 0
    for (let i = 0, shift = 0; i < bytes.length; i++, shift += 7) {
      const byte = bytes[i] as number
      version += (byte & 0x7f) * 2 ** shift
      if (byte < 0x80) break
    }
    return version === 1
  }
  const varint = (r: Random) => {
    const bytes = [int(r, 256)]
    while (r() < 0.3) bytes.push(int(r, 256))
    return bytes.map((b, i) => (i < bytes.length - 1 ? b | 0x80 : b & 0x7f))
  }
  const make = (r: Random) => {
    const digest = Array.from({ length: int(r, 40) }, () => int(r, 256))
    const size = r() < 0.8 ? [digest.length] : varint(r)
    const version = pick(r, [[1], [1], [1], [0], [0x12], [0x81, 0x00], [2]])
    const bytes = [...version, ...varint(r), ...varint(r), ...size, ...digest]
    const cut = r() < 0.2 ? int(r, bytes.length) : bytes.length
    const text = base32.encode(Uint8Array.from(bytes.slice(0, cut))) + (r() < 0.05 ? '==' : '')
    return mutate(r, text, 'abz27=A')
  }
  it(`matches on ${RUNS} strings`, () => {
    const inputs = [...generate(17, make)].filter((s) => s.startsWith('b') && s.length >= 8)
    expect(compare(inputs, formats.isCid, reference)).toEqual({ differences: [], mixed: true })
  })
})
