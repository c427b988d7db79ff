/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: codegen/runtime/strings.ts
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
/**
 * String length measures used by Lexicon `maxLength`/`minLength` (UTF-8 bytes) and
 * `maxGraphemes`/`minGraphemes` (extended grapheme clusters).
 *
 * @see https://atproto.com/specs/lexicon#string
 * @module
 */

// @NOTE one shared instance: constructing a Segmenter costs far more than segmenting a short string
const segmenter = new Intl.Segmenter()

/**
 * Returns the number of bytes `s` takes in UTF-8, without encoding it.
 *
 * A lone surrogate counts 3 bytes, the size of the U+FFFD that `TextEncoder` writes in its place.
 *
 * @example
 * utf8Len('é') // 2
 * utf8Len('😀') // 4
 */
export function utf8Len(s: string): number {
  const n = s.length
  let len = n
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) continue
    if (c < 0x800) {
      len += 1
      continue
    }
    len += 2
    // a high surrogate followed by a low one is one 4-byte code point: 3 + 1 for the pair of units
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const next = s.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
    }
  }
  return len
}

/**
 * Returns the number of extended grapheme clusters in `s` (what a reader counts as characters).
 *
 * @example
 * graphemeLen('👨‍👩‍👧') // 1
 * graphemeLen('abc') // 3
 */
export function graphemeLen(s: string): number {
  const n = s.length
  let i = 0
  // @NOTE in ASCII only "\r\n" joins two code units into one cluster, so ASCII without "\r" is one per unit
  while (i < n) {
    const c = s.charCodeAt(i)
    if (c >= 0x80 || c === 0x0d) break
    i++
  }
  if (i === n) return n
  let count = 0
  for (const _ of segmenter.segment(s)) count++
  return count
}
