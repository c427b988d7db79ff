import type { Kysely } from 'kysely'

/** Single-use codes mailed to an account (confirm email, reset password, delete account...). */
export async function up(db: Kysely<unknown>): Promise<void> {
  // @NOTE one live code per account and purpose: a newer request replaces the older one
  await db.schema
    .createTable('email_token')
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('did', 'text', (c) => c.notNull().references('account.did').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('email_token_pkey', ['purpose', 'did'])
    .execute()
  // @NOTE resetPassword names no account: its code is found by purpose and hash
  await db.schema.createIndex('email_token_hash_idx').on('email_token').columns(['purpose', 'token_hash']).execute()
}

/** Drops what {@link up} created. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('email_token').execute()
}
