import path from 'node:path'
import {
  ConfigError,
  type Environment,
  envBoolean,
  envHex,
  envInteger,
  envList,
  envString,
  envUrl,
} from './config-env.js'
import { type LimitsConfig, readLimitsConfig } from './config-limits.js'
import { type ProxyConfig, readProxyConfig } from './config-proxy.js'

export { ConfigError } from './config-env.js'
export type { AppViewService, ProxyConfig, UpstreamService } from './config-proxy.js'

/** The pino levels `LOG_LEVEL` accepts. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

/** One of {@link LOG_LEVELS}. */
export type LogLevel = (typeof LOG_LEVELS)[number]

/** Where the data lives: an SQLite file (the default) or a PostgreSQL database. */
export type DatabaseConfig =
  | {
      readonly dialect: 'sqlite'
      /** Path of the SQLite file; its directory is created on start. */
      readonly location: string
      /**
       * `PDS_SQLITE_CACHE_BYTES`: the most page cache the server's connection keeps (SQLite's
       * `cache_size`, rounded down to KiB); unset here, better-sqlite3's build default (16 MB).
       */
      readonly cacheBytes?: number
    }
  | {
      readonly dialect: 'postgres'
      /** `postgres://` or `postgresql://` connection URL. */
      readonly url: string
      /** Schema to create and use (search_path); unset uses the server's default (`public`). */
      readonly schema?: string
      /** Largest number of pooled connections (the firehose's LISTEN connection is one more, outside the pool). */
      readonly poolSize: number
    }

/** An S3-compatible bucket for blobs (`PDS_BLOBSTORE_S3_*`). */
export interface BlobstoreS3Config {
  /** `PDS_BLOBSTORE_S3_BUCKET` */
  readonly bucket: string
  /** `PDS_BLOBSTORE_S3_REGION` (default `us-east-1`) */
  readonly region: string
  /** `PDS_BLOBSTORE_S3_ENDPOINT`: for anything but AWS (MinIO, R2...). */
  readonly endpoint?: string
  /** `PDS_BLOBSTORE_S3_FORCE_PATH_STYLE`: `<endpoint>/<bucket>/<key>` URLs (MinIO needs them). */
  readonly forcePathStyle: boolean
  /** `PDS_BLOBSTORE_S3_ACCESS_KEY_ID`; unset with the secret: the AWS SDK's default credential chain. */
  readonly accessKeyId?: string
  /** `PDS_BLOBSTORE_S3_SECRET_ACCESS_KEY`. Never log it. */
  readonly secretAccessKey?: string
  /** `PDS_BLOBSTORE_S3_UPLOAD_TIMEOUT_MS`: abandon one request to the store after this long. */
  readonly requestTimeoutMs?: number
}

/** Secrets given by the operator; any left unset is generated once and kept in `<data>/secrets.json`. */
export interface GivenSecrets {
  /** `PDS_JWT_SECRET`: HMAC key for session tokens. */
  readonly jwtSecret?: string
  /** `PDS_ADMIN_PASSWORD`: password of the `admin` basic-auth user. */
  readonly adminPassword?: string
  /** `PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX`: secp256k1 private key (64 hex chars) that rotates our did:plc docs. */
  readonly plcRotationKeyHex?: string
  /** `PDS_REPO_SIGNING_KEY_ENCRYPTION_KEY_HEX`: AES-256 key (64 hex chars) that encrypts repo signing keys at rest. */
  readonly repoKeyEncryptionKeyHex?: string
}

