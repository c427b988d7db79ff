import type { Kysely } from 'kysely'
import type { MigrationDialect } from './index.js'

/**
 * Staging for com.atproto.repo.importRepo: a CAR's blocks land here as they stream in, are
 * checked from here, and move into the repo tables in one transaction; nothing of a failed
 * import ever reaches them.
 */
export async function up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void> {
  const bytes = dialect === 'postgres' ? 'bytea' : 'blob'
  await db.schema
    .createTable('import_block')
    .addColumn('import_id', 'text', (c) => c.notNull())
    .addColumn('cid', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', bytes, (c) => c.notNull())
    // @NOTE set by the walk of the tree: only reachable blocks are kept
    .addColumn('reachable', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('import_block_pkey', ['import_id', 'cid'])
    .execute()
  await db.schema
    .createTable('import_record')
    .addColumn('import_id', 'text', (c) => c.notNull())
    .addColumn('uri', 'text', (c) => c.notNull())
    .addColumn('cid', 'text', (c) => c.notNull())
    .addColumn('collection', 'text', (c) => c.notNull())
    .addColumn('rkey', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_record_pkey', ['import_id', 'uri'])
    .execute()
  await db.schema
    .createTable('import_record_blob')
    .addColumn('import_id', 'text', (c) => c.notNull())
    .addColumn('record_uri', 'text', (c) => c.notNull())
    .addColumn('blob_cid', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_record_blob_pkey', ['import_id', 'record_uri', 'blob_cid'])
    .execute()
}

/** Drops what {@link up} created. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['import_record_blob', 'import_record', 'import_block'])
    await db.schema.dropTable(table).execute()
}
