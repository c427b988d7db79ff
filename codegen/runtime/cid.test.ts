import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { sha256, sha512 } from 'multiformats/hashes/sha2'
import { describe, expect, test } from 'vitest'
import { cidBytes, parseCid } from './cid.js'

const bytesOf = (s: string) => new TextEncoder().encode(s)

describe('parseCid', () => {
  test('gives the same CID as CID.parse for many dag-cbor and raw sha-256 CIDs', async () => {
    for (let i = 0; i < 200; i++) {
      const digest = await sha256.digest(bytesOf(`value ${i}`))
      for (const code of [0x71, raw.code]) {
        const text = CID.createV1(code, digest).toString()
        const ours = parseCid(text)
        expect(ours.equals(CID.parse(text))).toBe(true)
        expect(ours.toString()).toBe(text)
        expect(CID.asCID(ours)).toBe(ours)
      }
    }
  })

  const others: [string, () => Promise<string>][] = [
    ['another codec', async () => CID.createV1(0x70, await sha256.digest(bytesOf('x'))).toString()],
    ['another hash', async () => CID.createV1(0x71, await sha512.digest(bytesOf('x'))).toString()],
    [
      'another base',
      async () =>
        CID.createV1(0x71, await sha256.digest(bytesOf('x')))
          .toString(/* base32 */)
          .toUpperCase(),
    ],
  ]
  test.each(others)('leaves %s to CID.parse, with the same verdict', async (_, make) => {
    const text = await make()
    let expected: string
    try {
      expected = CID.parse(text).toString()
    } catch {
      expect(() => parseCid(text)).toThrow()
      return
    }
    expect(parseCid(text).toString()).toBe(expected)
  })

  const invalid: [string, string][] = [
    ['a character outside base32', 'bafkreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflor!4'],
    ['non-zero trailing bits', 'bafkreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflorx5'],
    ['a truncated CID', 'bafkreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflorx'],
    ['not a CID at all', 'hello'],
  ]
  test.each(invalid)('refuses %s, as CID.parse does', (_, text) => {
    expect(() => CID.parse(text)).toThrow()
    expect(() => parseCid(text)).toThrow()
  })
})

describe('cidBytes', () => {
  test('gives the bytes CID.parse gives, for the common form and for others', async () => {
    const digest = await sha256.digest(bytesOf('x'))
    const texts = [
      CID.createV1(0x71, digest).toString(),
      CID.createV1(raw.code, digest).toString(),
      CID.createV1(0x70, digest).toString(),
      CID.createV1(0x71, await sha512.digest(bytesOf('x'))).toString(),
      CID.createV0(digest).toString(),
    ]
    for (const text of texts) expect(cidBytes(text)).toEqual(CID.parse(text).bytes)
  })

  test('refuses what CID.parse refuses', () => {
    for (const text of ['bafkreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflorx5', 'hello', 'b']) {
      expect(() => CID.parse(text)).toThrow()
      expect(() => cidBytes(text)).toThrow()
    }
  })
})
