/**
 * Accounts as the admin sees them: `com.atproto.admin.defs#accountView` (with invites),
 * search by email, handle or DID, and the details the dashboard shows (status, repo size,
 * blobs, sessions).
 *
 * @module
 */
import type { Database } from '#src/db/database.js'
import { AdminInvites, type InviteCodeView } from './admin-invites.js'

/** `com.atproto.admin.defs#accountView`. */
export interface AccountView {
  did: string
  handle: string
  email?: string
  indexedAt: string
  emailConfirmedAt?: string
  invitedBy?: InviteCodeView
  invites: InviteCodeView[]
  invitesDisabled: boolean
  deactivatedAt?: string
}

/** An account view plus what the dashboard shows of one account. */
export interface AccountDetails extends AccountView {
  takedownRef?: string
  status: 'active' | 'takendown' | 'deactivated'
  repo?: { head: string; rev: string; blocks: number; bytes: number; records: number }
  blobs: { count: number; bytes: number }
  /** Live refresh tokens: the account's sessions. */
  sessions: number
}

/** A row of an account list. */
export interface AccountRow {
  did: string
  handle: string
  email?: string
  createdAt: string
  status: 'active' | 'takendown' | 'deactivated'
}

const COLUMNS = ['did', 'handle', 'email', 'emailConfirmedAt', 'createdAt', 'deactivatedAt', 'takedownRef'] as const

/**
 * @example
 * const view = await ctx.admin.accounts.view(did)
 */
export class AdminAccounts {
  readonly #invites: AdminInvites

  constructor(private readonly db: Database) {
    // @NOTE views only: no code is issued through this instance, so the config does not matter
    this.#invites = new AdminInvites(db, {
      hostname: '',
      inviteRequired: false,
      inviteInterval: undefined,
      inviteEpoch: 0,
    })
  }

  /** The admin view of one account, or null. */
  async view(did: string): Promise<AccountView | null> {
    return (await this.views([did]))[0] ?? null
  }

  /** Admin views of the accounts that exist among `dids`, in the given order. */
  async views(dids: readonly string[]): Promise<AccountView[]> {
    if (dids.length === 0) return []
    const rows = await this.db.selectFrom('account').select(COLUMNS).where('did', 'in', dids).execute()
    const byDid = new Map(rows.map((row) => [row.did, row]))
    const views: AccountView[] = []
    for (const did of dids) {
      const row = byDid.get(did)
      if (!row) continue
      const [invites, invitedBy, invitesDisabled] = await Promise.all([
        this.#invites.viewsFor(did),
        this.#invites.usedBy(did),
        this.#invites.invitesDisabled(did),
      ])
      views.push({
        did,
        handle: row.handle ?? 'handle.invalid',
        ...(row.email !== null ? { email: row.email } : {}),
        indexedAt: row.createdAt,
        ...(row.emailConfirmedAt !== null ? { emailConfirmedAt: row.emailConfirmedAt } : {}),
        ...(invitedBy ? { invitedBy } : {}),
        invites,
        invitesDisabled,
        ...(row.deactivatedAt !== null ? { deactivatedAt: row.deactivatedAt } : {}),
      })
    }
    return views
  }

  /** Everything the dashboard shows of one account, or null. */
  async details(did: string): Promise<AccountDetails | null> {
    const view = await this.view(did)
    if (!view) return null
    const { db } = this
    const [account, root, blocks, records, blobs, sessions] = await Promise.all([
      db
        .selectFrom('account')
        .select(['takedownRef', 'deactivatedAt'])
        .where('did', '=', did)
        .executeTakeFirstOrThrow(),
      db.selectFrom('repoRoot').select(['cid', 'rev']).where('did', '=', did).executeTakeFirst(),
      db
        .selectFrom('repoBlock')
        .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.sum<number>('size').as('bytes')])
        .where('did', '=', did)
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('record')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('did', '=', did)
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('blob')
        .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.sum<number>('size').as('bytes')])
        .where('did', '=', did)
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('authSession')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('did', '=', did)
        .where('expiresAt', '>', new Date().toISOString())
        .executeTakeFirstOrThrow(),
    ])
    return {
      ...view,
      ...(account.takedownRef !== null ? { takedownRef: account.takedownRef } : {}),
      status: statusOf(account),
      ...(root
        ? {
            repo: {
              head: root.cid,
              rev: root.rev,
              blocks: Number(blocks.count),
              bytes: Number(blocks.bytes ?? 0),
              records: Number(records.count),
            },
          }
        : {}),
      blobs: { count: Number(blobs.count), bytes: Number(blobs.bytes ?? 0) },
      sessions: Number(sessions.count),
    }
  }

  /**
   * A page of accounts in DID order. `email` matches addresses starting with it; `query`
   * matches a handle or email starting with it, or a DID exactly. `cursor` is the last DID.
   */
  async search(opts: {
    email?: string
    query?: string
    limit: number
    cursor?: string
  }): Promise<{ accounts: AccountRow[]; cursor?: string }> {
    let query = this.db.selectFrom('account').select(COLUMNS).orderBy('did').limit(opts.limit)
    if (opts.cursor !== undefined) query = query.where('did', '>', opts.cursor)
    if (opts.email) query = query.where('email', 'like', `${escapeLike(opts.email.toLowerCase())}%`)
    if (opts.query) {
      const q = opts.query.trim().toLowerCase().replace(/^@/, '')
      const prefix = `${escapeLike(q)}%`
      query = query.where((eb) => eb.or([eb('handle', 'like', prefix), eb('email', 'like', prefix), eb('did', '=', q)]))
    }
    const rows = await query.execute()
    const accounts = rows.map((row) => ({
      did: row.did,
      handle: row.handle ?? 'handle.invalid',
      ...(row.email !== null ? { email: row.email } : {}),
      createdAt: row.createdAt,
      status: statusOf(row),
    }))
    const last = accounts.at(-1)
    return accounts.length === opts.limit && last ? { accounts, cursor: last.did } : { accounts }
  }
}

function statusOf(row: { takedownRef: string | null; deactivatedAt: string | null }): AccountRow['status'] {
  if (row.takedownRef !== null) return 'takendown'
  return row.deactivatedAt !== null ? 'deactivated' : 'active'
}

// @NOTE the dialects escape `like` wildcards differently (SQLite needs an ESCAPE clause), so a
// search simply drops them: handles, emails and DIDs are matched literally
function escapeLike(text: string): string {
  return text.replace(/[%_\\]/g, '')
}
