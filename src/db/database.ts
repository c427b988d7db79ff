import SqliteDatabase from 'better-sqlite3'
import { CamelCasePlugin, Kysely, type MigrationResult, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely'
import type pg from 'pg'
import { migrationsFor } from '#migrations/index.js'
import type { DatabaseConfig } from '#src/config.js'
import { prepareDatabaseFile } from '#src/data-directory.js'
import type { Logger } from '#src/logger.js'
import type { DatabaseSchema } from './schema.js'
import type { TableWrites } from './table-writes.js'

/** The typed Kysely instance every store uses. `db.destroy()` closes it. */
export type Database = Kysely<DatabaseSchema>

/** A migration failed; the database is left at the last migration that succeeded. */
export class MigrationFailedError extends Error {
  constructor(
    readonly migration: string | undefined,
    options: ErrorOptions,
  ) {
    const cause = options.cause instanceof Error ? options.cause.message : String(options.cause)
    super(`Database migration ${migration ?? '(setup)'} failed: ${cause}`, options)
    this.name = 'MigrationFailedError'
  }
}

/**
 * Opens the configured database: SQLite (WAL, foreign keys on, busy timeout) or a
 * PostgreSQL pool. Connections open lazily, on the first query. With `writes`, committed
 * writes are told to it (what keeps caches of rows exact, see {@link TableWrites}).
 *
 * @example
 * const db = createDatabase({ dialect: 'sqlite', location: './data/pds.sqlite' }, logger)
 * await migrateToLatest(db, config.database)
 * const roots = await db.selectFrom('repoRoot').selectAll().execute()
 * await db.destroy()
 */
export function createDatabase(config: DatabaseConfig, logger?: Logger, writes?: TableWrites): Database {
  const dialect = createDialect(config, logger)
  return new Kysely<DatabaseSchema>({
    dialect: writes ? writes.wrap(dialect) : dialect,
    plugins: [new CamelCasePlugin()],
  })
}

function createDialect(config: DatabaseConfig, logger: Logger | undefined) {
  if (config.dialect === 'sqlite') {
    return new SqliteDialect({
      database: async () => {
        // @NOTE the file holds the (encrypted) signing keys: 0600 in a 0700 directory
        prepareDatabaseFile(config.location, logger)
        const db = new SqliteDatabase(config.location)
        // @NOTE WAL lets readers run beside the single writer; busy_timeout waits out a
        // second process (a migration, a backup) instead of failing with SQLITE_BUSY
        db.pragma('journal_mode = WAL')
        // @NOTE FULL syncs the WAL at every commit, so an acknowledged write survives a power
        // loss too, not only a crash of the process
        db.pragma('synchronous = FULL')
        db.pragma('foreign_keys = ON')
        db.pragma('busy_timeout = 5000')
        if (config.cacheBytes !== undefined) db.pragma(`cache_size = ${cacheSizePragma(config.cacheBytes)}`)
        return withStatementCache(db)
      },
    })
  }
  // @NOTE pg is loaded on the first query, and only for PostgreSQL: it costs an SQLite server ~4 MB
  const pool = async (): Promise<pg.Pool> => {
    const { default: postgres } = await import('pg')
    const created = new postgres.Pool({
      connectionString: config.url,
      max: config.poolSize,
      // @NOTE set per connection by the server, so every pooled client sees the same schema
      options: config.schema ? `-c search_path=${config.schema}` : undefined,
    })
    // @NOTE an idle client that loses its connection emits 'error'; unhandled, it would kill the process
    created.on('error', (err) => logger?.error({ err }, 'idle PostgreSQL client failed'))
    return created
  }
  return new PostgresDialect({ pool })
}

/**
 * SQLite's `cache_size` value for a page cache bound in bytes: a negative value counts KiB
 * (a positive one would count pages, whatever their size); 0 leaves SQLite its least, 10 pages.
 *
 * @example
 * db.pragma(`cache_size = ${cacheSizePragma(4 * 1024 * 1024)}`) // cache_size = -4096
 */
export function cacheSizePragma(bytes: number): number {
  return bytes < 1024 ? 0 : -Math.floor(bytes / 1024)
}

/** How many prepared statements one SQLite connection keeps. */
const STATEMENT_CACHE_SIZE = 500

/**
 * Makes `prepare` reuse statements by SQL text. Kysely prepares every query it runs, and
 * preparing costs more than running a simple query; the set of distinct SQL texts a
 * server runs is small and fixed, so a bounded map holds them all.
 */
function withStatementCache(db: SqliteDatabase.Database): SqliteDatabase.Database {
  const prepare = db.prepare.bind(db)
  const cache = new Map<string, SqliteDatabase.Statement>()
  db.prepare = ((source: string) => {
    const cached = cache.get(source)
    // @NOTE a statement still iterating (a streamed read) cannot run a second query at once
    if (cached && !cached.busy) return cached
    const statement = prepare(source)
    if (!cached) {
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string)
      cache.set(source, statement)
    }
    return statement
  }) as typeof db.prepare
  return db
}

/**
 * Applies every pending migration from `migrations/index.ts` (creating the PostgreSQL
 * schema first when one is configured). Throws {@link MigrationFailedError} on failure.
 *
 * @returns what ran, in order
 */
export async function migrateToLatest(db: Database, config: DatabaseConfig): Promise<MigrationResult[]> {
  // @NOTE migrations spell snake_case names themselves, so they run without CamelCasePlugin
  const raw = db.withoutPlugins()
  const schema = config.dialect === 'postgres' ? config.schema : undefined
  try {
    if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(raw)
  } catch (err) {
    throw new MigrationFailedError(undefined, { cause: err })
  }
  const migrator = new Migrator({
    db: raw,
    provider: { getMigrations: async () => migrationsFor(config.dialect) },
    migrationTableSchema: schema,
  })
  const { error, results = [] } = await migrator.migrateToLatest()
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error')
    throw new MigrationFailedError(failed?.migrationName, { cause: error })
  }
  return results
}
