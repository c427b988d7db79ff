import type { Kysely } from 'kysely'
import type { MigrationDialect } from './index.js'

/** The firehose's durable event log and the counter that numbers it. */
export async function up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void> {
  const bytes = dialect === 'postgres' ? 'bytea' : 'blob'
  // @NOTE seq is taken from repo_seq_counter, not a sequence/autoincrement: the counter row is
  // updated in the event's own transaction, so a rolled-back write gives its number back (no
  // gaps) and the row lock orders every writer, so seq order is commit order and a reader
  // never sees seq n+1 before seq n is visible
  await db.schema
    .createTable('repo_seq')
    .addColumn('seq', 'bigint', (c) => c.primaryKey())
    .addColumn('did', 'text', (c) => c.notNull())
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('event', bytes, (c) => c.notNull())
    .addColumn('sequenced_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('repo_seq_sequenced_at_idx').on('repo_seq').column('sequenced_at').execute()
  await db.schema.createIndex('repo_seq_did_idx').on('repo_seq').column('did').execute()

  await db.schema
    .createTable('repo_seq_counter')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .execute()
  await db
    .insertInto('repo_seq_counter' as never)
    .values({ id: 1, seq: 0 } as never)
    .execute()
}

/** Drops what {@link up} created. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('repo_seq_counter').execute()
  await db.schema.dropTable('repo_seq').execute()
}
