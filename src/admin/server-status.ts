/**
 * The numbers an operator watches: version, accounts by status, database, blob store and
 * the disk under it, the firehose's last seq, and the relays told to crawl.
 *
 * @module
 */
import fs from 'node:fs/promises'
import { sql } from 'kysely'
import type { Config } from '#src/config.js'
import type { Database } from '#src/db/database.js'
import type { Sequencer } from '#src/sequencer/sequencer.js'
import { PDS_VERSION } from '#src/version.js'

/** What {@link serverStatus} reports. */
export interface ServerStatus {
  version: string
  did: string
  hostname: string
  accounts: { total: number; active: number; takendown: number; deactivated: number }
  database: { dialect: 'sqlite' | 'postgres'; bytes?: number }
  blobstore: { kind: 'disk' | 's3'; location: string; blobs: number; bytes: number }
  /** Free and total bytes of the file system holding the data directory (unknown: absent). */
  disk?: { path: string; freeBytes: number; totalBytes: number }
  firehose: { seq: number }
  relays: string[]
}

/**
 * Gathers {@link ServerStatus}. Cheap enough for a dashboard page: a few aggregate queries.
 *
 * @example
 * const status = await serverStatus({ db, config, sequencer })
 */
export async function serverStatus(deps: {
  db: Database
  config: Config
  sequencer: Sequencer
}): Promise<ServerStatus> {
  const { db, config } = deps
  const [accounts, blobs, seq, dbBytes, disk] = await Promise.all([
    db
      .selectFrom('account')
      .select((eb) => [
        eb.fn.countAll<number>().as('total'),
        eb.fn.count<number>('takedownRef').as('takendown'),
        eb.fn.count<number>('deactivatedAt').as('deactivated'),
        eb.fn
          .countAll<number>()
          .filterWhere((w) => w.and([w('takedownRef', 'is', null), w('deactivatedAt', 'is', null)]))
          .as('active'),
      ])
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('blob')
      .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.sum<number>('size').as('bytes')])
      .executeTakeFirstOrThrow(),
    deps.sequencer.lastSeq(),
    databaseBytes(db, config),
    diskSpace(config.dataDirectory),
  ])
  return {
    version: PDS_VERSION,
    did: config.serviceDid,
    hostname: config.hostname,
    accounts: {
      total: Number(accounts.total),
      active: Number(accounts.active),
      takendown: Number(accounts.takendown),
      deactivated: Number(accounts.deactivated),
    },
    database: { dialect: config.database.dialect, ...(dbBytes !== undefined ? { bytes: dbBytes } : {}) },
    blobstore: {
      kind: config.blobstoreS3 ? 's3' : 'disk',
      location: config.blobstoreS3 ? `s3://${config.blobstoreS3.bucket}` : config.blobstoreDiskLocation,
      blobs: Number(blobs.count),
      bytes: Number(blobs.bytes ?? 0),
    },
    ...(disk ? { disk } : {}),
    firehose: { seq },
    relays: [...config.crawlers],
  }
}

async function databaseBytes(db: Database, config: Config): Promise<number | undefined> {
  try {
    if (config.database.dialect === 'sqlite') {
      const files = [config.database.location, `${config.database.location}-wal`]
      const sizes = await Promise.all(
        files.map((file) =>
          fs.stat(file).then(
            (s) => s.size,
            () => 0,
          ),
        ),
      )
      return sizes.reduce((a, b) => a + b, 0)
    }
    const { rows } = await sql<{ bytes: string }>`select pg_database_size(current_database()) as bytes`.execute(db)
    return rows[0] ? Number(rows[0].bytes) : undefined
  } catch {
    return undefined
  }
}

async function diskSpace(path: string): Promise<ServerStatus['disk']> {
  try {
    const stats = await fs.statfs(path)
    return { path, freeBytes: stats.bavail * stats.bsize, totalBytes: stats.blocks * stats.bsize }
  } catch {
    return undefined
  }
}
