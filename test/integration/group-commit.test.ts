/**
 * Writes that queue share a transaction (group commit, src/db/group-commit.ts) on SQLite;
 * PostgreSQL keeps one per write. Either way each write must come out as if it ran alone:
 * through HTTP, with the firehose as the witness.
 */
import { TID } from '@atproto/common'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { GroupCommitStats } from '#src/db/group-commit.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { type Dialect, dialects } from '../helpers/db.js'
import { FirehoseClient } from '../helpers/firehose.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'
import { xrpcError } from '../helpers/xrpc-error.js'

const POST = 'app.bsky.feed.post'
const COMMIT = '#commit'

function post(text: string) {
  return { $type: POST, text, createdAt: new Date().toISOString() }
}

type Outcome = { ok: true; uri: string; commit: string; rev: string } | { ok: false; status: number; error: string }

/** One createRecord through HTTP, as an outcome (a failure is an XRPC error, never a throw). */
async function create(account: TestAccount, opts: { rkey?: string; swapCommit?: string; text?: string } = {}) {
  const call = account.agent.com.atproto.repo.createRecord({
    repo: account.did,
    collection: POST,
    rkey: opts.rkey,
    swapCommit: opts.swapCommit,
    record: post(opts.text ?? 'hello'),
  })
  try {
    const { data } = await call
    return { ok: true, uri: data.uri, commit: data.commit?.cid ?? '', rev: data.commit?.rev ?? '' } as Outcome
  } catch {
    const { status, error } = await xrpcError(call)
    return { ok: false, status, error } as Outcome
  }
}

