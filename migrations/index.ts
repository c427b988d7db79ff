/**
 * Every migration, in order. Explicit (no directory scan) so bundlers and type-checking
 * see them all. Add `NNNN-<what>.ts` here and update `src/db/schema.ts` in the same commit.
 *
 * @module
 */
import type { Kysely, Migration } from 'kysely'
import * as init from './0001-init.js'
import * as accounts from './0002-accounts.js'
import * as repo from './0003-repo.js'
import * as sequencer from './0004-sequencer.js'
import * as blobs from './0005-blobs.js'
import * as emailTokens from './0006-email-tokens.js'
import * as mail from './0007-mail.js'
import * as lifecycle from './0008-lifecycle.js'
import * as proxy from './0009-proxy.js'
import * as oauth from './0011-oauth.js'
import * as admin from './0012-admin.js'
import * as repoImport from './0014-repo-import.js'
import * as signingKeyReservation from './0015-signing-key-reservation.js'

/** The SQL dialect a migration writes for, where the two differ (byte columns, locks). */
export type MigrationDialect = 'sqlite' | 'postgres'

interface MigrationModule {
  up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void>
  down?(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void>
}

const MODULES: Readonly<Record<string, MigrationModule>> = {
  '0001-init': init,
  '0002-accounts': accounts,
  '0003-repo': repo,
  '0004-sequencer': sequencer,
  '0005-blobs': blobs,
  '0006-email-tokens': emailTokens,
  '0007-mail': mail,
  '0008-lifecycle': lifecycle,
  '0009-proxy': proxy,
  '0011-oauth': oauth,
  '0012-admin': admin,
  '0014-repo-import': repoImport,
  '0015-signing-key-reservation': signingKeyReservation,
}

/**
 * The migrations for Kysely's `Migrator`, bound to a dialect.
 *
 * @example
 * new Migrator({ db, provider: { getMigrations: async () => migrationsFor('sqlite') } })
 */
export function migrationsFor(dialect: MigrationDialect): Record<string, Migration> {
  const bound: Record<string, Migration> = {}
  for (const [name, module] of Object.entries(MODULES)) {
    const { down } = module
    bound[name] = {
      up: (db) => module.up(db, dialect),
      down: down ? (db) => down(db, dialect) : undefined,
    }
  }
  return bound
}
