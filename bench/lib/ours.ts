/**
 * @module
 * Our PDS as a child process, as `npm start` runs it: the compiled build, `node` with
 * scripts/build.mjs's START_NODE_ARGS and START_ENV on dist/index.js (built first when stale,
 * with the checkout's own build script, so an older checkout runs as it starts), on the Node running the
 * bench (Node 20 here), on 127.0.0.1 and a free port, with a fresh temp data directory.
 * `runtime: 'tsx'` (or `BENCH_OURS_RUNTIME=tsx`) runs `src/index.ts` through tsx instead.
 */
import { execFileSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { freePort, makeTempDir, ORPHAN_GUARD, type ServerHandle, spawnServer } from './children.js'
import { baseEnv } from './reference.js'
import { type ServerSecrets, serverSecrets } from './secrets.js'

/** The repository root (where src/index.ts is). */
export const ROOT = resolve(import.meta.dirname, '..', '..')

/** Options of {@link startOurs}. */
export interface StartOursOptions {
  /** PLC directory URL (the same one the reference uses). */
  plcUrl: string
  /** Extra environment, e.g. `{ DATABASE_URL: 'postgresql://...' }`. */
  env?: Record<string, string>
  /** Folder for its log file (default: its temp data dir). */
  logDir?: string
  /**
   * Data directory to use (default: a fresh temp dir). Several processes on one PostgreSQL
   * share one, so they share the disk blob store.
   */
  dataDir?: string
  /** Secrets to start with (default: fresh ones); processes sharing a database share them. */
  secrets?: ServerSecrets
  /** Name of the log file, `<name>.log` (default `ours`). */
  name?: string
  /**
   * Extra Node options, e.g. `['--cpu-prof', '--cpu-prof-dir=/tmp/prof']`; `BENCH_OURS_NODE_ARGS`
   * (space-separated) adds more to every run, e.g. to A/B a V8 flag.
   */
  nodeArgs?: string[]
  /** The checkout to run, e.g. another worktree to compare with (default `$BENCH_OURS_ROOT`, else {@link ROOT}). */
  root?: string
  /**
   * `dist` (default): the compiled build users run; `tsx`: the TypeScript sources through the
   * tsx loader (a profile then names src/ files). Default from `BENCH_OURS_RUNTIME`.
   */
  runtime?: 'dist' | 'tsx'
}

const built = new Set<string>()

/** What `npm start` runs: Node's options and environment (none before a checkout had them). */
interface StartSettings {
  START_NODE_ARGS?: string[]
  START_ENV?: Record<string, string>
}

/**
 * What runs our server from checkout `root`: the compiled entry (built now if stale) with the
 * options and environment `npm start` gives it, or tsx and the source.
 */
async function entryOf(
  runtime: 'dist' | 'tsx',
  root: string,
): Promise<{ node: string[]; entry: string[]; env: Record<string, string> }> {
  if (runtime === 'tsx') return { node: [], entry: ['--import', 'tsx', join(root, 'src', 'index.ts')], env: {} }
  const script = join(root, 'scripts', 'build.mjs')
  if (!built.has(root)) {
    execFileSync(process.execPath, [script, '--if-stale'], { stdio: 'inherit' })
    built.add(root)
  }
  const start = (await import(pathToFileURL(script).href)) as StartSettings
  return {
    node: start.START_NODE_ARGS ?? ['--enable-source-maps'],
    entry: [join(root, 'dist', 'index.js')],
    env: start.START_ENV ?? {},
  }
}

/** Starts our PDS and waits until it answers /xrpc/_health. */
export async function startOurs(opts: StartOursOptions): Promise<ServerHandle> {
  const runtime = opts.runtime ?? (process.env.BENCH_OURS_RUNTIME === 'tsx' ? 'tsx' : 'dist')
  if (runtime !== 'dist' && runtime !== 'tsx') throw new Error(`runtime must be dist or tsx, not ${runtime}`)
  const root = opts.root ?? process.env.BENCH_OURS_ROOT ?? ROOT
  const extraArgs = process.env.BENCH_OURS_NODE_ARGS?.split(' ').filter(Boolean) ?? []
  const entry = await entryOf(runtime, root)
  // @NOTE the extra options come after npm start's, so one of them can override it (the last wins)
  const args = [...entry.node, ...(opts.nodeArgs ?? []), ...extraArgs, '--import', ORPHAN_GUARD, ...entry.entry]
  const port = await freePort()
  const data = opts.dataDir ?? makeTempDir('bench-ours-')
  const secrets = opts.secrets ?? (await serverSecrets())
  const env: Record<string, string> = {
    ...baseEnv(),
    ...entry.env,
    PDS_HOSTNAME: 'localhost',
    PDS_PORT: String(port),
    PDS_BIND_HOST: '127.0.0.1',
    PDS_DATA_DIRECTORY: data,
    PDS_DID_PLC_URL: opts.plcUrl,
    PDS_INVITE_REQUIRED: 'false',
    PDS_DEV_MODE: 'true',
    PDS_RATE_LIMITS_ENABLED: 'false',
    PDS_JWT_SECRET: secrets.jwtSecret,
    PDS_ADMIN_PASSWORD: secrets.adminPassword,
    PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX: secrets.plcRotationKeyHex,
    LOG_LEVEL: 'silent',
    ...opts.env,
  }
  return await spawnServer({
    name: 'ours',
    command: process.execPath,
    args,
    env,
    cwd: root,
    url: `http://localhost:${port}`,
    logFile: join(opts.logDir ?? data, `${opts.name ?? 'ours'}.log`),
  })
}

/**
 * The `--env NAME=VALUE` options of a bench's command line (repeatable), as an environment to
 * give the servers it starts.
 *
 * @example
 * const env = envOptions(process.argv) // --env LOG_LEVEL=info -> { LOG_LEVEL: 'info' }
 */
export function envOptions(argv: readonly string[]): Record<string, string> {
  const env: Record<string, string> = {}
  argv.forEach((a, i) => {
    if (a !== '--env') return
    const [k, ...v] = (argv[i + 1] ?? '').split('=')
    if (k) env[k] = v.join('=')
  })
  return env
}
