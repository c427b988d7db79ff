/**
 * `pds-admin invite ...`, `request-crawl`, `status` and `audit`.
 *
 * @module
 */
import { CliError, EXIT } from './admin-client.js'
import { type Command, intFlag, print } from './command.js'
import { bytes, fields, table } from './output.js'

interface InviteCode {
  code: string
  available: number
  disabled: boolean
  forAccount: string
  createdBy: string
  createdAt: string
  uses: { usedBy: string; usedAt: string }[]
}

const inviteCreate: Command = async (ctx) => {
  const useCount = intFlag(ctx.flags.uses, 'uses') ?? 1
  const codeCount = intFlag(ctx.flags.count, 'count') ?? 1
  const forAccounts = ctx.flags.for
  const { codes } = await ctx.client.procedure<{ codes: { account: string; codes: string[] }[] }>(
    'com.atproto.server.createInviteCodes',
    { useCount, codeCount, ...(forAccounts?.length ? { forAccounts } : {}) },
  )
  print(ctx, { codes }, () =>
    table(
      ['CODE', 'FOR', 'USES'],
      codes.flatMap((group) => group.codes.map((code) => [code, group.account, useCount])),
    ),
  )
}

const inviteList: Command = async (ctx) => {
  const page = await ctx.client.query<{ codes: InviteCode[]; cursor?: string }>('com.atproto.admin.getInviteCodes', {
    sort: ctx.flags.sort,
    limit: intFlag(ctx.flags.limit, 'limit'),
    cursor: ctx.flags.cursor,
  })
  print(ctx, page, () => {
    const rows = page.codes.map((c) => [
      c.code,
      `${c.uses.length}/${c.available}`,
      c.disabled ? 'disabled' : c.uses.length >= c.available ? 'used up' : 'open',
      c.forAccount,
      c.createdAt,
    ])
    const more = page.cursor ? `\nmore: --cursor ${page.cursor}\n` : ''
    return `${table(['CODE', 'USED', 'STATE', 'FOR', 'CREATED'], rows)}${more}`
  })
}

const inviteDisable: Command = async (ctx) => {
  const codes = [...ctx.args]
  const accounts = ctx.flags.account ?? []
  if (codes.length === 0 && accounts.length === 0) {
    throw new CliError('invite disable needs <code...> or --account <did>', EXIT.usage)
  }
  await ctx.client.procedure('com.atproto.admin.disableInviteCodes', { codes, accounts })
  print(
    ctx,
    { disabled: { codes, accounts } },
    () => `Disabled ${codes.length} code(s)${accounts.length ? ` and the codes of ${accounts.join(', ')}` : ''}\n`,
  )
}

const requestCrawl: Command = async (ctx) => {
  const { relays } = await ctx.client.procedure<{ relays: string[] }>('dev.lexiconpds.admin.requestCrawl')
  print(ctx, { relays }, () =>
    relays.length === 0 ? 'No relays are configured (PDS_CRAWLERS)\n' : `Asked to crawl: ${relays.join(', ')}\n`,
  )
}

interface Status {
  version: string
  did: string
  hostname: string
  accounts: { total: number; active: number; takendown: number; deactivated: number }
  database: { dialect: string; bytes?: number }
  blobstore: { kind: string; location: string; blobs: number; bytes: number }
  disk?: { path: string; freeBytes: number; totalBytes: number }
  firehose: { seq: number }
  relays: string[]
}

const status: Command = async (ctx) => {
  const s = await ctx.client.query<Status>('dev.lexiconpds.admin.getServerStatus')
  print(ctx, s, () =>
    fields([
      ['url', ctx.client.url],
      ['version', s.version],
      ['did', s.did],
      [
        'accounts',
        `${s.accounts.total} (${s.accounts.active} active, ${s.accounts.takendown} taken down, ${s.accounts.deactivated} deactivated)`,
      ],
      ['database', `${s.database.dialect}, ${bytes(s.database.bytes)}`],
      ['blobs', `${s.blobstore.blobs} (${bytes(s.blobstore.bytes)}) in ${s.blobstore.kind} ${s.blobstore.location}`],
      ['disk', s.disk ? `${bytes(s.disk.freeBytes)} free of ${bytes(s.disk.totalBytes)} at ${s.disk.path}` : '-'],
      ['firehose seq', s.firehose.seq],
      ['relays', s.relays],
    ]),
  )
}

interface AuditEntry {
  id: number
  createdAt: string
  actor: string
  channel: string
  action: string
  subject?: string
  detail?: unknown
  ip?: string
}

const audit: Command = async (ctx) => {
  const page = await ctx.client.query<{ entries: AuditEntry[]; cursor?: string }>('dev.lexiconpds.admin.getAuditLog', {
    limit: intFlag(ctx.flags.limit, 'limit'),
    cursor: ctx.flags.cursor,
    subject: ctx.flags.subject,
    action: ctx.flags.action,
  })
  print(ctx, page, () => {
    const rows = page.entries.map((e) => [e.id, e.createdAt, e.actor, e.channel, e.action, e.subject, e.ip, e.detail])
    const more = page.cursor ? `\nmore: --cursor ${page.cursor}\n` : ''
    return `${table(['ID', 'WHEN', 'WHO', 'VIA', 'ACTION', 'SUBJECT', 'IP', 'DETAIL'], rows)}${more}`
  })
}

/** The `invite` subcommands by name. */
export const inviteCommands: Readonly<Record<string, Command>> = {
  create: inviteCreate,
  list: inviteList,
  disable: inviteDisable,
}

/** The top-level commands that take no subcommand. */
export const serverCommands: Readonly<Record<string, Command>> = {
  'request-crawl': requestCrawl,
  status,
  audit,
}
