import type { Kysely } from 'kysely'
import type { MigrationDialect } from './index.js'

/** The admin audit log, accounts barred from invite codes, and the web dashboard's sign-in sessions. */
export async function up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void> {
  await db.schema
    .createTable('admin_audit')
    .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
      dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    // @NOTE `admin` (the password) or `mod_service`; `actor` is `admin` or the service's DID
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    // @NOTE `xrpc` or `web`: where the action came in
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    // @NOTE JSON: the facts that changed (before/after), never a secret
    .addColumn('detail', 'text')
    .addColumn('ip', 'text')
    .execute()
  await db.schema.createIndex('admin_audit_subject_idx').on('admin_audit').columns(['subject', 'id']).execute()

  await db.schema
    .createTable('account_invites_disabled')
    .addColumn('did', 'text', (c) => c.primaryKey().references('account.did').onDelete('cascade'))
    .addColumn('disabled_at', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute()

  await db.schema
    .createTable('admin_web_session')
    // @NOTE the SHA-256 of the cookie's value: a database dump does not sign anyone in
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute()
}

/** Drops what {@link up} created. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('admin_web_session').execute()
  await db.schema.dropTable('account_invites_disabled').execute()
  await db.schema.dropTable('admin_audit').execute()
}
