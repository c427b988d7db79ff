/**
 * The official consumer, @atproto/sync's Firehose, subscribed to our subscribeRepos with
 * verification on (commit signatures checked against the key in the PLC directory, ops
 * checked against the MST proof blocks): it must report every op of creates, updates,
 * deletes and applyWrites batches with the right path, action and CID, and no error.
 */
import { IdResolver } from '@atproto/identity'
import { type Event, Firehose } from '@atproto/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

/** Waits until `done()` holds, checking every 20 ms, for at most `ms`. */
async function until(done: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms
  while (!done()) {
    if (Date.now() > end) throw new Error('timed out waiting for firehose events')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

type Seen = { event: string; path: string; cid?: string }

describe.each(dialects())('@atproto/sync Firehose against our subscribeRepos (%s)', (dialect) => {
  let pds: TestServer
  let alice: TestAccount
  let firehose: Firehose
  const events: Event[] = []
  const errors: Error[] = []

  const seen = (): Seen[] =>
    events.flatMap((e) =>
      e.event === 'create' || e.event === 'update' || e.event === 'delete'
        ? [{ event: e.event, path: `${e.collection}/${e.rkey}`, ...('cid' in e ? { cid: e.cid.toString() } : {}) }]
        : [],
    )

  beforeAll(async () => {
    pds = await startTestServer({ dialect })
    alice = await signUp(pds)
    firehose = new Firehose({
      service: pds.url.replace(/^http/, 'ws'),
      idResolver: new IdResolver({ plcUrl: pds.plcUrl }),
      // @NOTE commits are verified; handles end in .test, which no DNS answers for
      unauthenticatedCommits: false,
      unauthenticatedHandles: true,
      handleEvent: (evt: Event) => {
        events.push(evt)
      },
      onError: (err: Error) => {
        errors.push(err)
      },
    })
    firehose.start()
    // the subscription starts at the live tail: write markers, one at a time, until one comes
    // through, then let every marker's event arrive before the test starts counting
    const markers: Promise<{ data: { uri: string } }>[] = []
    let inFlight: Promise<unknown> | undefined
    await until(() => {
      if (events.some((e) => e.event === 'create' && e.did === alice.did)) return true
      if (inFlight) return false
      const write = alice.agent.com.atproto.repo.createRecord({
        repo: alice.did,
        collection: 'app.bsky.feed.post',
        record: { $type: 'app.bsky.feed.post', text: 'marker', createdAt: new Date().toISOString() },
      })
      markers.push(write)
      inFlight = write.finally(() => {
        inFlight = undefined
      })
      return false
    })
    const uris = (await Promise.all(markers)).map((m) => m.data.uri)
    await until(() => uris.every((uri) => events.some((e) => e.event === 'create' && e.uri.toString() === uri)))
  })

  afterAll(async () => {
    await firehose?.destroy()
    await pds?.close()
  })

  it('reports creates, updates, deletes and applyWrites batches with their paths and CIDs, verified', async () => {
    events.length = 0
    const { agent } = alice
    const repo = alice.did
    const post = await agent.com.atproto.repo.createRecord({
      repo,
      collection: 'app.bsky.feed.post',
      record: { $type: 'app.bsky.feed.post', text: 'hello firehose', createdAt: new Date().toISOString() },
    })
    const like = await agent.com.atproto.repo.createRecord({
      repo,
      collection: 'app.bsky.feed.like',
      record: {
        $type: 'app.bsky.feed.like',
        subject: { uri: post.data.uri, cid: post.data.cid },
        createdAt: new Date().toISOString(),
      },
    })
    const profile1 = await agent.com.atproto.repo.putRecord({
      repo,
      collection: 'app.bsky.actor.profile',
      rkey: 'self',
      record: { $type: 'app.bsky.actor.profile', displayName: 'Alice' },
    })
    const profile2 = await agent.com.atproto.repo.putRecord({
      repo,
      collection: 'app.bsky.actor.profile',
      rkey: 'self',
      record: { $type: 'app.bsky.actor.profile', displayName: 'Alice, again' },
      swapRecord: profile1.data.cid,
    })
    await agent.com.atproto.repo.deleteRecord({
      repo,
      collection: 'app.bsky.feed.like',
      rkey: like.data.uri.split('/').pop() as string,
    })
    const batch = await agent.com.atproto.repo.applyWrites({
      repo,
      writes: [
        {
          $type: 'com.atproto.repo.applyWrites#create',
          collection: 'app.bsky.feed.post',
          rkey: '3kbatchpost22',
          value: { $type: 'app.bsky.feed.post', text: 'one', createdAt: new Date().toISOString() },
        },
        {
          $type: 'com.atproto.repo.applyWrites#create',
          collection: 'app.bsky.feed.post',
          rkey: '3kbatchpost23',
          value: { $type: 'app.bsky.feed.post', text: 'two', createdAt: new Date().toISOString() },
        },
        {
          $type: 'com.atproto.repo.applyWrites#update',
          collection: 'app.bsky.actor.profile',
          rkey: 'self',
          value: { $type: 'app.bsky.actor.profile', displayName: 'Alice, batched' },
        },
        {
          $type: 'com.atproto.repo.applyWrites#delete',
          collection: 'app.bsky.feed.post',
          rkey: post.data.uri.split('/').pop() as string,
        },
      ],
    })
    const results = batch.data.results as { uri?: string; cid?: string }[]
    const rkeyOf = (uri: string) => uri.split('/').slice(-2).join('/')
    const expected: Seen[] = [
      { event: 'create', path: rkeyOf(post.data.uri), cid: post.data.cid },
      { event: 'create', path: rkeyOf(like.data.uri), cid: like.data.cid },
      { event: 'create', path: 'app.bsky.actor.profile/self', cid: profile1.data.cid },
      { event: 'update', path: 'app.bsky.actor.profile/self', cid: profile2.data.cid },
      { event: 'delete', path: rkeyOf(like.data.uri) },
      { event: 'create', path: 'app.bsky.feed.post/3kbatchpost22', cid: results[0]?.cid },
      { event: 'create', path: 'app.bsky.feed.post/3kbatchpost23', cid: results[1]?.cid },
      { event: 'update', path: 'app.bsky.actor.profile/self', cid: results[2]?.cid },
      { event: 'delete', path: rkeyOf(post.data.uri) },
    ]
    await until(() => seen().length >= expected.length)
    expect(errors).toEqual([])
    // within one commit the consumer reports ops in MST order, so compare commits as sets
    const sortKey = (s: Seen) => `${s.event} ${s.path} ${s.cid ?? ''}`
    expect(seen().slice(0, 5)).toEqual(expected.slice(0, 5))
    expect(seen().slice(5).map(sortKey).sort()).toEqual(expected.slice(5).map(sortKey).sort())
    // every event carries the commit it belongs to, in order
    const seqs = events.map((e) => e.seq)
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs)
  })
})
