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
  return destination ? pino(options, destination) : pino(options)
}
