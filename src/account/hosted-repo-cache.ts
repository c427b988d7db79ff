/**
 * The account lookup of the read and write paths, cached: every com.atproto.repo and
 * com.atproto.sync request names a repo (handle or DID) whose hosting status decides whether
 * it is served or may be written, and reading the account row for each request cost as much
 * as reading the record (and ~0.2 ms of a createRecord's server CPU).
 *
 * Exact in this process: any committed write to the `account` table (a takedown, a
 * deactivation, a handle change, a deletion, from whichever module) empties the cache, and
 * a lookup that overlapped such a write is not kept ({@link TableWrites} tells both). Across
 * processes sharing PostgreSQL an entry lives {@link HOSTED_REPO_CACHE_MS}.postgres (1 s), so
 * another process's takedown is obeyed here within that; SQLite has one process.
 *
 * @module
 */
import type { TableWrites } from '#src/db/table-writes.js'
import type { HostedRepo } from './account-service.js'

/**
 * How long an entry is trusted without reading the account again. On SQLite every write is
 * this process's own (and empties the cache), so this only bounds memory churn.
 */
export const HOSTED_REPO_CACHE_MS = { sqlite: 30_000, postgres: 1_000 } as const
/** Most entries kept (the oldest goes first). */
export const HOSTED_REPO_CACHE_SIZE = 10_000

/**
 * @example
 * const cache = new HostedRepoCache(writes, { ttlMs: HOSTED_REPO_CACHE_MS.sqlite })
 * const repo = await cache.get(did, () => readFromDatabase(did))
 */
export class HostedRepoCache {
  readonly #entries = new Map<string, { repo: Readonly<HostedRepo>; until: number }>()
  readonly #ttlMs: number
  readonly #maxEntries: number
  #generation = 0

  constructor(writes: TableWrites, opts: { ttlMs: number; maxEntries?: number }) {
    this.#ttlMs = opts.ttlMs
    this.#maxEntries = opts.maxEntries ?? HOSTED_REPO_CACHE_SIZE
    writes.watch('account', () => this.clear())
  }

  /**
   * The repo under `key` (a DID or a normalized handle), from the cache or from `load`.
   * Only hosted repos are kept: a miss is read again next time (an account may be created
   * under that name any moment).
   */
  async get(key: string, load: () => Promise<HostedRepo | null>): Promise<Readonly<HostedRepo> | null> {
    const now = Date.now()
    const hit = this.#entries.get(key)
    if (hit && hit.until > now) return hit.repo
    const generation = this.#generation
    const repo = await load()
    if (!repo) {
      this.#entries.delete(key)
      return null
    }
    // @NOTE an account write committed while we read: what we read may predate it
    if (generation !== this.#generation) return repo
    const frozen = Object.freeze(repo)
    this.#entries.delete(key)
    if (this.#entries.size >= this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value as string)
    this.#entries.set(key, { repo: frozen, until: now + this.#ttlMs })
    return frozen
  }

  /** Forgets every entry (after any write to the account table). */
  clear(): void {
    this.#generation++
    this.#entries.clear()
  }
}
