/**
 * The environment for a PDS process a test spawns with a clean environment.
 *
 * @module
 */

/**
 * PATH and HOME only, plus what the Node 22 test run (test/node22/main.ts) needs every child to
 * inherit (its better-sqlite3 binding), so nothing from the developer's shell (DATABASE_URL,
 * PDS_*) leaks in.
 *
 * @example
 * spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { env: { ...cleanEnv(), PDS_PORT: '0' } })
 */
export function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' }
  const binding = process.env.PDS_TEST_SQLITE_BINDING
  if (binding) {
    env.PDS_TEST_SQLITE_BINDING = binding
    env.NODE_OPTIONS = process.env.NODE_OPTIONS ?? ''
  }
  return env
}
