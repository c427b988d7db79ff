/**
 * The blob store the config names: S3-compatible when `PDS_BLOBSTORE_S3_BUCKET` is set,
 * else files under `PDS_BLOBSTORE_DISK_LOCATION`.
 *
 * @module
 */
import type { Config } from '#src/config.js'
import type { BlobStore } from './blob-store.js'
import { DiskBlobStore } from './disk-store.js'

/**
 * Builds the configured store.
 * @NOTE the AWS SDK is loaded only when S3 is configured (see `loadS3Sdk`)
 *
 * @example
 * const store = await createBlobStore(readConfig())
 */
export async function createBlobStore(
  config: Pick<Config, 'blobstoreS3' | 'blobstoreDiskLocation'>,
): Promise<BlobStore> {
  if (!config.blobstoreS3) return new DiskBlobStore(config.blobstoreDiskLocation)
  const { S3BlobStore, loadS3Sdk } = await import('./s3-store.js')
  return new S3BlobStore(config.blobstoreS3, await loadS3Sdk())
}
