/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: codegen/runtime/format-cid.ts
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
/**
 * The Lexicon `cid` format: a CID in string form.
 *
 * @see https://atproto.com/specs/data-model#link-and-cid-formats
 * @module
 */

// @NOTE The interop vectors test CID *syntax*: 8–256 chars of `[A-Za-z0-9+=]`, CIDv0 ("Qm…") rejected.
// They also accept strings that are no CID at all ("z7x3CtScH765HvShXT", "mBcDxtdWx0aWhhc2g+"), so a
// full decode cannot be required for every multibase. It is required for base32 ("b…"), the only form
// atproto writes: there the check accepts exactly the CIDv1 strings that multiformats' `CID.parse`
// accepts (the check @atproto/lexicon runs), so a mistyped or truncated CID is still caught.

const MIN_LENGTH = 8
const MAX_LENGTH = 256

/** Per ASCII code: 1 for the CID syntax charset `[A-Za-z0-9+=]`, base32 digit value + 2 for `a-z2-7`. */
const CODES = /* @__PURE__ */ buildCodes()

function buildCodes(): Uint8Array {
  const codes = new Uint8Array(128)
  const syntax = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+='
  for (let i = 0; i < syntax.length; i++) codes[syntax.charCodeAt(i)] = 1
  const base32 = 'abcdefghijklmnopqrstuvwxyz234567'
  for (let i = 0; i < base32.length; i++) codes[base32.charCodeAt(i)] = i + 2
  return codes
}

/** Whether `s` is a CID string atproto accepts. */
export function isCidString(s: string): boolean {
  const len = s.length
  if (len < MIN_LENGTH || len > MAX_LENGTH) return false
  const first = s.charCodeAt(0)
  if (first === 0x62) return isBase32CidV1(s) // "b"
  if (first === 0x51 && s.charCodeAt(1) === 0x6d) return false // "Qm": CIDv0
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i)
    if (c >= 128 || CODES[c] === 0) return false
  }
  return true
}

/**
 * Whether `b…` (RFC 4648 base32, lowercase, no padding) decodes to one CIDv1:
 * `version(=1) codec multihash-code digest-size digest`, every number an unsigned varint.
 *
 * Only the varint header is decoded; the digest needs no more than a charset check and its length.
 */
function isBase32CidV1(s: string): boolean {
  let end = s.length
  // @NOTE multiformats strips trailing "=" before decoding, so "b…==" parses too
  while (s.charCodeAt(end - 1) === 0x3d) end--
  for (let i = 1; i < end; i++) {
    const c = s.charCodeAt(i)
    if (c >= 128 || (CODES[c] as number) < 2) return false
  }
  const bits = (end - 1) * 5
  // the last char may not start a byte of its own, and may only carry zero bits past the final byte
  const spare = bits % 8
  if (spare >= 5 || (digitAt(s, end - 1, end) & ((1 << spare) - 1)) !== 0) return false
  const n = bits >> 3
  cursor = 0
  if (readVarint(s, end, n) !== 1) return false // 1 is CIDv1; 0 and 18 (a bare multihash) are CIDv0
  if (readVarint(s, end, n) === -1) return false // codec
  if (readVarint(s, end, n) === -1) return false // multihash code
  const digestSize = readVarint(s, end, n)
  return cursor + digestSize === n
}

/** The 5-bit value of the base32 char at `i` (after the "b" prefix), 0 past `end`. */
function digitAt(s: string, i: number, end: number): number {
  return i < end ? (CODES[s.charCodeAt(i)] as number) - 2 : 0
}

/** Byte `k` of the decoded data, read straight from the (already checked) base32 chars. */
function byteAt(s: string, k: number, end: number): number {
  const bit = k * 8
  const i = 1 + Math.floor(bit / 5)
  const window = (digitAt(s, i, end) << 10) | (digitAt(s, i + 1, end) << 5) | digitAt(s, i + 2, end)
  return (window >> (7 - (bit % 5))) & 0xff
}

/** Which decoded byte `readVarint` reads next. */
let cursor = 0

/** Reads the unsigned varint at `cursor` among the `n` decoded bytes, or returns -1 if they run out. */
function readVarint(s: string, end: number, n: number): number {
  // @NOTE mirrors multiformats' reader: no length cap and non-minimal encodings accepted, so a very long
  // varint can reach Infinity or NaN (0 × 2^1100), which multiformats takes as a value too
  let value = 0
  let shift = 0
  let byte: number
  do {
    if (cursor >= n) return -1
    byte = byteAt(s, cursor++, end)
    value += (byte & 0x7f) * 2 ** shift
    shift += 7
  } while (byte >= 0x80)
  return value
}