/** Bounds on what one client, or all of them at once, can make the PDS hold or do. */
export interface ResourceBounds {
  /** `PDS_PASSWORD_HASH_CONCURRENCY`: password hashes run at once (default 2). */
  readonly passwordHashConcurrency: number
  /** `PDS_PASSWORD_HASH_QUEUE_SIZE`: password hashes that may wait; past that, 503 (default 64). */
  readonly passwordHashQueueSize: number
  /** `PDS_BLOB_TEMP_QUOTA_BYTES`: bytes of uploads an account may hold that no record references yet (default 1 GiB). */
  readonly blobTempQuotaBytes: number
  /** `PDS_BLOB_TEMP_QUOTA_COUNT`: such uploads an account may hold (default 500). */
  readonly blobTempQuotaCount: number
  /** `PDS_BLOB_CONCURRENT_UPLOADS_PER_ACCOUNT`: uploads one account may stream at once (default 3). */
  readonly blobConcurrentUploadsPerAccount: number
  /** `PDS_BLOB_CONCURRENT_UPLOADS`: uploads the whole server streams at once (default 32). */
  readonly blobConcurrentUploads: number
  /** `PDS_EXPORT_WAIT_MS`: how long a getRepo waits for a free read snapshot; past that, 503 (default 10,000). */
  readonly exportWaitMs: number
}

/**
 * Every setting of the PDS, read once from the environment by {@link readConfig}.
 * Frozen: nothing changes it after start-up.
 */
export interface Config {
  /** `PDS_HOSTNAME`: the public host name of this PDS. */
  readonly hostname: string
  /** `PDS_PORT`: the TCP port the HTTP server listens on. */
  readonly port: number
  /** `PDS_BIND_HOST`: the address to listen on; unset listens on every interface (IPv6 and IPv4). */
  readonly bindHost: string | undefined
  /** The public base URL: `http://localhost:<port>` for localhost, else `https://<hostname>`. */
  readonly publicUrl: string
  /** `PDS_SERVICE_DID`: the DID of this service (default `did:web:<hostname>`). */
  readonly serviceDid: string
  /** `PDS_DATA_DIRECTORY`: where the SQLite file, blobs and generated secrets live. */
  readonly dataDirectory: string
  /** `PDS_DEV_MODE`: development mode (validates handler output, relaxes checks meant for production). */
  readonly devMode: boolean
  /** Validate every handler's output against its Lexicon (default: on in dev mode). */
  readonly validateResponse: boolean
  /** `DATABASE_URL` (+ `PDS_DATABASE_SCHEMA`): the database. */
  readonly database: DatabaseConfig
  /** `PDS_BLOBSTORE_DISK_LOCATION`: directory of the disk blob store. */
  readonly blobstoreDiskLocation: string
  /** `PDS_BLOBSTORE_S3_*`: store blobs in an S3-compatible bucket instead of on disk; unset: on disk. */
  readonly blobstoreS3: BlobstoreS3Config | undefined
  /** `PDS_BLOB_UPLOAD_LIMIT`: largest accepted blob upload, in bytes. */
  readonly blobUploadLimit: number
  /** `PDS_REPO_IMPORT_LIMIT`: largest repo CAR importRepo accepts, in bytes. */
  readonly repoImportLimit: number
  /** `PDS_JSON_BODY_LIMIT`: largest accepted JSON request body, in bytes. */
  readonly jsonLimit: number
  /** `PDS_SERVICE_HANDLE_DOMAINS`: handle suffixes users may register here, each starting with a dot. */
  readonly serviceHandleDomains: readonly string[]
  /** `PDS_INVITE_REQUIRED`: whether account creation needs an invite code. */
  readonly inviteRequired: boolean
  /** `PDS_DID_PLC_URL`: the PLC directory. */
  readonly didPlcUrl: string
  /** `PDS_CRAWLERS`: relays to ask to crawl this PDS. */
  readonly crawlers: readonly string[]
  /** `PDS_FIREHOSE_RETENTION_HOURS`: how long firehose events stay replayable (default 72). */
  readonly firehoseRetentionHours: number
  /** `PDS_RATE_LIMITS_ENABLED`: apply rate limits (default: on, off in development mode). */
  readonly rateLimitsEnabled: boolean
  /** Rate-limit budgets and store, trusted proxies, IP access rules, WebSocket bounds (`src/config-limits.ts`). */
  readonly limits: LimitsConfig
  /**
   * `PDS_EMAIL_SMTP_URL`: SMTP server for outgoing mail. Unset, no mail leaves: in
   * development mode it is logged, in production the flows that need it answer 501.
   */
  readonly emailSmtpUrl: string | undefined
  /** `PDS_EMAIL_FROM_ADDRESS`: the From address of outgoing mail. */
  readonly emailFromAddress: string | undefined
  /** `PDS_PRIVACY_POLICY_URL`: shown by describeServer. */
  readonly privacyPolicyUrl: string | undefined
  /** `PDS_TERMS_OF_SERVICE_URL`: shown by describeServer. */
  readonly termsOfServiceUrl: string | undefined
  /** `PDS_CONTACT_EMAIL_ADDRESS`: shown by describeServer. */
  readonly contactEmailAddress: string | undefined
  /** `LOG_LEVEL`: the least severe level that is logged. */
  readonly logLevel: LogLevel
  /** `PDS_REPO_CACHE_BYTES`: memory for repo blocks and loaded MSTs kept between requests (default 32 MiB; 0: none). */
  readonly repoCacheBytes: number
  /** Resource bounds against floods (issue 13): hashing queue, blob quotas, paging. */
  readonly bounds: ResourceBounds
  /** Secrets from the environment; the rest are generated (see `src/secrets.ts`). Never log these. */
  readonly secrets: GivenSecrets
  /** `PDS_MOD_SERVICE_DID`: the moderation service whose service JWTs may call the moderator admin methods. */
  readonly modServiceDid: string | undefined
  /** `PDS_INVITE_INTERVAL`: an account earns one invite code per this many milliseconds; unset: none are earned. */
  readonly inviteInterval: number | undefined
  /** `PDS_INVITE_EPOCH`: earned invite codes count from this time (milliseconds since 1970; default 0). */
  readonly inviteEpoch: number
  /** `PDS_BSKY_APP_VIEW_*`, `PDS_MOD_SERVICE_*`, `PDS_REPORT_SERVICE_*`, `PDS_PROXY_*`: forwarding to other services. */
  readonly proxy: ProxyConfig
}

