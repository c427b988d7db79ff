import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestPlc, type TestPlc } from '../helpers/plc.js'
import { proxyConfig, type StandInAppView, startStandInAppView } from '../helpers/stand-in-appview.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

const OLD = '2020-01-01T00:00:00.000Z'
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

describe.each(dialects())('read-after-write (%s)', (dialect) => {
  let plc: TestPlc
  let appview: StandInAppView
  let pds: TestServer
  let alice: TestAccount
  /** A post the AppView has seen, and the rev it has seen alice's repo up to. */
  let seen: { uri: string; cid: string; rev: string }

  beforeAll(async () => {
    plc = await startTestPlc()
    appview = await startStandInAppView({ plcUrl: plc.url })
    pds = await startTestServer({
      dialect,
      plcUrl: plc.url,
      config: {
        proxy: proxyConfig({ ...appview, cdnUrlPattern: 'https://cdn.example.com/img/%s/plain/%s/%s@jpeg' }),
      },
    })
    alice = await signUp(pds)
    const { data } = await post('seen by the AppView')
    seen = { uri: data.uri, cid: data.cid, rev: data.commit?.rev ?? '' }
  })
  afterAll(async () => {
    await pds?.close()
    await appview?.close()
    await plc?.close()
  })
  beforeEach(() => {
    appview.calls.length = 0
    appview.routes.clear()
  })

  function post(text: string, reply?: { root: { uri: string; cid: string }; parent: { uri: string; cid: string } }) {
    return alice.agent.com.atproto.repo.createRecord({
      repo: alice.did,
      collection: 'app.bsky.feed.post',
      record: { $type: 'app.bsky.feed.post', text, createdAt: new Date().toISOString(), ...(reply ? { reply } : {}) },
    })
  }
  const postView = (uri: string, cid: string, text: string, indexedAt = OLD) => ({
    uri,
    cid,
    author: { did: alice.did, handle: alice.handle },
    record: { $type: 'app.bsky.feed.post', text, createdAt: indexedAt },
    indexedAt,
  })
  const revHeader = (rev = seen.rev) => ({ 'atproto-repo-rev': rev, 'content-type': 'application/json; charset=utf-8' })
  const get = (nsid: string, query: string) =>
    fetch(`${pds.url}/xrpc/${nsid}?${query}`, {
      headers: { authorization: `Bearer ${alice.agent.session?.accessJwt}` },
    })

  it('puts a post the AppView has not seen at the top of the timeline, with Atproto-Upstream-Lag', async () => {
    const fresh = await post('not indexed yet')
    appview.routes.set('app.bsky.feed.getTimeline', (call) => {
      expect(call.headers['accept-encoding']).toBe('identity')
      return { headers: revHeader(), body: { feed: [{ post: postView(seen.uri, seen.cid, 'seen by the AppView') }] } }
    })
    const res = await get('app.bsky.feed.getTimeline', 'limit=10')
    expect(res.status).toBe(200)
    expect(Number(res.headers.get('atproto-upstream-lag'))).toBeGreaterThanOrEqual(0)
    const body = (await res.json()) as {
      feed: { post: { uri: string; author: { handle: string }; record: { text: string } } }[]
    }
    expect(body.feed.map((item) => item.post.uri)).toEqual([fresh.data.uri, seen.uri])
    expect(body.feed[0]?.post).toMatchObject({
      author: { handle: alice.handle },
      record: { text: 'not indexed yet' },
      likeCount: 0,
    })
    // @NOTE the agent validates the merged answer against the Lexicon as the app would
    const { data } = await alice.agent.app.bsky.feed.getTimeline({ limit: 10 })
    expect(data.feed[0]?.post.uri).toBe(fresh.data.uri)
  })

  it('shows what a new post quotes, as the AppView sees it', async () => {
    const quote = await alice.agent.com.atproto.repo.createRecord({
      repo: alice.did,
      collection: 'app.bsky.feed.post',
      record: {
        $type: 'app.bsky.feed.post',
        text: 'look at this',
        createdAt: new Date().toISOString(),
        embed: { $type: 'app.bsky.embed.record', record: { uri: seen.uri, cid: seen.cid } },
      },
    })
    appview.routes.set('app.bsky.feed.getPosts', (call) =>
      call.jwt ? { body: { posts: [postView(seen.uri, seen.cid, 'the quoted one')] } } : { status: 401 },
    )
    appview.routes.set('app.bsky.feed.getTimeline', () => ({ headers: revHeader(), body: { feed: [] } }))
    const { data } = await alice.agent.app.bsky.feed.getTimeline()
    const mine = data.feed.find((item) => item.post.uri === quote.data.uri)
    expect(mine?.post.embed).toMatchObject({
      $type: 'app.bsky.embed.record#view',
      record: { $type: 'app.bsky.embed.record#viewRecord', uri: seen.uri, value: { text: 'the quoted one' } },
    })
    expect(appview.calls.find((c) => c.nsid === 'app.bsky.feed.getPosts')?.jwt).toMatchObject({
      iss: alice.did,
      lxm: 'app.bsky.feed.getPosts',
    })
  })

  it('also reads a gzip answer to merge into it', async () => {
    const fresh = await post('merged into a compressed answer')
    const json = JSON.stringify({ feed: [{ post: postView(seen.uri, seen.cid, 'x') }] })
    appview.routes.set('app.bsky.feed.getTimeline', () => ({
      headers: { ...revHeader(), 'content-encoding': 'gzip' },
      body: gzipSync(json),
    }))
    const body = (await (await get('app.bsky.feed.getTimeline', '')).json()) as { feed: { post: { uri: string } }[] }
    expect(body.feed[0]?.post.uri).toBe(fresh.data.uri)
  })

  it('passes the AppView answer through byte for byte when it is up to date', async () => {
    const { data } = await alice.agent.com.atproto.sync.getLatestCommit({ did: alice.did })
    const raw = `{"feed":[  ],"cursor":"same bytes"}`
    appview.routes.set('app.bsky.feed.getTimeline', () => ({ headers: revHeader(data.rev), body: raw }))
    const res = await get('app.bsky.feed.getTimeline', '')
    expect(await res.text()).toBe(raw)
    expect(res.headers.get('atproto-upstream-lag')).toBeNull()
  })

  it('passes on an answer that does not match the schema rather than rewrite it', async () => {
    await post('would be merged')
    const raw = JSON.stringify({ feed: 'not a list' })
    appview.routes.set('app.bsky.feed.getTimeline', () => ({ headers: revHeader(), body: raw }))
    expect(await (await get('app.bsky.feed.getTimeline', '')).text()).toBe(raw)
  })

  it('shows a new own post in the own author feed', async () => {
    const fresh = await post('in my feed')
    appview.routes.set('app.bsky.feed.getAuthorFeed', () => ({
      headers: revHeader(),
      body: { feed: [{ post: postView(seen.uri, seen.cid, 'seen by the AppView') }] },
    }))
    const { data } = await alice.agent.app.bsky.feed.getAuthorFeed({ actor: alice.did })
    expect(data.feed.map((item) => item.post.uri)).toContain(fresh.data.uri)
    expect(data.feed[0]?.post.uri).not.toBe(seen.uri)
  })

  it('lays a profile update over getProfile and getProfiles, with CDN image URLs', async () => {
    const avatar = await alice.agent.uploadBlob(Buffer.from(PNG_1X1, 'base64'), { encoding: 'image/png' })
    await alice.agent.com.atproto.repo.putRecord({
      repo: alice.did,
      collection: 'app.bsky.actor.profile',
      rkey: 'self',
      record: {
        $type: 'app.bsky.actor.profile',
        displayName: 'Alice Renamed',
        description: 'new bio',
        avatar: avatar.data.blob,
      },
    })
    const stale = {
      did: alice.did,
      handle: alice.handle,
      displayName: 'Alice Old',
      description: 'old bio',
      followersCount: 3,
    }
    appview.routes.set('app.bsky.actor.getProfile', () => ({ headers: revHeader(), body: stale }))
    appview.routes.set('app.bsky.actor.getProfiles', () => ({
      headers: revHeader(),
      body: { profiles: [stale, { did: 'did:plc:bbbbbbbbbbbbbbbbbbbbbbbb', handle: 'bob.test', displayName: 'Bob' }] },
    }))
    const { data } = await alice.agent.app.bsky.actor.getProfile({ actor: alice.did })
    const cid = avatar.data.blob.ref.toString()
    expect(data).toMatchObject({
      displayName: 'Alice Renamed',
      description: 'new bio',
      followersCount: 3,
      avatar: `https://cdn.example.com/img/avatar/plain/${alice.did}/${cid}@jpeg`,
    })
    const { data: many } = await alice.agent.app.bsky.actor.getProfiles({ actors: [alice.did, 'bob.test'] })
    expect(many.profiles.map((p) => p.displayName)).toEqual(['Alice Renamed', 'Bob'])
  })

  it('adds a new reply to the thread, and falls back to the local post when the AppView does not know it', async () => {
    const root = { uri: seen.uri, cid: seen.cid }
    const reply = await post('a fresh reply', { root, parent: root })
    appview.routes.set('app.bsky.feed.getPostThread', (call) => {
      if (call.url.includes(encodeURIComponent(seen.uri))) {
        return {
          headers: revHeader(),
          body: {
            thread: {
              $type: 'app.bsky.feed.defs#threadViewPost',
              post: postView(seen.uri, seen.cid, 'root'),
              replies: [],
            },
          },
        }
      }
      return { status: 400, headers: revHeader(), body: { error: 'NotFound', message: 'Post not found' } }
    })
    const { data } = await alice.agent.app.bsky.feed.getPostThread({ uri: seen.uri })
    const thread = data.thread as { replies?: { post: { uri: string } }[] }
    expect(thread.replies?.map((r) => r.post.uri)).toEqual([reply.data.uri])

    const lonely = await post('nobody has indexed me')
    const res = await get('app.bsky.feed.getPostThread', `uri=${encodeURIComponent(lonely.data.uri)}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('atproto-upstream-lag')).not.toBeNull()
    expect(await res.json()).toMatchObject({
      thread: { post: { uri: lonely.data.uri, record: { text: 'nobody has indexed me' } } },
    })

    const lateReply = await post('a reply nobody has indexed', { root, parent: root })
    const withParent = await get('app.bsky.feed.getPostThread', `uri=${encodeURIComponent(lateReply.data.uri)}`)
    expect(await withParent.json()).toMatchObject({
      thread: { post: { uri: lateReply.data.uri }, parent: { post: { uri: seen.uri } } },
    })

    const missing = await get(
      'app.bsky.feed.getPostThread',
      `uri=${encodeURIComponent(`at://${alice.did}/app.bsky.feed.post/3zzzzzzzzzzzz`)}`,
    )
    expect(missing.status).toBe(400)
    expect(await missing.json()).toMatchObject({ error: 'NotFound' })
  })
})
