/**
 * The data directory holds the database (with the encrypted repo signing keys), blobs and
 * secrets.json: only the PDS's own user may enter it.
 *
 * @module
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Logger } from '#src/logger.js'

/** Mode of the data directory and of the SQLite database's directory. */
export const DIRECTORY_MODE = 0o700
/** Mode of the SQLite database and its -wal and -shm files. */
export const DATABASE_FILE_MODE = 0o600

/**
 * Creates `dir` with mode 0700, or tightens an existing one that group or others may read.
 *
 * @example
 * prepareDataDirectory(config.dataDirectory, logger)
 */
export function prepareDataDirectory(dir: string, logger?: Logger): void {
  fs.mkdirSync(dir, { recursive: true, mode: DIRECTORY_MODE })
  tighten(dir, DIRECTORY_MODE, logger)
}

/**
 * Creates the SQLite file `location` with mode 0600 before SQLite opens it (SQLite then gives
 * its -wal and -shm files the same mode), and tightens existing ones.
 */
export function prepareDatabaseFile(location: string, logger?: Logger): void {
  prepareDataDirectory(path.dirname(location), logger)
  fs.closeSync(fs.openSync(location, 'a', DATABASE_FILE_MODE))
  for (const file of [location, `${location}-wal`, `${location}-shm`, `${location}-journal`]) {
    if (fs.existsSync(file)) tighten(file, DATABASE_FILE_MODE, logger)
  }
}

function tighten(file: string, mode: number, logger: Logger | undefined): void {
  const current = fs.statSync(file).mode & 0o777
  if ((current & ~mode) === 0) return
  try {
    fs.chmodSync(file, mode)
    logger?.info({ file, from: current.toString(8), to: mode.toString(8) }, 'tightened permissions')
  } catch (err) {
    logger?.warn({ file, err }, `could not set mode ${mode.toString(8)}; other users may read it`)
  }
}
