/**
 * Where blob bytes live. A blob is first written under a random temp key while it is being
 * uploaded; a commit that references it moves it to its permanent place, named by account
 * and CID. Two implementations: {@link DiskBlobStore} (the default) and {@link S3BlobStore}.
 *
 * @module
 */
import type { Readable } from 'node:stream'

/** An inclusive byte range, as an HTTP `Range: bytes=start-end` names it. */
export interface ByteRange {
  start: number
  end: number
}

/** A permanent blob as the store lists it. */
export interface StoredBlob {
  did: string
  cid: string
  modifiedAt: Date
}

/** Storage for blob bytes; the database keeps what they are (see `BlobService`). */
export interface BlobStore {
  /**
   * Writes `bytes` under a new temp key and resolves with it once every byte is stored.
   * If `bytes` fails (a client that went away, a size limit), nothing is left behind and
   * the promise rejects with that error.
   */
  putTemp(bytes: Readable): Promise<string>
  /**
   * Moves a temp blob to its permanent place for `did` and `cid`. Idempotent: when the temp
   * is gone but the permanent copy exists (a move whose transaction rolled back), it succeeds.
   * @throws BlobNotFoundError when neither exists
   */
  makePermanent(tempKey: string, did: string, cid: string): Promise<void>
  /** The permanent blob's bytes (or a range of them). @throws BlobNotFoundError */
  get(did: string, cid: string, range?: ByteRange): Promise<Readable>
  /** Removes a permanent blob; a missing one is not an error. */
  delete(did: string, cid: string): Promise<void>
  /** Removes every permanent blob of `did` (account deletion), rows or not; resolves with how many went. */
  deleteAll(did: string): Promise<number>
  /** Removes a temp blob; a missing one is not an error. */
  deleteTemp(tempKey: string): Promise<void>
  /**
   * Removes temp blobs last written before `olderThan` whose keys are not in `keep`
   * (leftovers of crashes); resolves with how many went.
   */
  sweepTemp(olderThan: Date, keep: ReadonlySet<string>): Promise<number>
  /**
   * Every permanent blob the store holds, with when it was last written, a directory or
   * listing page at a time (for the GC's sweep of files no row names).
   */
  listPermanent(): AsyncIterable<StoredBlob[]>
  /** Releases connections, if the store holds any. */
  close?(): void
}
