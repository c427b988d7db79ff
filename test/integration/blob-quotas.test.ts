import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readConfig } from '#src/config.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

describe.each(dialects())('blob quotas (%s)', (dialect) => {
  let pds: TestServer

  beforeAll(async () => {
    const bounds = {
      ...readConfig({}).bounds,
      blobTempQuotaBytes: 30_000,
      blobTempQuotaCount: 3,
      blobConcurrentUploadsPerAccount: 2,
    }
    pds = await startTestServer({ dialect, config: { bounds } })
  })
  afterAll(() => pds?.close())

  /** An upload over HTTP; `body` may be a stream (then no Content-Length is sent). */
  const upload = (who: TestAccount, body: Uint8Array | ReadableStream<Uint8Array>) =>
    fetch(`${pds.url}/xrpc/com.atproto.repo.uploadBlob`, {
      method: 'POST',
      headers: { authorization: `Bearer ${who.agent.session?.accessJwt}`, 'content-type': 'application/octet-stream' },
      body,
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit).then(async (res) => ({ status: res.status, body: (await res.json()) as Record<string, unknown> }))

  const tempRows = async (did: string) =>
    (
      await pds.ctx.db
        .selectFrom('blob')
        .select('cid')
        .where('did', '=', did)
        .where('tempKey', 'is not', null)
        .execute()
    ).length

  it('refuses an upload past the count of unreferenced uploads, and accepts again once one is used', async () => {
    const alice = await signUp(pds)
    const refs = []
    for (let i = 0; i < 3; i++) {
      const res = await upload(alice, randomBytes(1_000))
      expect(res.status).toBe(200)
      refs.push(res.body.blob)
    }
    const refused = await upload(alice, randomBytes(1_000))
    expect(refused).toMatchObject({ status: 400, body: { error: 'QuotaExceeded' } })
    expect(await tempRows(alice.did)).toBe(3)

    await alice.agent.com.atproto.repo.createRecord({
      repo: alice.did,
      collection: 'com.example.file',
      record: { $type: 'com.example.file', file: refs[0] },
    })
    expect((await upload(alice, randomBytes(1_000))).status).toBe(200)
  })

  it('refuses an upload that would pass the bytes of unreferenced uploads, declared or streamed', async () => {
    const bob = await signUp(pds)
    expect((await upload(bob, randomBytes(20_000))).status).toBe(200)
    expect(await upload(bob, randomBytes(15_000))).toMatchObject({ status: 400, body: { error: 'QuotaExceeded' } })
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 15; i++) controller.enqueue(randomBytes(1_000))
        controller.close()
      },
    })
    expect(await upload(bob, streamed)).toMatchObject({ status: 400, body: { error: 'QuotaExceeded' } })
    expect(await tempRows(bob.did)).toBe(1)
    expect((await upload(bob, randomBytes(5_000))).status).toBe(200)
  })

  it('refuses a third upload streaming at once for one account with 429, not another account', async () => {
    const carol = await signUp(pds)
    const dave = await signUp(pds)
    const releases: (() => void)[] = []
    const slow = () =>
      new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(randomBytes(500))
          await new Promise<void>((resolve) => releases.push(resolve))
          controller.close()
        },
      })
    const first = upload(carol, slow())
    const second = upload(carol, slow())
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await upload(carol, randomBytes(100))).toMatchObject({ status: 429, body: { error: 'RateLimitExceeded' } })
    expect((await upload(dave, randomBytes(100))).status).toBe(200)
    for (const release of releases) release()
    expect((await first).status).toBe(200)
    expect((await second).status).toBe(200)
    expect((await upload(carol, randomBytes(100))).status).toBe(200)
  })
})
