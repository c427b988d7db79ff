import type { Kysely } from 'kysely'
import type { MigrationDialect } from './index.js'

/** Account signing keys, refresh tokens (with rotation), invite codes. */
export async function up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void> {
  const bytes = dialect === 'postgres' ? 'bytea' : 'blob'

  // @NOTE the private key lives apart from `account` so no `selectAll()` on accounts can carry it out
  await db.schema
    .createTable('account_key')
    .addColumn('did', 'text', (c) => c.primaryKey().references('account.did').onDelete('cascade'))
    .addColumn('private_key', bytes, (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('refresh_token')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('did', 'text', (c) => c.notNull().references('account.did').onDelete('cascade'))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    // @NOTE set once the token is rotated: for a short grace the old token keeps answering with this one
    .addColumn('next_id', 'text')
    .execute()
  await db.schema.createIndex('refresh_token_did_idx').on('refresh_token').column('did').execute()

  await db.schema
    .createTable('invite_code')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('available_uses', 'integer', (c) => c.notNull())
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('for_account', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('invite_code_use')
    .addColumn('code', 'text', (c) => c.notNull().references('invite_code.code'))
    .addColumn('used_by', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('invite_code_use_pkey', ['code', 'used_by'])
    .execute()
}

/** Drops what {@link up} created. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['invite_code_use', 'invite_code', 'refresh_token', 'account_key']) {
    await db.schema.dropTable(table).execute()
  }
}
