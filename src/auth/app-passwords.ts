/**
 * App passwords: per-app passwords an account hands to third-party clients. A login with one
 * opens a session of limited scope (see method-access.ts); revoking one ends its sessions at once.
 *
 * @module
 */
import {
  APP_PASSWORD_FORMAT,
  generateAppPassword,
  hashAppPassword,
  hashLegacyAppPassword,
  LEGACY_HASH_PREFIX,
} from '#src/account/password.js'
import type { Database } from '#src/db/database.js'
import { isUniqueViolation } from '#src/db/unique-violation.js'
import { APP_PASS_PRIVILEGED_SCOPE, APP_PASS_SCOPE } from './method-access.js'
import type { SessionGrant, SessionService } from './sessions.js'

/** An app password as listed (never its hash). */
export interface AppPasswordInfo {
  name: string
  createdAt: string
  privileged: boolean
}

/** The longest app password name accepted, in characters. */
export const MAX_APP_PASSWORD_NAME_LENGTH = 100

/** An app password request broke a rule (name taken, empty, too long); the message is for the client. */
export class AppPasswordError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'AppPasswordError'
  }
}

/** The session grant of a login with app password `info`. */
export function appPasswordGrant(info: Pick<AppPasswordInfo, 'name' | 'privileged'>): SessionGrant {
  return { scope: info.privileged ? APP_PASS_PRIVILEGED_SCOPE : APP_PASS_SCOPE, appPasswordName: info.name }
}

/**
 * The app passwords of accounts (`ctx.appPasswords`).
 *
 * @example
 * const { password } = await ctx.appPasswords.create(did, 'my client', false) // shown once
 * const found = await ctx.appPasswords.verify(did, password) // { name, privileged } | null
 * await ctx.appPasswords.revoke(did, 'my client') // its sessions end at once
 */
const CONTROL_CHARACTER = /\p{Cc}/u

export class AppPasswordService {
  constructor(
    private readonly db: Database,
    private readonly sessions: SessionService,
  ) {}

  /** Makes a new app password named `name`; the plain password is returned only here. */
  async create(did: string, name: string, privileged: boolean): Promise<AppPasswordInfo & { password: string }> {
    const trimmed = name.trim()
    if (trimmed === '') throw new AppPasswordError('The app password needs a name')
    // @NOTE PostgreSQL refuses NUL in text (a 500), and no name a person types holds a control character
    if (CONTROL_CHARACTER.test(trimmed))
      throw new AppPasswordError('The app password name may not hold control characters')
    if (trimmed.length > MAX_APP_PASSWORD_NAME_LENGTH) {
      throw new AppPasswordError(
        `The app password name is too long: at most ${MAX_APP_PASSWORD_NAME_LENGTH} characters`,
      )
    }
    const password = generateAppPassword()
    const createdAt = new Date().toISOString()
    try {
      await this.db
        .insertInto('appPassword')
        .values({
          did,
          name: trimmed,
          passwordScrypt: await hashAppPassword(did, password),
          privileged: privileged ? 1 : 0,
          createdAt,
        })
        .execute()
    } catch (err) {
      if (isUniqueViolation(err)) {
        throw new AppPasswordError(`An app password named "${trimmed}" already exists`, { cause: err })
      }
      throw err
    }
    return { name: trimmed, password, createdAt, privileged }
  }

  /** The app passwords of `did`, newest first. */
  async list(did: string): Promise<AppPasswordInfo[]> {
    const rows = await this.db
      .selectFrom('appPassword')
      .select(['name', 'createdAt', 'privileged'])
      .where('did', '=', did)
      .orderBy('createdAt', 'desc')
      .orderBy('name')
      .execute()
    return rows.map((row) => ({ name: row.name, createdAt: row.createdAt, privileged: row.privileged === 1 }))
  }

  /** Deletes app password `name` and, in the same transaction, every session opened with it. */
  async revoke(did: string, name: string): Promise<void> {
    if (CONTROL_CHARACTER.test(name)) return
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('appPassword').where('did', '=', did).where('name', '=', name).execute()
      await trx.deleteFrom('authSession').where('did', '=', did).where('appPasswordName', '=', name).execute()
    })
    this.sessions.evict(did)
  }

  /**
   * The app password of `did` that `password` is, or null. Costs one hash when the
   * password has the app password format, nothing otherwise; while the account still has
   * app passwords stored as scrypt (made before argon2id), a miss costs one scrypt more,
   * and a found one is upgraded to argon2id.
   */
  async verify(did: string, password: string): Promise<Pick<AppPasswordInfo, 'name' | 'privileged'> | null> {
    if (!APP_PASSWORD_FORMAT.test(password)) return null
    const current = await hashAppPassword(did, password)
    const row = await this.findByHash(did, current)
    if (row) return { name: row.name, privileged: row.privileged === 1 }
    const legacyLeft = await this.db
      .selectFrom('appPassword')
      .select('name')
      .where('did', '=', did)
      .where('passwordScrypt', 'like', `${LEGACY_HASH_PREFIX}%`)
      .executeTakeFirst()
    if (!legacyLeft) return null
    const legacy = await hashLegacyAppPassword(did, password)
    const old = await this.findByHash(did, legacy)
    if (!old) return null
    // @NOTE compare-and-set: a row revoked or replaced meanwhile stays as it is
    await this.db
      .updateTable('appPassword')
      .set({ passwordScrypt: current })
      .where('did', '=', did)
      .where('name', '=', old.name)
      .where('passwordScrypt', '=', legacy)
      .execute()
    return { name: old.name, privileged: old.privileged === 1 }
  }

  private findByHash(did: string, hash: string) {
    return this.db
      .selectFrom('appPassword')
      .select(['name', 'privileged'])
      .where('did', '=', did)
      .where('passwordScrypt', '=', hash)
      .executeTakeFirst()
  }
}
