/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: codegen/runtime/base64.ts
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
/**
 * Standard base64 (RFC 4648 §4), the encoding of `$bytes` in atproto JSON.
 *
 * @see https://atproto.com/specs/data-model#bytes
 * @module
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** The 6-bit value of each base64 char code, -1 for any other code below 128. */
const VALUES = /* @__PURE__ */ buildValues()

function buildValues(): Int8Array {
  const values = new Int8Array(128).fill(-1)
  for (let i = 0; i < ALPHABET.length; i++) values[ALPHABET.charCodeAt(i)] = i
  return values
}

function valueAt(s: string, i: number): number {
  const c = s.charCodeAt(i)
  return c < 128 ? (VALUES[c] as number) : -1
}

/**
 * Decodes base64 written with or without `=` padding. Returns `null` when `s` is not base64.
 *
 * @example
 * decodeBase64('AQID') // Uint8Array [1, 2, 3]
 * decodeBase64('AQ==') // Uint8Array [1]
 */
export function decodeBase64(s: string): Uint8Array | null {
  let end = s.length
  if (end % 4 === 0 && end > 0 && s.charCodeAt(end - 1) === 0x3d) {
    end -= s.charCodeAt(end - 2) === 0x3d ? 2 : 1
  }
  // @NOTE one char past a whole group carries only 6 bits, less than a byte
  if (end % 4 === 1) return null
  const out = new Uint8Array((end * 3) >> 2)
  let o = 0
  let i = 0
  for (; i + 4 <= end; i += 4) {
    const a = valueAt(s, i)
    const b = valueAt(s, i + 1)
    const c = valueAt(s, i + 2)
    const d = valueAt(s, i + 3)
    if ((a | b | c | d) < 0) return null
    const bits = (a << 18) | (b << 12) | (c << 6) | d
    out[o++] = bits >> 16
    out[o++] = (bits >> 8) & 0xff
    out[o++] = bits & 0xff
  }
  if (i < end) {
    // @NOTE the unused low bits of the last char are ignored, as Node's and the native decoders do
    const a = valueAt(s, i)
    const b = valueAt(s, i + 1)
    const c = end - i === 3 ? valueAt(s, i + 2) : 0
    if ((a | b | c) < 0) return null
    out[o++] = (a << 2) | (b >> 4)
    if (end - i === 3) out[o] = ((b & 0xf) << 4) | (c >> 2)
  }
  return out
}

/**
 * Encodes bytes as base64 without padding, as atproto JSON writes `$bytes`.
 *
 * @example
 * encodeBase64(new Uint8Array([1])) // 'AQ'
 */
export function encodeBase64(bytes: Uint8Array): string {
  const n = bytes.length
  let out = ''
  let i = 0
  for (; i + 3 <= n; i += 3) {
    const bits = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number)
    out += ALPHABET.charAt(bits >> 18) + ALPHABET.charAt((bits >> 12) & 63)
    out += ALPHABET.charAt((bits >> 6) & 63) + ALPHABET.charAt(bits & 63)
  }
  if (i < n) {
    const a = bytes[i] as number
    const b = i + 1 < n ? (bytes[i + 1] as number) : 0
    out += ALPHABET.charAt(a >> 2) + ALPHABET.charAt(((a & 3) << 4) | (b >> 4))
    if (i + 1 < n) out += ALPHABET.charAt((b & 15) << 2)
  }
  return out
}
