/**
 * @module
 * The PLC directory both servers register their accounts with: the real @did-plc/server with
 * its in-memory database, in this process, on 127.0.0.1. Only account creation and DID
 * resolution reach it, so it costs the load generator next to nothing.
 */
import type { Server } from 'node:http'
import { Database, PlcServer } from '@did-plc/server'
import { freePort, onCleanup, type ServerHandle } from './children.js'

/**
 * Starts an in-memory PLC directory. Its URL names `localhost` (not 127.0.0.1): the reference
 * PDS fails to resolve DIDs from an IP-literal PLC URL.
 *
 * @example
 *   const plc = await startPlc()
 *   // ... PDS_DID_PLC_URL: plc.url
 *   await plc.stop()
 */
export async function startPlc(): Promise<ServerHandle> {
  const port = await freePort()
  const plc = PlcServer.create({ db: Database.mock(), port })
  // @NOTE PlcServer.start() listens on every interface; the bench keeps to loopback
  const server: Server = plc.app.listen(port, '127.0.0.1')
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve)
    server.once('error', reject)
  })
  let stopped: Promise<void> | undefined
  const stop = () => {
    stopped ??= new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    }).then(() => plc.ctx.db.close())
    return stopped
  }
  const unregister = onCleanup(stop)
  return {
    name: 'plc',
    url: `http://localhost:${port}`,
    pid: process.pid,
    async stop() {
      await stop()
      unregister()
    },
  }
}
