import { TID } from '@atproto/common'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { FirehoseClient, signingKeyFromPlc, type VerifiedOp, verifyCommitEvent } from '../helpers/firehose.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

const POST = 'app.bsky.feed.post'
const PROFILE = 'app.bsky.actor.profile'
const COMMIT = '#commit'

function post(text: string) {
  return { $type: POST, text, createdAt: new Date().toISOString() }
}

describe.each(dialects())('the firehose (%s)', (dialect) => {
  let pds: TestServer
  let alice: TestAccount

  beforeAll(async () => {
    pds = await startTestServer({ dialect })
    alice = await signUp(pds)
  })
  afterAll(() => pds?.close())

  it('records #identity, #account and the first #commit of a new account, in order', async () => {
    const sub = await FirehoseClient.connect(pds.url, 0)
    try {
      await sub.waitFor((frames) => frames.length >= 3)
      const [identity, account, commit] = sub.messages
      expect(identity?.type).toBe('#identity')
      expect(identity?.body).toMatchObject({ seq: 1, did: alice.did, handle: alice.handle })
      expect(account?.type).toBe('#account')
      expect(account?.body).toMatchObject({ seq: 2, did: alice.did, active: true })
      expect(commit?.type).toBe(COMMIT)
      expect(commit?.body).toMatchObject({
        seq: 3,
        repo: alice.did,
        since: null,
        ops: [],
        tooBig: false,
        rebase: false,
      })
      const key = await signingKeyFromPlc(pds.plcUrl, alice.did)
      await verifyCommitEvent(commit?.body as Record<string, unknown>, key)
    } finally {
      sub.close()
    }
  })

  it('streams creates, updates, deletes and applyWrites batches live, each verifiable', async () => {
    const sub = await FirehoseClient.connect(pds.url)
    try {
      const agent = alice.agent
      const repo = alice.did
      const expected: VerifiedOp[][] = []
      const a = await agent.com.atproto.repo.createRecord({ repo, collection: POST, record: post('a') })
      expected.push([
        { action: 'create', path: a.data.uri.split('/').slice(-2).join('/'), cid: a.data.cid, prev: null },
      ])
      const profile1 = await agent.com.atproto.repo.putRecord({
        repo,
        collection: PROFILE,
        rkey: 'self',
        record: { $type: PROFILE, displayName: 'Alice' },
      })
      expected.push([{ action: 'create', path: `${PROFILE}/self`, cid: profile1.data.cid, prev: null }])
      const profile2 = await agent.com.atproto.repo.putRecord({
        repo,
        collection: PROFILE,
        rkey: 'self',
        record: { $type: PROFILE, displayName: 'Alice A.' },
      })
      expected.push([{ action: 'update', path: `${PROFILE}/self`, cid: profile2.data.cid, prev: profile1.data.cid }])
      const aRkey = a.data.uri.split('/').pop() as string
      await agent.com.atproto.repo.deleteRecord({ repo, collection: POST, rkey: aRkey })
      expected.push([{ action: 'delete', path: `${POST}/${aRkey}`, cid: null, prev: a.data.cid }])
      const [b1, b2, b3] = [TID.nextStr(), TID.nextStr(), TID.nextStr()]
      const batch = await agent.com.atproto.repo.applyWrites({
        repo,
        writes: [
          { $type: 'com.atproto.repo.applyWrites#create', collection: POST, rkey: b1, value: post('b1') },
          { $type: 'com.atproto.repo.applyWrites#create', collection: POST, rkey: b2, value: post('b2') },
          {
            $type: 'com.atproto.repo.applyWrites#update',
            collection: PROFILE,
            rkey: 'self',
            value: { $type: PROFILE, displayName: 'A' },
          },
        ],
      })
      const results = batch.data.results as { cid?: string }[]
      expected.push([
        { action: 'create', path: `${POST}/${b1}`, cid: results[0]?.cid ?? null, prev: null },
        { action: 'create', path: `${POST}/${b2}`, cid: results[1]?.cid ?? null, prev: null },
        { action: 'update', path: `${PROFILE}/self`, cid: results[2]?.cid ?? null, prev: profile2.data.cid },
      ])
      const batch2 = await agent.com.atproto.repo.applyWrites({
        repo,
        writes: [
          { $type: 'com.atproto.repo.applyWrites#delete', collection: POST, rkey: b1 },
          { $type: 'com.atproto.repo.applyWrites#delete', collection: POST, rkey: b2 },
          { $type: 'com.atproto.repo.applyWrites#create', collection: POST, rkey: b3, value: post('b3') },
        ],
      })
      expected.push([
        { action: 'delete', path: `${POST}/${b1}`, cid: null, prev: results[0]?.cid ?? null },
        { action: 'delete', path: `${POST}/${b2}`, cid: null, prev: results[1]?.cid ?? null },
        {
          action: 'create',
          path: `${POST}/${b3}`,
          cid: (batch2.data.results as { cid?: string }[])[2]?.cid ?? null,
          prev: null,
        },
      ])

      await sub.waitFor(() => sub.messages.length >= expected.length)
      const key = await signingKeyFromPlc(pds.plcUrl, repo)
      const commits = sub.messages
      expect(commits.map((m) => m.type)).toEqual(expected.map(() => COMMIT))
      const seen: VerifiedOp[][] = []
      for (const [i, message] of commits.entries()) {
        seen.push(await verifyCommitEvent(message.body, key))
        if (i > 0) expect(message.body.since).toBe(commits[i - 1]?.body.rev)
        expect(message.body.seq).toBe((commits[0]?.body.seq as number) + i)
      }
      expect(seen).toEqual(expected)
      expect(sub.frames.some((frame) => frame.kind === 'error')).toBe(false)
    } finally {
      sub.close()
    }
  })

  // @NOTE 1,000 signed, fsynced commits: seconds on a quiet machine, much longer on a loaded one
  it('replays 1,000 events from cursor 0 in order and gap-free, then resumes from the middle', {
    timeout: 120_000,
  }, async () => {
    const keypair = await pds.ctx.accounts.signingKey(alice.did)
    const last = await pds.ctx.sequencer.lastSeq()
    // @NOTE straight through the engine (each one its own commit), to make 1,000 events quickly
    for (let i = last; i < 1_000; i++) {
      await pds.ctx.repos.applyWrites({
        did: alice.did,
        keypair,
        writes: [{ action: 'create', collection: POST, record: post(`n${i}`) }],
      })
    }
    const total = await pds.ctx.sequencer.lastSeq()
    expect(total).toBeGreaterThanOrEqual(1_000)

    const all = await FirehoseClient.connect(pds.url, 0)
    try {
      await all.waitFor((frames) => frames.length >= total)
      expect(all.messages.map((m) => m.body.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1))
    } finally {
      all.close()
    }

    const middle = await FirehoseClient.connect(pds.url, 500)
    try {
      await middle.waitFor((frames) => frames.length >= total - 500)
      expect(middle.messages[0]?.body.seq).toBe(501)
      expect(middle.messages.at(-1)?.body.seq).toBe(total)
      // then the live tail
      await pds.ctx.repos.applyWrites({
        did: alice.did,
        keypair,
        writes: [{ action: 'create', collection: POST, record: post('live') }],
      })
      await middle.waitFor((frames) => frames.length >= total - 500 + 1)
      expect(middle.messages.at(-1)?.body.seq).toBe(total + 1)
    } finally {
      middle.close()
    }
  })

  it('answers a cursor in the future with a FutureCursor error frame and closes', async () => {
    const last = await pds.ctx.sequencer.lastSeq()
    const sub = await FirehoseClient.connect(pds.url, last + 10)
    const closed = await sub.waitClosed()
    expect(sub.frames).toEqual([{ kind: 'error', error: 'FutureCursor', message: expect.any(String) }])
    expect(closed.code).toBe(1008)
  })

  it('sends #info OutdatedCursor for a cursor older than the retained log, then the oldest events', async () => {
    // @NOTE as retention pruning would: the first 10 events are gone
    await pds.ctx.db.deleteFrom('repoSeq').where('seq', '<=', 10).execute()
    const sub = await FirehoseClient.connect(pds.url, 3)
    try {
      await sub.waitFor((frames) => frames.length >= 3)
      const [info, first, second] = sub.messages
      expect(info).toMatchObject({ type: '#info', body: { name: 'OutdatedCursor' } })
      expect(first?.body.seq).toBe(11)
      expect(second?.body.seq).toBe(12)
    } finally {
      sub.close()
    }
  })

  it('prunes events older than the retention cutoff, keeping the newest', async () => {
    const last = await pds.ctx.sequencer.lastSeq()
    const deleted = await pds.ctx.sequencer.pruneBefore(new Date(Date.now() + 60_000).toISOString())
    expect(deleted).toBeGreaterThan(0)
    expect(await pds.ctx.sequencer.oldestSeq()).toBe(last)
    const sub = await FirehoseClient.connect(pds.url, 0)
    try {
      await sub.waitFor((frames) => frames.length >= 2)
      expect(sub.messages.map((m) => m.type)).toEqual(['#info', COMMIT])
      expect(sub.messages[1]?.body.seq).toBe(last)
    } finally {
      sub.close()
    }
  })
})

