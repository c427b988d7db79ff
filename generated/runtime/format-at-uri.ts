/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: codegen/runtime/format-at-uri.ts
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
/**
 * The Lexicon `at-uri` format: `at://AUTHORITY[/COLLECTION[/RKEY]][#FRAGMENT]`.
 *
 * The authority is a DID or a handle, the collection an NSID and the record key a record key. There is
 * no query and no trailing slash; a fragment is a JSON pointer (`/…`) whose percent-escapes decode to
 * UTF-8. These are @atproto/syntax's strict rules, which the interop vectors follow.
 *
 * @see https://atproto.com/specs/at-uri-scheme
 * @module
 */

import { isDidIn, isHandleIn, isNsidIn, isRecordKeyIn } from './format-identifiers.js'

const SLASH = 0x2f
const HASH = 0x23
const PERCENT = 0x25

/** Whether `s` is a valid restricted AT-URI. */
export function isAtUriString(s: string): boolean {
  const len = s.length
  if (len < 8 || len > 8192 || !s.startsWith('at://')) return false
  const authorityEnd = partEnd(s, 5)
  if (!isAtIdentifierIn(s, 5, authorityEnd)) return false
  let i = authorityEnd
  if (s.charCodeAt(i) === SLASH) {
    const collectionEnd = partEnd(s, i + 1)
    if (!isNsidIn(s, i + 1, collectionEnd)) return false
    i = collectionEnd
    if (s.charCodeAt(i) === SLASH) {
      const rkeyEnd = partEnd(s, i + 1)
      if (!isRecordKeyIn(s, i + 1, rkeyEnd)) return false
      i = rkeyEnd
    }
  }
  if (i === len) return true
  return s.charCodeAt(i) === HASH && isFragmentIn(s, i + 1, len)
}

/** A DID when it starts with `did:`, else a handle. */
function isAtIdentifierIn(s: string, start: number, end: number): boolean {
  return s.startsWith('did:', start) ? isDidIn(s, start, end) : isHandleIn(s, start, end)
}

/** The index of the `/` or `#` that ends the path part starting at `start`, or the length of `s`. */
function partEnd(s: string, start: number): number {
  const len = s.length
  let i = start
  while (i < len) {
    const c = s.charCodeAt(i)
    if (c === SLASH || c === HASH) break
    i++
  }
  return i
}

/** Chars allowed in a fragment: RFC 3986 pchar plus `/`, without `?`. */
const FRAGMENT_CHAR = /* @__PURE__ */ buildFragmentChars()

function buildFragmentChars(): Uint8Array {
  const table = new Uint8Array(128)
  const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~:@!$&'()*+,;=%[]/-"
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1
  return table
}

/** A JSON pointer (`/` then fragment chars) whose percent-escapes are well formed. */
function isFragmentIn(s: string, start: number, end: number): boolean {
  if (start >= end || s.charCodeAt(start) !== SLASH) return false
  let escapes = false
  for (let i = start + 1; i < end; i++) {
    const c = s.charCodeAt(i)
    if (c >= 128 || FRAGMENT_CHAR[c] === 0) return false
    if (c === PERCENT) escapes = true
  }
  return !escapes || isPercentEncodedUtf8(s, start, end)
}

/** The byte a `%XX` escape at `i` stands for, or -1 when `i` does not start one. */
function escapedByte(s: string, i: number, end: number): number {
  if (i + 2 >= end || s.charCodeAt(i) !== PERCENT) return -1
  const hi = hexValue(s.charCodeAt(i + 1))
  const lo = hexValue(s.charCodeAt(i + 2))
  return hi < 0 || lo < 0 ? -1 : hi * 16 + lo
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30
  const lower = c | 0x20
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x57 : -1
}

/**
 * Whether every `%` starts a `%XX` escape and the escaped bytes form UTF-8 (RFC 3629: no overlong forms,
 * no surrogates, nothing past U+10FFFF). This is when `decodeURIComponent` succeeds, checked without
 * decoding or throwing.
 */
export function isPercentEncodedUtf8(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (s.charCodeAt(i) !== PERCENT) continue
    const lead = escapedByte(s, i, end)
    if (lead < 0) return false
    i += 2
    if (lead < 0x80) continue
    const count = lead < 0xc2 ? 0 : lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : lead < 0xf5 ? 3 : 0
    if (count === 0) return false
    // RFC 3629 §4 narrows the first continuation byte after E0, ED, F0 and F4
    let min = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80
    let max = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf
    for (let k = 0; k < count; k++) {
      const byte = escapedByte(s, i + 1, end)
      if (byte < min || byte > max) return false
      min = 0x80
      max = 0xbf
      i += 3
    }
  }
  return true
}
