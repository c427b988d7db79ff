import { type Kysely, sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Sequencer } from '#src/sequencer/sequencer.js'
import { dialects } from '../../test/helpers/db.js'
import { openTestDatabase, type TestDatabase } from '../../test/helpers/test-db.js'
import type { Database } from './database.js'
import { GroupCommit, transactionsFor } from './group-commit.js'
import { TableWrites } from './table-writes.js'

/** Holds the database's connection (SQLite has one) until the returned function is called. */
async function holdConnection(db: Database): Promise<{ release: () => void; done: Promise<void> }> {
  let release = () => {}
  let held = () => {}
  const holding = new Promise<void>((resolve) => {
    held = resolve
  })
  const done = db.transaction().execute(
    () =>
      new Promise<void>((resolve) => {
        release = resolve
        held()
      }),
  )
  await holding
  return { release, done }
}

// @NOTE through the query builder, so TableWrites sees the table written
const insert = (trx: Database, name: string) =>
  (trx as unknown as Kysely<{ item: { name: string } }>).insertInto('item').values({ name }).execute()
const names = async (db: Database) =>
  (await sql<{ name: string }>`select name from item order by id`.execute(db)).rows.map((row) => row.name)

describe('GroupCommit (sqlite)', () => {
  let t: TestDatabase
  let commits: GroupCommit
  let told: number

  beforeEach(async () => {
    const writes = new TableWrites()
    t = await openTestDatabase('sqlite', { writes })
    told = 0
    writes.watch('item', () => told++)
    await sql`create table item (id integer primary key, name text not null)`.execute(t.db)
    commits = new GroupCommit(t.db)
  })
  afterEach(() => t?.close())

  it('runs a lone unit of work in a transaction of its own at once', async () => {
    await commits.execute((trx) => insert(trx, 'a'))
    expect(await names(t.db)).toEqual(['a'])
    expect(commits.stats()).toEqual({
      transactions: 1,
      members: 1,
      largest: 1,
      rolledBack: 0,
      failedTogether: 0,
      queued: 0,
    })
  })

  it('runs the units that queued meanwhile in one transaction, each seeing what the ones before wrote', async () => {
    const hold = await holdConnection(t.db)
    const seen: string[][] = []
    const units = ['a', 'b', 'c'].map((name) =>
      commits.execute(async (trx) => {
        seen.push(await names(trx))
        await insert(trx, name)
        return name
      }),
    )
    expect(commits.stats().queued).toBe(3)
    hold.release()
    await hold.done
    expect(await Promise.all(units)).toEqual(['a', 'b', 'c'])
    expect(seen).toEqual([[], ['a'], ['a', 'b']])
    expect(await names(t.db)).toEqual(['a', 'b', 'c'])
    expect(commits.stats()).toEqual({
      transactions: 1,
      members: 3,
      largest: 3,
      rolledBack: 0,
      failedTogether: 0,
      queued: 0,
    })
    // @NOTE the committed writes were told to the table's watchers (TableWrites sees through savepoints)
    expect(told).toBeGreaterThan(0)
  })

  it('waits for more units while each turn of the event loop brings one, then runs them together', async () => {
    const units: Promise<unknown>[] = []
    // @NOTE b arrives in the first turn the lone unit waits, c in the second
    setImmediate(() => {
      units.push(commits.execute((trx) => insert(trx, 'b')))
      setImmediate(() => units.push(commits.execute((trx) => insert(trx, 'c'))))
    })
    units.push(commits.execute((trx) => insert(trx, 'a')))
    await new Promise((resolve) => setTimeout(resolve, 50))
    await Promise.all(units)
    expect(await names(t.db)).toEqual(['a', 'b', 'c'])
    expect(commits.stats()).toMatchObject({ transactions: 1, members: 3 })
  })

  it('rolls a failing unit back to its savepoint only: it gets its own error, the others commit', async () => {
    const hold = await holdConnection(t.db)
    const a = commits.execute((trx) => insert(trx, 'a'))
    const b = commits.execute(async (trx) => {
      await insert(trx, 'b')
      throw new Error('b is invalid')
    })
    const c = commits.execute((trx) => insert(trx, 'c'))
    hold.release()
    await expect(b).rejects.toThrow('b is invalid')
    await a
    await c
    expect(await names(t.db)).toEqual(['a', 'c'])
    expect(commits.stats()).toMatchObject({ largest: 3, rolledBack: 1, failedTogether: 0 })
  })

  it('fails every unit when the shared COMMIT fails, and stores nothing of them', async () => {
    // @NOTE a deferred foreign key is checked by COMMIT itself: a real way for a COMMIT to fail
    await sql`create table parent (id integer primary key)`.execute(t.db)
    await sql`create table child (id integer primary key, parent integer references parent (id) deferrable initially deferred)`.execute(
      t.db,
    )
    const hold = await holdConnection(t.db)
    const a = commits.execute((trx) => insert(trx, 'a'))
    const orphan = commits.execute((trx) => sql`insert into child (parent) values (7)`.execute(trx))
    const c = commits.execute((trx) => insert(trx, 'c'))
    hold.release()
    for (const unit of [a, orphan, c]) await expect(unit).rejects.toThrow(/FOREIGN KEY constraint failed/)
    expect(await names(t.db)).toEqual([])
    expect((await sql`select * from child`.execute(t.db)).rows).toEqual([])
    expect(commits.stats()).toMatchObject({ largest: 3, failedTogether: 3 })
    // @NOTE the connection was given back: the next unit runs
    await commits.execute((trx) => insert(trx, 'd'))
    expect(await names(t.db)).toEqual(['d'])
  })

  it('fails a unit left alone when its COMMIT fails, and stores nothing', async () => {
    await sql`create table parent (id integer primary key)`.execute(t.db)
    await sql`create table child (id integer primary key, parent integer references parent (id) deferrable initially deferred)`.execute(
      t.db,
    )
    const lone = commits.execute(async (trx) => {
      await insert(trx, 'a')
      await sql`insert into child (parent) values (7)`.execute(trx)
    })
    await expect(lone).rejects.toThrow(/FOREIGN KEY constraint failed/)
    expect(await names(t.db)).toEqual([])
  })

  it('fails the units that ran when the transaction breaks under them, and runs the rest in the next one', async () => {
    const hold = await holdConnection(t.db)
    const a = commits.execute((trx) => insert(trx, 'a'))
    // @NOTE ends SQLite's transaction behind Kysely's back: the RELEASE after it fails
    const breaker = commits.execute((trx) => sql`rollback`.execute(trx))
    const c = commits.execute((trx) => insert(trx, 'c'))
    hold.release()
    await expect(a).rejects.toThrow(/no such savepoint/)
    await expect(breaker).rejects.toThrow(/no such savepoint/)
    await c
    expect(await names(t.db)).toEqual(['c'])
    expect(commits.stats()).toMatchObject({ transactions: 2, members: 3, failedTogether: 2 })
  })

  it('takes no more than maxMembers units into one transaction', async () => {
    const small = new GroupCommit(t.db, 2)
    const hold = await holdConnection(t.db)
    const units = ['a', 'b', 'c', 'd', 'e'].map((name) => small.execute((trx) => insert(trx, name)))
    hold.release()
    await Promise.all(units)
    expect(await names(t.db)).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(small.stats()).toEqual({
      transactions: 3,
      members: 5,
      largest: 2,
      rolledBack: 0,
      failedTogether: 0,
      queued: 0,
    })
  })

  it('leaves no gap in the seqs and no event of a unit rolled back to its savepoint', async () => {
    const sequencer = new Sequencer(t.db, 'sqlite')
    const hold = await holdConnection(t.db)
    const trxs: Database[] = []
    const unit = (did: string, fail = false) =>
      commits.execute(async (trx) => {
        trxs.push(trx)
        await sequencer.account(trx, did, { active: true })
        if (fail) throw new Error('rolled back')
      })
    const units = [unit('did:a'), unit('did:b', true), unit('did:c')]
    hold.release()
    const settled = await Promise.allSettled(units)
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    const log = await sequencer.eventsAfter(0, 10)
    expect(log.map((e) => [e.seq, e.did])).toEqual([
      [1, 'did:a'],
      [2, 'did:c'],
    ])
    // @NOTE each unit had its own transaction object: the events appended in it are its own
    expect(sequencer.committedIn(trxs[0] as Database).map((e) => e.seq)).toEqual([1])
    expect(sequencer.committedIn(trxs[2] as Database).map((e) => e.seq)).toEqual([2])
  })
})

