/**
 * `pds-admin account ...`: create, list, info, takedown, untakedown, delete,
 * reset-password, update-handle, rotate-signing-key.
 *
 * @module
 */
import { generatePassword } from '#src/admin/passwords.js'
import { CliError, EXIT } from './admin-client.js'
import { arg, type Command, type CommandContext, didOf, intFlag, print } from './command.js'
import { fields, table } from './output.js'

interface AccountView {
  did: string
  handle: string
  email?: string
  indexedAt: string
  emailConfirmedAt?: string
  invitesDisabled?: boolean
  deactivatedAt?: string
  invites?: unknown[]
  invitedBy?: { code: string }
}

interface SubjectStatus {
  takedown?: { applied: boolean; ref?: string }
  deactivated?: { applied: boolean }
}

const REPO_REF = 'com.atproto.admin.defs#repoRef'

async function statusOf(ctx: CommandContext, did: string): Promise<string> {
  const status = await ctx.client.query<SubjectStatus>('com.atproto.admin.getSubjectStatus', { did })
  if (status.takedown?.applied) return 'takendown'
  return status.deactivated?.applied ? 'deactivated' : 'active'
}

const create: Command = async (ctx) => {
  const { handle, email } = ctx.flags
  if (!handle || !email) throw new CliError('account create needs --handle and --email', EXIT.usage)
  const password = ctx.flags['new-password'] ?? generatePassword()
  let inviteCode = ctx.flags['invite-code']
  const server = await ctx.client.query<{ inviteCodeRequired?: boolean }>('com.atproto.server.describeServer')
  if (server.inviteCodeRequired && !inviteCode) {
    ;({ code: inviteCode } = await ctx.client.procedure<{ code: string }>('com.atproto.server.createInviteCode', {
      useCount: 1,
    }))
  }
  const created = await ctx.client.procedure<{ did: string; handle: string }>(
    'com.atproto.server.createAccount',
    { handle, email, password, ...(inviteCode ? { inviteCode } : {}) },
    { auth: false },
  )
  const generated = ctx.flags['new-password'] === undefined
  const result = { did: created.did, handle: created.handle, ...(generated ? { password } : {}) }
  print(ctx, result, () =>
    fields([
      ['did', created.did],
      ['handle', created.handle],
      ...(generated ? ([['password', `${password}  (shown once: give it to the user)`]] as const) : []),
    ]),
  )
}

const list: Command = async (ctx) => {
  const page = await ctx.client.query<{ accounts: AccountView[]; cursor?: string }>(
    'com.atproto.admin.searchAccounts',
    {
      email: ctx.flags.email,
      limit: intFlag(ctx.flags.limit, 'limit'),
      cursor: ctx.flags.cursor,
    },
  )
  const statuses = await Promise.all(page.accounts.map((account) => statusOf(ctx, account.did)))
  const accounts = page.accounts.map((account, i) => ({ ...account, status: statuses[i] }))
  print(ctx, { accounts, ...(page.cursor ? { cursor: page.cursor } : {}) }, () => {
    const rows = accounts.map((a) => [a.did, a.handle, a.email, a.status, a.indexedAt])
    const more = page.cursor ? `\nmore: --cursor ${page.cursor}\n` : ''
    return `${table(['DID', 'HANDLE', 'EMAIL', 'STATUS', 'CREATED'], rows)}${more}`
  })
}

