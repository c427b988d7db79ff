/**
 * Vitest global setup: runs once per `npm test`, in the main process, before any test file.
 *
 * @module
 */
import { existsSync } from 'node:fs'
import { IN_CI } from './ci.js'
import { TEST_PG_URL } from './db.js'
import { INTEROP_DIR } from './interop.js'

/**
 * Says clearly, once, when the PostgreSQL suites will not run; in CI (`CI=true`) a missing
 * PDS_TEST_PG_URL or interop vectors folder fails the run before any test starts.
 */
export default function setup(): void {
  if (IN_CI) {
    const missing: string[] = []
    if (!TEST_PG_URL) missing.push('PDS_TEST_PG_URL is not set (e.g. postgresql://postgres@127.0.0.1:5432/test)')
    if (!existsSync(INTEROP_DIR)) missing.push(`the interop vectors are missing at ${INTEROP_DIR}`)
    if (missing.length > 0) {
      throw new Error(`CI=true, so nothing may be skipped, but ${missing.join(', and ')}`)
    }
  }
  if (!TEST_PG_URL) {
    console.warn(
      'PostgreSQL suite skipped: set PDS_TEST_PG_URL (e.g. postgresql://postgres@127.0.0.1:5432/test) to run it',
    )
  }
}
