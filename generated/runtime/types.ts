/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: codegen/runtime/types.ts
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
/**
 * @module
 * Types shared by every generated module: the atproto data model in JavaScript.
 */
import type { Readable } from 'node:stream'
import type { CID } from 'multiformats/cid'

export type { CID, Readable }

/** A value of type T that names its type, as union members must. */
export type Typed<T, Id extends string> = T & { $type: Id }

/** A member of an open union whose type this build does not know. */
export interface UnknownTyped {
  $type: string
  [key: string]: unknown
}

/**
 * A reference to a blob, as records hold it.
 * @see https://atproto.com/specs/data-model#blob-type
 */
export interface BlobRef {
  $type: 'blob'
  ref: CID
  mimeType: string
  size: number
}
