/**
 * @module
 * A fresh PostgreSQL database for one bench run, dropped at clean-up (after the servers that
 * use it have stopped, since clean-up runs newest first). Its name carries the bench's PID,
 * `bench_<pid>_<hex>`, so a database left by a run killed with -9 is dropped by the next run.
 *
 * @example
 *   const db = await createBenchDatabase('postgresql://postgres@127.0.0.1:5432')
 *   await startOurs({ plcUrl, env: { DATABASE_URL: db.url } })
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { isAlive, onCleanup } from './children.js'

/** The PostgreSQL server the bench uses unless told otherwise (`--pg-url`, `BENCH_PG_URL`). */
export const DEFAULT_PG_URL = process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432'

/** A database made by {@link createBenchDatabase}. */
export interface BenchDatabase {
  name: string
  /** Connection URL of the database (the server URL with the database as its path). */
  url: string
  /** Drops it now (also done at clean-up); safe to call twice. */
  drop(): Promise<void>
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

async function admin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    connectionString: withDatabase(serverUrl, 'postgres'),
    connectionTimeoutMillis: 10_000,
  })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Creates `bench_<pid>_<hex>` on the server at `serverUrl`, after dropping dead runs' ones. */
export async function createBenchDatabase(serverUrl: string = DEFAULT_PG_URL): Promise<BenchDatabase> {
  const name = `bench_${process.pid}_${randomBytes(4).toString('hex')}`
  await admin(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "select datname from pg_database where datname like 'bench\\_%\\_%'",
    )
    for (const { datname } of rows) {
      const pid = Number(/^bench_(\d+)_[0-9a-f]+$/.exec(datname)?.[1])
      if (pid > 0 && pid !== process.pid && !isAlive(pid)) {
        await client.query(`drop database if exists "${datname}" with (force)`)
      }
    }
    await client.query(`create database "${name}"`)
  })
  let dropped: Promise<void> | undefined
  const drop = () => {
    dropped ??= admin(serverUrl, async (client) => {
      await client.query(`drop database if exists "${name}" with (force)`)
    })
    return dropped
  }
  const unregister = onCleanup(drop)
  return {
    name,
    url: withDatabase(serverUrl, name),
    async drop() {
      await drop()
      unregister()
    },
  }
}