const MB = 1024 * 1024

/**
 * The default of `PDS_SQLITE_CACHE_BYTES`.
 * @NOTE better-sqlite3's 16 MB filled up during bench/perf's bulk ingest and getRepo and stayed
 * (bench/mem-phases.ts: malloc's main arena 52 MB after one round, 36 MB at 4 MiB); pages it no
 * longer holds are still in the OS's cache of the file, one pread away
 */
export const SQLITE_CACHE_BYTES = 4 * MB

/**
 * Reads and checks every setting. The only place that reads the environment.
 * A bad value throws a {@link ConfigError} naming the variable.
 *
 * @example
 * const config = readConfig({ PDS_HOSTNAME: 'pds.example.com', PDS_PORT: '3000' })
 * config.serviceDid // 'did:web:pds.example.com'
 */
export function readConfig(env: Environment = process.env): Config {
  const hostname = envString(env, 'PDS_HOSTNAME') ?? 'localhost'
  if (!/^[a-z0-9.-]+$/i.test(hostname)) {
    throw new ConfigError('PDS_HOSTNAME', hostname, 'expected a bare host name such as pds.example.com')
  }
  const port = envInteger(env, 'PDS_PORT', { min: 0, max: 65535 }) ?? 2583
  const dataDirectory = path.resolve(envString(env, 'PDS_DATA_DIRECTORY') ?? './data')
  const devMode = envBoolean(env, 'PDS_DEV_MODE') ?? false
  const logLevel = envString(env, 'LOG_LEVEL') ?? 'info'
  if (!isLogLevel(logLevel)) throw new ConfigError('LOG_LEVEL', logLevel, `expected one of ${LOG_LEVELS.join(', ')}`)

  const emailSmtpUrl = readSmtpUrl(env)
  const emailFromAddress = envString(env, 'PDS_EMAIL_FROM_ADDRESS')
  if (emailSmtpUrl !== undefined && emailFromAddress === undefined) {
    throw new ConfigError(
      'PDS_EMAIL_FROM_ADDRESS',
      '',
      'an address (e.g. "PDS <noreply@example.com>") when PDS_EMAIL_SMTP_URL is set',
    )
  }

  return deepFreeze({
    hostname,
    port,
    bindHost: envString(env, 'PDS_BIND_HOST'),
    publicUrl: hostname === 'localhost' ? `http://localhost:${port}` : `https://${hostname}`,
    serviceDid: envString(env, 'PDS_SERVICE_DID') ?? `did:web:${hostname}`,
    dataDirectory,
    devMode,
    validateResponse: devMode,
    database: readDatabase(env, dataDirectory),
    blobstoreDiskLocation: path.resolve(
      envString(env, 'PDS_BLOBSTORE_DISK_LOCATION') ?? path.join(dataDirectory, 'blocks'),
    ),
    blobstoreS3: readBlobstoreS3(env),
    blobUploadLimit: envInteger(env, 'PDS_BLOB_UPLOAD_LIMIT', { min: 1 }) ?? 100 * MB,
    repoImportLimit: envInteger(env, 'PDS_REPO_IMPORT_LIMIT', { min: 1 }) ?? 4096 * MB,
    // @NOTE the reference PDS accepts JSON bodies up to 150 KiB; records are capped well below that
    jsonLimit: envInteger(env, 'PDS_JSON_BODY_LIMIT', { min: 1 }) ?? 150 * 1024,
    serviceHandleDomains: (
      envList(env, 'PDS_SERVICE_HANDLE_DOMAINS') ?? [hostname === 'localhost' ? '.test' : `.${hostname}`]
    ).map((domain) => (domain.startsWith('.') ? domain : `.${domain}`)),
    // @NOTE open by default so a fresh clone can create accounts; set it to true before exposing the PDS
    inviteRequired: envBoolean(env, 'PDS_INVITE_REQUIRED') ?? false,
    didPlcUrl: envUrl(env, 'PDS_DID_PLC_URL') ?? 'https://plc.directory',
    crawlers: (envList(env, 'PDS_CRAWLERS') ?? []).map((url) => checkUrl('PDS_CRAWLERS', url)),
    firehoseRetentionHours: envInteger(env, 'PDS_FIREHOSE_RETENTION_HOURS', { min: 1 }) ?? 72,
    // @NOTE on in production so an exposed PDS is never unthrottled; off in dev mode for local work
    rateLimitsEnabled: envBoolean(env, 'PDS_RATE_LIMITS_ENABLED') ?? !devMode,
    limits: readLimitsConfig(env),
    emailSmtpUrl,
    emailFromAddress,
    privacyPolicyUrl: envUrl(env, 'PDS_PRIVACY_POLICY_URL'),
    termsOfServiceUrl: envUrl(env, 'PDS_TERMS_OF_SERVICE_URL'),
    contactEmailAddress: envString(env, 'PDS_CONTACT_EMAIL_ADDRESS'),
    logLevel,
    repoCacheBytes: envInteger(env, 'PDS_REPO_CACHE_BYTES', { min: 0 }) ?? 32 * MB,
    bounds: readBounds(env),
    secrets: {
      jwtSecret: strongSecret(env, 'PDS_JWT_SECRET', 32, 'openssl rand -hex 32'),
      adminPassword: strongSecret(env, 'PDS_ADMIN_PASSWORD', 16, 'openssl rand -hex 16'),
      plcRotationKeyHex: envHex(env, 'PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX', 32),
      repoKeyEncryptionKeyHex: envHex(env, 'PDS_REPO_SIGNING_KEY_ENCRYPTION_KEY_HEX', 32),
    },
    modServiceDid: readDid(env, 'PDS_MOD_SERVICE_DID'),
    inviteInterval: envInteger(env, 'PDS_INVITE_INTERVAL', { min: 1 }),
    inviteEpoch: envInteger(env, 'PDS_INVITE_EPOCH', { min: 0 }) ?? 0,
    proxy: readProxyConfig(env),
  })
}

