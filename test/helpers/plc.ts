/**
 * A real PLC directory (@did-plc/server, in-memory database) on loopback, for tests: the one
 * `npm run dev` runs (src/dev/plc-directory.ts).
 *
 * @module
 */
import { type LocalPlc, startLocalPlc } from '#src/dev/plc-directory.js'

/** A running PLC directory. */
export type TestPlc = LocalPlc

/**
 * Starts a PLC directory on 127.0.0.1 and a free port.
 *
 * @example
 * const plc = await startTestPlc()
 * const pds = await startTestServer({ plcUrl: plc.url })
 * ...
 * await pds.close(); await plc.close()
 */
export function startTestPlc(): Promise<TestPlc> {
  return startLocalPlc()
}
