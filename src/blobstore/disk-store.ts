/**
 * The default blob store: files under one directory.
 * `<root>/temp/<key>` for uploads, `<root>/blobs/<did>/<cid>` once permanent.
 *
 * @module
 */
import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { makeDirectoryDurably, syncDirectory } from '#src/durable-fs.js'
import type { BlobStore, ByteRange, StoredBlob } from './blob-store.js'
import { BlobNotFoundError } from './errors.js'

const PART_SUFFIX = '.part'

/**
 * Blobs as files. Uploads are written to `<key>.part` and renamed when complete, so a
 * reader never sees a partial file and a failed upload leaves nothing.
 *
 * @example
 * const store = new DiskBlobStore(config.blobstoreDiskLocation)
 * const key = await store.putTemp(req)
 */
export class DiskBlobStore implements BlobStore {
  readonly #temp: string
  readonly #blobs: string

  constructor(root: string) {
    this.#temp = path.join(root, 'temp')
    this.#blobs = path.join(root, 'blobs')
  }

  async putTemp(bytes: Readable): Promise<string> {
    await fs.mkdir(this.#temp, { recursive: true })
    const key = randomBytes(16).toString('hex')
    const part = path.join(this.#temp, key + PART_SUFFIX)
    try {
      // @NOTE flush: fsynced before it closes, so the bytes are on disk before any commit can
      // count on them (makePermanent only renames)
      const file = createWriteStream(part, { flags: 'wx', mode: 0o600, flush: true, highWaterMark: 1024 * 1024 })
      await pipeline(bytes, file)
      await fs.rename(part, path.join(this.#temp, key))
    } catch (err) {
      await fs.rm(part, { force: true })
      throw err
    }
    return key
  }

  async makePermanent(tempKey: string, did: string, cid: string): Promise<void> {
    const target = this.#path(did, cid)
    await makeDirectoryDurably(path.dirname(target))
    try {
      await fs.rename(this.#tempPath(tempKey), target)
      // @NOTE runs inside the commit's transaction: once it commits, the blob's name is on disk too
      await syncDirectory(path.dirname(target))
    } catch (err) {
      if (!isNotFound(err)) throw err
      if (!(await exists(target))) throw new BlobNotFoundError(cid, { cause: err })
    }
  }

  async get(did: string, cid: string, range?: ByteRange): Promise<Readable> {
    const file = this.#path(did, cid)
    let handle: fs.FileHandle
    try {
      handle = await fs.open(file, 'r')
    } catch (err) {
      if (isNotFound(err)) throw new BlobNotFoundError(cid, { cause: err })
      throw err
    }
    // @NOTE the open handle keeps the bytes readable even if GC unlinks the file meanwhile
    return handle.createReadStream({ start: range?.start, end: range?.end })
  }

  async delete(did: string, cid: string): Promise<void> {
    await fs.rm(this.#path(did, cid), { force: true })
  }

  async deleteAll(did: string): Promise<number> {
    if (did.includes('/') || did.startsWith('.') || did === '') throw new Error('Invalid blob owner')
    const dir = path.join(this.#blobs, did)
    const files = await fs.readdir(dir).catch((err: unknown) => {
      if (isNotFound(err)) return []
      throw err
    })
    await fs.rm(dir, { recursive: true, force: true })
    return files.length
  }

  async deleteTemp(tempKey: string): Promise<void> {
    await fs.rm(this.#tempPath(tempKey), { force: true })
  }

  async sweepTemp(olderThan: Date, keep: ReadonlySet<string>): Promise<number> {
    let names: string[]
    try {
      names = await fs.readdir(this.#temp)
    } catch (err) {
      if (isNotFound(err)) return 0
      throw err
    }
    let swept = 0
    for (const name of names) {
      const key = name.endsWith(PART_SUFFIX) ? name.slice(0, -PART_SUFFIX.length) : name
      if (keep.has(key)) continue
      const file = path.join(this.#temp, name)
      const stat = await fs.stat(file).catch(() => undefined)
      if (!stat || stat.mtime >= olderThan) continue
      await fs.rm(file, { force: true })
      swept++
    }
    return swept
  }

  async *listPermanent(): AsyncIterable<StoredBlob[]> {
    let dids: string[]
    try {
      dids = await fs.readdir(this.#blobs)
    } catch (err) {
      if (isNotFound(err)) return
      throw err
    }
    for (const did of dids) {
      const dir = path.join(this.#blobs, did)
      const names = await fs.readdir(dir).catch(() => [] as string[])
      const page: StoredBlob[] = []
      for (const cid of names) {
        const stat = await fs.stat(path.join(dir, cid)).catch(() => undefined)
        if (stat?.isFile()) page.push({ did, cid, modifiedAt: stat.mtime })
      }
      if (page.length > 0) yield page
    }
  }

  #tempPath(key: string): string {
    if (!/^[0-9a-f]{32}$/.test(key)) throw new Error(`Not a temp blob key: ${key}`)
    return path.join(this.#temp, key)
  }

  #path(did: string, cid: string): string {
    // @NOTE DIDs and CIDs never hold "/", but a name must not climb out of the store either way
    if (did.includes('/') || cid.includes('/') || cid.startsWith('.')) throw new Error('Invalid blob name')
    return path.join(this.#blobs, did, cid)
  }
}

function isNotFound(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === 'ENOENT'
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  )
}
