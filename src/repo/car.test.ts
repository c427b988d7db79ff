import { encode as cborEncode } from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import { describe, expect, test } from 'vitest'
import { carBlocks, carHeader } from './car.js'

describe('carBlocks', () => {
  test('frames each block under the bytes of its CID string, for every codec and digest', async () => {
    const blocks = []
    for (let i = 0; i < 200; i++) {
      const bytes = Uint8Array.from({ length: i }, (_, j) => (i * 31 + j) & 0xff)
      const cid = CID.createV1(i % 2 ? 0x71 : 0x55, await sha256.digest(bytes))
      blocks.push({ cid, bytes })
    }
    const fromStrings = carBlocks(blocks.map(({ cid, bytes }) => ({ cid: cid.toString(), bytes })))
    expect(Buffer.from(fromStrings).equals(Buffer.from(carBlocks(blocks)))).toBe(true)
  })

  test('refuses a CID string that is not base32, as the generic decoder does', () => {
    expect(() => carBlocks([{ cid: 'bafyreiE', bytes: new Uint8Array() }])).toThrow()
  })
})

describe('carHeader', () => {
  test('writes the same bytes as the generic DAG-CBOR encoder, for none, one and several roots', async () => {
    const cids = []
    for (let i = 0; i < 30; i++) cids.push(CID.createV1(i % 2 ? 0x71 : 0x55, await sha256.digest(Uint8Array.of(i))))
    for (const roots of [[], cids.slice(0, 1), cids.slice(0, 3), cids.slice(0, 23), cids]) {
      const header = cborEncode({ version: 1, roots })
      const n = header.byteLength
      const length = n < 128 ? Uint8Array.of(n) : Uint8Array.of((n & 0x7f) | 0x80, n >> 7)
      const want = Buffer.concat([length, header])
      expect(Buffer.from(carHeader(roots.map(String))).toString('hex')).toBe(want.toString('hex'))
    }
  })
})
