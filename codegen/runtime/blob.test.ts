import { BlobRef } from '@atproto/lexicon'
import { CID } from 'multiformats/cid'
import { describe, expect, test } from 'vitest'
import { blobMimeType, blobSize, isBlob, mimeMatches } from './blob.js'

const RAW = 'bafkreiccldh766hwcnuxnf2wh6jgzepf2nlu2lvcllt63eww5p6chi4ity'
const ref = CID.parse(RAW)
const blob = { $type: 'blob', ref, mimeType: 'image/jpeg', size: 10000 }
const legacy = { cid: RAW, mimeType: 'image/jpeg' }
const lexiconLegacy = BlobRef.fromJsonRef(legacy)
const lexiconTyped = new BlobRef(lexiconLegacy.ref, 'image/jpeg', 10000)

describe('isBlob', () => {
  const cases: [string, { given: unknown; want: boolean }][] = [
    ['accepts a typed blob', { given: blob, want: true }],
    ['accepts a size of 0', { given: { ...blob, size: 0 }, want: true }],
    ['accepts a lexicon BlobRef', { given: lexiconTyped, want: true }],
    ['accepts a lexicon BlobRef read from a legacy blob', { given: lexiconLegacy, want: true }],
    ['accepts a legacy blob', { given: legacy, want: true }],
    ['refuses a blob still in JSON form', { given: { ...blob, ref: { $link: RAW } }, want: false }],
    ['refuses a CID string as ref', { given: { ...blob, ref: RAW }, want: false }],
    ['refuses a string size', { given: { ...blob, size: '10000' }, want: false }],
    ['refuses a negative size', { given: { ...blob, size: -1 }, want: false }],
    ['refuses a fractional size', { given: { ...blob, size: 1.5 }, want: false }],
    ['refuses a missing mimeType', { given: { $type: 'blob', ref, size: 1 }, want: false }],
    ['refuses a missing ref', { given: { $type: 'blob', mimeType: 'image/jpeg', size: 1 }, want: false }],
    ['refuses an extra key', { given: { ...blob, alt: 'x' }, want: false }],
    ['refuses another $type', { given: { ...blob, $type: 'app.bsky.embed.images' }, want: false }],
    ['refuses a legacy blob with a bogus cid', { given: { ...legacy, cid: 'nope' }, want: false }],
    ['refuses a legacy blob with an extra key', { given: { ...legacy, size: 1 }, want: false }],
    ['refuses null', { given: null, want: false }],
    ['refuses an array', { given: [blob], want: false }],
  ]
  test.each(cases)('%s', (_, { given, want }) => expect(isBlob(given)).toBe(want))
})

describe('blobSize', () => {
  const cases: [string, { given: unknown; want: number | undefined }][] = [
    ['reads a typed blob', { given: blob, want: 10000 }],
    ['reads a lexicon BlobRef', { given: lexiconTyped, want: 10000 }],
    ['knows no size for a legacy blob', { given: legacy, want: undefined }],
    ['knows no size for a lexicon BlobRef of a legacy blob', { given: lexiconLegacy, want: undefined }],
  ]
  test.each(cases)('%s', (_, { given, want }) => expect(blobSize(given)).toBe(want))
})

describe('blobMimeType', () => {
  const cases: [string, { given: unknown; want: string }][] = [
    ['reads a typed blob', { given: blob, want: 'image/jpeg' }],
    ['reads a legacy blob', { given: legacy, want: 'image/jpeg' }],
    ['gives the empty string for a non-blob', { given: 42, want: '' }],
  ]
  test.each(cases)('%s', (_, { given, want }) => expect(blobMimeType(given)).toBe(want))
})

describe('mimeMatches', () => {
  const cases: [string, { given: [readonly string[], string]; want: boolean }][] = [
    ['matches an exact type', { given: [['image/png', 'image/jpeg'], 'image/jpeg'], want: true }],
    ['refuses a type not listed', { given: [['image/png'], 'image/jpeg'], want: false }],
    ['matches a subtype wildcard', { given: [['video/mp4', 'image/*'], 'image/webp'], want: true }],
    ['refuses another type under a subtype wildcard', { given: [['image/*'], 'video/mp4'], want: false }],
    ['refuses a type that only shares a prefix', { given: [['image/*'], 'imagery/png'], want: false }],
    ['matches anything with */*', { given: [['*/*'], 'application/octet-stream'], want: true }],
    ['matches nothing with an empty list', { given: [[], 'image/png'], want: false }],
  ]
  test.each(cases)('%s', (_, { given, want }) => expect(mimeMatches(...given)).toBe(want))
})
