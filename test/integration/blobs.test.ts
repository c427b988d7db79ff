import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import { Readable } from 'node:stream'
import type { AtpAgent } from '@atproto/api'
import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { sha256 } from 'multiformats/hashes/sha2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBlobStore } from '#src/blobstore/index.js'
import { prepareWrites } from '#src/repo/prepare-writes.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestS3, type TestS3 } from '../helpers/s3.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'
import { xrpcError } from '../helpers/xrpc-error.js'

const MB = 1024 * 1024
const LIMIT = 21 * MB
const TWO_HOURS_LATER = () => new Date(Date.now() + 2 * 60 * 60 * 1000)

/** PNG signature and an IHDR chunk header, then noise: enough for a sniffer to say image/png. */
function png(bytes = 5000): Uint8Array {
  const head = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
  return new Uint8Array(Buffer.concat([head, randomBytes(bytes)]))
}

/** An ISO base media `ftyp` box, then noise: sniffed as video/mp4. */
function mp4(bytes: number): Uint8Array {
  const head = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0])])
  const body = Buffer.concat([head, Buffer.from('isomiso2'), randomBytes(bytes - head.length - 8)])
  return new Uint8Array(body)
}

/** The CID of `bytes` as atproto names blobs, computed here with multiformats alone. */
async function rawCid(bytes: Uint8Array): Promise<string> {
  return CID.create(1, raw.code, await sha256.digest(bytes)).toString()
}

function imagePost(blob: unknown, text = 'a picture') {
  return {
    text,
    createdAt: new Date().toISOString(),
    embed: { $type: 'app.bsky.embed.images', images: [{ alt: 'noise', image: blob }] },
  }
}

type Store = 'disk' | 's3'
const matrix = dialects().flatMap((dialect) => (['disk', 's3'] as const).map((store) => [dialect, store] as const))

