import type { Kysely } from 'kysely'
import type { MigrationDialect } from './index.js'

/**
 * Repo signing keys reserved ahead of use (com.atproto.server.reserveSigningKey): for an
 * account moving here, whose PLC operation must name its new key before the account exists,
 * and for a key rotation, whose new key must be held before the DID document names it.
 */
export async function up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void> {
  const bytes = dialect === 'postgres' ? 'bytea' : 'blob'
  await db.schema
    .createTable('signing_key_reservation')
    // @NOTE the did:key of the reserved key: what a DID document names, so a key reserved
    // without a DID is found by the document that came to name it
    .addColumn('key_did', 'text', (c) => c.primaryKey())
    // @NOTE at most one reservation per DID: asking again answers the same key
    .addColumn('did', 'text', (c) => c.unique())
    // encrypted like account_key.private_key, with key_did as associated data
    .addColumn('private_key', bytes, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('signing_key_reservation_expires_at_idx')
    .on('signing_key_reservation')
    .column('expires_at')
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('signing_key_reservation').execute()
}
