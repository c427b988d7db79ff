/** A database dialect the suites run against. */
export type Dialect = 'sqlite' | 'postgres'

/** The PostgreSQL URL for tests, from PDS_TEST_PG_URL; unset skips the PostgreSQL suites. */
export const TEST_PG_URL: string | undefined = process.env.PDS_TEST_PG_URL || undefined

/**
 * The dialects to run storage tests on: SQLite always, PostgreSQL when PDS_TEST_PG_URL is set
 * (test/helpers/global-setup.ts says once per run when it is not).
 *
 * @example
 * describe.each(dialects())('describeServer (%s)', (dialect) => { ... })
 */
export function dialects(): Dialect[] {
  return TEST_PG_URL ? ['sqlite', 'postgres'] : ['sqlite']
}
