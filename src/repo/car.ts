/**
 * CAR v1 framing: a DAG-CBOR header `{ version: 1, roots }`, then each block as
 * `varint(len) ‖ cid bytes ‖ block bytes`. Written by hand so a page of blocks becomes one
 * chunk, and a stream never holds more than a page.
 *
 * @see https://ipld.io/specs/transport/car/carv1/
 * @module
 */
import { encode as cborEncode } from '@ipld/dag-cbor'
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
    const cid = rt.cidBytes(root)
    const n = cid.byteLength + 1
    parts.push(n < 24 ? Uint8Array.of(0xd8, 42, 0x40 | n, 0) : Uint8Array.of(0xd8, 42, 0x58, n, 0), cid)
  }
  parts.push(VERSION_1)
  return concat(parts)
}

/**
 * Frames `blocks` as one chunk of CAR body, written into one buffer: each section's length
 * prefix, CID bytes and block bytes are copied once, into place.
 */
export function carBlocks(blocks: Iterable<CarBlock>): Uint8Array {
  const framed: { cid: Uint8Array; bytes: Uint8Array; length: number }[] = []
  let total = 0
  for (const { cid, bytes } of blocks) {
    const cidBinary = typeof cid === 'string' ? rt.cidBytes(cid) : cid.bytes
    const length = cidBinary.byteLength + bytes.byteLength
    framed.push({ cid: cidBinary, bytes, length })
    total += varintLength(length) + length
  }
  const out = Buffer.allocUnsafe(total)
  let at = 0
  for (const { cid, bytes, length } of framed) {
    at = writeVarint(out, at, length)
    out.set(cid, at)
    at += cid.byteLength
    out.set(bytes, at)
    at += bytes.byteLength
  }
  return out
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

/** Unsigned LEB128, as CAR uses for section lengths. */
function varint(n: number): Uint8Array {
  const out = Buffer.allocUnsafe(varintLength(n))
  writeVarint(out, 0, n)
  return out
}

function varintLength(n: number): number {
  let length = 1
  for (let rest = n; rest >= 0x80; rest = Math.floor(rest / 128)) length++
  return length
}

/** Writes `n` as a varint at `at`; returns the offset past it. */
function writeVarint(out: Uint8Array, at: number, n: number): number {
  let rest = n
  let i = at
  while (rest >= 0x80) {
    out[i++] = (rest & 0x7f) | 0x80
    rest = Math.floor(rest / 128)
  }
  out[i++] = rest
  return i
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  return Buffer.concat(parts)
}
