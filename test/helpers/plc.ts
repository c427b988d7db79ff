/**
 * A real PLC directory (@did-plc/server, in-memory database) on loopback, for tests.
 *
 * @module
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Database, PlcServer } from '@did-plc/server'

/** A running PLC directory. */
export interface TestPlc {
  /** Base URL with host `localhost` (what a PDS, ours or the reference, expects). */
  url: string
  /** Stops the directory and drops its data. */
  close(): Promise<void>
}

/**
 * Starts a PLC directory on 127.0.0.1 and a free port.
 *
 * @example
 * const plc = await startTestPlc()
 * const pds = await startTestServer({ plcUrl: plc.url })
 * ...
 * await pds.close(); await plc.close()
 */
export async function startTestPlc(): Promise<TestPlc> {
  const plc = PlcServer.create({ db: Database.mock() })
  // @NOTE PlcServer.start() listens on every interface; we own the listener to stay on loopback
  const server = http.createServer(plc.app)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  let closing: Promise<void> | undefined
  return {
    url: `http://localhost:${port}`,
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
