import { AccountService } from '#src/account/account-service.js'
import { SessionService } from '#src/auth/sessions.js'
import { TokenSigner } from '#src/auth/tokens.js'
import { AuthVerifier } from '#src/auth/verifier.js'
import type { Config } from '#src/config.js'
import { createDatabase, type Database, migrateToLatest } from '#src/db/database.js'
import { createIdentity, type Identity } from '#src/identity/index.js'
import { createLogger, type Logger } from '#src/logger.js'
import { createRepoService, type RepoService } from '#src/repo/repo-service.js'
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
  /** The PLC directory client and DID resolution. */
  readonly identity: Identity
  /** Hosted accounts: creation, lookup, login, repo signing keys. */
  readonly accounts: AccountService
  /** Login sessions: issuing, rotating and revoking session tokens. */
  readonly sessions: SessionService
  /** The auth verifiers handlers name (`accessStandard`, `refresh`, `optional`, `adminBasic`). */
  readonly auth: AuthVerifier
  /** The repo engine: signed repositories, record reads and CAR exports. */
  readonly repos: RepoService
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
  const identity = createIdentity(config.didPlcUrl)
  const tokens = new TokenSigner({ secret: secrets.jwtSecret, serviceDid: config.serviceDid })
  const repos = createRepoService(db, { dialect: config.database.dialect })
  const accounts = new AccountService({ db, config, secrets, identity, logger, repos })
  let closing: Promise<void> | undefined
  return Object.freeze({
    config,
    logger,
    db,
    secrets,
    identity,
    accounts,
    sessions: new SessionService(db, tokens),
    auth: new AuthVerifier(tokens, secrets.adminPassword),
    repos,
    close() {
      closing ??= db.destroy()
      return closing
    },
  })
}
