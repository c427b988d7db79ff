import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDatabase, type Database } from '#src/db/database.js'
import { dialects } from '../../test/helpers/db.js'
import { openTestDatabase, type TestDatabase } from '../../test/helpers/test-db.js'
import { claimDueMail, deleteMail, insertMail, rescheduleMail } from './outbox.js'

describe.each(dialects())('mail outbox (%s)', (dialect) => {
  let t: TestDatabase
  let other: Database

  beforeAll(async () => {
    t = await openTestDatabase(dialect)
    // @NOTE a second pool on the same database: another PDS process
    other = createDatabase(t.config)
  })
  afterAll(async () => {
    await other?.destroy()
    await t?.close()
  })

  const mail = (n: number) => ({
    did: null,
    kind: 'notice',
    toAddress: `u${n}@example.com`,
    subject: `mail ${n}`,
    textBody: 'hello',
    htmlBody: '<p>hello</p>',
    expiresAt: new Date(Date.now() + 60_000),
  })
  const clear = () => t.db.deleteFrom('mailOutbox').execute()

  it('gives each due mail to one claimant only, when two processes claim at once', async () => {
    await clear()
    for (let n = 0; n < 30; n++) await insertMail(t.db, mail(n))
    const claims = await Promise.all(
      Array.from({ length: 6 }, (_, i) => claimDueMail(i % 2 ? other : t.db, { leaseMs: 60_000, limit: 10 })),
    )
    const ids = claims.flat().map((row) => row.id)
    expect(new Set(ids).size).toBe(ids.length)
    const rest = await claimDueMail(t.db, { leaseMs: 60_000, limit: 30 })
    expect(new Set([...ids, ...rest.map((row) => row.id)]).size).toBe(30)
  })

  it('leaves a claimed mail alone until its lease ends, then lets another process take it', async () => {
    await clear()
    const id = await insertMail(t.db, mail(1))
    const now = new Date()
    expect((await claimDueMail(t.db, { leaseMs: 1_000, limit: 10 }, now)).map((r) => r.id)).toEqual([id])
    expect(await claimDueMail(other, { leaseMs: 1_000, limit: 10 }, new Date(now.getTime() + 500))).toEqual([])
    const late = await claimDueMail(other, { leaseMs: 1_000, limit: 10 }, new Date(now.getTime() + 1_001))
    expect(late.map((r) => r.id)).toEqual([id])
  })

  it('does not offer a rescheduled mail before its next attempt, and forgets a deleted one', async () => {
    await clear()
    const id = await insertMail(t.db, mail(2))
    const [claimed] = await claimDueMail(t.db, { leaseMs: 60_000, limit: 1 })
    expect(claimed?.attempts).toBe(0)
    const next = new Date(Date.now() + 5_000)
    await rescheduleMail(t.db, id, { attempts: 1, nextAttemptAt: next, lastError: 'ECONNECTION: refused' })
    expect(await claimDueMail(t.db, { leaseMs: 60_000, limit: 1 })).toEqual([])
    const [again] = await claimDueMail(t.db, { leaseMs: 60_000, limit: 1 }, new Date(next.getTime() + 1))
    expect(again).toMatchObject({ id, attempts: 1, lastError: 'ECONNECTION: refused' })
    await deleteMail(t.db, id)
    expect(await claimDueMail(t.db, { leaseMs: 60_000, limit: 1 }, new Date(next.getTime() + 120_000))).toEqual([])
  })
})
