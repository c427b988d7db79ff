/**
 * The S3-compatible blob store (AWS S3, MinIO, Cloudflare R2...): `temp/<key>` for uploads,
 * `blocks/<did>/<cid>` once permanent, in one bucket.
 *
 * @module
 */
import { randomBytes } from 'node:crypto'
import { Readable } from 'node:stream'
import type { S3Client } from '@aws-sdk/client-s3'
import type { BlobstoreS3Config } from '#src/config.js'
import type { BlobStore, ByteRange, StoredBlob } from './blob-store.js'
import { BlobNotFoundError } from './errors.js'

/** The AWS SDK's S3 module. */
export type S3Sdk = typeof import('@aws-sdk/client-s3')

/**
 * Loads the AWS SDK's S3 module.
 * @NOTE a dynamic import, so a server with a disk store never loads the SDK (~6 MB), bundled or not
 */
export function loadS3Sdk(): Promise<S3Sdk> {
  return import('@aws-sdk/client-s3')
}

// @NOTE S3 parts must be at least 5 MiB (but the last); one part is all an upload holds in memory
const PART_BYTES = 8 * 1024 * 1024

/**
 * Blobs as objects in an S3-compatible bucket. Uploads of unknown length go up in 8 MiB
 * parts (multipart upload), so memory stays flat however big the blob; a failed upload is
 * aborted, leaving nothing.
 *
 * @example
 * const store = new S3BlobStore({ bucket: 'blobs', region: 'auto', endpoint, forcePathStyle: true }, await loadS3Sdk())
 */
export class S3BlobStore implements BlobStore {
  readonly #sdk: S3Sdk
  readonly #client: S3Client
  readonly #bucket: string

