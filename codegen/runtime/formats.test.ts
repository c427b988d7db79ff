/*
 * Where the interop vectors (the spec) and @atproto/lexicon 0.6.2 disagree, the vectors win. Every input on
 * which our check and lexicon's format validator differ is listed in LEXICON_DISAGREES below, and the
 * "agrees with @atproto/lexicon" tests fail if the two lists drift apart. In words:
 *
 * From the vectors:
 * - at-uri: lexicon runs @atproto/syntax's *non-strict* AT-URI check, so it accepts trailing slashes
 *   (`at://did:plc:asdf123/`, `…/record/`, `…/record/#/frag`) and record keys that are not record keys
 *   (`%23`, `$`, `@`, `!`, `*`, `(`, `,`, `;`, `%30`, `%3`, `%`, `%zz`, `%%%`, `.`, `..`, …). Rejected.
 * - cid: lexicon runs `CID.parse`, which takes the CIDv0 `QmbWqx…` (rejected) and refuses the non-CID
 *   strings the vectors call valid syntax (`mBcDxtdWx0aWhhc2g+`, `z7x3CtScH765HvShXT`,
 *   `7134036155352661643226414134664076`, `f0170…`). Accepted.
 * - datetime: lexicon uses iso-datestring-validator, which makes the timezone optional
 *   (`1985-04-12T23:20:50.123`, `…:50`), accepts `…:5Z`, `+0000` and `0000-01-01T00:00:00+01:00`
 *   (a negative instant), and refuses more than 9 fraction digits and offsets that no zone uses (`+01:45`).
 * - language: lexicon accepts `jaja`, `JA` and repeated variants or extensions (`de-DE-1901-1901`,
 *   `en-rozaj-ROZAJ`, `en-a-foo-a-bar`, `en-u-co-phonebk-U-ca-buddhist`) and refuses an uppercase
 *   private-use `X` (`X-fr-CH`, `de-X-foo`).
 * - uri: lexicon's scheme is `\w+`, so it refuses `content-type:…` and `microsoft.windows.camera:…`; it has
 *   no length cap, so it accepts the 8220-char URI.
 *
 * Beyond the vectors, where we follow the same rules:
 * - at-uri: a query (`?q=1`) and a fragment whose escapes are not UTF-8 (`%zz`, overlong `%C0%80`,
 *   surrogate `%ED%A0%80`): lexicon accepts, we reject (@atproto/syntax's strict mode).
 * - cid: we decode only base32 (`b…`); other multibases get the syntax check, so `abcdefgh`, `zzzzzzzz`,
 *   uppercase base32 and base36 (`k51…`) pass here and fail lexicon. Base32 CIDv0 and CIDs longer than
 *   256 chars (e.g. a 200-byte identity hash) pass lexicon and fail here.
 * - datetime: we allow any `±HH:MM` offset (`+23:59`), a comma is not a decimal mark, year 0000 is a leap
 *   year (`0000-02-29`), and there is no hour 24, no leap second 60 and no instant past 9999 in UTC.
 * - language: the primary subtag must be lowercase (`EN`, `En`) and not 4 letters (`abcd`); a lowercase
 *   private-use `x` is not required (`en-X-a`); a repeated variant or singleton is refused anywhere.
 * - uri: the scheme follows RFC 3986, so `a+b:c` passes and `a_b:c`, `1abc:x`, `_x:y` fail; more than
 *   8192 chars fails.
 * - did, handle, nsid, record-key, tid, at-identifier: no disagreement.
 */

import * as lexicon from '@atproto/lexicon/dist/validators/formats.js'
import { base32 } from 'multiformats/bases/base32'
import { CID } from 'multiformats/cid'
import { identity } from 'multiformats/hashes/identity'
import { describe, expect, it, test } from 'vitest'
import { describeInterop, hasInterop, readInteropLines } from '../../test/helpers/interop.js'
import * as formats from './formats.js'

type Format =
  | 'datetime'
  | 'uri'
  | 'atUri'
  | 'did'
  | 'handle'
  | 'atIdentifier'
  | 'nsid'
  | 'cid'
  | 'language'
  | 'tid'
  | 'recordKey'

