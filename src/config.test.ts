import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from './config.js'

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
      secrets: { jwtSecret: undefined, adminPassword: undefined, plcRotationKeyHex: undefined },
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
  ]
  it.each(bad)('rejects %s, naming the variable', (_, env, name) => {
    expect(() => readConfig(env)).toThrow(ConfigError)
    expect(() => readConfig(env)).toThrow(name)
  })

  it('never echoes a secret value in its error', () => {
    const secret = 'zz'.repeat(32)
    expect(() => readConfig({ PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX: secret })).toThrow(/\(hidden\)/)
    expect(() => readConfig({ DATABASE_URL: 'mysql://user:hunter2@db' })).not.toThrow(/hunter2/)
    expect(() => readConfig({ PDS_EMAIL_SMTP_URL: 'smpt://user:hunter2@mail' })).toThrow(/\(hidden\)/)
  })
})
