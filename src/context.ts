import type { Config } from '#src/config.js'
import { createDatabase, type Database, migrateToLatest } from '#src/db/database.js'
import { createLogger, type Logger } from '#src/logger.js'
import { loadSecrets, type Secrets } from '#src/secrets.js'

/**
 * Everything a handler needs, built once at start-up and shared by all requests.
 * Frozen; services are added here as they are built (repo engine, blobstore, sequencer...).
 */
export interface AppContext {
  readonly config: Config
  readonly logger: Logger
  readonly db: Database
  /** Never log these or return them from an endpoint. */
  readonly secrets: Secrets
  /** Releases what the context holds (database connections). Call once, after the HTTP server stopped. */
  close(): Promise<void>
}

/** Options for {@link createAppContext}, mostly for tests. */
export interface AppContextOptions {
  /** A logger to use instead of one built from the config. */
  readonly logger?: Logger
}

/**
 * Builds the context: logger, secrets (generated on first start), database (migrated to
 * the latest version). A migration failure rejects with a `MigrationFailedError` and
 * leaves nothing open.
 *
 * @example
 * const ctx = await createAppContext(readConfig())
 * try { ... } finally { await ctx.close() }
 */
export async function createAppContext(config: Config, opts: AppContextOptions = {}): Promise<AppContext> {
  const logger = opts.logger ?? createLogger(config)
  const secrets = await loadSecrets(config)
  const db = createDatabase(config.database, logger)
  try {
    const results = await migrateToLatest(db, config.database)
    for (const { migrationName } of results) logger.info({ migration: migrationName }, 'applied database migration')
  } catch (err) {
    await db.destroy()
    throw err
  }
  let closing: Promise<void> | undefined
  return Object.freeze({
    config,
    logger,
    db,
    secrets,
    close() {
      closing ??= db.destroy()
      return closing
    },
  })
}
