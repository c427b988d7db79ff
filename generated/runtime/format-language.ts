/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: codegen/runtime/format-language.ts
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
/**
 * The Lexicon `language` format: a well-formed BCP 47 tag (RFC 5646 §2.1) with no repeated variant or
 * extension singleton (§2.2.5, §2.2.6), as the interop vectors define it.
 *
 * @see https://atproto.com/specs/lexicon#language
 * @see https://www.rfc-editor.org/rfc/rfc5646#section-2.1
 * @module
 */

// @NOTE the interop vectors are stricter than RFC 5646 on the primary language subtag: they reject "JA"
// and "jaja". So that subtag must be lowercase, and the 4-letter form (reserved for future use) is out.
// Private-use and extension singletons stay case-insensitive ("X-fr-CH" is valid).
const LANGTAG =
  /^(?:(?:[a-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[a-z]{5,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-[xX](?:-[A-Za-z0-9]{1,8})+)?|[xX](?:-[A-Za-z0-9]{1,8})+)$/

/** Irregular grandfathered tags (RFC 5646 §2.2.8) that the langtag grammar does not cover. */
const IRREGULAR = new Set([
  'en-GB-oed',
  'i-ami',
  'i-bnn',
  'i-default',
  'i-enochian',
  'i-hak',
  'i-klingon',
  'i-lux',
  'i-mingo',
  'i-navajo',
  'i-pwn',
  'i-tao',
  'i-tay',
  'i-tsu',
  'sgn-BE-FR',
  'sgn-BE-NL',
  'sgn-CH-DE',
])

/** Whether `s` is a BCP 47 language tag the interop vectors accept. */
export function isLanguageString(s: string): boolean {
  if (!LANGTAG.test(s)) return IRREGULAR.has(s)
  return !mayRepeatSubtag(s) || !hasRepeatedSubtag(s)
}

/**
 * A cheap over-estimate, without allocating: whether `s` has two singletons or two subtags shaped like
 * variants (5–8 chars, or 4 starting with a digit) before any private-use part. Common tags ("en",
 * "pt-BR", "zh-Hant-TW") have neither, so they skip the exact check.
 */
function mayRepeatSubtag(s: string): boolean {
  let singletons = 0
  let variants = 0
  let start = 0
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && s.charCodeAt(i) !== 0x2d) continue
    const len = i - start
    const first = s.charCodeAt(start)
    if (len === 1 && (first | 0x20) === 0x78) break // "x": private use follows
    if (len === 1) singletons++
    else if (len >= 5 || (len === 4 && first <= 0x39)) variants++
    start = i + 1
  }
  return singletons > 1 || variants > 1
}

/** Whether a well-formed langtag repeats a variant or an extension singleton, ignoring case. */
function hasRepeatedSubtag(s: string): boolean {
  const parts = s.toLowerCase().split('-')
  let i = 1
  // extlang, script and region come first and have fixed shapes
  while (isAlphaOfLength(parts[i], 3)) i++
  if (isAlphaOfLength(parts[i], 4)) i++
  if (parts[i]?.length === 2 || (parts[i]?.length === 3 && !isAlphaOfLength(parts[i], 3))) i++
  const seen = new Set<string>()
  for (let part = parts[i]; part !== undefined && part.length >= 4; part = parts[++i]) {
    if (seen.has(part)) return true
    seen.add(part)
  }
  seen.clear()
  for (let part = parts[i]; part !== undefined && part !== 'x'; part = parts[++i]) {
    if (part.length !== 1) continue
    if (seen.has(part)) return true
    seen.add(part)
  }
  return false
}

function isAlphaOfLength(part: string | undefined, length: number): boolean {
  if (part?.length !== length) return false
  for (let i = 0; i < length; i++) {
    const c = part.charCodeAt(i)
    if (c < 0x61 || c > 0x7a) return false
  }
  return true
}