  /** @param sdk `await import('@aws-sdk/client-s3')` (see {@link loadS3Sdk}) */
  constructor(config: BlobstoreS3Config, sdk: S3Sdk) {
    this.#sdk = sdk
    this.#bucket = config.bucket
    this.#client = new sdk.S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials:
        config.accessKeyId && config.secretAccessKey
          ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
          : undefined,
      requestHandler: config.requestTimeoutMs ? { requestTimeout: config.requestTimeoutMs } : undefined,
    })
  }

  async putTemp(bytes: Readable): Promise<string> {
    const key = randomBytes(16).toString('hex')
    const Key = tempObject(key)
    let uploadId: string | undefined
    const parts: { ETag: string | undefined; PartNumber: number }[] = []
    try {
      for await (const part of chunked(bytes, PART_BYTES)) {
        if (uploadId === undefined && part.last) {
          await this.#client.send(new this.#sdk.PutObjectCommand({ Bucket: this.#bucket, Key, Body: part.bytes }))
          return key
        }
        if (uploadId === undefined) {
          const created = await this.#client.send(
            new this.#sdk.CreateMultipartUploadCommand({ Bucket: this.#bucket, Key }),
          )
          uploadId = created.UploadId
        }
        const PartNumber = parts.length + 1
        const uploaded = await this.#client.send(
          new this.#sdk.UploadPartCommand({
            Bucket: this.#bucket,
            Key,
            UploadId: uploadId,
            PartNumber,
            Body: part.bytes,
          }),
        )
        parts.push({ ETag: uploaded.ETag, PartNumber })
      }
      await this.#client.send(
        new this.#sdk.CompleteMultipartUploadCommand({
          Bucket: this.#bucket,
          Key,
          UploadId: uploadId,
          MultipartUpload: { Parts: parts },
        }),
      )
      return key
    } catch (err) {
      if (uploadId !== undefined) {
        await this.#client
          .send(new this.#sdk.AbortMultipartUploadCommand({ Bucket: this.#bucket, Key, UploadId: uploadId }))
          .catch(() => undefined)
      }
      throw err
    }
  }

  async makePermanent(tempKey: string, did: string, cid: string): Promise<void> {
    const Key = blobObject(did, cid)
    try {
      await this.#client.send(
        new this.#sdk.CopyObjectCommand({
          Bucket: this.#bucket,
          Key,
          CopySource: `${this.#bucket}/${tempObject(tempKey)}`,
        }),
      )
    } catch (err) {
      if (!isNotFound(err)) throw err
      const there = await this.#client.send(new this.#sdk.HeadObjectCommand({ Bucket: this.#bucket, Key })).then(
        () => true,
        (headErr) => (isNotFound(headErr) ? false : Promise.reject(headErr)),
      )
      if (!there) throw new BlobNotFoundError(cid, { cause: err })
      return
    }
    await this.deleteTemp(tempKey)
  }

  async get(did: string, cid: string, range?: ByteRange): Promise<Readable> {
    try {
      const res = await this.#client.send(
        new this.#sdk.GetObjectCommand({
          Bucket: this.#bucket,
          Key: blobObject(did, cid),
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      )
      if (!(res.Body instanceof Readable)) throw new Error('The S3 client returned no stream')
      return res.Body
    } catch (err) {
      if (isNotFound(err)) throw new BlobNotFoundError(cid, { cause: err })
      throw err
    }
  }

  async delete(did: string, cid: string): Promise<void> {
    await this.#client.send(new this.#sdk.DeleteObjectCommand({ Bucket: this.#bucket, Key: blobObject(did, cid) }))
  }

  async deleteAll(did: string): Promise<number> {
    let deleted = 0
    let token: string | undefined
    do {
      const page = await this.#client.send(
        new this.#sdk.ListObjectsV2Command({
          Bucket: this.#bucket,
          Prefix: `blocks/${did}/`,
          ContinuationToken: token,
        }),
      )
      const keys = (page.Contents ?? []).flatMap((obj) => (obj.Key === undefined ? [] : [{ Key: obj.Key }]))
      if (keys.length > 0) {
        await this.#client.send(new this.#sdk.DeleteObjectsCommand({ Bucket: this.#bucket, Delete: { Objects: keys } }))
        deleted += keys.length
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (token)
    return deleted
  }

  async deleteTemp(tempKey: string): Promise<void> {
    await this.#client.send(new this.#sdk.DeleteObjectCommand({ Bucket: this.#bucket, Key: tempObject(tempKey) }))
  }

  async sweepTemp(olderThan: Date, keep: ReadonlySet<string>): Promise<number> {
    let swept = 0
    let token: string | undefined
    do {
      const page = await this.#client.send(
        new this.#sdk.ListObjectsV2Command({ Bucket: this.#bucket, Prefix: 'temp/', ContinuationToken: token }),
      )
      const stale = (page.Contents ?? []).filter(
        (obj) =>
          obj.Key !== undefined &&
          !keep.has(obj.Key.slice('temp/'.length)) &&
          obj.LastModified !== undefined &&
          obj.LastModified < olderThan,
      )
      if (stale.length > 0) {
        await this.#client.send(
          new this.#sdk.DeleteObjectsCommand({
            Bucket: this.#bucket,
            Delete: { Objects: stale.map((obj) => ({ Key: obj.Key })) },
          }),
        )
        swept += stale.length
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (token)
    return swept
  }

  async *listPermanent(): AsyncIterable<StoredBlob[]> {
    let token: string | undefined
    do {
      const page = await this.#client.send(
        new this.#sdk.ListObjectsV2Command({ Bucket: this.#bucket, Prefix: 'blocks/', ContinuationToken: token }),
      )
      const blobs: StoredBlob[] = []
      for (const obj of page.Contents ?? []) {
        const [, did, cid, extra] = obj.Key?.split('/') ?? []
        if (did && cid && extra === undefined && obj.LastModified)
          blobs.push({ did, cid, modifiedAt: obj.LastModified })
      }
      if (blobs.length > 0) yield blobs
      token = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (token)
  }

  close(): void {
    this.#client.destroy()
  }
}

function tempObject(key: string): string {
  if (!/^[0-9a-f]{32}$/.test(key)) throw new Error(`Not a temp blob key: ${key}`)
  return `temp/${key}`
}

function blobObject(did: string, cid: string): string {
  return `blocks/${did}/${cid}`
}

function isNotFound(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } } | undefined
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404
}

/** Regroups a byte stream into chunks of `size` bytes (the last may be shorter, or empty for no bytes). */
async function* chunked(source: Readable, size: number): AsyncGenerator<{ bytes: Buffer; last: boolean }> {
  let held: Buffer[] = []
  let heldBytes = 0
  let ready: Buffer | undefined
  for await (const data of source) {
    let chunk = data as Buffer
    while (heldBytes + chunk.length >= size) {
      const take = size - heldBytes
      held.push(chunk.subarray(0, take))
      chunk = chunk.subarray(take)
      if (ready) yield { bytes: ready, last: false }
      ready = Buffer.concat(held)
      held = []
      heldBytes = 0
    }
    if (chunk.length > 0) {
      held.push(chunk)
      heldBytes += chunk.length
    }
  }
  // @NOTE a full part is held back one step, so the final part is known to be the last
  if (heldBytes > 0) {
    if (ready) yield { bytes: ready, last: false }
    yield { bytes: Buffer.concat(held), last: ready === undefined }
  } else {
    yield { bytes: ready ?? Buffer.alloc(0), last: true }
  }
}