describe.each(dialects())('group commit through HTTP (%s)', (dialect: Dialect) => {
  let pds: TestServer
  let alice: TestAccount
  let bob: TestAccount
  let carol: TestAccount

  beforeAll(async () => {
    pds = await startTestServer({ dialect })
    alice = await signUp(pds)
    bob = await signUp(pds)
    carol = await signUp(pds)
    // @NOTE one write each first: the auth and account lookups of the writes below are then warm
    for (const account of [alice, bob, carol]) expect((await create(account)).ok).toBe(true)
  })
  afterAll(() => pds?.close())

  const stats = () => pds.ctx.repos.commitStats() as GroupCommitStats

  /** Sends the writes at once; on SQLite, also what the group commit did with them. */
  async function burst(writes: (() => Promise<Outcome>)[]) {
    const before = stats()
    const outcomes = await Promise.all(writes.map((write) => write()))
    const after = stats()
    const did = after && {
      transactions: after.transactions - before.transactions,
      rolledBack: after.rolledBack - before.rolledBack,
      failedTogether: after.failedTogether - before.failedTogether,
    }
    return { outcomes, did }
  }

  /**
   * Runs `round` (which asserts what must hold however the writes were grouped) until, on
   * SQLite, `grouped` says the round exercised what the test is about (the requests'
   * interleaving decides how writes group); once on PostgreSQL.
   */
  async function rounds<T>(round: () => Promise<T>, grouped: (result: T) => boolean, most = 8) {
    for (let i = 0; i < most; i++) {
      const result = await round()
      if (dialect === 'postgres' || grouped(result)) return
    }
    throw new Error(`no round of ${most} grouped the writes as the test needs`)
  }

  /** The `#commit` events after `seq`, once `count` of them have arrived. */
  async function commitsAfter(seq: number, count: number) {
    const sub = await FirehoseClient.connect(pds.url, seq)
    try {
      await sub.waitFor(() => sub.messages.filter((m) => m.type === COMMIT).length >= count)
      // @NOTE anything more (a stray event) would arrive with these: give it a moment
      await new Promise((resolve) => setTimeout(resolve, 100))
      return sub.messages.filter((m) => m.type === COMMIT).map((m) => m.body)
    } finally {
      sub.close()
    }
  }

  it('lands concurrent createRecords across repos and on one repo, with gapless seqs and chained commits', async () => {
    await rounds(
      async () => {
        const start = await pds.ctx.sequencer.lastSeq()
        const aliceBefore = await pds.ctx.repos.getLatestCommit(alice.did)
        const { outcomes, did } = await burst([
          ...Array.from({ length: 6 }, (_, i) => () => create(alice, { text: `a${i}` })),
          ...Array.from({ length: 3 }, (_, i) => () => create(bob, { text: `b${i}` })),
          ...Array.from({ length: 3 }, (_, i) => () => create(carol, { text: `c${i}` })),
        ])
        expect(outcomes.every((o) => o.ok)).toBe(true)
        const events = await commitsAfter(start, outcomes.length)
        expect(events.map((e) => e.seq)).toEqual(outcomes.map((_, i) => start + 1 + i))
        const commits = outcomes.map((o) => (o.ok ? o.commit : ''))
        expect(events.map((e) => String(e.commit)).sort()).toEqual([...commits].sort())
        // @NOTE one repo's commits in seq order form one chain, as serial writes would
        const aliceEvents = events.filter((e) => e.repo === alice.did)
        expect(aliceEvents.length).toBe(6)
        let since = aliceBefore?.rev
        for (const event of aliceEvents) {
          expect(event.since).toBe(since)
          since = String(event.rev)
        }
        expect((await pds.ctx.repos.getLatestCommit(alice.did))?.rev).toBe(since)
        const listed = await alice.agent.com.atproto.repo.listRecords({ repo: alice.did, collection: POST, limit: 100 })
        const uris = listed.data.records.map((r) => r.uri)
        for (const o of outcomes) if (o.ok && o.uri.includes(alice.did)) expect(uris).toContain(o.uri)
        return did
      },
      (did) => (did?.transactions ?? 12) < 12,
    )
  })

  it('gives a failing write its own XRPC error while the others commit, and leaves no event of it', async () => {
    await rounds(
      async () => {
        const stale = (await pds.ctx.repos.getLatestCommit(alice.did))?.cid as string
        const taken = TID.nextStr()
        expect((await create(alice, { rkey: taken })).ok).toBe(true)
        const start = await pds.ctx.sequencer.lastSeq()
        const { outcomes, did } = await burst([
          () => create(alice, { text: 'first' }),
          () => create(alice, { swapCommit: stale }),
          () => create(bob, { text: 'bob' }),
          () => create(alice, { rkey: taken }),
          () => create(alice, { text: 'last' }),
          () => create(carol, { swapCommit: stale }),
        ])
        expect(outcomes.map((o) => (o.ok ? 'ok' : `${o.status} ${o.error}`))).toEqual([
          'ok',
          '400 InvalidSwap',
          'ok',
          '400 InvalidRequest',
          'ok',
          '400 InvalidSwap',
        ])
        const landed = outcomes.filter((o) => o.ok)
        const events = await commitsAfter(start, landed.length)
        expect(events.map((e) => e.seq)).toEqual([start + 1, start + 2, start + 3])
        expect(events.map((e) => String(e.commit)).sort()).toEqual(landed.map((o) => (o.ok ? o.commit : '')).sort())
        expect(await pds.ctx.sequencer.lastSeq()).toBe(start + 3)
        const rkeys = await pds.ctx.db.selectFrom('record').select('rkey').where('rkey', '=', taken).execute()
        expect(rkeys.length).toBe(1)
        return did
      },
      // @NOTE at least one failing write shared its transaction with others
      (did) => (did?.rolledBack ?? 0) > 0,
    )
  })

  it('fails every write that shared a COMMIT that failed, and stores nothing of them', async () => {
    // @NOTE a deferred foreign key is checked by COMMIT itself: the trigger makes the COMMIT of
    // any transaction that stores the record `poison` fail, on both databases
    const db = pds.ctx.db
    const poison = TID.nextStr()
    await sql`create table gc_parent (id integer primary key)`.execute(db)
    await sql`create table gc_child (id integer, parent integer references gc_parent (id) deferrable initially deferred)`.execute(
      db,
    )
    if (dialect === 'sqlite') {
      await sql`create trigger gc_poison after insert on record when new.rkey = ${sql.lit(poison)}
        begin insert into gc_child (id, parent) values (1, 7); end`.execute(db)
    } else {
      await sql`create function gc_poison() returns trigger language plpgsql as $$
        begin insert into gc_child (id, parent) values (1, 7); return new; end $$`.execute(db)
      await sql`create trigger gc_poison after insert on record for each row when (new.rkey = ${sql.lit(poison)})
        execute function gc_poison()`.execute(db)
    }
    try {
      await rounds(
        async () => {
          const start = await pds.ctx.sequencer.lastSeq()
          const writes = [
            () => create(alice, { text: 'before' }),
            () => create(bob, { text: 'bob' }),
            () => create(alice, { rkey: poison }),
            () => create(carol, { text: 'carol' }),
            () => create(alice, { text: 'after' }),
          ]
          const { outcomes, did } = await burst(writes)
          expect(outcomes[2]).toEqual({ ok: false, status: 500, error: 'InternalServerError' })
          const failed = outcomes.filter((o) => !o.ok)
          for (const o of failed) expect(o).toEqual({ ok: false, status: 500, error: 'InternalServerError' })
          // @NOTE SQLite: those that shared the poisoned COMMIT failed with it, each told so;
          // PostgreSQL: one transaction per write, so only the poisoned one failed
          if (did) expect(failed.length).toBe(did.failedTogether)
          else expect(failed.length).toBe(1)
          const landed = outcomes.filter((o) => o.ok)
          const events = await commitsAfter(start, landed.length)
          expect(events.map((e) => e.seq)).toEqual(landed.map((_, i) => start + 1 + i))
          expect(events.map((e) => String(e.commit)).sort()).toEqual(landed.map((o) => (o.ok ? o.commit : '')).sort())
          const stored = await db.selectFrom('record').select('rkey').where('rkey', '=', poison).execute()
          expect(stored).toEqual([])
          const texts = await Promise.all(
            [alice, bob, carol].map((a) =>
              a.agent.com.atproto.repo.listRecords({ repo: a.did, collection: POST, limit: 100 }),
            ),
          )
          const uris = texts.flatMap((t) => t.data.records.map((r) => r.uri))
          for (const o of landed) if (o.ok) expect(uris).toContain(o.uri)
          return failed.length
        },
        (failedTogether) => failedTogether >= 2,
      )
      // @NOTE the next write goes through and takes the next seq: no gap
      const seq = await pds.ctx.sequencer.lastSeq()
      const next = await create(alice, { text: 'next' })
      expect(next.ok).toBe(true)
      const [event] = await commitsAfter(seq, 1)
      expect(event?.seq).toBe(seq + 1)
      expect(String(event?.commit)).toBe(next.ok ? next.commit : '')
    } finally {
      await sql`drop trigger gc_poison ${dialect === 'postgres' ? sql`on record` : sql``}`.execute(db)
      if (dialect === 'postgres') await sql`drop function gc_poison()`.execute(db)
    }
  })
})
