/**
 * The first step of an import: a CAR streamed into the `import_block` staging table a batch
 * at a time, each block's CID checked against its bytes, so memory holds one batch however
 * large the repo.
 *
 * @module
 */
import { createHash, randomBytes } from 'node:crypto'
import { CarBlockIterator } from '@ipld/car'
import type { Database } from '#src/db/database.js'
import { isUniqueViolation } from '#src/db/unique-violation.js'
import { ImportError } from './errors.js'

/** Codec of DAG-CBOR, the only one repo blocks use. */
const DAG_CBOR = 0x71
const SHA2_256 = 0x12
/** A record is at most 1 MiB; an MST node far less. */
export const MAX_IMPORT_BLOCK_BYTES = 1024 * 1024 + 16 * 1024
const BATCH_BLOCKS = 500
const BATCH_BYTES = 8 * 1024 * 1024

/**
 * Reads the CAR `body` into staging under `importId` and returns its single root (the
 * commit CID) and the number of blocks.
 *
 * @throws ImportError for a malformed CAR, a block whose CID does not match its bytes, a
 * non-DAG-CBOR or oversized block, or a block that appears twice
 */
export async function stageCar(
  db: Database,
  importId: string,
  body: AsyncIterable<Uint8Array>,
): Promise<{ root: string; blocks: number }> {
  let reader: CarBlockIterator
  try {
    reader = await CarBlockIterator.fromIterable(body)
  } catch (err) {
    throw new ImportError(`Not a CAR file: ${reason(err)}`, { cause: err })
  }
  const roots = await reader.getRoots()
  if (roots.length !== 1)
    throw new ImportError(`The CAR must have exactly one root (the commit); it has ${roots.length}`)
  let batch: { importId: string; cid: string; size: number; content: Uint8Array; reachable: number }[] = []
  let batchBytes = 0
  let count = 0
  const flush = async () => {
    if (batch.length === 0) return
    try {
      await db.insertInto('importBlock').values(batch).execute()
    } catch (err) {
      if (isUniqueViolation(err)) throw new ImportError('The CAR holds a block more than once', { cause: err })
      throw err
    }
    batch = []
    batchBytes = 0
  }
  const seenInBatch = new Set<string>()
  try {
    for await (const { cid, bytes } of reader) {
      if (cid.code !== DAG_CBOR) throw new ImportError(`Block ${cid} is not DAG-CBOR`)
      if (cid.multihash.code !== SHA2_256) throw new ImportError(`Block ${cid} is not hashed with sha-256`)
      if (bytes.byteLength > MAX_IMPORT_BLOCK_BYTES) {
        throw new ImportError(`Block ${cid} is ${bytes.byteLength} bytes; the limit is ${MAX_IMPORT_BLOCK_BYTES}`)
      }
      const digest = createHash('sha256').update(bytes).digest()
      if (!digest.equals(cid.multihash.digest)) throw new ImportError(`Block ${cid} does not match its bytes`)
      const key = cid.toString()
      if (seenInBatch.has(key)) throw new ImportError('The CAR holds a block more than once')
      seenInBatch.add(key)
      batch.push({ importId, cid: key, size: bytes.byteLength, content: bytes, reachable: 0 })
      batchBytes += bytes.byteLength
      count++
      if (batch.length >= BATCH_BLOCKS || batchBytes >= BATCH_BYTES) {
        await flush()
        seenInBatch.clear()
      }
    }
  } catch (err) {
    if (err instanceof ImportError) throw err
    throw new ImportError(`The CAR is malformed or truncated: ${reason(err)}`, { cause: err })
  }
  await flush()
  if (count === 0) throw new ImportError('The CAR holds no blocks')
  return { root: (roots[0] as { toString(): string }).toString(), blocks: count }
}

/** Deletes the staging rows of `importId`, and of imports abandoned more than a day ago (a crash mid-import). */
export async function clearStaging(db: Database, importId: string): Promise<void> {
  const stale = String(Date.now() - 24 * 60 * 60 * 1000).padStart(15, '0')
  for (const table of ['importBlock', 'importRecord', 'importRecordBlob'] as const) {
    await db
      .deleteFrom(table)
      .where((eb) => eb.or([eb('importId', '=', importId), eb('importId', '<', stale)]))
      .execute()
  }
}

/** A new import's id: the time first (zero-padded milliseconds), so stale ones sort first. */
export function newImportId(): string {
  return `${String(Date.now()).padStart(15, '0')}-${randomBytes(6).toString('hex')}`
}

function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
