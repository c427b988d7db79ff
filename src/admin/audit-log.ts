/**
 * The admin audit log (`admin_audit`): one row per admin action, written in the action's own
 * transaction, so the log holds exactly the actions that happened, in order. Rows say who
 * (the admin password or the moderation service's DID), through what (XRPC or the web
 * dashboard), from which IP, what was done to which subject, and what changed. Never a
 * secret: a password change is recorded as a change, not as the password.
 *
 * @module
 */
import type { Database } from '#src/db/database.js'

/** Who performs an admin action, and from where. */
export interface AdminActor {
  /** `admin`: the admin password; `mod_service`: a service JWT of the moderation service. */
  readonly type: 'admin' | 'mod_service'
  /** The moderation service's DID (for `mod_service`). */
  readonly did?: string
  /** `xrpc` (the admin API, which the CLI uses) or `web` (the dashboard). */
  readonly channel: 'xrpc' | 'web'
  /** The client address as the server saw it. */
  readonly ip?: string
}

/** One recorded action, as the log endpoint and the CLI show it. */
export interface AuditEntry {
  id: number
  createdAt: string
  actorType: string
  actor: string
  channel: string
  action: string
  subject?: string
  detail?: Record<string, unknown>
  ip?: string
}

/**
 * Appends an entry, inside the caller's transaction.
 *
 * @example
 * await recordAudit(trx, actor, 'com.atproto.admin.updateAccountHandle', did, { before: 'a.test', after: 'b.test' })
 */
export async function recordAudit(
  trx: Database,
  actor: AdminActor,
  action: string,
  subject: string | null,
  detail?: Record<string, unknown>,
): Promise<void> {
  await trx
    .insertInto('adminAudit')
    .values({
      createdAt: new Date().toISOString(),
      actorType: actor.type,
      actor: actor.type === 'mod_service' ? (actor.did ?? 'unknown') : 'admin',
      channel: actor.channel,
      action,
      subject,
      detail: detail === undefined ? null : JSON.stringify(detail),
      ip: actor.ip ?? null,
    })
    .execute()
}

/**
 * A page of the log, newest first; `cursor` is the last id of the previous page.
 *
 * @example
 * const { entries, cursor } = await listAudit(db, { limit: 50, subject: did })
 */
export async function listAudit(
  db: Database,
  opts: { limit: number; cursor?: string; subject?: string; action?: string },
): Promise<{ entries: AuditEntry[]; cursor?: string }> {
  let query = db.selectFrom('adminAudit').selectAll().orderBy('id', 'desc').limit(opts.limit)
  if (opts.cursor !== undefined) {
    const before = Number(opts.cursor)
    if (!Number.isSafeInteger(before)) return { entries: [] }
    query = query.where('id', '<', before)
  }
  if (opts.subject !== undefined) query = query.where('subject', '=', opts.subject)
  if (opts.action !== undefined) query = query.where('action', '=', opts.action)
  const rows = await query.execute()
  const entries = rows.map((row) => ({
    id: Number(row.id),
    createdAt: row.createdAt,
    actorType: row.actorType,
    actor: row.actor,
    channel: row.channel,
    action: row.action,
    ...(row.subject !== null ? { subject: row.subject } : {}),
    ...(row.detail !== null ? { detail: JSON.parse(row.detail) as Record<string, unknown> } : {}),
    ...(row.ip !== null ? { ip: row.ip } : {}),
  }))
  const last = entries.at(-1)
  return entries.length === opts.limit && last ? { entries, cursor: String(last.id) } : { entries }
}
