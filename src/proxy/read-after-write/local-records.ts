/**
 * The caller's own records the AppView has not indexed yet: those written in revisions
 * after the `atproto-repo-rev` the AppView reported.
 *
 * @module
 */
import { cborToLex } from '@atproto/repo'
import { rt } from '#generated/index.js'
import type { Database } from '#src/db/database.js'

/** One local record, its value as JSON (CIDs as `{ $link }`, bytes as `{ $bytes }`). */
export interface LocalRecord {
  uri: string
  cid: string
  indexedAt: string
  value: { [key: string]: unknown }
}

/** What read-after-write merges in. */
export interface LocalRecords {
  count: number
  /** The profile record (`app.bsky.actor.profile/self`), when it changed since the rev. */
  profile: LocalRecord | null
  /** New posts, oldest first. */
  posts: LocalRecord[]
}

/** At most this many records are merged in (like the reference). */
const LIMIT = 10

/**
 * The records of `did` written after revision `rev`. When no record is at or before `rev`
 * the AppView's clock cannot be compared with ours (a migrated account, say), so nothing
 * is returned.
 *
 * @example
 * const local = await recordsSinceRev(ctx.db, did, upstream.headers['atproto-repo-rev'])
 */
export async function recordsSinceRev(db: Database, did: string, rev: string): Promise<LocalRecords> {
  const result: LocalRecords = { count: 0, profile: null, posts: [] }
  const rows = await db
    .selectFrom('record')
    .innerJoin('repoBlock', (join) =>
      join.onRef('repoBlock.did', '=', 'record.did').onRef('repoBlock.cid', '=', 'record.cid'),
    )
    .select(['record.uri', 'record.cid', 'record.collection', 'record.rkey', 'record.indexedAt', 'repoBlock.content'])
    .where('record.did', '=', did)
    .where('record.repoRev', '>', rev)
    .where('record.takedownRef', 'is', null)
    .orderBy('record.repoRev', 'asc')
    .limit(LIMIT)
    .execute()
  if (rows.length === 0) return result
  const older = await db
    .selectFrom('record')
    .select('uri')
    .where('did', '=', did)
    .where('repoRev', '<=', rev)
    .limit(1)
    .executeTakeFirst()
  if (!older) return result
  for (const row of rows) {
    result.count++
    const value = rt.lexToJson(cborToLex(row.content)) as { [key: string]: unknown }
    const record = { uri: row.uri, cid: row.cid, indexedAt: row.indexedAt, value }
    if (row.collection === 'app.bsky.actor.profile' && row.rkey === 'self') result.profile = record
    else if (row.collection === 'app.bsky.feed.post') result.posts.push(record)
  }
  return result
}

/** Milliseconds since the oldest merged record was written: how far the AppView lags. */
export function localLag(local: LocalRecords): number | undefined {
  let oldest = local.profile?.indexedAt
  for (const post of local.posts) if (!oldest || post.indexedAt < oldest) oldest = post.indexedAt
  return oldest ? Date.now() - Date.parse(oldest) : undefined
}

/** The current profile record (`app.bsky.actor.profile/self`) of `did` as JSON, or null. */
export async function currentProfile(db: Database, did: string): Promise<{ [key: string]: unknown } | null> {
  const row = await db
    .selectFrom('record')
    .innerJoin('repoBlock', (join) =>
      join.onRef('repoBlock.did', '=', 'record.did').onRef('repoBlock.cid', '=', 'record.cid'),
    )
    .select('repoBlock.content')
    .where('record.uri', '=', `at://${did}/app.bsky.actor.profile/self`)
    .where('record.takedownRef', 'is', null)
    .executeTakeFirst()
  return row ? (rt.lexToJson(cborToLex(row.content)) as { [key: string]: unknown }) : null
}