const info: Command = async (ctx) => {
  const did = await didOf(ctx, arg(ctx, 0, 'did-or-handle'))
  // @NOTE one after the other, so an unknown account is always reported by getAccountInfo
  const view = await ctx.client.query<AccountView>('com.atproto.admin.getAccountInfo', { did })
  const status = await ctx.client.query<SubjectStatus>('com.atproto.admin.getSubjectStatus', { did })
  const repoStatus = await ctx.client.query<{ rev?: string }>('com.atproto.sync.getRepoStatus', { did })
  print(ctx, { ...view, status }, () =>
    fields([
      ['did', view.did],
      ['handle', view.handle],
      ['email', `${view.email ?? '-'}${view.email ? (view.emailConfirmedAt ? ' (confirmed)' : ' (unconfirmed)') : ''}`],
      ['created', view.indexedAt],
      [
        'status',
        status.takedown?.applied
          ? `takendown (${status.takedown.ref})`
          : status.deactivated?.applied
            ? 'deactivated'
            : 'active',
      ],
      ['repo rev', repoStatus.rev],
      ['invites', `${view.invites?.length ?? 0}${view.invitesDisabled ? ' (disabled)' : ''}`],
      ['invited by', view.invitedBy?.code],
    ]),
  )
}

function setTakedown(applied: boolean): Command {
  return async (ctx) => {
    const did = await didOf(ctx, arg(ctx, 0, 'did-or-handle'))
    const takedown = applied ? { applied, ...(ctx.flags.ref ? { ref: ctx.flags.ref } : {}) } : { applied }
    const result = await ctx.client.procedure<{ takedown?: { applied: boolean; ref?: string } }>(
      'com.atproto.admin.updateSubjectStatus',
      { subject: { $type: REPO_REF, did }, takedown },
    )
    print(ctx, { did, ...result }, () =>
      applied ? `Took down ${did} (ref ${result.takedown?.ref})\n` : `Reversed the takedown of ${did}\n`,
    )
  }
}

const remove: Command = async (ctx) => {
  const did = await didOf(ctx, arg(ctx, 0, 'did-or-handle'))
  await ctx.client.procedure('com.atproto.admin.deleteAccount', { did })
  print(ctx, { did, deleted: true }, () => `Deleted ${did}\n`)
}

const resetPassword: Command = async (ctx) => {
  const did = await didOf(ctx, arg(ctx, 0, 'did-or-handle'))
  const given = ctx.flags['new-password']
  const password = given ?? generatePassword()
  await ctx.client.procedure('com.atproto.admin.updateAccountPassword', { did, password })
  print(ctx, { did, ...(given ? {} : { password }) }, () =>
    given
      ? `Set a new password for ${did}; its sessions were ended\n`
      : `New password for ${did}: ${password}  (shown once; its sessions were ended)\n`,
  )
}

const updateHandle: Command = async (ctx) => {
  const did = await didOf(ctx, arg(ctx, 0, 'did-or-handle'))
  const handle = arg(ctx, 1, 'new-handle')
  await ctx.client.procedure('com.atproto.admin.updateAccountHandle', { did, handle })
  print(ctx, { did, handle }, () => `${did} is now ${handle}\n`)
}

/**
 * A new repo signing key for the account: reserved on the PDS (reserveSigningKey), then
 * made the account's key (updateAccountSigningKey: the DID document, the stored key, the
 * repo re-signed). `--signing-key` names a key reserved earlier instead.
 */
const rotateSigningKey: Command = async (ctx) => {
  const did = await didOf(ctx, arg(ctx, 0, 'did-or-handle'))
  const signingKey =
    ctx.flags['signing-key'] ??
    (
      await ctx.client.procedure<{ signingKey: string }>(
        'com.atproto.server.reserveSigningKey',
        { did },
        { auth: false },
      )
    ).signingKey
  await ctx.client.procedure('com.atproto.admin.updateAccountSigningKey', { did, signingKey })
  print(ctx, { did, signingKey }, () => `${did} now signs its repo with ${signingKey}\n`)
}

/** The `account` subcommands by name. */
export const accountCommands: Readonly<Record<string, Command>> = {
  create,
  list,
  info,
  takedown: setTakedown(true),
  untakedown: setTakedown(false),
  delete: remove,
  'reset-password': resetPassword,
  'update-handle': updateHandle,
  'rotate-signing-key': rotateSigningKey,
}
