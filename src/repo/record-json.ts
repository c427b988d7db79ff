/**
 * A stored record's DAG-CBOR block straight to the JSON text a read answers with, without
 * building the record as objects first (decoding to lex values, converting CIDs and bytes to
 * `{$link}` / `{$bytes}`, then stringifying cost most of a listRecords request's encoding).
 *
 * The text is exactly what `JSON.stringify(lexToJson(cborToLex(bytes)))` gives. Anything
 * whose answer that path shapes in a way not reproduced here (floats, integers past 2^53,
 * `undefined`, other tags, CIDv0, map keys JavaScript reorders or drops, keys out of
 * canonical order, non-minimal lengths, trailing bytes...) makes {@link recordJson} return
 * undefined, and the caller takes that path instead, errors included.
 *
 * @module
 */
import { Buffer } from 'node:buffer'

// @NOTE the decoder the lex CBOR decoder uses: UTF-8, invalid sequences replaced, a leading BOM dropped
const utf8 = new TextDecoder()
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567'
// @NOTE deeper than any record the write path accepts; past it the general path decides
const MAX_DEPTH = 128

/** Not transcodable here: the general path answers. */
class Unsupported extends Error {}
const UNSUPPORTED = new Unsupported()

/**
 * The JSON text of a record block whose top level is a map, or undefined when the general
 * path must decide (see the module note).
 *
 * @example
 * const text = recordJson(block) ?? JSON.stringify(lexToJson(cborToLex(block)))
 */
export function recordJson(bytes: Uint8Array): string | undefined {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // @NOTE a record is a map (major type 5): anything else is the general path's to refuse
  if (buf.length === 0 || (buf[0] as number) >> 5 !== 5) return undefined
  const reader = new Reader(buf)
  try {
    const text = reader.value(0)
    return reader.pos === buf.length ? text : undefined
  } catch (err) {
    if (err === UNSUPPORTED) return undefined
    // @NOTE a truncated block reads past the end: the general path reports it
    if (err instanceof RangeError) return undefined
    throw err
  }
}

class Reader {
  pos = 0
  constructor(readonly buf: Buffer) {}

  value(depth: number): string {
    if (depth > MAX_DEPTH) throw UNSUPPORTED
    const buf = this.buf
    const initial = byteAt(buf, this.pos)
    const major = initial >> 5
    switch (major) {
      case 0:
        return String(this.argument(initial))
      case 1:
        return String(-1 - this.argument(initial))
      case 2: {
        const length = this.argument(initial)
        const start = this.take(length)
        return `{"$bytes":"${base64(buf, start, this.pos)}"}`
      }
      case 3:
        return this.text(this.argument(initial))
      case 4: {
        const length = this.argument(initial)
        if (length === 0) return '[]'
        let out = `[${this.value(depth + 1)}`
        for (let i = 1; i < length; i++) out += `,${this.value(depth + 1)}`
        return `${out}]`
      }
      case 5:
        return this.map(this.argument(initial), depth)
      case 6:
        return this.link(initial)
      default:
        this.pos++
        if (initial === 0xf4) return 'false'
        if (initial === 0xf5) return 'true'
        if (initial === 0xf6) return 'null'
        throw UNSUPPORTED
    }
  }

  map(length: number, depth: number): string {
    const buf = this.buf
    let out = '{'
    let prevStart = 0
    let prevLength = -1
    for (let i = 0; i < length; i++) {
      const initial = byteAt(buf, this.pos)
      if (initial >> 5 !== 3) throw UNSUPPORTED
      const keyLength = this.argument(initial)
      const keyStart = this.take(keyLength)
      // @NOTE strictly ascending canonical order (shorter first, then bytewise) rules out repeated keys
      if (
        keyLength < prevLength ||
        (keyLength === prevLength && buf.compare(buf, keyStart, this.pos, prevStart, prevStart + prevLength) >= 0)
      )
        throw UNSUPPORTED
      prevStart = keyStart
      prevLength = keyLength
      const first = buf[keyStart]
      // @NOTE JavaScript puts integer-like keys first, and a `__proto__` key sets no property: the general path decides
      if (
        (first !== undefined && first >= 0x30 && first <= 0x39) ||
        (keyLength === 9 && buf.toString('latin1', keyStart, this.pos) === '__proto__')
      )
        throw UNSUPPORTED
      const key = this.textAt(keyStart, this.pos)
      out += i === 0 ? `${key}:${this.value(depth + 1)}` : `,${key}:${this.value(depth + 1)}`
    }
    return `${out}}`
  }