const CHECKS: Record<Format, (s: string) => boolean> = {
  datetime: formats.isDatetime,
  uri: formats.isUri,
  atUri: formats.isAtUri,
  did: formats.isDid,
  handle: formats.isHandle,
  atIdentifier: formats.isAtIdentifier,
  nsid: formats.isNsid,
  cid: formats.isCid,
  language: formats.isLanguage,
  tid: formats.isTid,
  recordKey: formats.isRecordKey,
}

const FORMATS = Object.keys(CHECKS) as Format[]

/** Formats with a `_parse_invalid.txt` file: well-formed strings that are still not valid values. */
const HAS_PARSE_INVALID = new Set<Format>(['datetime', 'language'])

/** @atproto/lexicon's validator for each format. */
const LEXICON: Record<Format, (path: string, value: string) => { success: boolean }> = {
  datetime: lexicon.datetime,
  uri: lexicon.uri,
  atUri: lexicon.atUri,
  did: lexicon.did,
  handle: lexicon.handle,
  atIdentifier: lexicon.atIdentifier,
  nsid: lexicon.nsid,
  cid: lexicon.cid,
  language: lexicon.language,
  tid: lexicon.tid,
  recordKey: lexicon.recordKey,
}

function lexiconAccepts(format: Format, s: string): boolean {
  return LEXICON[format]('$', s).success
}

function vectors(format: Format): { valid: string[]; invalid: string[] } {
  if (!hasInterop) return { valid: [], invalid: [] }
  const prefix = `syntax/${format.toLowerCase()}` // e.g. syntax/aturi_syntax_valid.txt
  const parseInvalid = HAS_PARSE_INVALID.has(format) ? readInteropLines(`${prefix}_parse_invalid.txt`) : []
  return {
    valid: readInteropLines(`${prefix}_syntax_valid.txt`),
    invalid: [...readInteropLines(`${prefix}_syntax_invalid.txt`), ...parseInvalid],
  }
}

const CIDV0 = 'QmbWqxBEKC3P8tqsKc98xmWNzrzDtRLMiMPL8wBuTGsMnR'
const BASE32_CIDV0 = base32.encode(CID.parse(CIDV0).bytes)
const LONG_IDENTITY_CID = CID.createV1(0x55, identity.digest(new Uint8Array(200))).toString()
const DID = 'did:plc:asdf123'
const POST = 'com.atproto.feed.post'

