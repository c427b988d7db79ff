import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A database dialect the suites run against. */
export type Dialect = 'sqlite' | 'postgres'

/** The PostgreSQL URL for tests, from PDS_TEST_PG_URL; unset skips the PostgreSQL suites. */
export const TEST_PG_URL: string | undefined = process.env.PDS_TEST_PG_URL || undefined

const SKIP_NOTICE =
  'PostgreSQL suite skipped: set PDS_TEST_PG_URL (e.g. postgresql://postgres@127.0.0.1:5432/test) to run it'

/**
 * The dialects to run storage tests on: SQLite always, PostgreSQL when PDS_TEST_PG_URL is set.
 *
 * @example
 * describe.each(dialects())('describeServer (%s)', (dialect) => { ... })
 */
export function dialects(): Dialect[] {
  if (TEST_PG_URL) return ['sqlite', 'postgres']
  noticeOnce()
  return ['sqlite']
}

function noticeOnce(): void {
  // @NOTE each test file runs in its own worker; a marker keyed by the vitest process
  // (our parent) keeps the notice to one line per run
  const marker = path.join(os.tmpdir(), `pds-pg-skip-notice-${process.ppid}`)
  try {
    fs.writeFileSync(marker, '', { flag: 'wx' })
  } catch {
    return
  }
  console.warn(SKIP_NOTICE)
}
