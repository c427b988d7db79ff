/**
 * A bounded, least-recently-used cache of repo blocks by CID.
 *
 * @NOTE blocks are content-addressed, so a cached block can never be stale: the same CID
 * always names the same bytes, whichever repo or process wrote it. The cache only saves
 * database round trips while the MST is walked; whether a repo *holds* a block is always
 * asked of the database.
 * @module
 */

/** LRU of block bytes by CID string, bounded by total bytes. */
export class BlockCache {
  readonly #blocks = new Map<string, Uint8Array>()
  #bytes = 0

  /** @param maxBytes the most block bytes to keep; 0 disables the cache */
  constructor(readonly maxBytes: number) {}

  /** The cached bytes of `cid`, marking them recently used. */
  get(cid: string): Uint8Array | undefined {
    const bytes = this.#blocks.get(cid)
    if (bytes === undefined) return undefined
    // @NOTE a Map iterates in insertion order; re-inserting moves the entry to the young end
    this.#blocks.delete(cid)
    this.#blocks.set(cid, bytes)
    return bytes
  }

  /** Remembers `bytes` as the content of `cid`, evicting the oldest entries past the bound. */
  set(cid: string, given: Uint8Array): void {
    if (given.byteLength > this.maxBytes / 16) return
    // @NOTE a view into a larger buffer (pg returns small bytea values as slices of an 8 KiB
    // pool) would keep all of that buffer alive; cache a copy of just the block instead
    const bytes = given.byteOffset === 0 && given.buffer.byteLength === given.byteLength ? given : given.slice()
    const old = this.#blocks.get(cid)
    if (old !== undefined) {
      this.#blocks.delete(cid)
      this.#bytes -= old.byteLength
    }
    this.#blocks.set(cid, bytes)
    this.#bytes += bytes.byteLength
    for (const [key, value] of this.#blocks) {
      if (this.#bytes <= this.maxBytes) break
      this.#blocks.delete(key)
      this.#bytes -= value.byteLength
    }
  }

  /** How many bytes the cache holds now. */
  get size(): number {
    return this.#bytes
  }
}
