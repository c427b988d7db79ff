/**
 * A real S3-protocol server on loopback (s3rver), for running the S3 blob store in tests.
 *
 * @module
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import type { BlobstoreS3Config } from '#src/config.js'

/** A running s3rver with one bucket. */
export interface TestS3 {
  /** The blob store settings that point at it. */
  config: BlobstoreS3Config
  /** Every object key in the bucket under `prefix`. */
  keys(prefix?: string): Promise<string[]>
  /** Stops the server and removes its files. */
  close(): Promise<void>
}

/**
 * Starts s3rver on 127.0.0.1 and a free port, with a fresh bucket in a temp dir.
 *
 * @example
 * const s3 = await startTestS3()
 * const pds = await startTestServer({ config: { blobstoreS3: s3.config } })
 */
export async function startTestS3(): Promise<TestS3> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'pds-s3-'))
  const bucket = 'pds-blobs'
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  })
  const { port } = await server.run()
  const config: BlobstoreS3Config = {
    bucket,
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${port}`,
    forcePathStyle: true,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
  }
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  })
  return {
    config,
    async keys(prefix = '') {
      const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }))
      return (page.Contents ?? []).flatMap((obj) => (obj.Key ? [obj.Key] : []))
    },
    async close() {
      client.destroy()
      await server.close()
      await fs.rm(directory, { recursive: true, force: true })
    },
  }
}