/** Edge cases beyond the vectors: what each check must say. */
const EDGE_CASES: [string, { format: Format; given: string; want: boolean }][] = [
  ['datetime rejects Feb 29 in a common year', { format: 'datetime', given: '2019-02-29T00:00:00Z', want: false }],
  ['datetime accepts Feb 29 in a leap year', { format: 'datetime', given: '2020-02-29T00:00:00Z', want: true }],
  ['datetime rejects Feb 29 in 1900', { format: 'datetime', given: '1900-02-29T00:00:00Z', want: false }],
  ['datetime accepts Feb 29 in 2000', { format: 'datetime', given: '2000-02-29T00:00:00Z', want: true }],
  ['datetime accepts Feb 29 in year 0000', { format: 'datetime', given: '0000-02-29T00:00:00Z', want: true }],
  ['datetime rejects April 31', { format: 'datetime', given: '2019-04-31T00:00:00Z', want: false }],
  ['datetime accepts April 30', { format: 'datetime', given: '2019-04-30T00:00:00Z', want: true }],
  ['datetime rejects a leap second', { format: 'datetime', given: '1985-12-31T23:59:60Z', want: false }],
  ['datetime rejects hour 24', { format: 'datetime', given: '1985-04-12T24:00:00Z', want: false }],
  ['datetime accepts any offset under 24h', { format: 'datetime', given: '1985-04-12T23:20:50.123+23:59', want: true }],
  ['datetime accepts offset +05:45', { format: 'datetime', given: '1985-04-12T23:20:50.123+05:45', want: true }],
  ['datetime rejects offset +24:00', { format: 'datetime', given: '1985-04-12T23:20:50.123+24:00', want: false }],
  ['datetime rejects offset minutes 60', { format: 'datetime', given: '1985-04-12T23:20:50+23:60', want: false }],
  [
    'datetime rejects an instant in year 10000',
    { format: 'datetime', given: '9999-12-31T23:59:59-01:00', want: false },
  ],
  ['datetime accepts the last hour of 9999', { format: 'datetime', given: '9999-12-31T22:59:59-01:00', want: true }],
  ['datetime accepts 0000-01-01 at its offset', { format: 'datetime', given: '0000-01-01T01:00:00+01:00', want: true }],
  [
    'datetime rejects an instant just before 0000',
    { format: 'datetime', given: '0000-01-01T00:59:59.999+01:00', want: false },
  ],
  ['datetime accepts 9 fraction digits', { format: 'datetime', given: '1985-04-12T23:20:50.123456789Z', want: true }],
  [
    'datetime rejects more than 64 chars',
    { format: 'datetime', given: `1985-04-12T23:20:50.${'1'.repeat(50)}Z`, want: false },
  ],
  ['datetime rejects a decimal comma', { format: 'datetime', given: '1985-04-12T23:20:50,123Z', want: false }],
  ['datetime rejects full-width digits', { format: 'datetime', given: '１985-04-12T23:20:50Z', want: false }],
  ['datetime rejects a trailing newline', { format: 'datetime', given: '1985-04-12T23:20:50.123Z\n', want: false }],
  ['datetime rejects the empty string', { format: 'datetime', given: '', want: false }],
  ['uri rejects "_" in the scheme', { format: 'uri', given: 'a_b:c', want: false }],
  ['uri rejects a scheme starting with a digit', { format: 'uri', given: '1abc:x', want: false }],
  ['uri accepts "+" in the scheme', { format: 'uri', given: 'a+b:c', want: true }],
  ['uri accepts an uppercase scheme', { format: 'uri', given: 'HTTPS://EXAMPLE.COM', want: true }],
  ['uri rejects an empty authority', { format: 'uri', given: 'http://', want: false }],
  ['uri accepts non-ASCII', { format: 'uri', given: 'https://例え.jp', want: true }],
  ['uri rejects a no-break space', { format: 'uri', given: 'http://a\u00a0b', want: false }],
  ['uri rejects a path of only "/"', { format: 'uri', given: 'x:/', want: false }],
  ['uri accepts 8192 chars', { format: 'uri', given: `https://example.com/${'x'.repeat(8172)}`, want: true }],
  ['uri rejects 8193 chars', { format: 'uri', given: `https://example.com/${'x'.repeat(8173)}`, want: false }],
  ['at-uri rejects a query', { format: 'atUri', given: `at://${DID}?q=1`, want: false }],
  [
    'at-uri rejects a query after the record key',
    { format: 'atUri', given: `at://${DID}/${POST}/rkey?q`, want: false },
  ],
  ['at-uri accepts a JSON-pointer fragment', { format: 'atUri', given: `at://${DID}#/frag`, want: true }],
  [
    'at-uri accepts an escaped space in a fragment',
    { format: 'atUri', given: `at://${DID}/${POST}/r#/a/b%20c`, want: true },
  ],
  ['at-uri accepts an escaped euro sign', { format: 'atUri', given: `at://${DID}#/%E2%82%AC`, want: true }],
  ['at-uri rejects a broken escape in a fragment', { format: 'atUri', given: `at://${DID}#/%zz`, want: false }],
  ['at-uri rejects an overlong escape', { format: 'atUri', given: `at://${DID}#/%C0%80`, want: false }],
  ['at-uri rejects an escaped surrogate', { format: 'atUri', given: `at://${DID}#/%ED%A0%80`, want: false }],
  ['at-uri accepts the root pointer', { format: 'atUri', given: `at://${DID}#/`, want: true }],
  ['at-uri rejects a fragment without "/"', { format: 'atUri', given: `at://${DID}#frag`, want: false }],
  ['at-uri rejects a second "#"', { format: 'atUri', given: `at://${DID}/${POST}/a#/b#c`, want: false }],
  ['at-uri rejects a backslash in a fragment', { format: 'atUri', given: `at://${DID}#/a\\b`, want: false }],
  [
    'at-uri accepts a handle authority',
    { format: 'atUri', given: 'at://alice.bsky.social/app.bsky.feed.post/3jzfcijpj2z2a', want: true },
  ],
  ['at-uri accepts a percent-encoded did:web', { format: 'atUri', given: 'at://did:web:localhost%3A1234', want: true }],
  ['at-uri accepts the shortest handle', { format: 'atUri', given: 'at://a.b', want: true }],
  [
    'cid accepts a dag-cbor CID',
    { format: 'cid', given: 'bafyreidfayvfuwqa7qlnopdjiqrxzs6blmoeu4rujcjtnci5beludirz2a', want: true },
  ],
  [
    'cid accepts a raw CID',
    { format: 'cid', given: 'bafkreiccldh766hwcnuxnf2wh6jgzepf2nlu2lvcllt63eww5p6chi4ity', want: true },
  ],
  [
    'cid rejects a truncated CID',
    { format: 'cid', given: 'bafyreidfayvfuwqa7qlnopdjiqrxzs6blmoeu4rujcjtnci5beludirz2', want: false },
  ],
  [
    'cid rejects non-zero trailing bits',
    { format: 'cid', given: 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdj', want: false },
  ],
  [
    'cid accepts "=" padding, as multiformats does',
    { format: 'cid', given: 'bafyreidfayvfuwqa7qlnopdjiqrxzs6blmoeu4rujcjtnci5beludirz2a==', want: true },
  ],
  ['cid rejects a base32 CIDv0', { format: 'cid', given: BASE32_CIDV0, want: false }],
  ['cid rejects more than 256 chars', { format: 'cid', given: LONG_IDENTITY_CID, want: false }],
  [
    'cid leaves uppercase base32 to the syntax check',
    { format: 'cid', given: 'BAFYREIDFAYVFUWQA7QLNOPDJIQRXZS6BLMOEU4RUJCJTNCI5BELUDIRZ2A', want: true },
  ],
  [
    'cid leaves base36 to the syntax check',
    { format: 'cid', given: 'k51qzi5uqu5dlvj2baxnqndepeb86cbk3ng7n3i46uzyxzyqj2xjonzllnv0v8', want: true },
  ],
  ['cid leaves an unknown multibase to the syntax check', { format: 'cid', given: 'abcdefgh', want: true }],
  ['cid leaves base58 to the syntax check', { format: 'cid', given: 'zzzzzzzz', want: true }],
  ['cid rejects any "Qm" string', { format: 'cid', given: 'Qmabcdefgh', want: false }],
  ['language accepts a lowercase region', { format: 'language', given: 'en-us', want: true }],
  ['language rejects an uppercase primary subtag', { format: 'language', given: 'EN', want: false }],
  ['language rejects a capitalised primary subtag', { format: 'language', given: 'En', want: false }],
  ['language rejects a 4-letter primary subtag', { format: 'language', given: 'abcd', want: false }],
  ['language accepts a 5-letter primary subtag', { format: 'language', given: 'abcde', want: true }],
  ['language accepts script and region', { format: 'language', given: 'zh-Hant-TW', want: true }],
  ['language accepts extlangs', { format: 'language', given: 'zh-min-nan', want: true }],
  ['language accepts a private-use tag', { format: 'language', given: 'x-private', want: true }],
  ['language accepts an uppercase private-use singleton', { format: 'language', given: 'en-X-a', want: true }],
  ['language accepts repeats inside private use', { format: 'language', given: 'en-x-a-a', want: true }],
  ['language rejects a repeated singleton in any case', { format: 'language', given: 'en-a-bbb-A-ccc', want: false }],
  [
    'language rejects a repeated variant before private use',
    { format: 'language', given: 'de-DE-1901-1901-x-1901', want: false },
  ],
  [
    'language accepts a variant repeated as an extension subtag',
    { format: 'language', given: 'en-1901-a-1901', want: true },
  ],
  ['language accepts distinct variants', { format: 'language', given: 'sl-rozaj-biske-1994', want: true }],
  ['language accepts an irregular grandfathered tag', { format: 'language', given: 'en-GB-oed', want: true }],
  ['language rejects an uppercased grandfathered tag', { format: 'language', given: 'EN-GB-OED', want: false }],
  ['language rejects an empty subtag', { format: 'language', given: 'en--US', want: false }],
  ['did accepts an unchecked percent escape', { format: 'did', given: 'did:plc:%zz', want: true }],
  ['did accepts the shortest DID', { format: 'did', given: 'did:a:b', want: true }],
  ['did rejects a digit in the method', { format: 'did', given: 'did:a1:b', want: false }],
  ['did accepts 2048 chars', { format: 'did', given: `did:web:${'a'.repeat(2040)}`, want: true }],
  ['did rejects 2049 chars', { format: 'did', given: `did:web:${'a'.repeat(2041)}`, want: false }],
  ['did rejects non-ASCII', { format: 'did', given: 'did:méthod:x', want: false }],
  ['handle accepts one-letter labels', { format: 'handle', given: 'a.b', want: true }],
  ['handle rejects an IPv4 address', { format: 'handle', given: '1.2.3.4', want: false }],
  ['handle rejects a TLD starting with a digit', { format: 'handle', given: 'a.1b', want: false }],
  ['handle accepts punycode', { format: 'handle', given: 'xn--ls8h.test', want: true }],
  ['handle accepts a 63-char label', { format: 'handle', given: `${'a'.repeat(63)}.com`, want: true }],
  ['handle rejects a 64-char label', { format: 'handle', given: `${'a'.repeat(64)}.com`, want: false }],
  [
    'handle accepts 253 chars',
    { format: 'handle', given: `${`${'a'.repeat(63)}.`.repeat(3)}${'a'.repeat(61)}`, want: true },
  ],
  [
    'handle rejects 254 chars',
    { format: 'handle', given: `${`${'a'.repeat(63)}.`.repeat(3)}${'a'.repeat(62)}`, want: false },
  ],
  ['handle rejects a NUL', { format: 'handle', given: 'a.b\u0000', want: false }],
  ['handle rejects a single label', { format: 'handle', given: 'localhost', want: false }],
  ['nsid rejects a hyphen in the name', { format: 'nsid', given: 'com.example.foo-bar', want: false }],
  ['nsid rejects a name starting with a digit', { format: 'nsid', given: 'com.example.1foo', want: false }],
  ['nsid accepts a middle label starting with a digit', { format: 'nsid', given: 'com.1example.foo', want: true }],
  ['nsid rejects two segments', { format: 'nsid', given: 'a.b', want: false }],
  [
    'nsid accepts 317 chars',
    { format: 'nsid', given: `${`${'a'.repeat(63)}.`.repeat(4)}${'a'.repeat(61)}`, want: true },
  ],
  [
    'nsid rejects 318 chars',
    { format: 'nsid', given: `${`${'a'.repeat(63)}.`.repeat(4)}${'a'.repeat(62)}`, want: false },
  ],
  ['nsid rejects a label ending with a hyphen', { format: 'nsid', given: 'com.ex-.foo', want: false }],
  ['record-key rejects the empty string', { format: 'recordKey', given: '', want: false }],
  ['record-key accepts three dots', { format: 'recordKey', given: '...', want: true }],
  ['record-key accepts 512 chars', { format: 'recordKey', given: 'a'.repeat(512), want: true }],
  ['record-key rejects non-ASCII', { format: 'recordKey', given: 'ü', want: false }],
  ['tid accepts the highest first char', { format: 'tid', given: 'j222222222222', want: true }],
  ['tid rejects a first char with the top bit set', { format: 'tid', given: 'k222222222222', want: false }],
  ['tid rejects an uppercase char', { format: 'tid', given: '3jzfcijpj2z2A', want: false }],
  ['at-identifier rejects an uppercase DID prefix', { format: 'atIdentifier', given: 'DID:plc:x', want: false }],
  ['at-identifier treats "did." as a handle', { format: 'atIdentifier', given: 'did.test', want: true }],
  ['at-identifier rejects the empty string', { format: 'atIdentifier', given: '', want: false }],
]

/** Every input on which our verdict and @atproto/lexicon's differ (see the comment at the top). */
const LEXICON_DISAGREES: Record<Format, readonly string[]> = {
  datetime: [
    // vectors
    '1985-04-12T23:20:50.1235678912345Z',
    '1985-04-12T23:20:50.123+01:45',
    '1985-04-12T23:20:50.1234567890Z',
    '1985-04-12T23:20:50.12345678901Z',
    '1985-04-12T23:20:50.123456789012Z',
    '1985-04-12T23:20:50.123',
    '1985-04-12T23:20:50',
    '1985-04-12T23:20:5Z',
    '1985-04-12T23:20:50.123+0000',
    '0000-01-01T00:00:00+01:00',
    // edge cases
    '0000-02-29T00:00:00Z',
    '1985-12-31T23:59:60Z',
    '1985-04-12T24:00:00Z',
    '1985-04-12T23:20:50.123+23:59',
    '9999-12-31T23:59:59-01:00',
    '0000-01-01T00:59:59.999+01:00',
    '1985-04-12T23:20:50,123Z',
  ],
  uri: [
    'content-type:text/plan',
    'microsoft.windows.camera:thing',
    `https://example.com/${'x'.repeat(8200)}`,
    'a_b:c',
    '1abc:x',
    'a+b:c',
    `https://example.com/${'x'.repeat(8173)}`,
  ],
  atUri: [
    ...[`${DID}/`, 'user.bsky.social/', `${DID}/${POST}/`, `${DID}/${POST}/record/`, `${DID}/${POST}/record/#/frag`],
    ...['%23', '$@!*)(:,;~.sdf123', '$', '@', '!', '*', '(', ',', ';', 'abc%30123', '%30', '%3', '%', '%zz', '%%%'].map(
      (rkey) => `${DID}/${POST}/${rkey}`,
    ),
    `${DID}/${POST}/.`,
    `${DID}/${POST}/..`,
    `${DID}?q=1`,
    `${DID}/${POST}/rkey?q`,
    `${DID}#/%zz`,
    `${DID}#/%C0%80`,
    `${DID}#/%ED%A0%80`,
  ].map((rest) => `at://${rest}`),
  cid: [
    CIDV0,
    'mBcDxtdWx0aWhhc2g+',
    'z7x3CtScH765HvShXT',
    '7134036155352661643226414134664076',
    'f017012202c5f688262e0ece8569aa6f94d60aad55ca8d9d83734e4a7430d0cff6588ec2b',
    BASE32_CIDV0,
    LONG_IDENTITY_CID,
    'BAFYREIDFAYVFUWQA7QLNOPDJIQRXZS6BLMOEU4RUJCJTNCI5BELUDIRZ2A',
    'k51qzi5uqu5dlvj2baxnqndepeb86cbk3ng7n3i46uzyxzyqj2xjonzllnv0v8',
    'abcdefgh',
    'zzzzzzzz',
  ],
  language: [
    'X-fr-CH',
    'de-X-foo',
    'jaja',
    'JA',
    'de-DE-1901-1901',
    'en-rozaj-ROZAJ',
    'en-a-foo-a-bar',
    'en-u-co-phonebk-U-ca-buddhist',
    'EN',
    'En',
    'abcd',
    'en-X-a',
    'en-a-bbb-A-ccc',
    'de-DE-1901-1901-x-1901',
  ],
  did: [],
  handle: [],
  atIdentifier: [],
  nsid: [],
  tid: [],
  recordKey: [],
}

describeInterop('the interop syntax vectors', () => {
  for (const format of FORMATS) {
    const { valid, invalid } = vectors(format)
    it.each(valid)(`${format} accepts %j`, (given) => expect(CHECKS[format](given)).toBe(true))
    it.each(invalid)(`${format} rejects %j`, (given) => expect(CHECKS[format](given)).toBe(false))
  }
})

describe('edge cases', () => {
  test.each(EDGE_CASES)('%s', (_, { format, given, want }) => expect(CHECKS[format](given)).toBe(want))
})

describe('agreement with @atproto/lexicon', () => {
  for (const format of FORMATS) {
    const { valid, invalid } = vectors(format)
    const edges = EDGE_CASES.filter(([, c]) => c.format === format).map(([, c]) => c.given)
    const inputs = [...new Set([...valid, ...invalid, ...edges])]
    const listed = new Set(LEXICON_DISAGREES[format])

    it(`${format} disagrees with lexicon only where listed`, () => {
      const unlisted = inputs.filter((s) => CHECKS[format](s) !== lexiconAccepts(format, s) && !listed.has(s))
      expect(unlisted).toEqual([])
    })

    it(`${format} lists only real disagreements`, () => {
      const stale = [...listed].filter((s) => CHECKS[format](s) === lexiconAccepts(format, s))
      expect(stale).toEqual([])
    })
  }
})
