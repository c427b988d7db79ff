import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, readAdminCliConfig, readConfig } from './config.js'

describe('readConfig', () => {
  it('runs out of the box', () => {
    const config = readConfig({})
    expect(config).toMatchObject({
      hostname: 'localhost',
      port: 2583,
      bindHost: undefined,
      publicUrl: 'http://localhost:2583',
      serviceDid: 'did:web:localhost',
      dataDirectory: path.resolve('data'),
      database: { dialect: 'sqlite', location: path.resolve('data/pds.sqlite') },
      blobstoreDiskLocation: path.resolve('data/blocks'),
      blobUploadLimit: 100 * 1024 * 1024,
      blobstoreS3: undefined,
      serviceHandleDomains: ['.test'],
      inviteRequired: false,
      didPlcUrl: 'https://plc.directory',
      crawlers: [],
      firehoseRetentionHours: 72,
      logLevel: 'info',
      repoCacheBytes: 32 * 1024 * 1024,
      secrets: {
        jwtSecret: undefined,
        adminPassword: undefined,
        plcRotationKeyHex: undefined,
        repoKeyEncryptionKeyHex: undefined,
      },
    })
    expect(Object.isFrozen(config)).toBe(true)
    expect(Object.isFrozen(config.serviceHandleDomains)).toBe(true)
  })

  const cases: [string, { given: Record<string, string>; want: Record<string, unknown> }][] = [
    [
      'an S3 bucket replaces the disk blob store',
      {
        given: {
          PDS_BLOBSTORE_S3_BUCKET: 'blobs',
          PDS_BLOBSTORE_S3_ENDPOINT: 'http://127.0.0.1:9000',
          PDS_BLOBSTORE_S3_FORCE_PATH_STYLE: 'true',
          PDS_BLOBSTORE_S3_ACCESS_KEY_ID: 'key',
          PDS_BLOBSTORE_S3_SECRET_ACCESS_KEY: 'secret',
        },
        want: {
          blobstoreS3: {
            bucket: 'blobs',
            region: 'us-east-1',
            endpoint: 'http://127.0.0.1:9000',
            forcePathStyle: true,
            accessKeyId: 'key',
            secretAccessKey: 'secret',
            requestTimeoutMs: undefined,
          },
        },
      },
    ],
    [
      'a public hostname derives the URL, DID and handle domain',
      {
        given: { PDS_HOSTNAME: 'pds.example.com' },
        want: {
          publicUrl: 'https://pds.example.com',
          serviceDid: 'did:web:pds.example.com',
          serviceHandleDomains: ['.pds.example.com'],
        },
      },
    ],
    [
      'handle domains get a leading dot',
      {
        given: { PDS_SERVICE_HANDLE_DOMAINS: 'a.test, .b.test' },
        want: { serviceHandleDomains: ['.a.test', '.b.test'] },
      },
    ],
    [
      'empty values count as unset',
      { given: { PDS_PORT: '', PDS_INVITE_REQUIRED: ' ' }, want: { port: 2583, inviteRequired: false } },
    ],
    [
      'booleans accept 1 and true',
      {
        given: { PDS_INVITE_REQUIRED: '1', PDS_DEV_MODE: 'true' },
        want: { inviteRequired: true, devMode: true, validateResponse: true },
      },
    ],
    [
      'crawlers are a comma list',
      {
        given: { PDS_CRAWLERS: 'https://bsky.network,https://relay.example' },
        want: { crawlers: ['https://bsky.network', 'https://relay.example'] },
      },
    ],
    [
      'a postgres URL selects PostgreSQL',
      {
        given: { DATABASE_URL: 'postgresql://u:p@db/pds', PDS_DATABASE_SCHEMA: 'pds' },
        want: { database: { dialect: 'postgres', url: 'postgresql://u:p@db/pds', schema: 'pds', poolSize: 10 } },
      },
    ],
    [
      'a sqlite: URL names the file',
      {
        given: { DATABASE_URL: 'sqlite:/var/pds/db.sqlite' },
        want: { database: { dialect: 'sqlite', location: '/var/pds/db.sqlite' } },
      },
    ],
    [
      'a given rotation key is lower-cased',
      {
        given: { PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX: 'AB'.repeat(32) },
        want: { secrets: { plcRotationKeyHex: 'ab'.repeat(32) } },
      },
    ],
    [
      "SQLite's page cache defaults to 4 MiB",
      { given: {}, want: { database: { dialect: 'sqlite', cacheBytes: 4 * 1024 * 1024 } } },
    ],
    [
      "SQLite's page cache can be resized",
      {
        given: { DATABASE_URL: 'sqlite:/var/pds/db.sqlite', PDS_SQLITE_CACHE_BYTES: '1048576' },
        want: { database: { dialect: 'sqlite', location: '/var/pds/db.sqlite', cacheBytes: 1024 * 1024 } },
      },
    ],
    [
      'the repo cache can be resized or turned off',
      { given: { PDS_REPO_CACHE_BYTES: '0' }, want: { repoCacheBytes: 0 } },
    ],
  ]
  it.each(cases)('%s', (_, { given, want }) => expect(readConfig(given)).toMatchObject(want))

  const bad: [string, Record<string, string>, RegExp][] = [
    ['a non-numeric port', { PDS_PORT: 'eighty' }, /PDS_PORT/],
    ['a port out of range', { PDS_PORT: '70000' }, /PDS_PORT/],
    ['a bad PLC URL', { PDS_DID_PLC_URL: 'plc.directory' }, /PDS_DID_PLC_URL/],
    ['a bad crawler URL', { PDS_CRAWLERS: 'not a url' }, /PDS_CRAWLERS/],
    ['an SMTP URL of another scheme', { PDS_EMAIL_SMTP_URL: 'https://mail.example.com' }, /PDS_EMAIL_SMTP_URL/],
    ['an SMTP URL without a From address', { PDS_EMAIL_SMTP_URL: 'smtp://mail.example.com' }, /PDS_EMAIL_FROM_ADDRESS/],
    [
      'a short rotation key',
      { PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX: 'abcd' },
      /PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX/,
    ],
    ['an unknown log level', { LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    ['a database URL of another kind', { DATABASE_URL: 'mysql://db/pds' }, /DATABASE_URL/],
    ['a hostname with a scheme', { PDS_HOSTNAME: 'https://pds.example.com' }, /PDS_HOSTNAME/],
    ['a non-boolean flag', { PDS_INVITE_REQUIRED: 'sometimes' }, /PDS_INVITE_REQUIRED/],
    ['a moderation service that is not a DID', { PDS_MOD_SERVICE_DID: 'mod.example.com' }, /PDS_MOD_SERVICE_DID/],
    ['a zero invite interval', { PDS_INVITE_INTERVAL: '0' }, /PDS_INVITE_INTERVAL/],
    ['a repo cache size in words', { PDS_REPO_CACHE_BYTES: '32MB' }, /PDS_REPO_CACHE_BYTES/],
    ['a negative SQLite cache size', { PDS_SQLITE_CACHE_BYTES: '-1' }, /PDS_SQLITE_CACHE_BYTES/],
  ]
  it.each(bad)('rejects %s, naming the variable', (_, env, name) => {
    expect(() => readConfig(env)).toThrow(ConfigError)
    expect(() => readConfig(env)).toThrow(name)
  })

  it.each([
    ['a short JWT secret', { PDS_JWT_SECRET: 'secret' }, /PDS_JWT_SECRET.*at least 32/],
    ['a long but uniform JWT secret', { PDS_JWT_SECRET: 'ab'.repeat(32) }, /PDS_JWT_SECRET/],
    ['a short admin password', { PDS_ADMIN_PASSWORD: 'admin' }, /PDS_ADMIN_PASSWORD.*at least 16/],
    ['a long but uniform admin password', { PDS_ADMIN_PASSWORD: 'a'.repeat(40) }, /PDS_ADMIN_PASSWORD/],
  ])('refuses %s at start-up, without echoing it', (_, env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError)
    expect(() => readConfig(env)).toThrow(message)
    const value = Object.values(env)[0] as string
    expect(() => readConfig(env)).not.toThrow(value)
  })

  it('takes strong secrets, as the bench and `openssl rand -hex` make them', () => {
    const config = readConfig({
      PDS_JWT_SECRET: randomBytes(32).toString('hex'),
      PDS_ADMIN_PASSWORD: randomBytes(16).toString('hex'),
    })
    expect(config.secrets.jwtSecret).toHaveLength(64)
    expect(config.secrets.adminPassword).toHaveLength(32)
    expect(readConfig({ PDS_ADMIN_PASSWORD: 'correct horse battery staple' }).secrets.adminPassword).toBeDefined()
  })

  it('never echoes a secret value in its error', () => {
    const secret = 'zz'.repeat(32)
    expect(() => readConfig({ PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX: secret })).toThrow(/\(hidden\)/)
    expect(() => readConfig({ DATABASE_URL: 'mysql://user:hunter2@db' })).not.toThrow(/hunter2/)
    expect(() => readConfig({ PDS_EMAIL_SMTP_URL: 'smpt://user:hunter2@mail' })).toThrow(/\(hidden\)/)
  })

  it('reads the moderation service and the invite schedule', () => {
    const config = readConfig({
      PDS_MOD_SERVICE_DID: 'did:plc:abc234',
      PDS_INVITE_INTERVAL: '604800000',
      PDS_INVITE_EPOCH: '5',
    })
    expect(config).toMatchObject({ modServiceDid: 'did:plc:abc234', inviteInterval: 604800000, inviteEpoch: 5 })
    expect(readConfig({})).toMatchObject({ modServiceDid: undefined, inviteInterval: undefined, inviteEpoch: 0 })
  })
})

describe('readAdminCliConfig', () => {
  it('finds the PDS the way the server names itself, unless PDS_ADMIN_URL says otherwise', () => {
    expect(readAdminCliConfig({})).toMatchObject({ url: 'http://localhost:2583', password: undefined })
    expect(readAdminCliConfig({ PDS_HOSTNAME: 'pds.example.com' }).url).toBe('https://pds.example.com')
    expect(readAdminCliConfig({ PDS_PORT: '3000', PDS_ADMIN_PASSWORD: 'pw' })).toMatchObject({
      url: 'http://localhost:3000',
      password: 'pw',
    })
    expect(readAdminCliConfig({ PDS_ADMIN_URL: 'http://127.0.0.1:9999' }).url).toBe('http://127.0.0.1:9999')
    expect(() => readAdminCliConfig({ PDS_ADMIN_URL: 'ftp://x' })).toThrow(/PDS_ADMIN_URL/)
  })
})
