import type { Kysely } from 'kysely'

/** Indexes the repo engine needs beyond 0001: finding records by CID. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // @NOTE two records may share a CID (same content); before a commit deletes a record
  // block that left the tree, the engine checks no other record still points at it
  await db.schema.createIndex('record_did_cid_idx').on('record').columns(['did', 'cid']).execute()
}

/** Drops what {@link up} created. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('record_did_cid_idx').execute()
}
