/**
 * Invite codes as the admin (and each account, for its own codes) sees them: issuing,
 * listing with their uses, disabling, and barring accounts from getting more.
 *
 * @module
 */
import { createInviteCode } from '#src/account/invites.js'
import type { Config } from '#src/config.js'
import type { Database } from '#src/db/database.js'
import { type AdminActor, recordAudit } from './audit-log.js'
import { AdminError } from './errors.js'

/** An invite code with its uses (`com.atproto.server.defs#inviteCode`). */
export interface InviteCodeView {
  code: string
  available: number
  disabled: boolean
  forAccount: string
  createdBy: string
  createdAt: string
  uses: { usedBy: string; usedAt: string }[]
}

const MAX_USES = 10_000
const MAX_CODES = 1_000
// @NOTE as the reference: at most this many unused earned codes at a time
const MAX_OPEN_EARNED = 5

/**
 * @example
 * const { codes, cursor } = await ctx.admin.invites.list({ sort: 'recent', limit: 100 })
 */
export class AdminInvites {
  constructor(
    private readonly db: Database,
    private readonly config: Pick<Config, 'hostname' | 'inviteRequired' | 'inviteInterval' | 'inviteEpoch'>,
  ) {}

  /**
   * Issues `codeCount` codes of `useCount` uses for each account (or for `admin`), audited.
   *
   * @throws AdminError InvalidRequest for counts out of range, NotFound for an unknown account
   */
  async create(
    actor: AdminActor,
    opts: { codeCount: number; useCount: number; forAccounts?: readonly string[] },
  ): Promise<{ account: string; codes: string[] }[]> {
    const { codeCount, useCount } = opts
    if (!Number.isInteger(useCount) || useCount < 1 || useCount > MAX_USES) {
      throw new AdminError('InvalidRequest', `useCount must be between 1 and ${MAX_USES}`)
    }
    if (!Number.isInteger(codeCount) || codeCount < 1 || codeCount > MAX_CODES) {
      throw new AdminError('InvalidRequest', `codeCount must be between 1 and ${MAX_CODES}`)
    }
    const accounts = opts.forAccounts?.length ? [...new Set(opts.forAccounts)] : ['admin']
    const known = accounts.filter((account) => account !== 'admin')
    if (known.length > 0) {
      const rows = await this.db.selectFrom('account').select('did').where('did', 'in', known).execute()
      const found = new Set(rows.map((row) => row.did))
      const missing = known.find((did) => !found.has(did))
      if (missing) throw new AdminError('NotFound', `Account not found: ${missing}`)
    }
    return this.db.transaction().execute(async (trx) => {
      const result: { account: string; codes: string[] }[] = []
      for (const account of accounts) {
        const codes: string[] = []
        for (let i = 0; i < codeCount; i++) {
          codes.push(await createInviteCode(trx, { hostname: this.config.hostname, useCount, forAccount: account }))
        }
        result.push({ account, codes })
      }
      await recordAudit(trx, actor, 'invites.create', null, { useCount, codes: result })
      return result
    })
  }

  /** A page of every code, newest first (`recent`) or most used first (`usage`). */
  async list(opts: {
    sort?: string
    limit: number
    cursor?: string
  }): Promise<{ codes: InviteCodeView[]; cursor?: string }> {
    const sort = opts.sort ?? 'recent'
    if (sort !== 'recent' && sort !== 'usage') throw new AdminError('InvalidRequest', `unknown sort method: ${sort}`)
    let query = this.db
      .selectFrom('inviteCode')
      .leftJoin('inviteCodeUse', 'inviteCodeUse.code', 'inviteCode.code')
      .select((eb) => [
        'inviteCode.code',
        'inviteCode.createdAt',
        eb.fn.count<number | string | bigint>('inviteCodeUse.usedBy').as('used'),
      ])
      .groupBy(['inviteCode.code', 'inviteCode.createdAt'])
      .limit(opts.limit)
    let offset = 0
    if (sort === 'recent') {
      query = query.orderBy('inviteCode.createdAt', 'desc').orderBy('inviteCode.code', 'desc')
      if (opts.cursor !== undefined) {
        const [createdAt, code] = splitCursor(opts.cursor)
        query = query.where((eb) =>
          eb.or([
            eb('inviteCode.createdAt', '<', createdAt),
            eb.and([eb('inviteCode.createdAt', '=', createdAt), eb('inviteCode.code', '<', code)]),
          ]),
        )
      }
    } else {
      // @NOTE use counts change as codes are spent, so usage pages by position
      offset = opts.cursor === undefined ? 0 : Number(opts.cursor)
      if (!Number.isSafeInteger(offset) || offset < 0) throw new AdminError('InvalidRequest', 'Malformed cursor')
      query = query.orderBy('used', 'desc').orderBy('inviteCode.code', 'asc').offset(offset)
    }
    const rows = await query.execute()
    const codes = await this.views(rows.map((row) => row.code))
    const last = rows.at(-1)
    if (rows.length < opts.limit || !last) return { codes }
    return { codes, cursor: sort === 'recent' ? `${last.createdAt}::${last.code}` : String(offset + rows.length) }
  }

