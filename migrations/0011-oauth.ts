import type { Kysely } from 'kysely'

/** The OAuth authorization server: pushed requests, token families, grants, devices, replay cache. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // @NOTE a pushed authorization request (PAR); after consent it carries the code's hash
  await db.schema
    .createTable('oauth_request')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('client_auth', 'text', (c) => c.notNull())
    .addColumn('parameters', 'text', (c) => c.notNull())
    .addColumn('dpop_jkt', 'text')
    .addColumn('device_id', 'text')
    .addColumn('did', 'text')
    .addColumn('code_hash', 'text', (c) => c.unique())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('oauth_request_expires_idx').on('oauth_request').column('expires_at').execute()

  // @NOTE one row per token family: refreshing rotates `refresh_hash`, the row (and its id) stays
  await db.schema
    .createTable('oauth_token')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('did', 'text', (c) => c.notNull().references('account.did').onDelete('cascade'))
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('client_auth', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    // @NOTE the repo:/rpc: scopes the include: scopes of `scope` expanded to when granted
    .addColumn('included', 'text', (c) => c.notNull())
    .addColumn('dpop_jkt', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.unique())
    .addColumn('refresh_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('oauth_token_did_idx').on('oauth_token').columns(['did', 'client_id']).execute()

  // @NOTE refresh tokens already rotated away: presenting one again revokes its family
  await db.schema
    .createTable('oauth_used_refresh')
    .addColumn('refresh_hash', 'text', (c) => c.primaryKey())
    .addColumn('token_id', 'text', (c) => c.notNull().references('oauth_token.id').onDelete('cascade'))
    .execute()

  // @NOTE what an account granted an app, for consent memory and the /account page
  await db.schema
    .createTable('oauth_grant')
    .addColumn('did', 'text', (c) => c.notNull().references('account.did').onDelete('cascade'))
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('oauth_grant_pkey', ['did', 'client_id'])
    .execute()

  // @NOTE accounts signed in on a browser (device cookie), for the account chooser and /account
  await db.schema
    .createTable('oauth_device_account')
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('did', 'text', (c) => c.notNull().references('account.did').onDelete('cascade'))
    .addColumn('authenticated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('oauth_device_account_pkey', ['device_id', 'did'])
    .execute()

  // @NOTE DPoP proof and client assertion `jti`s seen recently, shared by every process
  await db.schema
    .createTable('oauth_replay')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('oauth_replay_expires_idx').on('oauth_replay').column('expires_at').execute()
}

/** Drops what {@link up} created. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'oauth_replay',
    'oauth_device_account',
    'oauth_grant',
    'oauth_used_refresh',
    'oauth_token',
    'oauth_request',
  ]) {
    await db.schema.dropTable(table).execute()
  }
}
