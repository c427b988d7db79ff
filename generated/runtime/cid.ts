/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: codegen/runtime/cid.ts
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
/**
 * Recognising CID instances, including those of other multiformats versions (e.g. the 9.x copies inside
 * @atproto/lexicon and @atproto/repo).
 *
 * @module
 */

import { CID } from 'multiformats/cid'

/** The symbol that tagged CIDs in the oldest multiformats releases. */
const LEGACY_CID_TAG = Symbol.for('@ipld/js-cid/CID')

/**
 * Returns `value` as a CID of this package's multiformats, or `null` when it is not a CID.
 *
 * @example
 * asCid(CID.parse('bafyrei…')) // the same CID
 * asCid('bafyrei…') // null: a string is not a CID
 */
export function asCid(value: unknown): CID | null {
  return CID.asCID(value)
}

/**
 * Whether `value` is a CID of any multiformats version, by the same marks `CID.asCID` looks for, but
 * without building a new CID.
 */
export function isCidObject(value: object): boolean {
  if (value instanceof CID) return true
  const marks = value as { '/'?: unknown; bytes?: unknown; asCID?: unknown; [LEGACY_CID_TAG]?: unknown }
  return (marks['/'] != null && marks['/'] === marks.bytes) || marks.asCID === value || marks[LEGACY_CID_TAG] === true
}
