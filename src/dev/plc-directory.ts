/**
 * A real PLC directory (@did-plc/server) with an in-memory database, on loopback: the one
 * `npm run dev` runs and the tests use.
 *
 * @module
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** A running PLC directory. */
export interface LocalPlc {
  /** Base URL with host `localhost` (what a PDS, ours or the reference, expects). */
  url: string
  /** Stops the directory and drops its data. Safe to call twice. */
  close(): Promise<void>
}

/**
 * Starts a PLC directory on 127.0.0.1 and `port` (0: a free one).
 *
 * @NOTE @did-plc/server is a devDependency: only `npm run dev` and the tests start a PLC
 * directory, and both run from a clone where `npm ci` installed devDependencies. A production
 * install (`npm ci --omit=dev`, then `npm start`) never loads this module.
 *
 * @example
 * const plc = await startLocalPlc()
 * ...
 * await plc.close()
 */
export async function startLocalPlc(port = 0): Promise<LocalPlc> {
  const mod = await import('@did-plc/server').catch((err: unknown) => {
    throw new Error('the local PLC directory needs the devDependencies: run `npm install` (or `npm ci`)', {
      cause: err,
    })
  })
  const plc = mod.PlcServer.create({ db: mod.Database.mock() })
  // @NOTE PlcServer.start() listens on every interface; we own the listener to stay on loopback
  const server = http.createServer(plc.app)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const bound = (server.address() as AddressInfo).port
  let closing: Promise<void> | undefined
  return {
    url: `http://localhost:${bound}`,
    close() {
      closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()))
        server.closeAllConnections()
        await closed
        await plc.ctx.db.close()
      })()
      return closing
    },
  }
}