/** What the operator CLI (`pds-admin`) needs to reach a running PDS; flags override each. */
export interface AdminCliConfig {
  /** `PDS_ADMIN_URL`, else derived like the server's public URL from `PDS_HOSTNAME` and `PDS_PORT`. */
  readonly url: string
  /** `PDS_ADMIN_PASSWORD`; unset: the CLI reads `<PDS_DATA_DIRECTORY>/secrets.json` if it is there. */
  readonly password: string | undefined
  /** `PDS_DATA_DIRECTORY` (default `./data`): where a generated admin password may be found. */
  readonly dataDirectory: string
}

/**
 * Reads the CLI's settings from the same variables the server uses.
 *
 * @example
 * const { url, password } = readAdminCliConfig()
 */
export function readAdminCliConfig(env: Environment = process.env): AdminCliConfig {
  const hostname = envString(env, 'PDS_HOSTNAME') ?? 'localhost'
  const port = envInteger(env, 'PDS_PORT', { min: 0, max: 65535 }) ?? 2583
  const derived = hostname === 'localhost' ? `http://localhost:${port}` : `https://${hostname}`
  return Object.freeze({
    url: envUrl(env, 'PDS_ADMIN_URL') ?? derived,
    password: envString(env, 'PDS_ADMIN_PASSWORD'),
    dataDirectory: path.resolve(envString(env, 'PDS_DATA_DIRECTORY') ?? './data'),
  })
}

