import { randomBytes } from 'node:crypto'
import { Readable } from 'node:stream'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { DiskBlobStore } from '#src/blobstore/disk-store.js'
import { createBlobStore } from '#src/blobstore/index.js'
import { S3BlobStore } from '#src/blobstore/s3-store.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestS3, type TestS3 } from '../helpers/s3.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

const TWO_HOURS_LATER = () => new Date(Date.now() + 2 * 60 * 60 * 1000)
const matrix = dialects().flatMap((dialect) => (['disk', 's3'] as const).map((store) => [dialect, store] as const))

describe.each(matrix)('blob GC beside writes (%s, %s store)', (dialect, store) => {
  let s3: TestS3 | undefined
  let pds: TestServer
  let alice: TestAccount

  beforeAll(async () => {
    s3 = store === 's3' ? await startTestS3() : undefined
    pds = await startTestServer({ dialect, config: s3 ? { blobstoreS3: s3.config } : {} })
    alice = await signUp(pds)
  }, 60_000)
  afterAll(async () => {
    await pds?.close()
    await s3?.close()
  })
  afterEach(() => vi.restoreAllMocks())

  const linkBlob = async (blob: unknown) =>
    (
      await alice.agent.com.atproto.repo.createRecord({
        repo: alice.did,
        collection: 'com.example.file',
        record: { $type: 'com.example.file', file: blob },
      })
    ).data
  const upload = async (bytes: Uint8Array) =>
    (await alice.agent.com.atproto.repo.uploadBlob(bytes, { encoding: 'application/octet-stream' })).data.blob

  it('keeps the file of a blob re-uploaded and committed while its old copy was being freed', async () => {
    const bytes = randomBytes(20_000)
    const first = await linkBlob(await upload(bytes))
    const cid = (await upload(bytes)).ref.toString()

    // @NOTE the real store, paused when it is asked to delete the freed blob's file
    const proto = (store === 's3' ? S3BlobStore : DiskBlobStore).prototype
    const realDelete = proto.delete
    let reached: () => void = () => {}
    const deleting = new Promise<void>((resolve) => {
      reached = resolve
    })
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    vi.spyOn(proto, 'delete').mockImplementation(async function (this: typeof proto, did, target) {
      if (target === cid) {
        reached()
        await gate
      }
      return realDelete.call(this, did, target)
    })

    // freeing the blob: its only record goes; the commit's after-work deletes row and file
    const rkey = first.uri.split('/').pop() as string
    const freeing = alice.agent.com.atproto.repo.deleteRecord({ repo: alice.did, collection: 'com.example.file', rkey })
    await deleting
    // meanwhile the same bytes are uploaded again and committed in a new record
    const relinking = (async () => linkBlob(await upload(bytes)))()
    await new Promise((resolve) => setTimeout(resolve, 500))
    release()
    await Promise.all([freeing, relinking])

    const res = await alice.agent.com.atproto.sync.getBlob({ did: alice.did, cid })
    expect(Buffer.from(res.data).equals(bytes)).toBe(true)
  })

  it('sweeps permanent files no row names (a crash after the row went), and keeps the rest', async () => {
    const kept = await upload(randomBytes(5_000))
    await linkBlob(kept)
    // a permanent file whose row is gone, as a crash between the two deletions leaves
    const orphanCid = (await upload(randomBytes(6_000))).ref.toString()
    await pds.ctx.db.deleteFrom('blob').where('cid', '=', orphanCid).execute()
    const raw = await createBlobStore(pds.ctx.config)
    const tempKey = await raw.putTemp(Readable.from([randomBytes(100)]))
    await raw.makePermanent(tempKey, alice.did, orphanCid)
    raw.close?.()

    const result = await pds.ctx.blobs.gc({ now: TWO_HOURS_LATER() })
    expect(result.orphaned).toBeGreaterThanOrEqual(1)
    await expect(pds.ctx.blobs.open(alice.did, orphanCid)).rejects.toThrow(/not found|Could not find/i)
    const res = await alice.agent.com.atproto.sync.getBlob({ did: alice.did, cid: kept.ref.toString() })
    expect(res.data.byteLength).toBe(5_000)
  })
})
