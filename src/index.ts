/**
 * Process entry: reads the config, builds the context (secrets, migrated database),
 * serves HTTP, and shuts down gracefully on SIGTERM or SIGINT.
 *
 * @module
 */
import { ConfigError, readConfig } from '#src/config.js'
import { createAppContext } from '#src/context.js'
import { MigrationFailedError } from '#src/db/database.js'
import { createServer } from '#src/server.js'

// @NOTE past this, in-flight requests are cut so an orchestrator's kill never has to come
const SHUTDOWN_TIMEOUT_MS = 10_000

async function main(): Promise<void> {
  const config = readConfig()
  const ctx = await createAppContext(config)
  const server = createServer(ctx)
  const address = await server.listen()
  ctx.logger.info(
    { url: config.publicUrl, port: address.port, address: address.address, dialect: config.database.dialect },
    `PDS listening on ${config.publicUrl}`,
  )

  let shuttingDown = false
  const shutdown = (signal: NodeJS.Signals) => {
    if (shuttingDown) return
    shuttingDown = true
    ctx.logger.info({ signal }, 'shutting down')
    const deadline = setTimeout(() => {
      ctx.logger.error('shutdown timed out')
      process.exit(1)
    }, SHUTDOWN_TIMEOUT_MS + 2_000)
    deadline.unref()
    server.close(SHUTDOWN_TIMEOUT_MS).then(
      () => {
        ctx.logger.info('shut down')
        process.exit(0)
      },
      (err: unknown) => {
        ctx.logger.error({ err }, 'shutdown failed')
        process.exit(1)
      },
    )
  }
  process.once('SIGTERM', shutdown)
  process.once('SIGINT', shutdown)
}

main().catch((err: unknown) => {
  // @NOTE a bad setting or a failed migration is the operator's to fix: say what, not where
  if (err instanceof ConfigError || err instanceof MigrationFailedError) {
    console.error(`PDS failed to start: ${err.message}`)
  } else {
    console.error('PDS failed to start:', err)
  }
  process.exit(1)
})
