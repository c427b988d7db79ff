/**
 * Finding the blobs a record references, wherever they sit (nested embeds, arrays, unions).
 *
 * @module
 */
import { rt } from '#generated/index.js'

/** A blob reference as the record states it. */
export interface RecordBlobRef {
  cid: string
  mimeType: string
  /** Unknown for legacy `{ cid, mimeType }` refs. */
  size: number | undefined
}

/**
 * Every blob reference in a lex-form record, each CID once (the first ref wins).
 *
 * @example
 * blobRefs({ $type: 'app.bsky.feed.post', embed: { images: [{ image: blob }] } }) // [{ cid, mimeType, size }]
 */
export function blobRefs(record: unknown): RecordBlobRef[] {
  const found = new Map<string, RecordBlobRef>()
  walk(record, found)
  return [...found.values()]
}

function walk(value: unknown, found: Map<string, RecordBlobRef>): void {
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return
  if (Array.isArray(value)) {
    for (const item of value) walk(item, found)
    return
  }
  if (rt.asCid(value)) return
  if (rt.isBlob(value)) {
    const blob = value as { ref?: unknown; cid?: unknown; mimeType: string }
    const cid = typeof blob.cid === 'string' ? blob.cid : String(rt.asCid(blob.ref))
    if (!found.has(cid)) found.set(cid, { cid, mimeType: blob.mimeType, size: rt.blobSize(value) })
    return
  }
  for (const key in value) walk((value as Record<string, unknown>)[key], found)
}
