/**
 * Single-use codes mailed to an account: `XXXXX-XXXXX` (10 base32 characters, the
 * reference PDS's format), valid for 15 minutes, stored only as a SHA-256 hash, one live
 * code per account and purpose (a newer request replaces the older one), deleted by use.
 *
 * @module
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '#src/db/schema.js'

/** What a code may be used for; a code of one purpose never works for another. */
export type EmailTokenPurpose =
  | 'confirm_email'
  | 'update_email'
  | 'reset_password'
  | 'delete_account'
  | 'plc_operation'
  | 'sign_in'

/** How long a mailed code stays valid. */
export const EMAIL_TOKEN_TTL_MS = 15 * 60 * 1000

/** A code was refused: `invalid` (wrong, used, or of another purpose) or `expired`. */
export class EmailTokenError extends Error {
  constructor(
    readonly reason: 'invalid' | 'expired',
    message: string,
  ) {
    super(message)
    this.name = 'EmailTokenError'
  }

  /** The Lexicon error name the com.atproto.server methods declare for this reason. */
  get errorName(): 'InvalidToken' | 'ExpiredToken' {
    return this.reason === 'expired' ? 'ExpiredToken' : 'InvalidToken'
  }
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

type Executor = Kysely<DatabaseSchema>

/**
 * Makes a new code for `did` and `purpose`, replacing any earlier one, and returns it (the
 * only time the plain code exists: mail it, never log it).
 *
 * @example
 * const code = await issueEmailToken(db, did, 'confirm_email')
 */
export async function issueEmailToken(
  db: Executor,
  did: string,
  purpose: EmailTokenPurpose,
  now = new Date(),
): Promise<string> {
  const bytes = randomBytes(10)
  let code = ''
  for (const byte of bytes) code += BASE32[byte & 31]
  const token = `${code.slice(0, 5)}-${code.slice(5)}`
  const row = { purpose, did, tokenHash: hashToken(token), requestedAt: now.toISOString() }
  await db
    .insertInto('emailToken')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['purpose', 'did']).doUpdateSet({ tokenHash: row.tokenHash, requestedAt: row.requestedAt }),
    )
    .execute()
  return token
}

/**
 * Uses up the code `token` of `did` for `purpose`.
 *
 * @throws EmailTokenError when the code is wrong, already used, or expired
 */
export async function consumeEmailToken(
  db: Executor,
  did: string,
  purpose: EmailTokenPurpose,
  token: string,
  now = new Date(),
): Promise<void> {
  const row = await db
    .selectFrom('emailToken')
    .select(['tokenHash', 'requestedAt'])
    .where('purpose', '=', purpose)
    .where('did', '=', did)
    .executeTakeFirst()
  const given = Buffer.from(hashToken(token), 'hex')
  // @NOTE compare hashes in constant time, and do the same work when there is no row
  const stored = Buffer.from(row?.tokenHash ?? '00'.repeat(32), 'hex')
  if (!row || !timingSafeEqual(given, stored)) throw new EmailTokenError('invalid', 'Token is invalid')
  await useUp(db, purpose, did, row, now)
}

/**
 * Uses up the code `token` for `purpose` whoever it was mailed to (resetPassword names no
 * account), and returns that account's DID.
 *
 * @throws EmailTokenError when no live code matches
 */
export async function consumeEmailTokenByCode(
  db: Executor,
  purpose: EmailTokenPurpose,
  token: string,
  now = new Date(),
): Promise<string> {
  const row = await db
    .selectFrom('emailToken')
    .select(['did', 'tokenHash', 'requestedAt'])
    .where('purpose', '=', purpose)
    .where('tokenHash', '=', hashToken(token))
    .executeTakeFirst()
  if (!row) throw new EmailTokenError('invalid', 'Token is invalid')
  await useUp(db, purpose, row.did, row, now)
  return row.did
}

/**
 * The account a live code of `purpose` was mailed to, or null; uses nothing up. For a
 * cheap refusal before costly work (resetPassword hashes the new password only for a
 * code that exists); {@link consumeEmailTokenByCode} still decides.
 */
export async function findEmailTokenOwner(
  db: Executor,
  purpose: EmailTokenPurpose,
  token: string,
  now = new Date(),
): Promise<string | null> {
  const row = await db
    .selectFrom('emailToken')
    .select(['did', 'requestedAt'])
    .where('purpose', '=', purpose)
    .where('tokenHash', '=', hashToken(token))
    .executeTakeFirst()
  if (!row || Date.parse(row.requestedAt) + EMAIL_TOKEN_TTL_MS <= now.getTime()) return null
  return row.did
}

/** Deletes the codes requested before `before` (the background cleanup); returns how many. */
export async function deleteExpiredEmailTokens(db: Executor, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - EMAIL_TOKEN_TTL_MS).toISOString()
  const { numDeletedRows } = await db.deleteFrom('emailToken').where('requestedAt', '<', before).executeTakeFirst()
  return Number(numDeletedRows)
}

async function useUp(
  db: Executor,
  purpose: EmailTokenPurpose,
  did: string,
  row: { tokenHash: string; requestedAt: string },
  now: Date,
): Promise<void> {
  // @NOTE the delete names the hash it checked, so of two racing uses of one code only one wins
  const { numDeletedRows } = await db
    .deleteFrom('emailToken')
    .where('purpose', '=', purpose)
    .where('did', '=', did)
    .where('tokenHash', '=', row.tokenHash)
    .executeTakeFirst()
  if (numDeletedRows === 0n) throw new EmailTokenError('invalid', 'Token is invalid')
  if (Date.parse(row.requestedAt) + EMAIL_TOKEN_TTL_MS <= now.getTime()) {
    throw new EmailTokenError('expired', 'Token is expired')
  }
}

/** Codes are compared case-insensitively and without surrounding space, as people type them. */
function hashToken(token: string): string {
  return createHash('sha256').update(token.trim().toUpperCase()).digest('hex')
}
