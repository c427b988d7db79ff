import type { Kysely } from 'kysely'

/** Uploaded blobs (temporary until a record references them) and which records reference which. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('blob')
    .addColumn('did', 'text', (c) => c.notNull())
    .addColumn('cid', 'text', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    // @NOTE set while the bytes are still in temp storage; null once a commit made them permanent
    .addColumn('temp_key', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('takedown_ref', 'text')
    .addPrimaryKeyConstraint('blob_pkey', ['did', 'cid'])
    .execute()
  await db.schema.createIndex('blob_temp_idx').on('blob').columns(['temp_key', 'created_at']).execute()

  await db.schema
    .createTable('record_blob')
    .addColumn('record_uri', 'text', (c) => c.notNull())
    .addColumn('blob_cid', 'text', (c) => c.notNull())
    .addColumn('did', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('record_blob_pkey', ['record_uri', 'blob_cid'])
    .execute()
  // @NOTE GC asks "does anything still reference this blob?" by account and CID
  await db.schema.createIndex('record_blob_did_cid_idx').on('record_blob').columns(['did', 'blob_cid']).execute()
}

/** Drops what {@link up} created. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('record_blob').execute()
  await db.schema.dropTable('blob').execute()
}