describe.each(dialects())('transactionsFor (%s)', (dialect) => {
  let t: TestDatabase

  beforeEach(async () => {
    t = await openTestDatabase(dialect, { writes: new TableWrites() })
    const id = dialect === 'postgres' ? sql`id serial primary key` : sql`id integer primary key`
    await sql`create table item (${id}, name text not null)`.execute(t.db)
  })
  afterEach(() => t?.close())

  it('commits what succeeds and nothing of what fails, each unit on its own', async () => {
    const transactions = transactionsFor(t.db, dialect)
    const results = await Promise.allSettled([
      transactions.execute((trx) => insert(trx, 'a')),
      transactions.execute(async (trx) => {
        await insert(trx, 'b')
        throw new Error('b is invalid')
      }),
      transactions.execute((trx) => insert(trx, 'c')),
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect((await names(t.db)).sort()).toEqual(['a', 'c'])
  })

  it('groups on SQLite only: PostgreSQL keeps a transaction (and connection) per unit', async () => {
    const transactions = transactionsFor(t.db, dialect)
    let open = 0
    let most = 0
    let release = () => {}
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    const units = [1, 2].map(() =>
      transactions.execute(async (trx) => {
        open++
        most = Math.max(most, open)
        if (open === 2) release()
        await Promise.race([gate, new Promise((resolve) => setTimeout(resolve, 200))])
        await insert(trx, 'x')
        open--
      }),
    )
    await Promise.all(units)
    expect(most).toBe(dialect === 'postgres' ? 2 : 1)
    // @NOTE the second unit arrived before the first had the connection, so it joined it
    expect(transactions.stats?.()).toEqual(
      dialect === 'sqlite'
        ? { transactions: 1, members: 2, largest: 2, rolledBack: 0, failedTogether: 0, queued: 0 }
        : undefined,
    )
  })
})
