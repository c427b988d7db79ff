import pg from 'pg'

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

/**
 * Drops a PostgreSQL schema a test made, with everything in it (nothing if it is gone already).
 *
 * @example
 * afterAll(() => dropPgSchema(schema))
 */
export async function dropPgSchema(schema: string, url: string | undefined = TEST_PG_URL): Promise<void> {
  if (!url) throw new Error('dialect postgres needs PDS_TEST_PG_URL')
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(`drop schema if exists "${schema}" cascade`)
  } finally {
    await client.end()
  }
}
