/**
 * End to end with the real Bluesky AppView (@atproto/bsky on Node 22, from a cache outside
 * the repo), exactly as the app talks to us: everything through our PDS with @atproto/api.
 * Needs PostgreSQL (PDS_TEST_PG_URL) for the AppView; skipped without it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readConfig } from '#src/config.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { TEST_PG_URL } from '../helpers/db.js'
import { startTestPlc, type TestPlc } from '../helpers/plc.js'
import { prepareRealAppView, type RealAppView } from '../helpers/real-appview.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

async function eventually<T>(what: string, check: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const until = Date.now() + ms
  let last: unknown
  while (Date.now() < until) {
    try {
      const value = await check()
      if (value !== undefined) return value
    } catch (err) {
      last = err
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`)
}

describe.skipIf(!TEST_PG_URL)('the real AppView through our PDS', { timeout: 60_000 }, () => {
  let plc: TestPlc
  let pds: TestServer
  let appview: RealAppView
  let alice: TestAccount
  let bob: TestAccount
  let alicePost: { uri: string; cid: string }
  let bobReply: { uri: string; cid: string }

  beforeAll(async () => {
    plc = await startTestPlc()
    // @NOTE the PDS is configured with the AppView's DID and URL, the AppView with the PDS's firehose
    const prepared = await prepareRealAppView(plc.url)
    pds = await startTestServer({
      plcUrl: plc.url,
      config: {
        proxy: {
          ...readConfig({}).proxy,
          bskyAppView: { url: prepared.url, did: prepared.did },
          headersTimeoutMs: 2_000,
        },
      },
    })
    appview = await prepared.start({ pdsUrl: pds.url, pgUrl: TEST_PG_URL as string })
    alice = await signUp(pds, { handle: 'alice.test' })
    bob = await signUp(pds, { handle: 'bob.test' })

    const avatar = await alice.agent.uploadBlob(Buffer.from(PNG_1X1, 'base64'), { encoding: 'image/png' })
    await alice.agent.upsertProfile(() => ({ displayName: 'Alice', description: 'hello', avatar: avatar.data.blob }))
    await bob.agent.follow(alice.did)
    const image = await alice.agent.uploadBlob(Buffer.from(PNG_1X1, 'base64'), { encoding: 'image/png' })
    alicePost = await alice.agent.post({
      text: 'a picture',
      embed: { $type: 'app.bsky.embed.images', images: [{ image: image.data.blob, alt: 'one pixel' }] },
    })
    await bob.agent.like(alicePost.uri, alicePost.cid)
    bobReply = await bob.agent.post({ text: 'nice', reply: { root: alicePost, parent: alicePost } })
  }, 180_000)
  afterAll(async () => {
    await pds?.close()
    await appview?.close()
    await plc?.close()
  })

  it('shows profiles with the viewer state, which needs our service JWT to be accepted', async () => {
    const profile = await eventually('alice indexed with a follower', async () => {
      const { data } = await bob.agent.getProfile({ actor: alice.did })
      return data.followersCount === 1 && data.displayName === 'Alice' ? data : undefined
    })
    expect(profile.viewer?.following).toMatch(/^at:\/\//)
    expect(profile.avatar).toContain(alice.did)
    // @NOTE the AppView cannot check a .test handle (no DNS or HTTPS for it here), so it shows handle.invalid
    expect(profile.did).toBe(alice.did)
  })

  it('serves the timeline, the author feed and the thread', async () => {
    const timeline = await eventually('bob timeline', async () => {
      const { data } = await bob.agent.getTimeline()
      return data.feed.some((item) => item.post.uri === alicePost.uri) ? data : undefined
    })
    const item = timeline.feed.find((i) => i.post.uri === alicePost.uri)
    expect(item?.post.embed?.$type).toBe('app.bsky.embed.images#view')
    const { data: feed } = await bob.agent.getAuthorFeed({ actor: alice.did })
    expect(feed.feed.map((i) => i.post.uri)).toContain(alicePost.uri)
    const thread = await eventually('thread with the reply and the like', async () => {
      const { data } = await bob.agent.getPostThread({ uri: alicePost.uri })
      const t = data.thread as {
        post: { likeCount?: number; viewer?: { like?: string } }
        replies?: { post: { uri: string } }[]
      }
      return t.post.likeCount === 1 && t.replies?.some((r) => r.post.uri === bobReply.uri) ? t : undefined
    })
    expect(thread.post.viewer?.like).toMatch(/^at:\/\//)
  })

  it('lists the notifications of the follow, the like and the reply', async () => {
    const reasons = await eventually('alice notifications', async () => {
      const { data } = await alice.agent.listNotifications()
      const set = new Set(data.notifications.map((n) => n.reason))
      return set.has('follow') && set.has('like') && set.has('reply') ? set : undefined
    })
    expect([...reasons]).toEqual(expect.arrayContaining(['follow', 'like', 'reply']))
  })

  it('shows a new post at once while the AppView is not indexing (read-after-write)', async () => {
    await appview.pause()
    const fresh = await alice.agent.post({ text: 'written while the AppView looks away' })
    const res = await alice.agent.getAuthorFeed({ actor: alice.did })
    expect(res.data.feed[0]?.post.uri).toBe(fresh.uri)
    expect(Number(res.headers['atproto-upstream-lag'])).toBeGreaterThanOrEqual(0)
    const { data: thread } = await alice.agent.getPostThread({ uri: fresh.uri })
    expect((thread.thread as { post: { uri: string } }).post.uri).toBe(fresh.uri)
  })

  it('answers 502 within the timeout once the AppView is gone', async () => {
    await appview.stop()
    const started = Date.now()
    const res = await fetch(`${pds.url}/xrpc/app.bsky.feed.getTimeline`, {
      headers: { authorization: `Bearer ${bob.agent.session?.accessJwt}` },
    })
    expect(res.status).toBe(502)
    expect(Date.now() - started).toBeLessThan(2_500)
    expect(await res.json()).toMatchObject({ error: 'UpstreamFailure' })
  })
})
