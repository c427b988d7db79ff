/**
 * The CID strings held by @atproto/repo's `BlockMap` and `CidSet`, without building a CID
 * object per entry.
 *
 * @NOTE @atproto/repo 0.9 keys both by CID string and parses every key back into a CID on
 * each iteration; on the write path that was ~5% of the CPU per commit. The internal field
 * is read only when it has the expected shape, otherwise the public API is used.
 * @module
 */
import type { BlockMap, CidSet } from '@atproto/repo'

/** `[cid string, bytes]` for every block of `blocks`. */
export function blockEntries(blocks: BlockMap): Iterable<readonly [string, Uint8Array]> {
  const internal = (blocks as unknown as { map?: unknown }).map
  if (internal instanceof Map) return internal as Map<string, Uint8Array>
  return blocks.entries().map(({ cid, bytes }) => [cid.toString(), bytes] as const)
}

/** Every CID of `set`, as strings. */
export function cidStrings(set: CidSet): string[] {
  const internal = (set as unknown as { set?: unknown }).set
  if (internal instanceof Set) return [...(internal as Set<string>)]
  return set.toList().map(String)
}
