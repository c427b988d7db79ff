/**
 * ETags and 304 Not Modified on XRPC reads: answers the handler encodes itself (getRecord,
 * listRecords) carry the same weak ETag as every other JSON answer, and a GET naming it in
 * If-None-Match gets a bodiless 304 until the record changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { weakEtag } from '#src/etag.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

const POST = 'app.bsky.feed.post'

describe.each(dialects())('conditional GETs (%s)', (dialect) => {
  let pds: TestServer
  let alice: TestAccount
  let rkey: string
  beforeAll(async () => {
    pds = await startTestServer({ dialect })
    alice = await signUp(pds)
    const { data } = await alice.agent.com.atproto.repo.createRecord({
      repo: alice.did,
      collection: POST,
      record: { $type: POST, text: 'first', createdAt: new Date().toISOString() },
    })
    rkey = data.uri.split('/').pop() as string
  })
  afterAll(async () => {
    await pds?.close()
  })

  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    fetch(`${pds.url}/xrpc/${path}`, { method, headers })
  const getRecord = () => `com.atproto.repo.getRecord?repo=${alice.did}&collection=${POST}&rkey=${rkey}`
  const listRecords = () => `com.atproto.repo.listRecords?repo=${alice.did}&collection=${POST}`

  it('sends the ETag of the exact bytes with handler-encoded answers', async () => {
    for (const path of [getRecord(), listRecords()]) {
      const res = await get(path)
      expect(res.status).toBe(200)
      const body = Buffer.from(await res.arrayBuffer())
      expect(res.headers.get('etag')).toBe(weakEtag(body))
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    }
  })

  it('answers 304 with no body to a GET or HEAD naming the current ETag, and 200 once the record changed', async () => {
    for (const path of [getRecord(), listRecords()]) {
      const first = await get(path)
      const etag = first.headers.get('etag') as string
      const text = await first.text()
      for (const method of ['GET', 'HEAD']) {
        const again = await get(path, { 'if-none-match': etag }, method)
        expect(again.status).toBe(304)
        expect(await again.text()).toBe('')
        expect(again.headers.get('etag')).toBe(etag)
      }
      // a list of tags, one matching, and the strong form of the weak tag both match (weak comparison)
      expect((await get(path, { 'if-none-match': `"other", ${etag.slice(2)}` })).status).toBe(304)
      const other = await get(path, { 'if-none-match': 'W/"2-nope"' })
      expect(other.status).toBe(200)
      expect(await other.text()).toBe(text)
    }
    const before = (await get(getRecord())).headers.get('etag') as string
    await alice.agent.com.atproto.repo.putRecord({
      repo: alice.did,
      collection: POST,
      rkey,
      record: { $type: POST, text: 'second', createdAt: new Date().toISOString() },
    })
    const changed = await get(getRecord(), { 'if-none-match': before })
    expect(changed.status).toBe(200)
    expect(((await changed.json()) as { value: { text: string } }).value.text).toBe('second')
    expect(changed.headers.get('etag')).not.toBe(before)
  })

  it('keeps errors and other answers as they were', async () => {
    const missing = await get(`com.atproto.repo.getRecord?repo=${alice.did}&collection=${POST}&rkey=nope`, {
      'if-none-match': '*',
    })
    expect(missing.status).toBe(400)
    expect(((await missing.json()) as { error: string }).error).toBe('RecordNotFound')
    const described = await get('com.atproto.server.describeServer')
    const etag = described.headers.get('etag') as string
    expect(etag).toMatch(/^W\//)
    expect((await get('com.atproto.server.describeServer', { 'if-none-match': etag })).status).toBe(304)
  })
})
