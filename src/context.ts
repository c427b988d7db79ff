import { AccountEmail } from '#src/account/account-email.js'
import { AccountService } from '#src/account/account-service.js'
import { CLEANUP_INTERVAL_MS, Cleanup } from '#src/account/cleanup.js'
import { configureHashQueue } from '#src/account/hash-queue.js'
import { HOSTED_REPO_CACHE_MS, HostedRepoCache } from '#src/account/hosted-repo-cache.js'
import { AccountLifecycle } from '#src/account/lifecycle.js'
import { AdminService } from '#src/admin/admin-service.js'
import { Availability } from '#src/admin/availability.js'
import { AppPasswordService } from '#src/auth/app-passwords.js'
import { createOAuthServer, type OAuthServer } from '#src/auth/oauth/index.js'
import { ServiceAuthVerifier } from '#src/auth/service-auth.js'
import { SessionService } from '#src/auth/sessions.js'
import { TokenSigner } from '#src/auth/tokens.js'
import { AuthVerifier } from '#src/auth/verifier.js'
import { BlobService } from '#src/blobstore/blob-service.js'
import { createBlobStore } from '#src/blobstore/index.js'
import type { Config } from '#src/config.js'
import { prepareDataDirectory } from '#src/data-directory.js'
import { createDatabase, type Database, migrateToLatest } from '#src/db/database.js'
import { createSnapshots } from '#src/db/snapshots.js'
import { TableWrites } from '#src/db/table-writes.js'
import { createIdentity, type Identity } from '#src/identity/index.js'
import { createLimits, type Limits } from '#src/limits/index.js'
import { createLogger, type Logger } from '#src/logger.js'
import { Mailer, type MailerOptions } from '#src/mail/mailer.js'
import { type OutboundPolicy, SafeFetcher } from '#src/net/safe-fetch.js'
import { ProxyService } from '#src/proxy/proxy-service.js'
import { createRepoService, type RepoService } from '#src/repo/repo-service.js'
import { loadSecrets, type Secrets } from '#src/secrets.js'
import { Crawlers } from '#src/sequencer/crawlers.js'
import { Firehose, type FirehoseOptions } from '#src/sequencer/firehose.js'
import { PgLogListener } from '#src/sequencer/log-listener.js'
import { startRetention } from '#src/sequencer/retention.js'
import { Sequencer } from '#src/sequencer/sequencer.js'

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
  /** Deactivation, activation, status and deletion of accounts. */
  readonly lifecycle: AccountLifecycle
  /** The background cleanup of expired sessions, email codes and accounts due for deletion. */
  readonly cleanup: Cleanup
  /** App passwords: creating, listing, revoking (with their sessions), checking at login. */
  readonly appPasswords: AppPasswordService
  /** The auth verifiers handlers name (`accessStandard`, `refresh`, `optional`, `adminBasic`). */
  readonly auth: AuthVerifier
  /** The repo engine: signed repositories, record reads and CAR exports. */
  readonly repos: RepoService
  /** Blobs: uploads, their links to records, reads and garbage collection. */
  readonly blobs: BlobService
  /** The durable firehose event log (`repo_seq`), appended in the transaction of each change. */
  readonly sequencer: Sequencer
  /** The subscribeRepos fan-out: one reader of the log per process, shared by every subscriber. */
  readonly firehose: Firehose
  /** Asks the relays in `PDS_CRAWLERS` to crawl us (on listen, and on activity after a quiet spell). */
  readonly crawlers: Crawlers
  /** Outgoing mail: queued in the caller's transaction (durable outbox), sent in the background. */
  readonly mail: Mailer
  /** The email flows of accounts: confirm, change, password reset, deletion code, sign-in codes. */
  readonly accountEmail: AccountEmail
  /**
   * The SSRF-safe fetch for every URL a user can influence: https and public addresses only
   * (both relaxed in development mode), checked at connect time, with time and size limits.
   */
  readonly outbound: SafeFetcher
  /** The OAuth authorization server: clients, pushed requests, token families, DPoP, devices. */
  readonly oauth: OAuthServer
  /** Takedowns and deactivation: what every read path may serve, and who may write (src/admin/availability.ts). */
  readonly availability: Availability
  /** Administration: account and subject status, handles, passwords, invites, each written to the audit log. */
  readonly admin: AdminService
  /** Client IPs behind trusted proxies, IP access rules, rate limits, WebSocket caps. */
  readonly limits: Limits
  /** Forwarding of the methods we do not serve (AppView, chat, moderation), with service auth and read-after-write. */
  readonly proxy: ProxyService
  /** Inbound service-auth JWTs (uploadBlob by another service, createAccount moving a DID in), each accepted once. */
  readonly serviceAuth: ServiceAuthVerifier
  /** Releases what the context holds (database connections). Call once, after the HTTP server stopped. */
  close(): Promise<void>
}