describe.each(dialects())('a firehose consumer that falls behind (%s)', (dialect) => {
  let pds: TestServer
  let alice: TestAccount

  beforeAll(async () => {
    // @NOTE a window of 4 frames: a consumer more than 4 events behind is cut off
    pds = await startTestServer({ dialect, firehose: { windowFrames: 4 } })
    alice = await signUp(pds)
  })
  afterAll(() => pds?.close())

  it('is cut off with ConsumerTooSlow instead of buffering', async () => {
    const sub = await FirehoseClient.connect(pds.url)
    sub.pause()
    const keypair = await pds.ctx.accounts.signingKey(alice.did)
    // @NOTE big records fill the socket buffers, so the server cannot push everything at once
    const text = 'x'.repeat(100_000)
    for (let i = 0; i < 60; i++) {
      const writes = Array.from({ length: 5 }, (_, j) => ({
        action: 'create' as const,
        collection: POST,
        record: { ...post(`${i}.${j}`), text: `${text}${i}.${j}` },
      }))
      await pds.ctx.repos.applyWrites({ did: alice.did, keypair, writes, validate: false })
    }
    sub.resume()
    const closed = await sub.waitClosed()
    expect(sub.frames.at(-1)).toEqual({ kind: 'error', error: 'ConsumerTooSlow', message: expect.any(String) })
    expect(closed.code).toBe(1008)
    expect(sub.messages.length).toBeLessThan(60)
  })
})

