import { randomBytes } from 'node:crypto'
import { AtpAgent } from '@atproto/api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { adminAuth, xrpc } from '../helpers/admin.js'
import { dialects } from '../helpers/db.js'
import { FirehoseClient } from '../helpers/firehose.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'
import { xrpcError } from '../helpers/xrpc-error.js'

function png(bytes = 3000): Uint8Array {
  const head = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
  return new Uint8Array(Buffer.concat([head, randomBytes(bytes)]))
}

const REPO_REF = 'com.atproto.admin.defs#repoRef'

describe.each(dialects())('takedowns on every read path (%s)', (dialect) => {
  let pds: TestServer
  let alice: TestAccount
  let bob: TestAccount
  let post: { uri: string; cid: string }
  let second: { uri: string; cid: string }
  let blobCid: string
  let admin: string

  /** Every read of alice's content, each answering its HTTP status (and error name). */
  async function reads(auth?: string) {
    const did = alice.did
    const rkey = post.uri.split('/').pop() as string
    const calls: [string, Record<string, string | string[]>][] = [
      ['com.atproto.repo.getRecord', { repo: did, collection: 'app.bsky.feed.post', rkey }],
      ['com.atproto.repo.listRecords', { repo: did, collection: 'app.bsky.feed.post' }],
      ['com.atproto.repo.describeRepo', { repo: did }],
      ['com.atproto.sync.getRepo', { did }],
      ['com.atproto.sync.getRecord', { did, collection: 'app.bsky.feed.post', rkey }],
      ['com.atproto.sync.getBlocks', { did, cids: [post.cid] }],
      ['com.atproto.sync.getLatestCommit', { did }],
      ['com.atproto.sync.listBlobs', { did }],
      ['com.atproto.sync.getBlob', { did, cid: blobCid }],
    ]
    const out: Record<string, string> = {}
    for (const [nsid, params] of calls) {
      const res = await xrpc(pds, nsid, { params, auth })
      out[nsid] = res.status === 200 ? '200' : `${res.status} ${res.body.error}`
    }
    return out
  }

  function allAre(result: Record<string, string>, want: string, except: string[] = []) {
    for (const [nsid, got] of Object.entries(result))
      if (!except.includes(nsid)) expect([nsid, got]).toEqual([nsid, want])
  }

  function takedown(applied: boolean, subject: Record<string, unknown>, ref = 'case-1') {
    return xrpc(pds, 'com.atproto.admin.updateSubjectStatus', {
      auth: admin,
      body: { subject, takedown: applied ? { applied, ref } : { applied } },
    })
  }

  beforeAll(async () => {
    pds = await startTestServer({ dialect })
    admin = adminAuth(pds)
    alice = await signUp(pds)
    bob = await signUp(pds)
    const up = await alice.agent.uploadBlob(png(), { encoding: 'image/png' })
    blobCid = up.data.blob.ref.toString()
    post = await alice.agent.post({
      text: 'hello',
      createdAt: new Date().toISOString(),
      embed: { $type: 'app.bsky.embed.images', images: [{ alt: 'noise', image: up.data.blob }] },
    })
    second = await alice.agent.post({ text: 'second', createdAt: new Date().toISOString() })
    await bob.agent.post({ text: 'bob was here', createdAt: new Date().toISOString() })
  })
  afterAll(() => pds?.close())

  it('serves every read of an active account', async () => {
    allAre(await reads(), '200')
  })

  it('hides a taken-down account from every read, the firehose included, and restores it all on reversal', async () => {
    const live = await FirehoseClient.connect(pds.url)
    try {
      const res = await takedown(true, { $type: REPO_REF, did: alice.did })
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({ subject: { did: alice.did }, takedown: { applied: true, ref: 'case-1' } })

      // anonymous readers: nothing, on every path
      const hidden = await reads()
      allAre(hidden, '400 RepoTakendown')

      // the handle no longer resolves here
      const resolved = await xrpc(pds, 'com.atproto.identity.resolveHandle', { params: { handle: alice.handle } })
      expect(resolved).toMatchObject({ status: 400, body: { error: 'HandleNotFound' } })

      // status endpoints still answer, with the status
      const status = await xrpc(pds, 'com.atproto.sync.getRepoStatus', { params: { did: alice.did } })
      expect(status.body).toEqual({ did: alice.did, active: false, status: 'takendown' })
      const repos = await xrpc(pds, 'com.atproto.sync.listRepos', {})
      const listed = (repos.body.repos as { did: string; active: boolean; status?: string }[]).find(
        (repo) => repo.did === alice.did,
      )
      expect(listed).toMatchObject({ active: false, status: 'takendown' })
      expect(
        await xrpc(pds, 'com.atproto.admin.getSubjectStatus', { auth: admin, params: { did: alice.did } }),
      ).toMatchObject({ body: { takedown: { applied: true, ref: 'case-1' }, deactivated: { applied: false } } })

      // the live firehose says so
      await live.waitFor(() =>
        live.messages.some((m) => m.type === '#account' && m.body.did === alice.did && m.body.active === false),
      )
      expect(live.messages.find((m) => m.type === '#account' && m.body.did === alice.did)?.body).toMatchObject({
        active: false,
        status: 'takendown',
      })

      // a replay from the start withholds alice's commits, still sends bob's and alice's #identity/#account
      const replay = await FirehoseClient.connect(pds.url, 0)
      try {
        const lastSeq = await pds.ctx.sequencer.lastSeq()
        await replay.waitFor(() => replay.messages.some((m) => m.body.seq === lastSeq))
        const aliceTypes = replay.messages.filter((m) => (m.body.repo ?? m.body.did) === alice.did).map((m) => m.type)
        expect(aliceTypes).not.toContain('#commit')
        expect(aliceTypes).toContain('#identity')
        expect(aliceTypes).toContain('#account')
        expect(replay.messages.some((m) => m.type === '#commit' && m.body.repo === bob.did)).toBe(true)
      } finally {
        replay.close()
      }

      // the admin, and alice herself through a takendown-scoped session, still see the sync reads
      const asAdmin = await reads(admin)
      allAre(asAdmin, '200', [
        'com.atproto.repo.getRecord',
        'com.atproto.repo.listRecords',
        'com.atproto.repo.describeRepo',
      ])
      expect(asAdmin['com.atproto.repo.getRecord']).toBe('400 RepoTakendown')
      const login = await xrpcError(
        new AtpAgent({ service: pds.url }).login({ identifier: alice.handle, password: alice.password }),
      )
      expect(login).toMatchObject({ status: 401, error: 'AccountTakedown' })
      const narrow = await xrpc(pds, 'com.atproto.server.createSession', {
        body: { identifier: alice.handle, password: alice.password, allowTakendown: true },
      })
      expect(narrow.status).toBe(200)
      const asOwner = await reads(`Bearer ${narrow.body.accessJwt}`)
      expect(asOwner['com.atproto.sync.getRepo']).toBe('200')
      expect(asOwner['com.atproto.sync.listBlobs']).toBe('200')
      expect(asOwner['com.atproto.repo.listRecords']).toBe('400 RepoTakendown')
      // ...but that narrow session cannot write, and bob's token does not see alice's repo
      const narrowWrite = await xrpc(pds, 'com.atproto.repo.createRecord', {
        auth: `Bearer ${narrow.body.accessJwt}`,
        body: {
          repo: alice.did,
          collection: 'app.bsky.feed.post',
          record: { text: 'x', createdAt: new Date().toISOString() },
        },
      })
      expect(narrowWrite.status).toBe(401)
      const asBob = await reads(`Bearer ${bob.agent.session?.accessJwt}`)
      allAre(asBob, '400 RepoTakendown')

      // alice's earlier session: writes refused with AccountTakedown, refresh revoked
      // @NOTE raw calls: AtpAgent drops its session after the first refusal
      const { accessJwt, refreshJwt } = alice.agent.session as { accessJwt: string; refreshJwt: string }
      const write = await xrpc(pds, 'com.atproto.repo.createRecord', {
        auth: `Bearer ${accessJwt}`,
        body: {
          repo: alice.did,
          collection: 'app.bsky.feed.post',
          record: { text: 'x', createdAt: new Date().toISOString() },
        },
      })
      expect(write).toMatchObject({ status: 401, body: { error: 'AccountTakedown' } })
      const upload = await fetch(`${pds.url}/xrpc/com.atproto.repo.uploadBlob`, {
        method: 'POST',
        headers: { authorization: `Bearer ${accessJwt}`, 'content-type': 'image/png' },
        body: png(),
      })
      expect([upload.status, ((await upload.json()) as { error: string }).error]).toEqual([401, 'AccountTakedown'])
      const refresh = await xrpc(pds, 'com.atproto.server.refreshSession', { auth: `Bearer ${refreshJwt}`, post: true })
      expect(refresh.status).toBeGreaterThanOrEqual(400)

      // reversal restores everything
      const restored = await takedown(false, { $type: REPO_REF, did: alice.did })
      expect(restored.body).toMatchObject({ takedown: { applied: false } })
      allAre(await reads(), '200')
      const resolvedAgain = await xrpc(pds, 'com.atproto.identity.resolveHandle', { params: { handle: alice.handle } })
      expect(resolvedAgain.body.did).toBe(alice.did)
      expect((await xrpc(pds, 'com.atproto.sync.getRepoStatus', { params: { did: alice.did } })).body).toMatchObject({
        active: true,
      })
      await live.waitFor(() =>
        live.messages.some((m) => m.type === '#account' && m.body.did === alice.did && m.body.active === true),
      )
      await alice.agent.login({ identifier: alice.handle, password: alice.password })
      await alice.agent.post({ text: 'back', createdAt: new Date().toISOString() })
      const again = await FirehoseClient.connect(pds.url, 0)
      try {
        const lastSeq = await pds.ctx.sequencer.lastSeq()
        await again.waitFor(() => again.messages.some((m) => m.body.seq === lastSeq))
        const commits = again.messages.filter((m) => m.type === '#commit' && m.body.repo === alice.did)
        expect(commits.length).toBeGreaterThanOrEqual(4)
      } finally {
        again.close()
      }
    } finally {
      live.close()
    }
  })

  it('takes down exactly one record, and restores it', async () => {
    const res = await takedown(true, { $type: 'com.atproto.repo.strongRef', uri: post.uri, cid: post.cid }, 'rec-1')
    expect(res.status).toBe(200)
    const rkey = post.uri.split('/').pop() as string
    const got = await xrpcError(
      alice.agent.com.atproto.repo.getRecord({ repo: alice.did, collection: 'app.bsky.feed.post', rkey }),
    )
    expect(got).toMatchObject({ status: 400, error: 'RecordNotFound' })
    const list = await bob.agent.com.atproto.repo.listRecords({ repo: alice.did, collection: 'app.bsky.feed.post' })
    const uris = list.data.records.map((r) => r.uri)
    expect(uris).not.toContain(post.uri)
    expect(uris).toContain(second.uri)
    const params = { did: alice.did, collection: 'app.bsky.feed.post', rkey }
    expect((await xrpc(pds, 'com.atproto.sync.getRecord', { params })).body.error).toBe('RecordNotFound')
    expect((await xrpc(pds, 'com.atproto.sync.getRecord', { params, auth: admin })).status).toBe(200)
    const status = await xrpc(pds, 'com.atproto.admin.getSubjectStatus', { auth: admin, params: { uri: post.uri } })
    expect(status.body).toMatchObject({
      subject: { uri: post.uri, cid: post.cid },
      takedown: { applied: true, ref: 'rec-1' },
    })
    // the account itself stays active
    expect((await xrpc(pds, 'com.atproto.sync.getRepoStatus', { params: { did: alice.did } })).body.active).toBe(true)

    await takedown(false, { $type: 'com.atproto.repo.strongRef', uri: post.uri, cid: post.cid })
    const back = await bob.agent.com.atproto.repo.getRecord({ repo: alice.did, collection: 'app.bsky.feed.post', rkey })
    expect(back.data.cid).toBe(post.cid)
  })

  it('takes down exactly one blob, and restores it', async () => {
    const subject = { $type: 'com.atproto.admin.defs#repoBlobRef', did: alice.did, cid: blobCid }
    expect((await takedown(true, subject, 'blob-1')).status).toBe(200)
    const res = await xrpc(pds, 'com.atproto.sync.getBlob', { params: { did: alice.did, cid: blobCid } })
    expect(res).toMatchObject({ status: 400, body: { error: 'BlobNotFound' } })
    // the record that embeds it is still there
    const rkey = post.uri.split('/').pop() as string
    await bob.agent.com.atproto.repo.getRecord({ repo: alice.did, collection: 'app.bsky.feed.post', rkey })
    const status = await xrpc(pds, 'com.atproto.admin.getSubjectStatus', {
      auth: admin,
      params: { did: alice.did, blob: blobCid },
    })
    expect(status.body).toMatchObject({ takedown: { applied: true, ref: 'blob-1' } })
    await takedown(false, subject)
    const back = await fetch(`${pds.url}/xrpc/com.atproto.sync.getBlob?did=${alice.did}&cid=${blobCid}`)
    expect(back.status).toBe(200)
    expect((await back.arrayBuffer()).byteLength).toBeGreaterThan(3000)
  })

  it('answers NotFound for subjects that do not exist', async () => {
    const missing = await takedown(true, { $type: REPO_REF, did: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa' })
    expect(missing).toMatchObject({ status: 400, body: { error: 'NotFound' } })
    const status = await xrpc(pds, 'com.atproto.admin.getSubjectStatus', {
      auth: admin,
      params: { uri: `at://${alice.did}/app.bsky.feed.post/nope` },
    })
    expect(status).toMatchObject({ status: 400, body: { error: 'NotFound' } })
  })
})