  /** Disables the named codes and every code issued to the named accounts; audited. */
  async disable(actor: AdminActor, opts: { codes?: readonly string[]; accounts?: readonly string[] }): Promise<void> {
    const codes = [...(opts.codes ?? [])]
    // @NOTE as the reference: `admin` is not an account, so its codes are only disabled by name
    const accounts = (opts.accounts ?? []).filter((account) => account !== 'admin')
    if (codes.length === 0 && accounts.length === 0) return
    await this.db.transaction().execute(async (trx) => {
      if (codes.length > 0)
        await trx.updateTable('inviteCode').set({ disabled: 1 }).where('code', 'in', codes).execute()
      if (accounts.length > 0) {
        await trx.updateTable('inviteCode').set({ disabled: 1 }).where('forAccount', 'in', accounts).execute()
      }
      await recordAudit(trx, actor, 'invites.disable', null, { codes, accounts })
    })
  }

  /** Bars an account from getting new codes (`disabled: true`) or lifts the bar; audited. */
  async setAccountInvitesDisabled(actor: AdminActor, did: string, disabled: boolean, note?: string): Promise<void> {
    const account = await this.db.selectFrom('account').select('did').where('did', '=', did).executeTakeFirst()
    if (!account) throw new AdminError('NotFound', `Account not found: ${did}`)
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('accountInvitesDisabled').where('did', '=', did).execute()
      if (disabled) {
        await trx
          .insertInto('accountInvitesDisabled')
          .values({ did, disabledAt: new Date().toISOString(), note: note ?? null })
          .execute()
      }
      await recordAudit(trx, actor, disabled ? 'account.disableInvites' : 'account.enableInvites', did, {
        ...(note !== undefined ? { note } : {}),
      })
    })
  }

  /** Whether the account is barred from new codes. */
  async invitesDisabled(did: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('accountInvitesDisabled')
      .select('did')
      .where('did', '=', did)
      .executeTakeFirst()
    return row !== undefined
  }

  /**
   * An account's own codes (`com.atproto.server.getAccountInviteCodes`): with
   * `createAvailable` and `PDS_INVITE_INTERVAL` set, first issues the codes it has earned
   * since it was created (or since `PDS_INVITE_EPOCH`), at most 5 unused at a time.
   */
  async forAccount(
    account: { did: string; createdAt: string },
    opts: { includeUsed: boolean; createAvailable: boolean },
  ): Promise<InviteCodeView[]> {
    const { did } = account
    let codes = await this.viewsFor(did)
    const { inviteInterval, inviteEpoch, inviteRequired } = this.config
    if (opts.createAvailable && inviteRequired && inviteInterval !== undefined && !(await this.invitesDisabled(did))) {
      const earnedSince = Math.max(Date.parse(account.createdAt), inviteEpoch)
      const earned = Math.max(0, Math.floor((Date.now() - earnedSince) / inviteInterval))
      const routine = codes.filter((code) => code.createdBy !== 'admin')
      const open = routine.filter((code) => !code.disabled && code.uses.length < code.available).length
      const toCreate = Math.min(earned - routine.length, MAX_OPEN_EARNED - open)
      for (let i = 0; i < toCreate; i++) {
        await createInviteCode(this.db, {
          hostname: this.config.hostname,
          useCount: 1,
          forAccount: did,
          createdBy: did,
        })
      }
      if (toCreate > 0) codes = await this.viewsFor(did)
    }
    return codes.filter((code) => !code.disabled && (opts.includeUsed || code.uses.length < code.available))
  }

  /** The codes issued to `did`, oldest first. */
  async viewsFor(did: string): Promise<InviteCodeView[]> {
    const rows = await this.db
      .selectFrom('inviteCode')
      .select('code')
      .where('forAccount', '=', did)
      .orderBy('createdAt')
      .execute()
    return this.views(rows.map((row) => row.code))
  }

  /** The code `did` signed up with, if any. */
  async usedBy(did: string): Promise<InviteCodeView | undefined> {
    const row = await this.db.selectFrom('inviteCodeUse').select('code').where('usedBy', '=', did).executeTakeFirst()
    return row ? (await this.views([row.code]))[0] : undefined
  }

  /** Views of the named codes, in the given order. */
  async views(codes: readonly string[]): Promise<InviteCodeView[]> {
    if (codes.length === 0) return []
    const [rows, uses] = await Promise.all([
      this.db.selectFrom('inviteCode').selectAll().where('code', 'in', codes).execute(),
      this.db
        .selectFrom('inviteCodeUse')
        .select(['code', 'usedBy', 'usedAt'])
        .where('code', 'in', codes)
        .orderBy('usedAt')
        .execute(),
    ])
    const byCode = new Map(rows.map((row) => [row.code, row]))
    return codes.flatMap((code) => {
      const row = byCode.get(code)
      if (!row) return []
      return [
        {
          code,
          available: Number(row.availableUses),
          disabled: Boolean(row.disabled),
          forAccount: row.forAccount,
          createdBy: row.createdBy,
          createdAt: row.createdAt,
          uses: uses.filter((use) => use.code === code).map(({ usedBy, usedAt }) => ({ usedBy, usedAt })),
        },
      ]
    })
  }
}

function splitCursor(cursor: string): [string, string] {
  const at = cursor.indexOf('::')
  if (at < 0) throw new AdminError('InvalidRequest', 'Malformed cursor')
  return [cursor.slice(0, at), cursor.slice(at + 2)]
}
