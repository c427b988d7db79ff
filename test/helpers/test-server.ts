import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { type Client, createClient } from '#generated/client/index.js'
import { type Config, readConfig } from '#src/config.js'
import { type AppContext, createAppContext } from '#src/context.js'
import type { Logger } from '#src/logger.js'
import type { MailerOptions } from '#src/mail/mailer.js'
import type { OutboundPolicy } from '#src/net/safe-fetch.js'
import type { FirehoseOptions } from '#src/sequencer/firehose.js'
import { createServer, type PdsServer } from '#src/server.js'
import { type Dialect, dropPgSchema, TEST_PG_URL } from './db.js'
import { startTestPlc, type TestPlc } from './plc.js'

/** Options for {@link startTestServer}. */
export interface TestServerOptions {
  /** Storage to run on (default sqlite). postgres needs PDS_TEST_PG_URL. */
  dialect?: Dialect
  /** Settings laid over the test defaults. */
  config?: Partial<Config>
  /**
   * PLC directory to create DIDs in (e.g. one shared by several servers, from
   * `startTestPlc()`). Unset (and no `config.didPlcUrl`), the server gets a private one,
   * stopped by `close()`.
   */
  plcUrl?: string
  /** A logger to use instead of the silent default (e.g. one writing to memory, to inspect logs). */
  logger?: Logger
  /** Firehose tuning (e.g. a small window, to test slow consumers). */
  firehose?: FirehoseOptions
  /** Outbound policy overrides (a DNS lookup, trusted CAs) for identity tests. */
  outboundPolicy?: Partial<OutboundPolicy>
  /** DNS servers for handle resolution (e.g. a loopback responder from `startTestDns()`). */
  dnsServers?: readonly string[]
  /** Mail outbox tuning (e.g. short retry delays, to test an SMTP outage). */
  mail?: MailerOptions
}

/** A PDS running in this process. */
export interface TestServer {
  /** Base URL to call, e.g. `http://127.0.0.1:41234` (the config's publicUrl names localhost). */
  url: string
  ctx: AppContext
  server: PdsServer
  /** The generated client, pointed at this server. */
  client: Client
  /** The PLC directory the server creates DIDs in. */
  plcUrl: string
  /** Stops the server, closes the database and removes its files or schema. */
  close(): Promise<void>
}

/**
 * Boots a PDS on 127.0.0.1 and a free port, against a fresh SQLite file in a temp dir or a
 * fresh PostgreSQL schema (`t_<random>`, dropped on close). Logs are silent unless LOG_LEVEL
 * is set.
 *
 * @example
 * const pds = await startTestServer({ dialect: 'postgres', config: { inviteRequired: true } })
 * try { await pds.client.com.atproto.server.describeServer() } finally { await pds.close() }
 */
export async function startTestServer(opts: TestServerOptions = {}): Promise<TestServer> {
  const dialect = opts.dialect ?? 'sqlite'
  const dataDirectory = await fs.mkdtemp(path.join(os.tmpdir(), 'pds-test-'))
  const schema = dialect === 'postgres' ? `t_${randomBytes(6).toString('hex')}` : undefined
  let ctx: AppContext | undefined
  let plc: TestPlc | undefined
  try {
    let plcUrl = opts.plcUrl ?? opts.config?.didPlcUrl
    if (plcUrl === undefined) {
      plc = await startTestPlc()
      plcUrl = plc.url
    }
    const port = await freePort()
    const base = readConfig({
      PDS_PORT: String(port),
      PDS_BIND_HOST: '127.0.0.1',
      PDS_DATA_DIRECTORY: dataDirectory,
      PDS_DEV_MODE: 'true',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    })
    const database: Config['database'] =
      dialect === 'postgres' ? { dialect: 'postgres', url: requirePgUrl(), schema, poolSize: 5 } : base.database
    const config: Config = Object.freeze({
      ...base,
      database,
      validateResponse: true,
      ...opts.config,
      didPlcUrl: plcUrl,
    })
    ctx = await createAppContext(config, {
      logger: opts.logger,
      firehose: opts.firehose,
      outboundPolicy: opts.outboundPolicy,
      dnsServers: opts.dnsServers,
      mail: opts.mail,
    })
    const server = createServer(ctx)
    await server.listen(port, '127.0.0.1')
    const started = ctx
    const url = `http://127.0.0.1:${port}`
    return {
      url,
      client: createClient({ service: url }),
      plcUrl,
      ctx: started,
      server,
      async close() {
        await server.close(2_000)
        await plc?.close()
        await cleanUp(dataDirectory, schema)
      },
    }
  } catch (err) {
    await ctx?.close()
    await plc?.close()
    await cleanUp(dataDirectory, schema)
    throw err
  }
}

function requirePgUrl(): string {
  if (!TEST_PG_URL) throw new Error('dialect postgres needs PDS_TEST_PG_URL')
  return TEST_PG_URL
}

async function cleanUp(dataDirectory: string, schema: string | undefined): Promise<void> {
  await fs.rm(dataDirectory, { recursive: true, force: true })
  if (schema === undefined) return
  await dropPgSchema(schema)
}

/** A TCP port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/** Two servers standing for two processes of one PDS on PostgreSQL (see {@link startTwoProcesses}). */
export interface TwoProcesses {
  a: TestServer
  b: TestServer
  /** Stops both and drops their schema. */
  close(): Promise<void>
}

/**
 * Two servers on one fresh PostgreSQL schema, each with its own pool and caches, and the same
 * secrets (as processes of one PDS share: each checks the other's tokens and decrypts its keys):
 * one learns of the other's changes only through the database.
 *
 * @example
 * const { a, b, close } = await startTwoProcesses(plc.url)
 */
export async function startTwoProcesses(plcUrl: string): Promise<TwoProcesses> {
  const schema = `t_${randomBytes(6).toString('hex')}`
  const database: Config['database'] = { dialect: 'postgres', url: requirePgUrl(), schema, poolSize: 5 }
  const a = await startTestServer({ dialect: 'postgres', plcUrl, config: { database } })
  let b: TestServer
  try {
    b = await startTestServer({ dialect: 'postgres', plcUrl, config: { database, secrets: a.ctx.secrets } })
  } catch (err) {
    await a.close()
    await dropPgSchema(schema)
    throw err
  }
  return {
    a,
    b,
    async close() {
      await Promise.all([a.close(), b.close()])
      await dropPgSchema(schema)
    },
  }
}
