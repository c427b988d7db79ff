/**
 * The blob store the config names: S3-compatible when `PDS_BLOBSTORE_S3_BUCKET` is set,
 * else files under `PDS_BLOBSTORE_DISK_LOCATION`.
 *
 * @module
 */
import type { Config } from '#src/config.js'
import type { BlobStore } from './blob-store.js'
import { DiskBlobStore } from './disk-store.js'
import { S3BlobStore } from './s3-store.js'

/**
 * Builds the configured store.
 *
 * @example
 * const store = createBlobStore(readConfig())
 */
export function createBlobStore(config: Pick<Config, 'blobstoreS3' | 'blobstoreDiskLocation'>): BlobStore {
  return config.blobstoreS3 ? new S3BlobStore(config.blobstoreS3) : new DiskBlobStore(config.blobstoreDiskLocation)
}
