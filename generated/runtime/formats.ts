/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: codegen/runtime/formats.ts
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
/**
 * The Lexicon string `format` checks that generated validators call, one per format.
 *
 * Every check is a total `(s: string) => boolean`: it never throws, and allocates nothing for everyday
 * inputs. The interop vectors (the spec) decide each verdict; formats.test.ts lists where they and
 * @atproto/lexicon disagree.
 *
 * @see https://atproto.com/specs/lexicon#string-formats
 * @module
 */

import { isAtUriString } from './format-at-uri.js'
import { isCidString } from './format-cid.js'
import { isDatetimeString } from './format-datetime.js'
import { isDidString, isHandleIn, isNsidIn, isRecordKeyIn, isTidIn } from './format-identifiers.js'
import { isLanguageString } from './format-language.js'

/**
 * `datetime`: RFC 3339 ∩ ISO 8601 with a required timezone, e.g. `1985-04-12T23:20:50.123Z`.
 *
 * @example
 * isDatetime('1985-04-12T23:20:50.123Z') // true
 * isDatetime('1985-04-12T23:20:50.123') // false: no timezone
 */
export function isDatetime(s: string): boolean {
  return isDatetimeString(s)
}

// @NOTE RFC 3986 scheme (a letter, then letters, digits, "+", "-", "."); after it, no whitespace and not
// an empty or "/"-led hierarchy, as @atproto/lexicon requires
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:(?:\/\/)?[^\s/]\S*$/

/**
 * `uri`: any URI with a scheme and no whitespace, at most 8192 chars.
 *
 * @example
 * isUri('https://example.com/a?b#c') // true
 * isUri('example.com') // false: no scheme
 */
export function isUri(s: string): boolean {
  return s.length <= 8192 && URI.test(s)
}

/**
 * `at-uri`: `at://AUTHORITY[/COLLECTION[/RKEY]][#/FRAGMENT]`.
 *
 * @example
 * isAtUri('at://did:plc:asdf123/app.bsky.feed.post/3jzfcijpj2z2a') // true
 * isAtUri('at://did:plc:asdf123/') // false: trailing slash
 */
export function isAtUri(s: string): boolean {
  return isAtUriString(s)
}

/**
 * `did`: `did:<lowercase method>:<id>`, at most 2048 chars.
 *
 * @example
 * isDid('did:plc:7iza6de2dwap2sbkpav7c6c6') // true
 */
export function isDid(s: string): boolean {
  return isDidString(s)
}

/**
 * `handle`: a DNS hostname with at least two labels and a TLD that starts with a letter.
 *
 * @example
 * isHandle('alice.bsky.social') // true
 * isHandle('localhost') // false
 */
export function isHandle(s: string): boolean {
  return isHandleIn(s, 0, s.length)
}

/**
 * `at-identifier`: a DID when `s` starts with `did:`, a handle otherwise.
 *
 * @example
 * isAtIdentifier('did:web:example.com') // true
 * isAtIdentifier('example.com') // true
 */
export function isAtIdentifier(s: string): boolean {
  return s.startsWith('did:') ? isDidString(s) : isHandleIn(s, 0, s.length)
}

/**
 * `nsid`: a reversed domain plus a name, e.g. `app.bsky.feed.post`.
 *
 * @example
 * isNsid('com.atproto.repo.createRecord') // true
 */
export function isNsid(s: string): boolean {
  return isNsidIn(s, 0, s.length)
}

/**
 * `cid`: a CIDv1 string. Base32 (`b…`) strings must decode; other multibases get the syntax check only.
 *
 * @example
 * isCid('bafyreidfayvfuwqa7qlnopdjiqrxzs6blmoeu4rujcjtnci5beludirz2a') // true
 * isCid('QmbWqxBEKC3P8tqsKc98xmWNzrzDtRLMiMPL8wBuTGsMnR') // false: CIDv0
 */
export function isCid(s: string): boolean {
  return isCidString(s)
}

/**
 * `language`: a BCP 47 tag with a lowercase primary subtag and no repeated variant or extension.
 *
 * @example
 * isLanguage('pt-BR') // true
 * isLanguage('de-DE-1901-1901') // false: repeated variant
 */
export function isLanguage(s: string): boolean {
  return isLanguageString(s)
}

/**
 * `tid`: 13 chars of base32-sortable, e.g. `3jzfcijpj2z2a`.
 *
 * @example
 * isTid('3jzfcijpj2z2a') // true
 */
export function isTid(s: string): boolean {
  return isTidIn(s, 0, s.length)
}

/**
 * `record-key`: 1–512 chars of `[A-Za-z0-9._:~-]`, except `.` and `..`.
 *
 * @example
 * isRecordKey('self') // true
 * isRecordKey('..') // false
 */
export function isRecordKey(s: string): boolean {
  return isRecordKeyIn(s, 0, s.length)
}
