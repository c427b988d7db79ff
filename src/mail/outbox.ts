/**
 * The durable outbox (`mail_outbox`): mail is written in the transaction of the change
 * that causes it, then claimed, sent and deleted by a background sender. Claims are leases
 * taken with a compare-and-set update, so several processes on one PostgreSQL never send
 * the same row at once, and a row whose sender died is claimed again once its lease ends.
 *
 * @module
 */
import { randomUUID } from 'node:crypto'
import type { ExpressionBuilder, Kysely } from 'kysely'
import type { DatabaseSchema, MailOutboxTable } from '#src/db/schema.js'

type Executor = Kysely<DatabaseSchema>

/** A row of the outbox. */
export type OutboxMail = MailOutboxTable

/** What {@link insertMail} needs: the rendered mail and when to give up on it. */
export interface NewOutboxMail {
  did: string | null
  kind: string
  toAddress: string
  subject: string
  textBody: string
  htmlBody: string
  expiresAt: Date
}

/** Queues a mail (in the caller's transaction, when `db` is one); due at once. Returns its id. */
export async function insertMail(db: Executor, mail: NewOutboxMail, now = new Date()): Promise<string> {
  const id = randomUUID()
  await db
    .insertInto('mailOutbox')
    .values({
      ...mail,
      id,
      expiresAt: mail.expiresAt.toISOString(),
      createdAt: now.toISOString(),
      attempts: 0,
      nextAttemptAt: now.toISOString(),
      claimedUntil: null,
      lastError: null,
    })
    .execute()
  return id
}

/**
 * Deletes the unsent mails of `kind` to `did`: a newer code replaced the one they carry,
 * so they could only confuse. @NOTE one being sent right now may still go; its sender
 * finds no row to update afterwards, which is harmless.
 */
export async function dropPendingMail(db: Executor, did: string, kind: string): Promise<void> {
  await db.deleteFrom('mailOutbox').where('did', '=', did).where('kind', '=', kind).execute()
}

const unclaimed = (now: string) => (eb: ExpressionBuilder<DatabaseSchema, 'mailOutbox'>) =>
  eb.or([eb('claimedUntil', 'is', null), eb('claimedUntil', '<=', now)])

/**
 * Claims up to `limit` due mails for `leaseMs`: each is taken by an update that only
 * matches while nobody else holds it, so of two racing processes one wins each row.
 */
export async function claimDueMail(
  db: Executor,
  opts: { leaseMs: number; limit: number },
  now = new Date(),
): Promise<OutboxMail[]> {
  const at = now.toISOString()
  const leaseEnd = new Date(now.getTime() + opts.leaseMs).toISOString()
  const claimed: OutboxMail[] = []
  // @NOTE a process that lost every row of its pick to others looks again, so it does not
  // stop sending while mail is still due
  for (let round = 0; round < 5 && claimed.length === 0; round++) {
    const due = await db
      .selectFrom('mailOutbox')
      .select('id')
      .where('nextAttemptAt', '<=', at)
      .where(unclaimed(at))
      .orderBy('nextAttemptAt')
      .limit(opts.limit)
      .execute()
    if (due.length === 0) break
    for (const { id } of due) {
      const row = await db
        .updateTable('mailOutbox')
        .set({ claimedUntil: leaseEnd })
        .where('id', '=', id)
        .where(unclaimed(at))
        .returningAll()
        .executeTakeFirst()
      if (row) claimed.push({ ...row, attempts: Number(row.attempts) })
    }
  }
  return claimed
}

/** Deletes a mail (sent, or given up on). */
export async function deleteMail(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('mailOutbox').where('id', '=', id).execute()
}

/** Records a failed attempt and frees the row until `nextAttemptAt`. */
export async function rescheduleMail(
  db: Executor,
  id: string,
  failure: { attempts: number; nextAttemptAt: Date; lastError: string },
): Promise<void> {
  await db
    .updateTable('mailOutbox')
    .set({
      attempts: failure.attempts,
      nextAttemptAt: failure.nextAttemptAt.toISOString(),
      lastError: failure.lastError,
      claimedUntil: null,
    })
    .where('id', '=', id)
    .execute()
}

/** Gives back claimed rows not attempted (the process is stopping), so another sender takes them at once. */
export async function releaseMail(db: Executor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return
  await db.updateTable('mailOutbox').set({ claimedUntil: null }).where('id', 'in', ids).execute()
}
