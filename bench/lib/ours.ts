/**
 * @module
 * Our PDS as a child process: `node --import tsx src/index.ts` on the Node running the bench
 * (Node 20 here), on 127.0.0.1 and a free port, with a fresh temp data directory.
 */
import { join, resolve } from 'node:path'
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
  /** Extra Node options, e.g. `['--cpu-prof', '--cpu-prof-dir=/tmp/prof']`. */
  nodeArgs?: string[]
}

/** Starts our PDS and waits until it answers /xrpc/_health. */
export async function startOurs(opts: StartOursOptions): Promise<ServerHandle> {
  const port = await freePort()
  const data = opts.dataDir ?? makeTempDir('bench-ours-')
  const secrets = opts.secrets ?? (await serverSecrets())
  const env: Record<string, string> = {
    ...baseEnv(),
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
    args: [...(opts.nodeArgs ?? []), '--import', ORPHAN_GUARD, '--import', 'tsx', join(ROOT, 'src', 'index.ts')],
    env,
    cwd: ROOT,
    url: `http://localhost:${port}`,
    logFile: join(opts.logDir ?? data, `${opts.name ?? 'ours'}.log`),
  })
}
