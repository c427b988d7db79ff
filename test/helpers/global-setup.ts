/**
 * Vitest global setup: runs once per `npm test`, in the main process, before any test file.
 *
 * @module
 */
import { TEST_PG_URL } from './db.js'

/** Says clearly, once, when the PostgreSQL suites will not run. */
export default function setup(): void {
  if (!TEST_PG_URL) {
    console.warn(
      'PostgreSQL suite skipped: set PDS_TEST_PG_URL (e.g. postgresql://postgres@127.0.0.1:5432/test) to run it',
    )
  }
}
