/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: codegen/runtime/cid.ts
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
/**
 * Recognising CID instances, including those of other multiformats versions (e.g. the 9.x copies inside
 * @atproto/lexicon and @atproto/repo).
 *
 * @module
 */

import { CID } from 'multiformats/cid'
import { Digest } from 'multiformats/hashes/digest'

/** The symbol that tagged CIDs in the oldest multiformats releases. */
const LEGACY_CID_TAG = Symbol.for('@ipld/js-cid/CID')

/**
 * Returns `value` as a CID of this package's multiformats, or `null` when it is not a CID.
 *
 * @example
 * asCid(CID.parse('bafyrei…')) // the same CID
 * asCid('bafyrei…') // null: a string is not a CID
 */
export function asCid(value: unknown): CID | null {
  return CID.asCID(value)
}

/**
 * Whether `value` is a CID of any multiformats version, by the same marks `CID.asCID` looks for, but
 * without building a new CID.
 */
export function isCidObject(value: object): boolean {
  if (value instanceof CID) return true
  const marks = value as { '/'?: unknown; bytes?: unknown; asCID?: unknown; [LEGACY_CID_TAG]?: unknown }
  return (marks['/'] != null && marks['/'] === marks.bytes) || marks.asCID === value || marks[LEGACY_CID_TAG] === true
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567'
const BASE32_VALUES = new Int8Array(128).fill(-1)
for (let i = 0; i < BASE32.length; i++) BASE32_VALUES[BASE32.charCodeAt(i)] = i

const SHA2_256 = 0x12
const CODEC_RAW = 0x55
const CODEC_DAG_CBOR = 0x71

/**
 * Parses a CID string, as `CID.parse` does. The form atproto writes almost everywhere
 * (CIDv1, base32, dag-cbor or raw, sha-256) is decoded here directly, several times
 * faster than the generic parser; any other form goes to `CID.parse`.
 * @throws Error when the string is not a CID
 * @example
 *   parseCid('bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm')
 */
export function parseCid(text: string): CID {
  const bytes = commonCidBytes(text)
  if (bytes === null) return CID.parse(text)
  const code = bytes[1] as number
  return new CID(1, code, new Digest(SHA2_256, 32, bytes.subarray(4), bytes.subarray(2)), bytes)
}

/**
 * The binary form of a CID string (`parseCid(text).bytes`), without building a CID object
 * for the common form (what a CAR writer or an index needs per block).
 * @throws Error when the string is not a CID
 * @example
 *   cidBytes('bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm').byteLength // 36
 */
export function cidBytes(text: string): Uint8Array {
  return commonCidBytes(text) ?? CID.parse(text).bytes
}

/** The 36 bytes of a CIDv1 (dag-cbor or raw, sha-256) in unpadded base32, or null for any other string. */
function commonCidBytes(text: string): Uint8Array | null {
  // 'b' + 36 bytes (version, codec, hash code, hash length, 32-byte digest) in unpadded base32
  if (text.length !== 59 || text.charCodeAt(0) !== 98) return null
  const bytes = decodeBase32(text)
  return bytes !== null &&
    bytes[0] === 1 &&
    (bytes[1] === CODEC_DAG_CBOR || bytes[1] === CODEC_RAW) &&
    bytes[2] === SHA2_256 &&
    bytes[3] === 32
    ? bytes
    : null
}

/**
 * Decodes the 58 base32 characters after the multibase prefix into 36 bytes, or null.
 * @NOTE eight characters (40 bits) make five bytes: seven such groups, then 2 characters for
 * the last byte, whose 2 leftover bits must be zero, as in a canonical encoding. A character
 * outside the alphabet maps to -1, which makes its group's OR negative.
 */
function decodeBase32(text: string): Uint8Array | null {
  const out = new Uint8Array(36)
  for (let group = 0; group < 7; group++) {
    const i = 1 + group * 8
    const a = digit(text, i)
    const b = digit(text, i + 1)
    const c = digit(text, i + 2)
    const d = digit(text, i + 3)
    const e = digit(text, i + 4)
    const f = digit(text, i + 5)
    const g = digit(text, i + 6)
    const h = digit(text, i + 7)
    if ((a | b | c | d | e | f | g | h) < 0) return null
    const o = group * 5
    out[o] = (a << 3) | (b >> 2)
    out[o + 1] = ((b & 0x3) << 6) | (c << 1) | (d >> 4)
    out[o + 2] = ((d & 0xf) << 4) | (e >> 1)
    out[o + 3] = ((e & 0x1) << 7) | (f << 2) | (g >> 3)
    out[o + 4] = ((g & 0x7) << 5) | h
  }
  const y = digit(text, 57)
  const z = digit(text, 58)
  if ((y | z) < 0 || (z & 0x3) !== 0) return null
  out[35] = (y << 3) | (z >> 2)
  return out
}

function digit(text: string, i: number): number {
  const code = text.charCodeAt(i)
  return code < 128 ? (BASE32_VALUES[code] as number) : -1
}
