/**
 * The database side of deleting an account: every row it owns, in the caller's transaction.
 *
 * @NOTE a table added later that holds per-account rows must either reference
 * `account.did ... on delete cascade` (removed with the account row) or be added here
 * @module
 */
import { sql, type Transaction } from 'kysely'
import type { DatabaseSchema } from '#src/db/schema.js'

/** Tables of other features that may exist, keyed by DID (deleted when present). */
const OPTIONAL_TABLES = ['account_pref'] as const

/**
 * Deletes account `did` and all its rows: records and their blob links, repo blocks and
 * root, blob rows, sessions, app passwords, email tokens, invite uses, firehose history,
 * the signing key and the account row itself. The repo root row is locked first, as a
 * commit does, so no write to the repo interleaves. Resolves with the blob rows it deleted
 * (their bytes are for the caller to remove once this commits), or null when there is no
 * such account.
 */
export async function deleteAccountData(
  trx: Transaction<DatabaseSchema>,
  dialect: 'sqlite' | 'postgres',
  did: string,
): Promise<{ cid: string; tempKey: string | null }[] | null> {
  if (dialect === 'postgres') {
    await trx.selectFrom('repoRoot').select('did').where('did', '=', did).forUpdate().execute()
    await trx.selectFrom('account').select('did').where('did', '=', did).forUpdate().execute()
  }
  const account = await trx.selectFrom('account').select('did').where('did', '=', did).executeTakeFirst()
  if (!account) return null
  const blobs = await trx.selectFrom('blob').select(['cid', 'tempKey']).where('did', '=', did).execute()
  await trx.deleteFrom('recordBlob').where('did', '=', did).execute()
  await trx.deleteFrom('record').where('did', '=', did).execute()
  await trx.deleteFrom('blob').where('did', '=', did).execute()
  await trx.deleteFrom('repoBlock').where('did', '=', did).execute()
  await trx.deleteFrom('repoRoot').where('did', '=', did).execute()
  await trx.deleteFrom('authSession').where('did', '=', did).execute()
  await trx.deleteFrom('appPassword').where('did', '=', did).execute()
  await trx.deleteFrom('emailToken').where('did', '=', did).execute()
  await trx.deleteFrom('inviteCodeUse').where('usedBy', '=', did).execute()
  // OAuth: the apps' sessions (and their rotated refresh tokens), grants, browsers, pending requests
  await trx
    .deleteFrom('oauthUsedRefresh')
    .where('tokenId', 'in', trx.selectFrom('oauthToken').select('id').where('did', '=', did))
    .execute()
  await trx.deleteFrom('oauthToken').where('did', '=', did).execute()
  await trx.deleteFrom('oauthGrant').where('did', '=', did).execute()
  await trx.deleteFrom('oauthDeviceAccount').where('did', '=', did).execute()
  await trx.deleteFrom('oauthRequest').where('did', '=', did).execute()
  // @NOTE the firehose stops serving the repo: a replay from an old cursor skips its history
  await trx.deleteFrom('repoSeq').where('did', '=', did).execute()
  for (const table of await presentTables(trx, dialect, OPTIONAL_TABLES)) {
    await sql`delete from ${sql.table(table)} where did = ${did}`.execute(trx)
  }
  await trx.deleteFrom('accountKey').where('did', '=', did).execute()
  await trx.deleteFrom('account').where('did', '=', did).execute()
  return blobs
}

/** Those of `names` that exist (on PostgreSQL: in the schema the search path names). */
async function presentTables(
  trx: Transaction<DatabaseSchema>,
  dialect: 'sqlite' | 'postgres',
  names: readonly string[],
): Promise<string[]> {
  const present: string[] = []
  for (const name of names) {
    const query =
      dialect === 'postgres'
        ? sql<{ found: string | null }>`select to_regclass(${name})::text as found`
        : sql<{ found: string | null }>`select name as found from sqlite_master where type = 'table' and name = ${name}`
    const { rows } = await query.execute(trx)
    if (rows[0]?.found) present.push(name)
  }
  return present
}
