/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: codegen/runtime/blob.ts
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
/**
 * Blob references in lex form, and the checks a Lexicon `blob` field runs on them.
 *
 * @see https://atproto.com/specs/data-model#blob-type
 * @module
 */

import { CID } from 'multiformats/cid'
import { isCidObject } from './cid.js'

/** The fields any of the blob shapes may carry; all unchecked until `isBlob` says otherwise. */
type BlobFields = {
  $type?: unknown
  ref?: unknown
  mimeType?: unknown
  size?: unknown
  cid?: unknown
  original?: unknown
}

/**
 * Whether `value` is a blob reference: a typed blob `{ $type: 'blob', ref: CID, mimeType, size }` with
 * nothing else, an instance of @atproto/lexicon's `BlobRef` (recognised by shape), or a legacy
 * `{ cid, mimeType }` whose `cid` parses.
 *
 * @example
 * isBlob({ $type: 'blob', ref: cid, mimeType: 'image/png', size: 1234 }) // true
 * isBlob({ $type: 'blob', ref: { $link: '…' }, mimeType: 'image/png', size: 1234 }) // false: JSON, not lex
 */
export function isBlob(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const blob = value as BlobFields
  if (blob.$type === 'blob') return isTypedBlob(blob)
  if (blob.$type !== undefined) return false
  return blob.original !== undefined ? isBlobRefInstance(blob) : isLegacyBlob(blob)
}

function isTypedBlob(blob: BlobFields): boolean {
  if (typeof blob.mimeType !== 'string' || !isSize(blob.size) || !isCidRef(blob.ref)) return false
  for (const key in blob) {
    if (key !== '$type' && key !== 'ref' && key !== 'mimeType' && key !== 'size') return false
  }
  return true
}

/**
 * Whether `value` looks like @atproto/lexicon's `BlobRef`: `ref`, `mimeType`, `size` (-1 when unknown)
 * and the `original` JSON it was read from, without a `$type`.
 */
export function isBlobRefInstance(value: object): value is { original: object } {
  const blob = value as BlobFields
  return (
    blob.$type === undefined &&
    typeof blob.original === 'object' &&
    blob.original !== null &&
    typeof blob.mimeType === 'string' &&
    (blob.size === -1 || isSize(blob.size)) &&
    isCidRef(blob.ref)
  )
}

function isLegacyBlob(blob: BlobFields): boolean {
  if (typeof blob.cid !== 'string' || typeof blob.mimeType !== 'string') return false
  for (const key in blob) {
    if (key !== 'cid' && key !== 'mimeType') return false
  }
  // @NOTE legacy blobs are rare, so the exception on a bad CID costs nothing in practice
  try {
    CID.parse(blob.cid)
    return true
  } catch {
    return false
  }
}

function isSize(size: unknown): size is number {
  return Number.isSafeInteger(size) && (size as number) >= 0
}

function isCidRef(ref: unknown): boolean {
  return typeof ref === 'object' && ref !== null && isCidObject(ref)
}

/**
 * The blob's MIME type, or `''` when `value` has none. Call after `isBlob`.
 *
 * @example
 * blobMimeType({ $type: 'blob', ref: cid, mimeType: 'image/png', size: 1 }) // 'image/png'
 */
export function blobMimeType(value: unknown): string {
  const mimeType = typeof value === 'object' && value !== null ? (value as BlobFields).mimeType : undefined
  return typeof mimeType === 'string' ? mimeType : ''
}

/**
 * The blob's size in bytes, or `undefined` when it is unknown (legacy blobs carry none). Call after `isBlob`.
 *
 * @example
 * blobSize({ $type: 'blob', ref: cid, mimeType: 'image/png', size: 1234 }) // 1234
 * blobSize({ cid: 'bafkrei…', mimeType: 'image/png' }) // undefined
 */
export function blobSize(value: unknown): number | undefined {
  const size = typeof value === 'object' && value !== null ? (value as BlobFields).size : undefined
  return isSize(size) ? size : undefined
}

/**
 * Whether `mime` is allowed by a Lexicon `accept` list: exact types, `type/*` and `*\/*`.
 *
 * @example
 * mimeMatches(['image/*'], 'image/png') // true
 * mimeMatches(['image/png'], 'image/jpeg') // false
 */
export function mimeMatches(accept: readonly string[], mime: string): boolean {
  for (const pattern of accept) {
    if (pattern === mime || pattern === '*/*') return true
    if (pattern.endsWith('/*') && startsWithAllBut(mime, pattern, 1)) return true
  }
  return false
}

/** Whether `s` starts with `prefix` minus its last `drop` chars, without slicing. */
function startsWithAllBut(s: string, prefix: string, drop: number): boolean {
  const n = prefix.length - drop
  if (s.length < n) return false
  for (let i = 0; i < n; i++) {
    if (s.charCodeAt(i) !== prefix.charCodeAt(i)) return false
  }
  return true
}
