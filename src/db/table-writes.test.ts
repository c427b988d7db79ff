import SqliteDatabase from 'better-sqlite3'
import { Kysely, SqliteDialect, sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TableWrites } from './table-writes.js'

interface Schema {
  account: { did: string; handle: string }
  other: { id: number }
}

describe('TableWrites', () => {
  let writes: TableWrites
  let db: Kysely<Schema>
  let told: string[]

  beforeEach(async () => {
    writes = new TableWrites()
    db = new Kysely<Schema>({ dialect: writes.wrap(new SqliteDialect({ database: new SqliteDatabase(':memory:') })) })
    await sql`create table account (did text primary key, handle text)`.execute(db)
    await sql`create table other (id integer primary key)`.execute(db)
    told = []
    writes.watch('account', () => told.push('account'))
  })
  afterEach(() => db.destroy())

  it('tells of an insert, an update and a delete outside a transaction', async () => {
    await db.insertInto('account').values({ did: 'did:x', handle: 'a' }).execute()
    await db.updateTable('account').set({ handle: 'b' }).where('did', '=', 'did:x').execute()
    await db.deleteFrom('account').where('did', '=', 'did:x').execute()
    expect(told.length).toBe(6)
  })

  it('does not tell of reads, nor of writes to tables nobody watches', async () => {
    await db.selectFrom('account').selectAll().execute()
    await db.insertInto('other').values({ id: 1 }).execute()
    expect(told).toEqual([])
  })

  it('tells of a write in a transaction again around its commit', async () => {
    const phases: string[] = []
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('account').set({ handle: 'c' }).where('did', '=', 'did:y').execute()
      phases.push(`after the statement: ${told.length}`)
    })
    phases.push(`after the commit: ${told.length}`)
    expect(phases).toEqual(['after the statement: 1', 'after the commit: 3'])
  })

  it('does not tell again when the transaction rolls back', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('account').values({ did: 'did:z', handle: 'z' }).execute()
        throw new Error('abort')
      }),
    ).rejects.toThrow('abort')
    expect(told.length).toBe(1)
    expect(await db.selectFrom('account').selectAll().execute()).toEqual([])
  })

  it('stops telling a listener that was unwatched', async () => {
    const stop = writes.watch('account', () => told.push('second'))
    stop()
    await db.insertInto('account').values({ did: 'did:w', handle: 'w' }).execute()
    expect(told).toEqual(['account', 'account'])
  })
})
