import { AtpAgent } from '@atproto/api'
import { lexToJson } from '@atproto/lexicon'
import { cborToLex, readCarWithRoot, verifyRecords, verifyRepo } from '@atproto/repo'
import { CID } from 'multiformats/cid'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DidDocument, signingKeyOf } from '#src/identity/index.js'
import { MAX_RECORD_BYTES } from '#src/repo/prepare-writes.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestPlc, type TestPlc } from '../helpers/plc.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'
import { xrpcError } from '../helpers/xrpc-error.js'

const POST = 'app.bsky.feed.post'
const PROFILE = 'app.bsky.actor.profile'

describe.each(dialects())('the repo over HTTP with @atproto/api (%s)', (dialect) => {
  let plc: TestPlc
  let pds: TestServer
  let alice: TestAccount
  let bob: TestAccount

  beforeAll(async () => {
    plc = await startTestPlc()
    // @NOTE a body limit above the record limit, so oversize records reach the repo engine
    pds = await startTestServer({ dialect, plcUrl: plc.url, config: { jsonLimit: 3 * 1024 * 1024 } })
    alice = await signUp(pds)
    bob = await signUp(pds)
  })
  afterAll(async () => {
    await pds?.close()
    await plc?.close()
  })

  /** Raw XRPC call, so malformed input reaches the server instead of being stopped by a client. */
  async function call(nsid: string, opts: { body?: unknown; query?: Record<string, string>; token?: string }) {
    const url = new URL(`/xrpc/${nsid}`, pds.url)
    for (const [k, v] of Object.entries(opts.query ?? {})) url.searchParams.set(k, v)
    const headers: Record<string, string> = {}
    if (opts.token) headers.authorization = `Bearer ${opts.token}`
    if (opts.body !== undefined) headers['content-type'] = 'application/json'
    const res = await fetch(url, {
      method: opts.body === undefined ? 'GET' : 'POST',
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    })
    const text = await res.text()
    return { status: res.status, json: text ? (JSON.parse(text) as { error?: string; message?: string }) : {} }
  }

  /** The repo signing key (did:key) named by the DID document the PLC directory serves. */
  async function signingKeyFromPlc(did: string): Promise<string> {
    const doc = (await (await fetch(`${plc.url}/${did}`)).json()) as DidDocument
    const key = signingKeyOf(doc)
    if (!key) throw new Error(`no #atproto key in the DID document of ${did}`)
    return key
  }

  it('posts, likes and follows, and reads them back', async () => {
    const posted = await alice.agent.post({ text: 'hello world', createdAt: new Date().toISOString() })
    expect(posted.uri).toMatch(new RegExp(`^at://${alice.did}/${POST}/[a-z2-7]{13}$`))
    const liked = await bob.agent.like(posted.uri, posted.cid)
    const followed = await bob.agent.follow(alice.did)
    const { data } = await alice.agent.com.atproto.repo.getRecord({
      repo: alice.handle,
      collection: POST,
      rkey: posted.uri.split('/').at(-1) as string,
    })
    expect(data).toMatchObject({ uri: posted.uri, cid: posted.cid, value: { text: 'hello world' } })
    const like = await bob.agent.com.atproto.repo.getRecord({
      repo: bob.did,
      collection: 'app.bsky.feed.like',
      rkey: liked.uri.split('/').at(-1) as string,
    })
    expect(like.data.value).toMatchObject({ subject: { uri: posted.uri, cid: posted.cid } })
    const follows = await bob.agent.com.atproto.repo.listRecords({ repo: bob.did, collection: 'app.bsky.graph.follow' })
    expect(follows.data.records.map((r) => r.uri)).toEqual([followed.uri])
    const described = await bob.agent.com.atproto.repo.describeRepo({ repo: bob.handle })
    expect(described.data).toMatchObject({ did: bob.did, handle: bob.handle, handleIsCorrect: true })
    expect(described.data.collections).toEqual(['app.bsky.feed.like', 'app.bsky.graph.follow'])
  })

  it('round-trips links, bytes and blob refs through DAG-CBOR', async () => {
    const link = 'bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm'
    // @NOTE a record may reference only blobs its account uploaded
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(1218)])
    const uploaded = await alice.agent.uploadBlob(new Uint8Array(png), { encoding: 'image/png' })
    const blob = uploaded.data.blob.ref.toString()
    const record = {
      $type: 'com.example.data',
      link: { $link: link },
      bytes: { $bytes: 'aGVsbG8' },
      image: { $type: 'blob', ref: { $link: blob }, mimeType: 'image/png', size: 1234 },
      nested: [{ n: -5, ok: true, none: null }],
    }
    const token = alice.agent.session?.accessJwt as string
    const created = await call('com.atproto.repo.createRecord', {
      token,
      body: { repo: alice.did, collection: 'com.example.data', record },
    })
    expect(created.status).toBe(200)
    const { uri } = created.json as unknown as { uri: string }
    const read = await call('com.atproto.repo.getRecord', {
      query: { repo: alice.did, collection: 'com.example.data', rkey: uri.split('/').at(-1) as string },
    })
    expect(read.json).toMatchObject({ uri, value: record })

    const withImage = await call('com.atproto.repo.createRecord', {
      token,
      body: {
        repo: alice.did,
        collection: POST,
        record: {
          $type: POST,
          text: 'look',
          createdAt: new Date().toISOString(),
          embed: { $type: 'app.bsky.embed.images', images: [{ image: record.image, alt: 'a picture' }] },
        },
      },
    })
    expect(withImage).toMatchObject({ status: 200, json: { validationStatus: 'valid' } })
  })

  it('answers getRecord and listRecords with the JSON text of each stored block, for every record shape', async () => {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(300)])
    const blob = (await alice.agent.uploadBlob(new Uint8Array(png), { encoding: 'image/png' })).data.blob.ref.toString()
    const image = { $type: 'blob', ref: { $link: blob }, mimeType: 'image/png', size: png.length }
    const link = { $link: 'bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm' }
    const shapes: Record<string, unknown>[] = [
      { nested: { deeper: [{ image, alt: 'in an array' }, { more: { image } }], link }, links: [link, link] },
      { bytes: { $bytes: 'aGVsbG8' }, one: { $bytes: 'AQ' }, empty: { $bytes: '' } },
      {
        text: 'é 日本 🦋 "quoted" back\\slash \n\t\u0000\u001f\u007f \u2028 \ufeff',
        '': 'empty key',
        ключ: 'кириллица',
      },
      { ints: [0, 23, 24, 255, 256, 65535, 65536, 4294967295, 4294967296, 2 ** 53 - 1, -1, -24, -25, -(2 ** 53) + 1] },
      // @NOTE integer-like keys come first in a JavaScript object: these take the general path
      { '1': 'one', '10': 'ten', b: 'bee', a: [true, false, null, {}, []] },
    ]
    const token = alice.agent.session?.accessJwt as string
    const collection = 'com.example.shape'
    const created: { uri: string; cid: string }[] = []
    for (const [i, shape] of shapes.entries()) {
      const res = await call('com.atproto.repo.createRecord', {
        token,
        body: { repo: alice.did, collection, rkey: `shape${i}`, record: { $type: collection, ...shape } },
      })
      expect(res.status).toBe(200)
      created.push(res.json as unknown as { uri: string; cid: string })
    }
    // what the server answered before it wrote records' JSON itself: the block decoded, converted, stringified
    const car = await readCarWithRoot(
      new Uint8Array(await (await fetch(`${pds.url}/xrpc/com.atproto.sync.getRepo?did=${alice.did}`)).arrayBuffer()),
    )
    const valueText = (cid: string) =>
      JSON.stringify(lexToJson(cborToLex(car.blocks.get(CID.parse(cid)) as Uint8Array)))
    const recordText = ({ uri, cid }: { uri: string; cid: string }) =>
      `{"uri":${JSON.stringify(uri)},"cid":${JSON.stringify(cid)},"value":${valueText(cid)}}`
    const read = async (nsid: string, query: Record<string, string>) => {
      const url = new URL(`/xrpc/${nsid}`, pds.url)
      for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v)
      const res = await fetch(url)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
      return await res.text()
    }
    for (const [i, record] of created.entries()) {
      expect(await read('com.atproto.repo.getRecord', { repo: alice.did, collection, rkey: `shape${i}` })).toBe(
        recordText(record),
      )
      const atVersion = { repo: alice.did, collection, rkey: `shape${i}`, cid: record.cid }
      expect(await read('com.atproto.repo.getRecord', atVersion)).toBe(recordText(record))
    }
    const newestFirst = [...created].reverse()
    expect(await read('com.atproto.repo.listRecords', { repo: alice.did, collection })).toBe(
      `{"records":[${newestFirst.map(recordText).join(',')}]}`,
    )
    expect(
      await read('com.atproto.repo.listRecords', { repo: alice.did, collection, limit: '2', reverse: 'true' }),
    ).toBe(`{"records":[${created.slice(0, 2).map(recordText).join(',')}],"cursor":"shape1"}`)
    expect(await read('com.atproto.repo.listRecords', { repo: alice.did, collection: 'com.example.none' })).toBe(
      '{"records":[]}',
    )
    const { data } = await alice.agent.com.atproto.repo.listRecords({ repo: alice.did, collection })
    expect(data.records.map(({ uri, cid }) => ({ uri, cid }))).toEqual(
      newestFirst.map(({ uri, cid }) => ({ uri, cid })),
    )
  })

  it('puts a profile with swapRecord, refusing a stale swap', async () => {
    const put = (displayName: string, swapRecord?: string | null) =>
      alice.agent.com.atproto.repo.putRecord({
        repo: alice.did,
        collection: PROFILE,
        rkey: 'self',
        record: { $type: PROFILE, displayName },
        swapRecord,
      })
    const first = await put('Alice', null)
    expect(first.data.validationStatus).toBe('valid')
    const second = await put('Alice B', first.data.cid)
    expect(await xrpcError(put('Alice C', first.data.cid))).toMatchObject({ status: 400, error: 'InvalidSwap' })
    expect(await xrpcError(put('Alice C', null))).toMatchObject({ status: 400, error: 'InvalidSwap' })
    const { data } = await alice.agent.com.atproto.repo.getRecord({
      repo: alice.did,
      collection: PROFILE,
      rkey: 'self',
    })
    expect(data).toMatchObject({ cid: second.data.cid, value: { displayName: 'Alice B' } })
  })

  it('deletes a record; a second delete is a no-op', async () => {
    const posted = await alice.agent.post({ text: 'short-lived', createdAt: new Date().toISOString() })
    const rkey = posted.uri.split('/').at(-1) as string
    const deleted = await alice.agent.com.atproto.repo.deleteRecord({ repo: alice.did, collection: POST, rkey })
    expect(deleted.data.commit?.rev).toMatch(/^[a-z2-7]{13}$/)
    const again = await alice.agent.com.atproto.repo.deleteRecord({ repo: alice.did, collection: POST, rkey })
    expect(again.data.commit).toBeUndefined()
    expect(
      await xrpcError(alice.agent.com.atproto.repo.getRecord({ repo: alice.did, collection: POST, rkey })),
    ).toMatchObject({ status: 400, error: 'RecordNotFound' })
  })

  it('pages listRecords over 250 records forward and reverse', async () => {
    const collection = 'com.example.paged'
    const writes = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) => ({
        $type: 'com.atproto.repo.applyWrites#create' as const,
        collection,
        rkey: `k${String(from + i).padStart(4, '0')}`,
        value: { $type: collection, n: from + i },
      }))
    const big = await alice.agent.com.atproto.repo.applyWrites({ repo: alice.did, writes: writes(200, 0) })
    expect(big.data.results).toHaveLength(200)
    await alice.agent.com.atproto.repo.applyWrites({ repo: alice.did, writes: writes(50, 200) })
    const all = Array.from({ length: 250 }, (_, i) => `k${String(i).padStart(4, '0')}`)
    for (const reverse of [false, true]) {
      const seen: string[] = []
      let cursor: string | undefined
      do {
        const { data } = await bob.agent.com.atproto.repo.listRecords({
          repo: alice.did,
          collection,
          limit: 100,
          cursor,
          reverse,
        })
        seen.push(...data.records.map((r) => r.uri.split('/').at(-1) as string))
        cursor = data.cursor
      } while (cursor)
      expect(seen).toEqual(reverse ? all : [...all].reverse())
    }
  })

  it('exports a repo that verifies against the signing key in the PLC directory and matches listRecords', async () => {
    const signingKey = await signingKeyFromPlc(alice.did)
    const { data: car } = await bob.agent.com.atproto.sync.getRepo({ did: alice.did })
    const { root, blocks } = await readCarWithRoot(car)
    const verified = await verifyRepo(blocks, root, alice.did, signingKey)
    const latest = await bob.agent.com.atproto.sync.getLatestCommit({ did: alice.did })
    expect(root.toString()).toBe(latest.data.cid)
    expect(verified.commit.rev).toBe(latest.data.rev)

    const listed = new Map<string, string>()
    const { data: described } = await bob.agent.com.atproto.repo.describeRepo({ repo: alice.did })
    for (const collection of described.collections) {
      let cursor: string | undefined
      do {
        const { data } = await bob.agent.com.atproto.repo.listRecords({
          repo: alice.did,
          collection,
          limit: 100,
          cursor,
        })
        for (const r of data.records) listed.set(r.uri, r.cid)
        cursor = data.cursor
      } while (cursor)
    }
    const exported = new Map(
      verified.creates.map((c) => [`at://${alice.did}/${c.collection}/${c.rkey}`, c.cid.toString()]),
    )
    expect(exported).toEqual(listed)
    expect(exported.size).toBeGreaterThan(250)

    const diff = await bob.agent.com.atproto.sync.getRepo({ did: alice.did, since: verified.commit.rev })
    expect((await readCarWithRoot(diff.data)).blocks.size).toBe(0)
  })

  it('proves a record with sync.getRecord and reports repos', async () => {
    const signingKey = await signingKeyFromPlc(alice.did)
    const { data } = await bob.agent.com.atproto.sync.getRecord({ did: alice.did, collection: PROFILE, rkey: 'self' })
    const [claim] = await verifyRecords(data, alice.did, signingKey)
    expect(claim).toMatchObject({ collection: PROFILE, rkey: 'self', record: { displayName: 'Alice B' } })
    const status = await bob.agent.com.atproto.sync.getRepoStatus({ did: alice.did })
    expect(status.data).toMatchObject({ did: alice.did, active: true })
    const { data: repos } = await bob.agent.com.atproto.sync.listRepos({})
    expect(repos.repos.map((r) => r.did).sort()).toEqual([alice.did, bob.did].sort())
    const missing = await xrpcError(
      bob.agent.com.atproto.sync.getRepoStatus({ did: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa' }),
    )
    expect(missing).toMatchObject({ status: 400, error: 'RepoNotFound' })
  })

  it('lands 20 concurrent createRecord calls on one repo', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        alice.agent.com.atproto.repo.createRecord({
          repo: alice.did,
          collection: 'com.example.burst',
          record: { $type: 'com.example.burst', i },
        }),
      ),
    )
    expect(new Set(results.map((r) => r.data.commit?.rev)).size).toBe(20)
    const { data } = await alice.agent.com.atproto.repo.listRecords({
      repo: alice.did,
      collection: 'com.example.burst',
    })
    expect(data.records).toHaveLength(20)
  })

  describe('bad input gets a clear error and writes nothing', () => {
    let token: string
    let head: string
    beforeAll(async () => {
      token = alice.agent.session?.accessJwt as string
      head = (await alice.agent.com.atproto.sync.getLatestCommit({ did: alice.did })).data.cid
    })
    afterAll(async () => {
      const now = (await alice.agent.com.atproto.sync.getLatestCommit({ did: alice.did })).data.cid
      expect(now).toBe(head)
    })

    const create = (body: Record<string, unknown>) =>
      call('com.atproto.repo.createRecord', {
        token,
        body: {
          repo: alice.did,
          collection: POST,
          record: { $type: POST, text: 'x', createdAt: new Date().toISOString() },
          ...body,
        },
      })

    it.each([
      ['an invalid repo handle', { repo: 'not a handle!' }, /repo/],
      ['an invalid collection NSID', { collection: 'not-an-nsid', record: { $type: 'not-an-nsid' } }, /collection/],
      ['an invalid rkey', { rkey: 'has space' }, /rkey/],
      ['a malformed post', { record: { $type: POST, text: 12 } }, /Invalid app\.bsky\.feed\.post record/],
      ['a record whose $type is not the collection', { record: { $type: 'app.bsky.feed.like' } }, /\$type/],
      ['a tid collection under a non-tid rkey', { rkey: 'self' }, /must be a tid/],
      [
        'a float in a record',
        { collection: 'com.example.f', record: { $type: 'com.example.f', n: 0.5 } },
        /not valid atproto data/,
      ],
      [
        'an integer past 2^53 in a record',
        { collection: 'com.example.f', record: { $type: 'com.example.f', n: 2 ** 53 } },
        /not valid atproto data/,
      ],
      [
        'validate=true on an unknown type',
        { collection: 'com.example.u', record: { $type: 'com.example.u' }, validate: true },
        /unknown type/,
      ],
    ])('rejects %s with 400', async (_, body, message) => {
      const res = await create(body)
      expect(res.status).toBe(400)
      expect(res.json.error).toBe('InvalidRequest')
      expect(res.json.message).toMatch(message)
    })

    it('rejects an oversize record, naming the limit', async () => {
      const res = await create({
        collection: 'com.example.big',
        record: { $type: 'com.example.big', text: 'a'.repeat(MAX_RECORD_BYTES) },
      })
      expect(res).toMatchObject({ status: 400, json: { error: 'InvalidRequest' } })
      expect(res.json.message).toContain(`limit is ${MAX_RECORD_BYTES} bytes`)
    })

    it('rejects more than 200 writes in one applyWrites', async () => {
      const writes = Array.from({ length: 201 }, () => ({
        $type: 'com.atproto.repo.applyWrites#create',
        collection: 'com.example.x',
        value: { $type: 'com.example.x' },
      }))
      const res = await call('com.atproto.repo.applyWrites', { token, body: { repo: alice.did, writes } })
      expect(res.status).toBe(400)
      expect(res.json.message).toMatch(/200/)
    })

    it('refuses a write to another account’s repo with 403', async () => {
      const res = await call('com.atproto.repo.createRecord', {
        token: bob.agent.session?.accessJwt as string,
        body: { repo: alice.did, collection: 'com.example.x', record: { $type: 'com.example.x' } },
      })
      expect(res.status).toBe(403)
    })

    it('refuses a write without a token with 401', async () => {
      const res = await call('com.atproto.repo.createRecord', {
        body: { repo: alice.did, collection: 'com.example.x', record: { $type: 'com.example.x' } },
      })
      expect(res.status).toBe(401)
    })

    it('rejects an invalid DID in sync params', async () => {
      const res = await call('com.atproto.sync.getRepo', { query: { did: 'not-a-did' } })
      expect(res).toMatchObject({ status: 400, json: { error: 'InvalidRequest' } })
    })

    it('answers RepoNotFound for an unknown repo', async () => {
      const unknown = new AtpAgent({ service: pds.url })
      const err = await xrpcError(unknown.com.atproto.sync.getRepo({ did: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa' }))
      expect(err).toMatchObject({ status: 400, error: 'RepoNotFound' })
    })
  })
})