function readBounds(env: Environment): ResourceBounds {
  return {
    passwordHashConcurrency: envInteger(env, 'PDS_PASSWORD_HASH_CONCURRENCY', { min: 1, max: 64 }) ?? 2,
    passwordHashQueueSize: envInteger(env, 'PDS_PASSWORD_HASH_QUEUE_SIZE', { min: 0 }) ?? 64,
    blobTempQuotaBytes: envInteger(env, 'PDS_BLOB_TEMP_QUOTA_BYTES', { min: 1 }) ?? 1024 * MB,
    blobTempQuotaCount: envInteger(env, 'PDS_BLOB_TEMP_QUOTA_COUNT', { min: 1 }) ?? 500,
    blobConcurrentUploadsPerAccount: envInteger(env, 'PDS_BLOB_CONCURRENT_UPLOADS_PER_ACCOUNT', { min: 1 }) ?? 3,
    blobConcurrentUploads: envInteger(env, 'PDS_BLOB_CONCURRENT_UPLOADS', { min: 1 }) ?? 32,
    exportWaitMs: envInteger(env, 'PDS_EXPORT_WAIT_MS', { min: 0 }) ?? 10_000,
  }
}

function readDatabase(env: Environment, dataDirectory: string): DatabaseConfig {
  const url = envString(env, 'DATABASE_URL')
  const schema = envString(env, 'PDS_DATABASE_SCHEMA')
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new ConfigError('PDS_DATABASE_SCHEMA', schema, 'expected a lower-case SQL identifier')
  }
  // @NOTE better-sqlite3 builds SQLite with a 16 MB cache per connection: that much of the
  // process's RSS, on top of the OS's own cache of the same file; see SQLITE_CACHE_BYTES
  const cacheBytes = envInteger(env, 'PDS_SQLITE_CACHE_BYTES', { min: 0 }) ?? SQLITE_CACHE_BYTES
  if (url === undefined) return { dialect: 'sqlite', location: path.join(dataDirectory, 'pds.sqlite'), cacheBytes }
  if (url.startsWith('sqlite:')) {
    return { dialect: 'sqlite', location: path.resolve(url.slice('sqlite:'.length)), cacheBytes }
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    if (!URL.canParse(url)) throw new ConfigError('DATABASE_URL', '(hidden)', 'expected a valid PostgreSQL URL')
    const poolSize = envInteger(env, 'PDS_DATABASE_POOL_SIZE', { min: 1 }) ?? 10
    return { dialect: 'postgres', url, schema, poolSize }
  }
  throw new ConfigError('DATABASE_URL', '(hidden)', 'expected a postgres:// or postgresql:// URL, or sqlite:<path>')
}

