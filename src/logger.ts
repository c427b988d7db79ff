import { type DestinationStream, type Logger, pino } from 'pino'
import type { Config } from './config.js'

export type { Logger } from 'pino'

// @NOTE pino's wildcards match one level only, so each secret-bearing key is listed at the
// top level, one level down and under a request's headers
const SECRET_KEYS = [
  'password',
  'adminPassword',
  'jwtSecret',
  'plcRotationKeyHex',
  'repoKeyEncryptionKeyHex',
  'privateKey',
  'secret',
  'secrets',
  'token',
  'accessJwt',
  'refreshJwt',
  'authorization',
  'cookie',
]

/** Paths pino replaces with `[Redacted]`. */
export const REDACT_PATHS: readonly string[] = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((key) => `*.${key}`),
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers.dpop',
  'headers.authorization',
  'headers.cookie',
  'headers.dpop',
]

/** Most bytes of log lines held in memory while stdout is slow to take them. */
export const LOG_BUFFER_BYTES = 4 * 1024 * 1024

/**
 * Stdout as pino writes to it: asynchronously, with at most `maxBytes` of lines waiting.
 * @NOTE unbounded by default: a stdout that stops draining (a stuck log collector) would hold
 * every line since in memory; past the bound lines are dropped (the stream emits `drop`)
 */
export function logDestination(fd = 1, maxBytes = LOG_BUFFER_BYTES): DestinationStream {
  return pino.destination({ dest: fd, sync: false, maxLength: maxBytes })
}

/**
 * The process logger: JSON lines on stdout (or `destination`), at the configured level,
 * with secrets redacted.
 *
 * @example
 * const logger = createLogger(config)
 * logger.info({ url }, 'listening')
 */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  const options = {
    name: 'pds',
    level: config.logLevel,
    redact: { paths: [...REDACT_PATHS], censor: '[Redacted]' },
  }
  return pino(options, destination ?? logDestination())
}
