import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { DatabaseConfig } from '#src/config.js'
import { createDatabase, type Database, migrateToLatest } from '#src/db/database.js'
import type { TableWrites } from '#src/db/table-writes.js'
import { type Dialect, dropPgSchema, TEST_PG_URL } from './db.js'

/** A migrated database of its own, for tests of storage code without a server. */
export interface TestDatabase {
  db: Database
  dialect: Dialect
  config: DatabaseConfig
  /** Closes the database and removes its file or schema. */
  close(): Promise<void>
}

/**
 * Opens a fresh, migrated database: an SQLite file in a temp dir, or a `t_<random>`
 * PostgreSQL schema (PDS_TEST_PG_URL) dropped on close.
 *
 * @example
 * const { db, close } = await openTestDatabase('sqlite')
 * try { ... } finally { await close() }
 */
export async function openTestDatabase(
  dialect: Dialect,
  opts: { poolSize?: number; writes?: TableWrites } = {},
): Promise<TestDatabase> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pds-db-'))
  const schema = dialect === 'postgres' ? `t_${randomBytes(6).toString('hex')}` : undefined
  const config: DatabaseConfig =
    dialect === 'postgres'
      ? { dialect: 'postgres', url: requirePgUrl(), schema, poolSize: opts.poolSize ?? 5 }
      : { dialect: 'sqlite', location: path.join(dir, 'pds.sqlite') }
  const db = createDatabase(config, undefined, opts.writes)
  const cleanUp = async () => {
    await db.destroy()
    await fs.rm(dir, { recursive: true, force: true })
    if (schema) await dropPgSchema(schema)
  }
  try {
    await migrateToLatest(db, config)
  } catch (err) {
    await cleanUp()
    throw err
  }
  return { db, dialect, config, close: cleanUp }
}

function requirePgUrl(): string {
  if (!TEST_PG_URL) throw new Error('dialect postgres needs PDS_TEST_PG_URL')
  return TEST_PG_URL
}
