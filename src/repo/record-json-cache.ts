/**
 * A bounded, least-recently-used cache of records' JSON text by CID, so a record read again
 * needs neither its block from the database nor transcoding.
 *
 * @NOTE like blocks, a record's JSON is fixed by its CID: a cached text is never stale. Which
 * record a repo holds at a key, and whether it is taken down, is always asked of the database.
 * @module
 */

/**
 * What one cached text costs beyond its characters: the CID string key, the string's header
 * and the Map slot.
 * @NOTE measured on Node 20: 100,000 entries of 165-character texts took about 280 bytes of JS
 * heap each and 600 of RSS; counted by RSS, as the block cache's overhead is
 */
export const RECORD_JSON_ENTRY_OVERHEAD = 440

/** LRU of JSON texts by CID string, bounded by total bytes (characters plus {@link RECORD_JSON_ENTRY_OVERHEAD}). */
export class RecordJsonCache {
  readonly #texts = new Map<string, string>()
  #bytes = 0

  /** @param maxBytes the most bytes to hold, overhead included; 0 disables the cache */
  constructor(readonly maxBytes: number) {}

  /** The cached JSON of the record `cid`, marking it recently used. */
  get(cid: string): string | undefined {
    const text = this.#texts.get(cid)
    if (text === undefined) return undefined
    // @NOTE a Map iterates in insertion order; re-inserting moves the entry to the young end
    this.#texts.delete(cid)
    this.#texts.set(cid, text)
    return text
  }

  /** Remembers `json` as the JSON of the record `cid`, evicting the oldest entries past the bound. */
  set(cid: string, json: string): void {
    // @NOTE a text built piece by piece is a tree of string slices: keep one flat copy instead
    const utf8 = Buffer.from(json)
    const cost = costOf(json, utf8.byteLength)
    if (cost > this.maxBytes / 16) return
    const old = this.#texts.get(cid)
    if (old !== undefined) {
      this.#texts.delete(cid)
      this.#bytes -= costOf(old, Buffer.byteLength(old))
    }
    this.#texts.set(cid, utf8.toString())
    this.#bytes += cost
    for (const [key, value] of this.#texts) {
      if (this.#bytes <= this.maxBytes) break
      this.#texts.delete(key)
      this.#bytes -= costOf(value, Buffer.byteLength(value))
    }
  }

  /** How many bytes the cache holds now, overhead included. */
  get size(): number {
    return this.#bytes
  }
}

// @NOTE V8 keeps a string of Latin-1 characters in one byte each and any other in two
function costOf(json: string, utf8Bytes: number): number {
  return (utf8Bytes === json.length ? json.length : 2 * json.length) + RECORD_JSON_ENTRY_OVERHEAD
}
