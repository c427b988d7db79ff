/**
 * Invite codes: when `PDS_INVITE_REQUIRED` is on, every new account spends one use of a code.
 *
 * @module
 */
import { randomBytes } from 'node:crypto'
import type { Transaction } from 'kysely'
import type { Database } from '#src/db/database.js'
import type { DatabaseSchema } from '#src/db/schema.js'
import { AccountError } from './errors.js'

/**
 * A new code, `<host>-xxxxx-xxxxx` (base32, 50 bits of randomness), for `useCount` accounts.
 *
 * @example
 * const code = await createInviteCode(db, { hostname: 'pds.example.com', useCount: 1, forAccount: 'admin' })
 */
export async function createInviteCode(
  db: Database,
  opts: { hostname: string; useCount: number; forAccount: string; createdBy?: string },
): Promise<string> {
  const code = `${opts.hostname.replaceAll('.', '-')}-${randomChunk()}-${randomChunk()}`
  await db
    .insertInto('inviteCode')
    .values({
      code,
      availableUses: opts.useCount,
      disabled: 0,
      forAccount: opts.forAccount,
      createdBy: opts.createdBy ?? 'admin',
      createdAt: new Date().toISOString(),
    })
    .execute()
  return code
}

/**
 * Spends one use of `code` for the new account `did`, inside the account's transaction.
 * Throws {@link AccountError} (`InvalidInviteCode`) when the code is unknown, disabled or spent.
 */
export async function useInviteCode(
  trx: Transaction<DatabaseSchema>,
  code: string,
  did: string,
  dialect: 'sqlite' | 'postgres',
): Promise<void> {
  if (!isWellFormedInviteCode(code)) throw new AccountError('InvalidInviteCode', 'Provided invite code not available')
  // @NOTE the row lock serialises two sign-ups racing for the last use (SQLite has one writer anyway)
  const invite = await trx
    .selectFrom('inviteCode')
    .select(['availableUses', 'disabled'])
    .where('code', '=', code)
    .$if(dialect === 'postgres', (qb) => qb.forUpdate())
    .executeTakeFirst()
  if (!invite || invite.disabled) throw new AccountError('InvalidInviteCode', 'Provided invite code not available')
  const { used } = await trx
    .selectFrom('inviteCodeUse')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('used'))
    .where('code', '=', code)
    .executeTakeFirstOrThrow()
  if (Number(used) >= invite.availableUses) {
    throw new AccountError('InvalidInviteCode', 'Provided invite code not available')
  }
  await trx.insertInto('inviteCodeUse').values({ code, usedBy: did, usedAt: new Date().toISOString() }).execute()
}

/** Whether `code` could still create an account (checked again, atomically, on use). */
export async function isInviteCodeAvailable(db: Database, code: string): Promise<boolean> {
  if (!isWellFormedInviteCode(code)) return false
  const invite = await db
    .selectFrom('inviteCode')
    .select(['availableUses', 'disabled'])
    .where('code', '=', code)
    .executeTakeFirst()
  if (!invite || invite.disabled) return false
  const { used } = await db
    .selectFrom('inviteCodeUse')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('used'))
    .where('code', '=', code)
    .executeTakeFirstOrThrow()
  return Number(used) < invite.availableUses
}

/**
 * Whether `code` could be a code of ours (`<host>-xxxxx-xxxxx`, or one an operator chose):
 * letters, digits, dots, dashes and underscores, at most 256 characters.
 */
export function isWellFormedInviteCode(code: string): boolean {
  return /^[A-Za-z0-9._-]{1,256}$/.test(code)
}

function randomChunk(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567'
  return Array.from(randomBytes(5), (b) => alphabet[b & 31]).join('')
}
