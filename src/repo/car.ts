/**
 * CAR v1 framing: a DAG-CBOR header `{ version: 1, roots }`, then each block as
 * `varint(len) ‖ cid bytes ‖ block bytes`. Written by hand so a page of blocks becomes one
 * chunk, and a stream never holds more than a page.
 *
 * @see https://ipld.io/specs/transport/car/carv1/
 * @module
 */
import { encode as cborEncode } from '@ipld/dag-cbor'
import { base32 } from 'multiformats/bases/base32'
import { rt } from '#generated/index.js'

/** A block to frame: its CID (string or CID object) and bytes. */
export interface CarBlock {
  cid: string | { bytes: Uint8Array }
  bytes: Uint8Array
}

/**
 * The CAR header naming `roots` (CID strings), with its length prefix.
 *
 * @example
 * carHeader(['bafyrei...']) // the first chunk of a repo CAR
 */
export function carHeader(roots: readonly string[]): Uint8Array {
  const header = roots.length < 24 ? headerBytes(roots) : cborEncode({ version: 1, roots: roots.map(rt.parseCid) })
  return concat([varint(header.byteLength), header])
}

// @NOTE 0x65 and 0x67: text strings of 5 and 7 bytes
const ROOTS_KEY = Buffer.from([0x65, ...Buffer.from('roots', 'latin1')])
const VERSION_1 = Buffer.from([0x67, ...Buffer.from('version', 'latin1'), 0x01])

/**
 * `{ roots, version: 1 }` as DAG-CBOR, written directly (keys in canonical order, each root
 * a tag-42 link) rather than by parsing each root and running the generic encoder per commit.
 */
function headerBytes(roots: readonly string[]): Uint8Array {
  const parts: Uint8Array[] = [Uint8Array.of(0xa2), ROOTS_KEY, Uint8Array.of(0x80 | roots.length)]
  for (const root of roots) {
    const cid = cidStringBytes(root)
    const n = cid.byteLength + 1
    parts.push(n < 24 ? Uint8Array.of(0xd8, 42, 0x40 | n, 0) : Uint8Array.of(0xd8, 42, 0x58, n, 0), cid)
  }
  parts.push(VERSION_1)
  return concat(parts)
}

/** Frames `blocks` as one chunk of CAR body. */
export function carBlocks(blocks: Iterable<CarBlock>): Uint8Array {
  const parts: Uint8Array[] = []
  for (const { cid, bytes } of blocks) {
    const cidBytes = typeof cid === 'string' ? cidStringBytes(cid) : cid.bytes
    parts.push(varint(cidBytes.byteLength + bytes.byteLength), cidBytes, bytes)
  }
  return concat(parts)
}

/**
 * A whole CAR in memory, for small answers (a record with its proof, a few blocks).
 *
 * @example
 * const car = carFile([commitCid], [{ cid: commitCid, bytes }])
 */
export function carFile(roots: readonly string[], blocks: Iterable<CarBlock>): Uint8Array {
  return concat([carHeader(roots), carBlocks(blocks)])
}

/**
 * The binary form of a CID string. A CIDv1 in base32 (`b...`, what atproto writes) is
 * its multibase-decoded bytes, with no CID object built; anything else is parsed.
 */
function cidStringBytes(cid: string): Uint8Array {
  return cid.startsWith('b') ? (base32Bytes(cid) ?? base32.decode(cid)) : rt.parseCid(cid).bytes
}

// @NOTE multibase's generic decoder was ~6% of an export's CPU; CIDs are lower-case RFC 4648 base32
const BASE32_VALUES = new Int8Array(128).fill(-1)
for (const [i, c] of [...'abcdefghijklmnopqrstuvwxyz234567'].entries()) BASE32_VALUES[c.charCodeAt(0)] = i

/** The bytes of `b` + unpadded lower-case base32, or undefined for anything else (the generic decoder decides). */
function base32Bytes(text: string): Uint8Array | undefined {
  const out = Buffer.allocUnsafe(Math.floor(((text.length - 1) * 5) / 8))
  let bits = 0
  let value = 0
  let at = 0
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const digit = code < 128 ? (BASE32_VALUES[code] as number) : -1
    if (digit < 0) return undefined
    value = ((value << 5) | digit) & 0xffff
    bits += 5
    if (bits >= 8) {
      bits -= 8
      out[at++] = (value >> bits) & 0xff
    }
  }
  // @NOTE leftover bits must be zero padding, as the generic decoder requires
  if (bits >= 5 || (value & ((1 << bits) - 1)) !== 0) return undefined
  return out
}

/** Unsigned LEB128, as CAR uses for section lengths. */
function varint(n: number): Uint8Array {
  const out: number[] = []
  let rest = n
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80)
    rest = Math.floor(rest / 128)
  }
  out.push(rest)
  return Uint8Array.from(out)
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  return Buffer.concat(parts)
}