function readBlobstoreS3(env: Environment): BlobstoreS3Config | undefined {
  const bucket = envString(env, 'PDS_BLOBSTORE_S3_BUCKET')
  if (bucket === undefined) return undefined
  return {
    bucket,
    region: envString(env, 'PDS_BLOBSTORE_S3_REGION') ?? 'us-east-1',
    endpoint: envUrl(env, 'PDS_BLOBSTORE_S3_ENDPOINT'),
    forcePathStyle: envBoolean(env, 'PDS_BLOBSTORE_S3_FORCE_PATH_STYLE') ?? false,
    accessKeyId: envString(env, 'PDS_BLOBSTORE_S3_ACCESS_KEY_ID'),
    secretAccessKey: envString(env, 'PDS_BLOBSTORE_S3_SECRET_ACCESS_KEY'),
    requestTimeoutMs: envInteger(env, 'PDS_BLOBSTORE_S3_UPLOAD_TIMEOUT_MS', { min: 1 }),
  }
}

function readSmtpUrl(env: Environment): string | undefined {
  const raw = envString(env, 'PDS_EMAIL_SMTP_URL')
  if (raw === undefined) return undefined
  const url = URL.canParse(raw) ? new URL(raw) : undefined
  // @NOTE the URL usually carries the SMTP password, so the error never echoes it
  if (!url || !['smtp:', 'smtps:'].includes(url.protocol) || !url.hostname) {
    throw new ConfigError(
      'PDS_EMAIL_SMTP_URL',
      '(hidden)',
      'expected smtp://[user:password@]host[:port] or smtps://...',
    )
  }
  return raw
}

function readDid(env: Environment, name: string): string | undefined {
  const value = envString(env, name)
  if (value !== undefined && !/^did:[a-z]+:[a-zA-Z0-9._:%-]+$/.test(value)) {
    throw new ConfigError(name, value, 'expected a DID such as did:plc:abc123')
  }
  return value
}

/**
 * A secret given in the environment that is long and varied enough to resist guessing: at
 * least `minLength` characters, at least 8 of them different (so `aaaa...` or `12121212...`
 * are refused). The value is never echoed.
 */
function strongSecret(env: Environment, name: string, minLength: number, example: string): string | undefined {
  const value = envString(env, name)
  if (value === undefined) return undefined
  if (value.length < minLength || new Set(value).size < 8) {
    throw new ConfigError(
      name,
      '(hidden)',
      `too weak: use at least ${minLength} random characters (e.g. \`${example}\`), or leave it unset to have one generated`,
    )
  }
  return value
}

function checkUrl(name: string, value: string): string {
  if (!URL.canParse(value)) throw new ConfigError(name, value, 'expected a URL')
  return value
}

function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value)
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child !== null && typeof child === 'object') deepFreeze(child)
  }
  return Object.freeze(value)
}

/** What `npm run dev` (src/dev/main.ts) reads before it starts its local network. */
export interface DevSettings {
  /** `PDS_DID_PLC_URL` when given: use that PLC directory instead of starting one in-process. */
  readonly plcUrl: string | undefined
  /** `PDS_DATA_DIRECTORY` when given: keep the data there instead of in a temp dir removed on exit. */
  readonly dataDirectory: string | undefined
}

/**
 * The settings `npm run dev` needs before the rest: which of its defaults the operator overrode.
 *
 * @example
 * const { plcUrl } = readDevSettings() // undefined: start an in-process PLC directory
 */
export function readDevSettings(env: Environment = process.env): DevSettings {
  const dataDirectory = envString(env, 'PDS_DATA_DIRECTORY')
  return { plcUrl: envUrl(env, 'PDS_DID_PLC_URL'), dataDirectory: dataDirectory && path.resolve(dataDirectory) }
}

/**
 * The config of `npm run dev`: every usual setting applies (PDS_PORT, DATABASE_URL, ...), over
 * development defaults: dev mode, loopback only, `LOG_LEVEL=warn`, and the given PLC
 * directory and data directory. Handles are `<name>.test`, the default for `localhost`.
 *
 * @example
 * const config = readDevConfig({ plcUrl: plc.url, dataDirectory: '/tmp/pds-dev-x' })
 */
export function readDevConfig(
  local: { readonly plcUrl: string; readonly dataDirectory: string },
  env: Environment = process.env,
): Config {
  return readConfig({
    PDS_DEV_MODE: 'true',
    PDS_BIND_HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ...env,
    PDS_DID_PLC_URL: local.plcUrl,
    PDS_DATA_DIRECTORY: local.dataDirectory,
  })
}
