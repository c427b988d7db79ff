import type { Kysely } from 'kysely'

/** The mail outbox (messages waiting for the SMTP server) and the email sign-in factor of accounts. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // @NOTE 0 or 1: when 1, createSession also asks for a code mailed to the account
  await db.schema
    .alterTable('account')
    .addColumn('email_auth_factor', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()

  // @NOTE a row is written in the transaction of the change that causes the mail, and
  // deleted once the SMTP server took it (or the sender gave up), so the plain codes it
  // carries live no longer than the delivery
  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // @NOTE pending mail of an account goes when the account goes
    .addColumn('did', 'text', (c) => c.references('account.did').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('html_body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    // @NOTE the lease of the process sending it; an expired lease (a crash mid-send) frees the row
    .addColumn('claimed_until', 'text')
    .addColumn('last_error', 'text')
    .execute()
  await db.schema.createIndex('mail_outbox_due_idx').on('mail_outbox').columns(['next_attempt_at']).execute()
  await db.schema.createIndex('mail_outbox_did_kind_idx').on('mail_outbox').columns(['did', 'kind']).execute()
}

/** Drops what {@link up} created. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mail_outbox').execute()
  await db.schema.alterTable('account').dropColumn('email_auth_factor').execute()
}
