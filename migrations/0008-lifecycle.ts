import { type Kysely, sql } from 'kysely'

/**
 * Login sessions with ids (so access tokens can be revoked at once), app passwords, and the
 * date a deactivated account asked to be deleted after.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // @NOTE one row per login session; its current refresh token id rotates in place, and the
  // previous one is remembered for the grace, so reuse of an older token is recognised
  await db.schema
    .createTable('auth_session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('did', 'text', (c) => c.notNull().references('account.did').onDelete('cascade'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('app_password_name', 'text')
    .addColumn('refresh_id', 'text', (c) => c.notNull())
    .addColumn('previous_refresh_id', 'text')
    .addColumn('previous_valid_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('auth_session_did_idx').on('auth_session').columns(['did', 'app_password_name']).execute()
  await db.schema.createIndex('auth_session_expires_at_idx').on('auth_session').column('expires_at').execute()

  // @NOTE live refresh tokens become sessions named after themselves, so tokens issued before
  // this migration keep working (a token without a session id is looked up by its jti)
  await sql`
    insert into auth_session (id, did, scope, refresh_id, created_at, expires_at)
    select id, did, 'com.atproto.access', id, expires_at, expires_at from refresh_token where next_id is null
  `.execute(db)
  await db.schema.dropTable('refresh_token').execute()

  await db.schema
    .createTable('app_password')
    .addColumn('did', 'text', (c) => c.notNull().references('account.did').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_scrypt', 'text', (c) => c.notNull())
    .addColumn('privileged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('app_password_pkey', ['did', 'name'])
    .execute()
  // @NOTE login finds an app password by its did-salted hash
  await db.schema.createIndex('app_password_hash_idx').on('app_password').columns(['did', 'password_scrypt']).execute()

  await db.schema.alterTable('account').addColumn('delete_after', 'text').execute()
}

/** Undoes {@link up} (sessions are lost: the old table cannot hold their ids). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('account').dropColumn('delete_after').execute()
  await db.schema.dropTable('app_password').execute()
  await db.schema.dropTable('auth_session').execute()
  await db.schema
    .createTable('refresh_token')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('did', 'text', (c) => c.notNull().references('account.did').onDelete('cascade'))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('next_id', 'text')
    .execute()
  await db.schema.createIndex('refresh_token_did_idx').on('refresh_token').column('did').execute()
}
