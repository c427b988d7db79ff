/**
 * A logger that keeps every line in memory, to check what a server logs.
 *
 * @module
 */
import { Writable } from 'node:stream'
import { createLogger, type Logger } from '#src/logger.js'

/** A logger and the JSON lines it wrote. */
export interface MemoryLogger {
  logger: Logger
  /** Every line written so far, as text. */
  lines: string[]
  /** Every line written so far, as one string. */
  text(): string
}

/**
 * A real pino logger (with the PDS's redaction) writing to memory, at `trace` level.
 *
 * @example
 * const log = memoryLogger()
 * const pds = await startTestServer({ logger: log.logger })
 * expect(log.text()).not.toContain('hunter2')
 */
export function memoryLogger(): MemoryLogger {
  const lines: string[] = []
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk))
      done()
    },
  })
  const logger = createLogger({ logLevel: 'trace' }, sink)
  return { logger, lines, text: () => lines.join('') }
}