describe.each(matrix)('blobs (%s, %s store)', (dialect, store: Store) => {
  let s3: TestS3 | undefined
  let pds: TestServer
  let alice: TestAccount
  let bob: TestAccount

  beforeAll(async () => {
    s3 = store === 's3' ? await startTestS3() : undefined
    pds = await startTestServer({
      dialect,
      config: { blobUploadLimit: LIMIT, ...(s3 ? { blobstoreS3: s3.config } : {}) },
    })
    alice = await signUp(pds)
    bob = await signUp(pds)
  }, 60_000)
  afterAll(async () => {
    await pds?.close()
    await s3?.close()
  })

  /** Every stored object: `temp/<key>` (or `.part`) and `<did>/<cid>` for permanent blobs. */
  async function stored(): Promise<string[]> {
    if (s3) return (await s3.keys()).map((key) => key.replace(/^blocks\//, ''))
    const root = pds.ctx.config.blobstoreDiskLocation
    const files = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch(() => [])
    return files
      .filter((f) => f.isFile())
      .map((f) => path.relative(root, path.join(f.parentPath, f.name)).replace(/^blobs\//, ''))
      .sort()
  }
  const temps = async () => (await stored()).filter((key) => key.startsWith('temp/'))
  const permanentOf = async (did: string) => (await stored()).filter((key) => key.startsWith(`${did}/`))

  async function blobRows(did: string) {
    return pds.ctx.db.selectFrom('blob').selectAll().where('did', '=', did).orderBy('cid').execute()
  }

  async function getBlobBytes(agent: AtpAgent, did: string, cid: string): Promise<Uint8Array> {
    const res = await agent.com.atproto.sync.getBlob({ did, cid })
    return res.data
  }

  it('uploads a PNG and a 20 MB video, embeds each in a post and serves the same bytes back', async () => {
    const image = png()
    const video = mp4(20 * MB)
    const up1 = await alice.agent.uploadBlob(image, { encoding: 'image/png' })
    const up2 = await alice.agent.uploadBlob(video, { encoding: 'application/octet-stream' })
    expect(up1.data.blob.ref.toString()).toBe(await rawCid(image))
    expect(up2.data.blob.ref.toString()).toBe(await rawCid(video))
    expect(up1.data.blob.mimeType).toBe('image/png')
    // @NOTE sniffed from the bytes, whatever the client declared
    expect(up2.data.blob.mimeType).toBe('video/mp4')
    expect(up2.data.blob.size).toBe(video.byteLength)

    await alice.agent.post(imagePost(up1.data.blob))
    await alice.agent.post({
      text: 'a video',
      createdAt: new Date().toISOString(),
      embed: { $type: 'app.bsky.embed.video', video: up2.data.blob },
    })

    const back1 = await getBlobBytes(alice.agent, alice.did, up1.data.blob.ref.toString())
    const back2 = await getBlobBytes(alice.agent, alice.did, up2.data.blob.ref.toString())
    expect(Buffer.from(back1).equals(Buffer.from(image))).toBe(true)
    expect(Buffer.from(back2).equals(Buffer.from(video))).toBe(true)
    expect(await temps()).toEqual([])

    const listed = await alice.agent.com.atproto.sync.listBlobs({ did: alice.did })
    expect(listed.data.cids.sort()).toEqual([up1.data.blob.ref.toString(), up2.data.blob.ref.toString()].sort())
    const missing = await alice.agent.com.atproto.repo.listMissingBlobs({})
    expect(missing.data.blobs).toEqual([])
  }, 60_000)

  it('serves a blob with its type, length and locked-down headers, and byte ranges as 206', async () => {
    const image = png(1000)
    const { data } = await alice.agent.uploadBlob(image, { encoding: 'image/png' })
    await alice.agent.post(imagePost(data.blob))
    const url = `${pds.url}/xrpc/com.atproto.sync.getBlob?did=${alice.did}&cid=${data.blob.ref.toString()}`

    const whole = await fetch(url)
    expect(whole.status).toBe(200)
    expect(whole.headers.get('content-type')).toBe('image/png')
    expect(whole.headers.get('content-length')).toBe(String(image.byteLength))
    expect(whole.headers.get('x-content-type-options')).toBe('nosniff')
    expect(whole.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")
    expect(Buffer.from(await whole.arrayBuffer()).equals(Buffer.from(image))).toBe(true)

    const part = await fetch(url, { headers: { range: 'bytes=10-19' } })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 10-19/${image.byteLength}`)
    expect(Buffer.from(await part.arrayBuffer()).equals(Buffer.from(image.subarray(10, 20)))).toBe(true)

    const tail = await fetch(url, { headers: { range: 'bytes=-5' } })
    expect(tail.status).toBe(206)
    expect(Buffer.from(await tail.arrayBuffer()).equals(Buffer.from(image.subarray(-5)))).toBe(true)

    const beyond = await fetch(url, { headers: { range: `bytes=${image.byteLength + 10}-` } })
    expect(beyond.status).toBe(416)
    await beyond.arrayBuffer()
  })

  it('stores the same bytes once per account', async () => {
    const image = png()
    const first = await bob.agent.uploadBlob(image, { encoding: 'image/png' })
    const again = await bob.agent.uploadBlob(image, { encoding: 'image/png' })
    expect(again.data.blob.ref.toString()).toBe(first.data.blob.ref.toString())
    const rows = (await blobRows(bob.did)).filter((row) => row.cid === first.data.blob.ref.toString())
    expect(rows).toHaveLength(1)
    await pds.ctx.blobs.gc({ now: TWO_HOURS_LATER() })
    expect(await blobRows(bob.did)).toEqual([])
    expect(await temps()).toEqual([])
  })

  it('rejects an upload over the limit with BlobTooLarge naming the limit, and keeps nothing', async () => {
    const before = await stored()
    const err = await xrpcError(alice.agent.uploadBlob(new Uint8Array(LIMIT + 1), { encoding: 'video/mp4' }))
    expect(err).toMatchObject({ status: 400, error: 'BlobTooLarge' })
    expect(err.message).toContain(String(LIMIT))

    // without a Content-Length, the limit is found while streaming
    let sent = 0
    const chunk = new Uint8Array(MB)
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > LIMIT + MB) return controller.close()
        sent += chunk.byteLength
        controller.enqueue(chunk)
      },
    })
    const res = await fetch(`${pds.url}/xrpc/com.atproto.repo.uploadBlob`, {
      method: 'POST',
      headers: { authorization: `Bearer ${alice.agent.session?.accessJwt}`, 'content-type': 'video/mp4' },
      body,
      duplex: 'half',
    } as RequestInit)
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: 'BlobTooLarge' })
    expect(await stored()).toEqual(before)
  }, 60_000)

  it('rejects a record whose blob was never uploaded (BlobNotFound)', async () => {
    const cid = await rawCid(png())
    const ref = { $type: 'blob', ref: { $link: cid }, mimeType: 'image/png', size: 5016 }
    const err = await xrpcError(
      alice.agent.com.atproto.repo.createRecord({
        repo: alice.did,
        collection: 'app.bsky.feed.post',
        record: { $type: 'app.bsky.feed.post', ...imagePost(ref) },
      }),
    )
    expect(err).toMatchObject({ status: 400, error: 'BlobNotFound' })
    expect(err.message).toContain(cid)
  })

  it("rejects another account's blob", async () => {
    const { data } = await bob.agent.uploadBlob(png(), { encoding: 'image/png' })
    const err = await xrpcError(alice.agent.post(imagePost(data.blob)))
    expect(err).toMatchObject({ status: 400, error: 'BlobNotFound' })
  })

  it('rejects a blob of the wrong type for the record, and one whose ref lies about its type', async () => {
    const { data } = await alice.agent.uploadBlob(png(), { encoding: 'image/png' })
    const asVideo = alice.agent.post({
      text: 'not a video',
      createdAt: new Date().toISOString(),
      embed: { $type: 'app.bsky.embed.video', video: data.blob },
    })
    expect(await xrpcError(asVideo)).toMatchObject({ status: 400, error: 'InvalidRequest' })

    const lying = {
      $type: 'blob',
      ref: { $link: data.blob.ref.toString() },
      mimeType: 'video/mp4',
      size: data.blob.size,
    }
    const err = await xrpcError(
      alice.agent.com.atproto.repo.createRecord({
        repo: alice.did,
        collection: 'app.bsky.feed.post',
        record: {
          $type: 'app.bsky.feed.post',
          text: 'lying',
          createdAt: new Date().toISOString(),
          embed: { $type: 'app.bsky.embed.video', video: lying },
        },
      }),
    )
    expect(err).toMatchObject({ status: 400, error: 'InvalidRequest' })
    expect(err.message).toContain('image/png')
    // never referenced, so it expires
    await pds.ctx.blobs.gc({ now: TWO_HOURS_LATER() })
    expect((await blobRows(alice.did)).map((row) => row.cid)).not.toContain(data.blob.ref.toString())
    expect(await temps()).toEqual([])
  })

  it('leaves no file behind when the client disconnects mid-upload', async () => {
    const before = await stored()
    const url = new URL('/xrpc/com.atproto.repo.uploadBlob', pds.url)
    await new Promise<void>((resolve) => {
      const req = http.request(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${alice.agent.session?.accessJwt}`,
          'content-type': 'video/mp4',
          'content-length': String(12 * MB),
        },
      })
      req.on('error', () => resolve())
      req.on('close', () => resolve())
      req.write(mp4(MB))
      // @NOTE cut the connection mid-body once the server is storing it (a .part file on disk)
      const storing = s3 ? new Promise((r) => setTimeout(r, 300)) : expect.poll(temps).not.toEqual([])
      storing.then(() => req.destroy())
    })
    // the server notices the reset and cleans up asynchronously
    await expect.poll(async () => (await stored()).sort(), { timeout: 5_000 }).toEqual([...before].sort())
    expect((await blobRows(alice.did)).filter((row) => row.tempKey !== null)).toEqual([])
  })

  it('frees a blob when its last referencing record is deleted, and not before', async () => {
    const { data } = await alice.agent.uploadBlob(png(), { encoding: 'image/png' })
    const cid = data.blob.ref.toString()
    const first = await alice.agent.post(imagePost(data.blob, 'one'))
    const second = await alice.agent.post(imagePost(data.blob, 'two'))
    expect(await permanentOf(alice.did)).toContain(`${alice.did}/${cid}`)

    await alice.agent.deletePost(first.uri)
    await pds.ctx.blobs.gc({ now: TWO_HOURS_LATER() })
    expect(await permanentOf(alice.did)).toContain(`${alice.did}/${cid}`)
    expect((await getBlobBytes(alice.agent, alice.did, cid)).byteLength).toBe(data.blob.size)

    await alice.agent.deletePost(second.uri)
    await pds.ctx.blobs.gc({ now: TWO_HOURS_LATER() })
    expect(await permanentOf(alice.did)).not.toContain(`${alice.did}/${cid}`)
    expect((await blobRows(alice.did)).map((row) => row.cid)).not.toContain(cid)
    expect(await xrpcError(alice.agent.com.atproto.sync.getBlob({ did: alice.did, cid }))).toMatchObject({
      status: 400,
      error: 'BlobNotFound',
    })
  })

  it('settles blobs moved by a commit that then rolled back', async () => {
    const moved = async () => {
      const { data } = await alice.agent.uploadBlob(png(), { encoding: 'image/png' })
      const cid = data.blob.ref.toString()
      const lexBlob = { $type: 'blob', ref: CID.parse(cid), mimeType: data.blob.mimeType, size: data.blob.size }
      const [write] = await prepareWrites(alice.did, [
        {
          action: 'create',
          collection: 'app.bsky.feed.post',
          record: { $type: 'app.bsky.feed.post', ...imagePost(lexBlob) },
        },
      ])
      const rollback = pds.ctx.db.transaction().execute(async (trx) => {
        await pds.ctx.blobs.onWrites(trx, alice.did, write ? [write] : [])
        throw new Error('rolled back after the move')
      })
      await expect(rollback).rejects.toThrow('rolled back after the move')
      expect(await permanentOf(alice.did)).toContain(`${alice.did}/${cid}`)
      return { blob: data.blob, cid }
    }
    // a later commit still finds it
    const kept = await moved()
    await alice.agent.post(imagePost(kept.blob))
    expect((await getBlobBytes(alice.agent, alice.did, kept.cid)).byteLength).toBe(kept.blob.size)
    // never referenced again: GC removes the row and the moved bytes
    const dropped = await moved()
    await pds.ctx.blobs.gc({ now: TWO_HOURS_LATER() })
    expect(await permanentOf(alice.did)).not.toContain(`${alice.did}/${dropped.cid}`)
    expect(await permanentOf(alice.did)).toContain(`${alice.did}/${kept.cid}`)
  })

  it('keeps nothing but referenced blobs after GC', async () => {
    await alice.agent.uploadBlob(png(), { encoding: 'image/png' })
    // a temp file with no row, as a crash between storing and recording an upload leaves
    const store = await createBlobStore(pds.ctx.config)
    await store.putTemp(Readable.from([Buffer.from('stray')]))
    store.close?.()
    expect((await temps()).length).toBeGreaterThan(1)
    const result = await pds.ctx.blobs.gc({ now: TWO_HOURS_LATER() })
    expect(result.expired).toBeGreaterThan(0)
    expect(result.swept).toBe(1)
    expect(await temps()).toEqual([])
    const rows = await pds.ctx.db.selectFrom('blob').select(['did', 'cid']).execute()
    const referenced = await pds.ctx.db.selectFrom('recordBlob').select(['did', 'blobCid']).distinct().execute()
    expect(rows.map((r) => `${r.did}/${r.cid}`).sort()).toEqual(referenced.map((r) => `${r.did}/${r.blobCid}`).sort())
    const permanent = (await stored()).filter((key) => !key.startsWith('temp/'))
    expect(permanent.sort()).toEqual(rows.map((r) => `${r.did}/${r.cid}`).sort())
  })
})