/** Options for {@link createAppContext}, mostly for tests. */
export interface AppContextOptions {
  /** A logger to use instead of one built from the config. */
  readonly logger?: Logger
  /** Firehose tuning (window size, poll interval), for tests. */
  readonly firehose?: FirehoseOptions
  /** How often the blob GC runs in the background (default 10 minutes; 0: never). */
  readonly blobGcIntervalMs?: number
  /** Outbox sender tuning (poll interval, retry back-off), for tests. */
  readonly mail?: MailerOptions
  /** Outbound policy overrides (tests: a DNS lookup, trusted CAs). */
  readonly outboundPolicy?: Partial<OutboundPolicy>
  /** DNS servers for handle and Lexicon resolution instead of the system's (tests: a loopback responder). */
  readonly dnsServers?: readonly string[]
  /** How often the account cleanup runs in the background (default 1 hour; 0: never). */
  readonly cleanupIntervalMs?: number
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
  prepareDataDirectory(config.dataDirectory, logger)
  configureHashQueue({
    concurrency: config.bounds.passwordHashConcurrency,
    maxQueued: config.bounds.passwordHashQueueSize,
  })
  const secrets = await loadSecrets(config)
  const writes = new TableWrites()
  const db = createDatabase(config.database, logger, writes)
  try {
    const results = await migrateToLatest(db, config.database)
    for (const { migrationName } of results) logger.info({ migration: migrationName }, 'applied database migration')
  } catch (err) {
    await db.destroy()
    throw err
  }
  let limits: Limits
  try {
    limits = await createLimits(config, logger)
  } catch (err) {
    await db.destroy()
    throw err
  }
  const outbound = new SafeFetcher({
    allowHttp: config.devMode,
    allowPrivateAddresses: config.devMode,
    trustedOrigins: [config.didPlcUrl],
    ...opts.outboundPolicy,
  })
  const identity = createIdentity(config.didPlcUrl, { outbound, dnsServers: opts.dnsServers })
  const tokens = new TokenSigner({ secret: secrets.jwtSecret, serviceDid: config.serviceDid })
  const sequencer = new Sequencer(db, config.database.dialect)
  const wakeups =
    config.database.dialect === 'postgres'
      ? new PgLogListener({
          url: config.database.url,
          schema: config.database.schema,
          self: sequencer.instance,
          logger,
        })
      : undefined
  const firehose = new Firehose(sequencer, logger, {
    maxLagBytes: config.limits.firehoseMaxLagBytes,
    wakeups,
    ...opts.firehose,
  })
  const stopRetention = startRetention(sequencer, { retentionHours: config.firehoseRetentionHours, logger })
  const crawlers = new Crawlers({ hostname: config.hostname, crawlers: config.crawlers, logger })
  // @NOTE with the committed transaction, its events go out without a read of the log
  const committed = (trx?: Database) => {
    if (trx) firehose.publish(sequencer.committedIn(trx))
    else firehose.wake()
    crawlers.onActivity()
  }
  const blobs = new BlobService(db, {
    store: await createBlobStore(config),
    dialect: config.database.dialect,
    logger,
    uploadLimit: config.blobUploadLimit,
    quotas: {
      tempBytes: config.bounds.blobTempQuotaBytes,
      tempCount: config.bounds.blobTempQuotaCount,
      concurrentPerAccount: config.bounds.blobConcurrentUploadsPerAccount,
      concurrent: config.bounds.blobConcurrentUploads,
    },
  })
  const gcInterval = opts.blobGcIntervalMs ?? 10 * 60 * 1000
  if (gcInterval > 0) blobs.startGc(gcInterval)
  const repos = createRepoService(db, {
    onWrites: blobs.onWrites,
    dialect: config.database.dialect,
    snapshots: createSnapshots(db, config.database, { waitMs: config.bounds.exportWaitMs }),
    cacheBytes: config.repoCacheBytes,
    onCommit: sequencer.onCommit,
    afterCommit: committed,
    onImported: (trx, did, commit) => sequencer.sync(trx, did, { ...commit, cid: commit.cid.toString() }),
    // @NOTE accounts is made below; this runs only after start-up
    signingKey: (trx, did) => accounts.currentSigningKey(trx, did),
  })
  const events = {
    identity: sequencer.identity.bind(sequencer),
    account: sequencer.account.bind(sequencer),
    committed,
  }
  const sessions = new SessionService(db, tokens, { logger, dialect: config.database.dialect })
  const appPasswords = new AppPasswordService(db, sessions)
  const accounts = new AccountService({ db, config, secrets, identity, logger, repos, events, appPasswords })
  const encrypted = await accounts.encryptPlaintextKeys()
  if (encrypted > 0) logger.info({ accounts: encrypted }, 'encrypted repo signing keys stored in plaintext')
  const lifecycle = new AccountLifecycle({
    db,
    dialect: config.database.dialect,
    sequencer,
    accounts,
    blobs,
    dids: identity.dids,
    publicUrl: config.publicUrl,
    logger,
    evictSessions: (did) => sessions.evict(did),
    committed,
    // @NOTE availability is made below; this runs only after start-up
    statusChanged: () => availability.changed(),
  })
  const cleanup = new Cleanup({
    db,
    dialect: config.database.dialect,
    schema: config.database.dialect === 'postgres' ? config.database.schema : undefined,
    sessions,
    lifecycle,
    logger,
  })
  const oauth = createOAuthServer({
    db,
    database: config.database,
    publicUrl: config.publicUrl,
    serviceDid: config.serviceDid,
    secret: secrets.jwtSecret,
    outbound,
    devMode: config.devMode,
    dids: identity.dids,
    dnsServers: opts.dnsServers,
  })
  const cleanupInterval = opts.cleanupIntervalMs ?? CLEANUP_INTERVAL_MS
  if (cleanupInterval > 0) cleanup.start(cleanupInterval)
  const serviceAuth = new ServiceAuthVerifier({ db, serviceDid: config.serviceDid, dids: identity.dids })
  const availability = new Availability(db, accounts, {
    cache: new HostedRepoCache(writes, { ttlMs: HOSTED_REPO_CACHE_MS[config.database.dialect] }),
  })
  const admin = new AdminService({
    db,
    config,
    secrets,
    identity,
    logger,
    accounts,
    lifecycle,
    sequencer,
    repos,
    availability,
    crawlers,
    committed,
    evictSessions: (did) => sessions.evict(did),
    // @NOTE the mailer is made below; these run only after start-up
    mail: { queue: (db, m, now) => mail.queue(db, m, now), wake: () => mail.wake() },
  })
  const proxy = new ProxyService({
    config,
    db,
    logger,
    accounts,
    dids: identity.dids,
    outbound: () => outbound.dispatcher(),
  })
  const mail = new Mailer({ db, config, logger }, opts.mail)
  mail.start()
  const accountEmail = new AccountEmail({ db, mail, sessions })
  let closing: Promise<void> | undefined
  return Object.freeze({
    config,
    logger,
    db,
    secrets,
    identity,
    accounts,
    sessions,
    appPasswords,
    lifecycle,
    cleanup,
    auth: new AuthVerifier(
      tokens,
      secrets.adminPassword,
      sessions,
      {
        modServiceDid: config.modServiceDid,
        serviceAuth,
      },
      { tokens: oauth.tokens, dpop: oauth.dpop },
      config.rateLimitsEnabled,
    ),
    repos,
    blobs,
    sequencer,
    firehose,
    crawlers,
    mail,
    accountEmail,
    outbound,
    oauth,
    availability,
    admin,
    limits,
    proxy,
    serviceAuth,
    close() {
      const firehoseClosed = firehose.close()
      blobs.close()
      cleanup.close()
      stopRetention()
      crawlers.close()
      // @NOTE the mail sender finishes the mail it is sending (and frees the rest) before the database closes
      closing ??= mail
        .close()
        .then(() =>
          Promise.all([
            firehoseClosed,
            outbound.close(),
            proxy.close(),
            db.destroy(),
            limits.close(),
            oauth.dpopReplay.close(),
          ]),
        )
        .then(() => undefined)
      return closing
    },
  })
}