describe.each(dialects())('a firehose that hands over the commits made in its process (%s)', (dialect) => {
  let pds: TestServer

  beforeAll(async () => {
    // @NOTE an hour between reads of the log: what arrives sooner did not wait for the poll
    pds = await startTestServer({ dialect, firehose: { pollIntervalMs: 3_600_000 } })
  })
  afterAll(() => pds?.close())

  it('sends account events and concurrent commits at once, gap-free and in seq order', async () => {
    const sub = await FirehoseClient.connect(pds.url)
    try {
      // @NOTE an account's creation appends its events outside the write path; they go out too
      const accounts = await Promise.all([signUp(pds), signUp(pds), signUp(pds)])
      await sub.waitFor((frames) => frames.length >= 9, 5_000)
      const rounds = 5
      for (let i = 0; i < rounds; i++) {
        // @NOTE concurrent writers: on PostgreSQL their transactions may commit and publish out of order
        await Promise.all(
          accounts.map((account) =>
            account.agent.com.atproto.repo.createRecord({ repo: account.did, collection: POST, record: post(`${i}`) }),
          ),
        )
      }
      const total = 9 + rounds * accounts.length
      await sub.waitFor((frames) => frames.length >= total, 5_000)
      const seqs = sub.messages.map((m) => m.body.seq as number)
      const first = seqs[0] as number
      expect(seqs).toEqual(Array.from({ length: total }, (_, i) => first + i))
      const commits = sub.messages.filter((m) => m.type === COMMIT && (m.body.ops as unknown[]).length > 0)
      for (const account of accounts) {
        expect(commits.filter((m) => m.body.repo === account.did)).toHaveLength(rounds)
      }
    } finally {
      sub.close()
    }
  })
})
