/**
 * `npm run dev`: a whole local atproto network in one process, offline: an in-process PLC
 * directory (in memory), our PDS registering its accounts there, and `<name>.test` handles.
 * The usual settings (PDS_PORT, DATABASE_URL, LOG_LEVEL...) still apply. Data lives in a temp
 * dir removed on exit unless PDS_DATA_DIRECTORY is set; PDS_DID_PLC_URL uses that directory
 * instead of starting one. Prints how to create an account, then serves until SIGINT/SIGTERM.
 *
 * @module
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ConfigError, readDevConfig, readDevSettings } from '#src/config.js'
import { createAppContext } from '#src/context.js'
import { MigrationFailedError } from '#src/db/database.js'
import { type LocalPlc, startLocalPlc } from '#src/dev/plc-directory.js'
import { createServer } from '#src/server.js'
import { devInstructions } from './instructions.js'

const SHUTDOWN_TIMEOUT_MS = 5_000

async function main(): Promise<void> {
  const settings = readDevSettings()
  const dataDirectory = settings.dataDirectory ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'pds-dev-')))
  const cleanUps: (() => Promise<unknown>)[] = []
  if (!settings.dataDirectory) cleanUps.push(() => fs.rm(dataDirectory, { recursive: true, force: true }))
  let plc: LocalPlc | undefined
  try {
    if (!settings.plcUrl) {
      plc = await startLocalPlc()
      cleanUps.unshift(() => (plc as LocalPlc).close())
    }
    const config = readDevConfig({ plcUrl: settings.plcUrl ?? (plc as LocalPlc).url, dataDirectory })
    const ctx = await createAppContext(config)
    const server = createServer(ctx)
    cleanUps.unshift(() => server.close(SHUTDOWN_TIMEOUT_MS))
    await server.listen()
    console.log(
      devInstructions({
        pdsUrl: config.publicUrl,
        plcUrl: config.didPlcUrl,
        plcInProcess: plc !== undefined,
        handleDomain: config.serviceHandleDomains[0] ?? '.test',
        dataDirectory,
        dataKept: settings.dataDirectory !== undefined,
      }),
    )
  } catch (err) {
    await runAll(cleanUps)
    throw err
  }

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    console.log(`${signal}: stopping the local network`)
    setTimeout(() => process.exit(1), SHUTDOWN_TIMEOUT_MS + 2_000).unref()
    runAll(cleanUps).then(
      () => process.exit(0),
      (err: unknown) => {
        console.error('stopping failed:', err)
        process.exit(1)
      },
    )
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
}

async function runAll(steps: readonly (() => Promise<unknown>)[]): Promise<void> {
  for (const step of steps) await step()
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof MigrationFailedError) {
    console.error(`npm run dev failed to start: ${err.message}`)
  } else {
    console.error('npm run dev failed to start:', err)
  }
  process.exit(1)
})
