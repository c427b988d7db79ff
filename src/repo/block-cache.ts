/**
 * A bounded, least-recently-used cache of repo blocks by CID.
 *
 * @NOTE blocks are content-addressed, so a cached block can never be stale: the same CID
 * always names the same bytes, whichever repo or process wrote it. The cache only saves
 * database round trips while the MST is walked; whether a repo *holds* a block is always
 * asked of the database.
 * @module
 */

/**
 * What one cached block costs beyond its bytes: the CID string key, the Uint8Array and
 * ArrayBuffer objects, the backing store's own allocation and the Map slot.
 * @NOTE measured on Node 20: 100,000 entries of 100-byte blocks took about 780 bytes of RSS
 * each, of 1,000-byte blocks about 1,640; most repo blocks are a few hundred bytes, so
 * counting only their bytes would let the cache hold two to three times its bound
 */
export const BLOCK_ENTRY_OVERHEAD = 640

/** LRU of block bytes by CID string, bounded by total bytes (each block's bytes plus {@link BLOCK_ENTRY_OVERHEAD}). */
export class BlockCache {
  readonly #blocks = new Map<string, Uint8Array>()
  #bytes = 0

  /** @param maxBytes the most bytes to hold, overhead included; 0 disables the cache */
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
    if (given.byteLength + BLOCK_ENTRY_OVERHEAD > this.maxBytes / 16) return
    // @NOTE a view into a larger buffer (pg returns small bytea values as slices of an 8 KiB
    // pool, and cborg encodes blocks into Buffer.allocUnsafe's pool) would keep all of that
    // buffer alive; cache a copy of just the block instead. Not `given.slice()`: on a Buffer
    // that is a view too, not a copy
    const bytes = given.byteOffset === 0 && given.buffer.byteLength === given.byteLength ? given : new Uint8Array(given)
    const old = this.#blocks.get(cid)
    if (old !== undefined) {
      this.#blocks.delete(cid)
      this.#bytes -= old.byteLength + BLOCK_ENTRY_OVERHEAD
    }
    this.#blocks.set(cid, bytes)
    this.#bytes += bytes.byteLength + BLOCK_ENTRY_OVERHEAD
    for (const [key, value] of this.#blocks) {
      if (this.#bytes <= this.maxBytes) break
      this.#blocks.delete(key)
      this.#bytes -= value.byteLength + BLOCK_ENTRY_OVERHEAD
    }
  }

  /** How many bytes the cache holds now, overhead included. */
  get size(): number {
    return this.#bytes
  }
}