  /** Tag 42, a CIDv1 as bytes after a 0x00 prefix, as `{"$link": base32}`. */
  link(initial: number): string {
    const buf = this.buf
    if (initial !== 0xd8 || byteAt(buf, this.pos + 1) !== 42) throw UNSUPPORTED
    this.pos += 2
    const head = byteAt(buf, this.pos)
    if (head >> 5 !== 2) throw UNSUPPORTED
    const length = this.argument(head)
    const start = this.take(length)
    // @NOTE 0x00, version 1, codec, hash code and digest length, each a one-byte varint, then the digest
    if (length < 5 || buf[start] !== 0 || buf[start + 1] !== 1) throw UNSUPPORTED
    const codec = buf[start + 2] as number
    const hash = buf[start + 3] as number
    const digest = buf[start + 4] as number
    if (codec >= 0x80 || hash >= 0x80 || digest >= 0x80 || length !== 5 + digest) throw UNSUPPORTED
    return `{"$link":"b${base32(buf, start + 1, this.pos)}"}`
  }

  /** A CBOR head's argument (length or value), which must be minimally encoded and a safe integer. */
  argument(initial: number): number {
    const buf = this.buf
    const minor = initial & 0x1f
    const at = this.pos + 1
    let value: number
    if (minor < 24) {
      this.pos = at
      return minor
    } else if (minor === 24) {
      value = byteAt(buf, at)
      this.pos = at + 1
      if (value < 24) throw UNSUPPORTED
    } else if (minor === 25) {
      value = buf.readUInt16BE(at)
      this.pos = at + 2
      if (value < 0x100) throw UNSUPPORTED
    } else if (minor === 26) {
      value = buf.readUInt32BE(at)
      this.pos = at + 4
      if (value < 0x10000) throw UNSUPPORTED
    } else if (minor === 27) {
      const high = buf.readUInt32BE(at)
      value = high * 0x100000000 + buf.readUInt32BE(at + 4)
      this.pos = at + 8
      // @NOTE past 2^53 - 2 the general path gives a bigint (refused when encoding) for either sign
      if (high === 0 || value > Number.MAX_SAFE_INTEGER - 1) throw UNSUPPORTED
    } else {
      throw UNSUPPORTED
    }
    return value
  }

  /** Skips `length` bytes, returning where they start. */
  take(length: number): number {
    const start = this.pos
    if (start + length > this.buf.length) throw UNSUPPORTED
    this.pos = start + length
    return start
  }

  text(length: number): string {
    const start = this.take(length)
    return this.textAt(start, this.pos)
  }

  /** The JSON string of the UTF-8 text at `start..end`, as JSON.stringify writes it. */
  textAt(start: number, end: number): string {
    const buf = this.buf
    for (let i = start; i < end; i++) {
      const c = buf[i] as number
      // @NOTE printable ASCII without `"` or `\` is its own JSON string; anything else goes through JSON.stringify
      if (c < 0x20 || c === 0x22 || c === 0x5c || c >= 0x7f)
        return JSON.stringify(utf8.decode(buf.subarray(start, end)))
    }
    return `"${buf.toString('latin1', start, end)}"`
  }
}

function byteAt(buf: Buffer, at: number): number {
  const byte = buf[at]
  if (byte === undefined) throw UNSUPPORTED
  return byte
}

/** Standard base64 without padding, as lex JSON writes `$bytes`. */
function base64(buf: Buffer, start: number, end: number): string {
  const text = buf.toString('base64', start, end)
  return text.endsWith('==') ? text.slice(0, -2) : text.endsWith('=') ? text.slice(0, -1) : text
}

/** RFC 4648 base32, lower case, without padding (the multibase `b` encoding of a CID). */
function base32(buf: Buffer, start: number, end: number): string {
  let out = ''
  let bits = 0
  let value = 0
  for (let i = start; i < end; i++) {
    value = ((value << 8) | (buf[i] as number)) & 0xffff
    bits += 8
    while (bits >= 5) {
      bits -= 5
      out += BASE32[(value >> bits) & 31]
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31]
  return out
}
