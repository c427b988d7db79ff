import type { Kysely } from 'kysely'
import type { MigrationDialect } from './index.js'

/** Accounts, repo roots, repo blocks and the record index. */
export async function up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void> {
  // @NOTE byte columns are `blob` in SQLite and `bytea` in PostgreSQL; both read back as Buffer
  const bytes = dialect === 'postgres' ? 'bytea' : 'blob'

  await db.schema
    .createTable('account')
    .addColumn('did', 'text', (c) => c.primaryKey())
    .addColumn('handle', 'text', (c) => c.unique())
    .addColumn('email', 'text', (c) => c.unique())
    .addColumn('email_confirmed_at', 'text')
    .addColumn('password_scrypt', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('deactivated_at', 'text')
    .addColumn('takedown_ref', 'text')
    .execute()

  await db.schema
    .createTable('repo_root')
    .addColumn('did', 'text', (c) => c.primaryKey())
    .addColumn('cid', 'text', (c) => c.notNull())
    .addColumn('rev', 'text', (c) => c.notNull())
    .addColumn('indexed_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('repo_block')
    .addColumn('did', 'text', (c) => c.notNull())
    .addColumn('cid', 'text', (c) => c.notNull())
    .addColumn('repo_rev', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', bytes, (c) => c.notNull())
    .addPrimaryKeyConstraint('repo_block_pkey', ['did', 'cid'])
    .execute()
  // @NOTE sync.getRepo with `since` and the firehose read a repo's blocks by revision
  await db.schema.createIndex('repo_block_repo_rev_idx').on('repo_block').columns(['did', 'repo_rev', 'cid']).execute()

  await db.schema
    .createTable('record')
    .addColumn('uri', 'text', (c) => c.primaryKey())
    .addColumn('cid', 'text', (c) => c.notNull())
    .addColumn('did', 'text', (c) => c.notNull())
    .addColumn('collection', 'text', (c) => c.notNull())
    .addColumn('rkey', 'text', (c) => c.notNull())
    .addColumn('repo_rev', 'text', (c) => c.notNull())
    .addColumn('indexed_at', 'text', (c) => c.notNull())
    .addColumn('takedown_ref', 'text')
    .execute()
  // @NOTE listRecords pages through one collection of one repo in rkey order
  await db.schema
    .createIndex('record_did_collection_rkey_idx')
    .on('record')
    .columns(['did', 'collection', 'rkey'])
    .execute()
  await db.schema.createIndex('record_repo_rev_idx').on('record').columns(['did', 'repo_rev']).execute()
}

/** Drops what {@link up} created. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['record', 'repo_block', 'repo_root', 'account']) {
    await db.schema.dropTable(table).execute()
  }
}
