import type { Kysely } from 'kysely'

/**
 * AppView preferences held by the PDS, the seen `jti`s of inbound service-auth tokens,
 * and the index read-after-write reads records by.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // @NOTE one row per preference object, in the order the client gave them
  await db.schema
    .createTable('account_pref')
    .addColumn('did', 'text', (c) => c.notNull().references('account.did').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('value_json', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('account_pref_pkey', ['did', 'position'])
    .execute()
  // @NOTE a token is accepted once: its (iss, jti) row exists until the token has expired
  await db.schema
    .createTable('service_auth_jti')
    .addColumn('iss', 'text', (c) => c.notNull())
    .addColumn('jti', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('service_auth_jti_pkey', ['iss', 'jti'])
    .execute()
  await db.schema.createIndex('service_auth_jti_expires_idx').on('service_auth_jti').column('expires_at').execute()
  await db.schema.createIndex('record_did_rev_idx').on('record').columns(['did', 'repo_rev']).execute()
}

/** Drops what {@link up} created. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('record_did_rev_idx').execute()
  await db.schema.dropTable('service_auth_jti').execute()
  await db.schema.dropTable('account_pref').execute()
}
