/**
 * Upgrading stored password hashes at login: a password that verified against an older
 * hash (scrypt, or argon2id with other parameters) is hashed again with today's scheme.
 *
 * @NOTE until it logs in once, an account with an scrypt hash answers a wrong password more
 * slowly (scrypt 2^15, ~100 ms of CPU) than an unknown account's decoy (one argon2id, ~30 ms),
 * so timing can tell such accounts apart; accounts hashed with argon2id cannot be.
 *
 * @module
 */
import type { Database } from '#src/db/database.js'
import type { Logger } from '#src/logger.js'
import { hashPassword, needsRehash } from './password.js'

/**
 * Replaces `did`'s account password hash `stored` by a current one, if it needs it. Call only
 * after `password` verified against `stored`.
 *
 * @NOTE one compare-and-set statement: a password changed meanwhile (reset, admin) is kept,
 * never overwritten by the old password's new hash. A failure is logged (never the password)
 * and the login goes on: the old hash still verifies, so the next login tries again.
 */
export async function upgradePasswordHash(
  deps: { db: Database; logger: Logger },
  did: string,
  stored: string,
  password: string,
): Promise<void> {
  if (!needsRehash(stored)) return
  try {
    const fresh = await hashPassword(password)
    await deps.db
      .updateTable('account')
      .set({ passwordScrypt: fresh })
      .where('did', '=', did)
      .where('passwordScrypt', '=', stored)
      .execute()
  } catch (err) {
    deps.logger.warn(
      { did, err: err instanceof Error ? err.message : String(err) },
      'could not upgrade a password hash',
    )
  }
}
