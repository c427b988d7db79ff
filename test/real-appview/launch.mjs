/**
 * @module
 * Starts the real Bluesky AppView (@atproto/bsky) the way @atproto/dev-env's TestBsky does:
 * one PostgreSQL schema migrated on start, the dataplane, the API server, and a firehose
 * subscription to the repo provider (our PDS). Run by Node 22 from the cache folder
 * (test/helpers/real-appview.ts installs it there). Listens on 127.0.0.1.
 *
 * Settings come from the environment: APPVIEW_DIR (folder whose node_modules holds
 * @atproto/bsky), APPVIEW_PORT, APPVIEW_DID, APPVIEW_KEY_HEX (its secp256k1 key), PLC_URL,
 * DB_URL, DB_SCHEMA, REPO_PROVIDER (ws:// URL of the PDS).
 *
 * stdin lines: `pause` stops indexing, `resume` starts it again; each is acknowledged on
 * stdout with `paused` / `resumed`. Stops on SIGTERM, SIGINT or the end of stdin.
 */
import { createRequire } from 'node:module'
import net from 'node:net'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { pathToFileURL } from 'node:url'

const env = (name) => {
  const value = process.env[name]
  if (!value) {
    console.error(`launch.mjs: ${name} is required`)
    process.exit(2)
  }
  return value
}
const dir = env('APPVIEW_DIR')
const port = Number(env('APPVIEW_PORT'))
const serverDid = env('APPVIEW_DID')
const plcUrl = env('PLC_URL')

// @NOTE the AppView and its dataplane listen on every interface by default; keep to loopback
const listen = net.Server.prototype.listen
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1')
  return listen.apply(this, args)
}

const require = createRequire(join(dir, 'package.json'))
const bsky = await import(pathToFileURL(require.resolve('@atproto/bsky')).href)
const { Secp256k1Keypair } = await import(pathToFileURL(require.resolve('@atproto/crypto')).href)

const signingKey = await Secp256k1Keypair.import(env('APPVIEW_KEY_HEX'))
const db = new bsky.Database({ url: env('DB_URL'), schema: env('DB_SCHEMA'), poolSize: 10 })
const migrationDb = new bsky.Database({ url: env('DB_URL'), schema: env('DB_SCHEMA') })
await migrationDb.migrateToLatestOrThrow()
await migrationDb.close()

const dataplanePort = await freePort()
// @NOTE the default fetch refuses plain http, and the test PLC directory and PDS are on http loopback
const dataplane = await bsky.DataPlaneServer.create(db, dataplanePort, plcUrl, globalThis.fetch)
const url = `http://127.0.0.1:${port}`
const config = new bsky.ServerConfig({
  version: 'test',
  port,
  publicUrl: url,
  serverDid,
  alternateAudienceDids: [],
  didPlcUrl: plcUrl,
  dataplaneUrls: [`http://127.0.0.1:${dataplanePort}`],
  dataplaneHttpVersion: '1.1',
  // @NOTE no bsync in this test: nothing it serves (mutes, bookmarks) is called
  bsyncUrl: 'http://127.0.0.1:9',
  bsyncHttpVersion: '1.1',
  modServiceDid: 'did:example:invalidMod',
  adminPasswords: ['admin-pass'],
  labelsFromIssuerDids: [],
  feedGenSkeletonTimeout: 5_000,
  bigThreadUris: new Set(),
  maxThreadParents: 50,
  disableSsrfProtection: true,
  searchTagsHide: new Set(),
  searchTagsHideAll: new Set(),
  threadTagsBumpDown: new Set(),
  threadTagsHide: new Set(),
  visibilityTagHide: '',
  visibilityTagRankPrefix: '',
  debugFieldAllowedDids: new Set(),
  draftsLimit: 500,
  etcdHosts: [],
  cdnUrl: 'https://cdn.appview.test',
})
const server = bsky.BskyAppView.create({ config, signingKey })
const sub = new bsky.RepoSubscription({ service: env('REPO_PROVIDER'), db, idResolver: dataplane.idResolver })
await server.start()
void sub.start()
console.log(JSON.stringify({ ready: true, url, dataplanePort }))

let stopping = false
const stop = async (reason) => {
  if (stopping) return
  stopping = true
  setTimeout(() => process.exit(1), 5_000).unref()
  try {
    await server.destroy()
    await sub.destroy()
    await dataplane.destroy()
    await db.close()
  } catch (err) {
    console.error(`shutdown after ${reason} failed:`, err)
  }
  process.exit(0)
}
process.once('SIGTERM', () => stop('SIGTERM'))
process.once('SIGINT', () => stop('SIGINT'))
const lines = createInterface({ input: process.stdin })
lines.on('line', async (line) => {
  if (line === 'pause') {
    await sub.stop()
    console.log('paused')
  } else if (line === 'resume') {
    void sub.start()
    console.log('resumed')
  }
})
lines.on('close', () => stop('end of stdin'))

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address()
      probe.close(() => resolve(free))
    })
  })
}
