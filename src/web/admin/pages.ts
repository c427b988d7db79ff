/**
 * The dashboard's pages, rendered from what the admin service returns.
 *
 * @module
 */
import type { AccountDetails, AccountRow } from '#src/admin/admin-accounts.js'
import type { InviteCodeView } from '#src/admin/admin-invites.js'
import type { AuditEntry } from '#src/admin/audit-log.js'
import { formatBytes } from '#src/admin/format-bytes.js'
import type { ServerStatus } from '#src/admin/server-status.js'
import { csrfField, type Html, html } from './html.js'

/** The sign-in form. */
export function loginPage(token: string): Html {
  return html`<form class="login" method="post" action="/admin/login">
    <h1>PDS admin</h1>
    ${csrfField(token)}
    <label for="password">Admin password</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required autofocus>
    <button type="submit">Sign in</button>
  </form>`
}

/** The account list with its search box and paging. */
export function accountsPage(q: string, page: { accounts: AccountRow[]; cursor?: string }): Html {
  const rows = page.accounts.map(
    (a) => html`<tr>
      <td><a href="/admin/accounts/${encodeURIComponent(a.did)}">${a.handle}</a></td>
      <td><code>${a.did}</code></td><td>${a.email ?? '-'}</td>
      <td class="status-${a.status}">${a.status}</td><td class="nowrap">${when(a.createdAt)}</td></tr>`,
  )
  const next = page.cursor
    ? html`<p class="pager"><a href="/admin/accounts?q=${encodeURIComponent(q)}&cursor=${encodeURIComponent(page.cursor)}">Next page &rarr;</a></p>`
    : ''
  return html`<h1>Accounts</h1>
    <form method="get" action="/admin/accounts" role="search">
      <input type="search" name="q" value="${q}" placeholder="handle, email or DID" aria-label="Search accounts">
      <button type="submit">Search</button>
    </form>
    <h2>${page.accounts.length === 0 ? 'No accounts found' : `${page.accounts.length} shown`}</h2>
    <table><thead><tr><th>Handle</th><th>DID</th><th>Email</th><th>Status</th><th>Created</th></tr></thead>
    <tbody>${rows}</tbody></table>${next}`
}

/** One account: its facts, and the forms that act on it. */
export function accountPage(a: AccountDetails, csrf: string, audit: AuditEntry[]): Html {
  const base = `/admin/accounts/${encodeURIComponent(a.did)}`
  const takedown =
    a.status === 'takendown'
      ? html`<form method="post" action="${base}/untakedown">${csrfField(csrf)}
          <p>Taken down (<code>${a.takedownRef}</code>)</p><button type="submit">Reverse takedown</button></form>`
      : html`<form method="post" action="${base}/takedown">${csrfField(csrf)}
          <label>Reference <input type="text" name="ref" placeholder="case id"></label>
          <button class="danger" type="submit">Take down</button></form>`
  return html`<h1>${a.handle}</h1>
    <dl>
      <dt>DID</dt><dd><code>${a.did}</code></dd>
      <dt>Handle</dt><dd>${a.handle}</dd>
      <dt>Email</dt><dd>${a.email ?? '-'} ${a.email ? (a.emailConfirmedAt ? '(confirmed)' : '(unconfirmed)') : ''}</dd>
      <dt>Status</dt><dd class="status-${a.status}">${a.status}</dd>
      <dt>Created</dt><dd>${when(a.indexedAt)} UTC</dd>
      <dt>Repo</dt><dd>${a.repo ? `${a.repo.records} records, ${a.repo.blocks} blocks, ${formatBytes(a.repo.bytes)}, rev ${a.repo.rev}` : '-'}</dd>
      <dt>Blobs</dt><dd>${a.blobs.count} (${formatBytes(a.blobs.bytes)})</dd>
      <dt>Sessions</dt><dd>${a.sessions}</dd>
      <dt>Invite codes</dt><dd>${a.invites.length}${a.invitesDisabled ? ' (new codes disabled)' : ''}</dd>
      <dt>Invited with</dt><dd>${a.invitedBy?.code ?? '-'}</dd>
    </dl>
    <h2>Actions</h2>
    <div class="actions">
      ${takedown}
      <form method="post" action="${base}/reset-password">${csrfField(csrf)}
        <p>Sets a random password (shown once) and ends every session.</p>
        <button type="submit">Reset password</button></form>
      <form method="post" action="${base}/update-handle">${csrfField(csrf)}
        <label>New handle <input type="text" name="handle" required value="${a.handle}"></label>
        <button type="submit">Update handle</button></form>
      <form method="post" action="${base}/delete">${csrfField(csrf)}
        <p>Deletes the account and all its data, for good.</p>
        <label>Type the handle to confirm <input type="text" name="confirm" required autocomplete="off"></label>
        <button class="danger" type="submit">Delete account</button></form>
    </div>
    <h2>Audit log of this account</h2>
    ${auditTable(audit)}`
}

/** The new password, shown once after a reset. */
export function passwordResetPage(a: { did: string; handle: string }, password: string): Html {
  return html`<h1>New password for ${a.handle}</h1>
    <div class="card"><p>Give this password to the account holder; it is not shown again and every session was ended.</p>
    <p><code id="new-password">${password}</code></p></div>
    <p><a href="/admin/accounts/${encodeURIComponent(a.did)}">Back to the account</a></p>`
}

/** Invite codes, with forms to create and disable them. */
export function invitesPage(page: { codes: InviteCodeView[]; cursor?: string }, csrf: string): Html {
  const rows = page.codes.map((c) => {
    const state = c.disabled ? 'disabled' : c.uses.length >= c.available ? 'used up' : 'open'
    const disable = c.disabled
      ? ''
      : html`<form method="post" action="/admin/invites/disable">${csrfField(csrf)}
          <input type="hidden" name="code" value="${c.code}"><button class="plain" type="submit">Disable</button></form>`
    return html`<tr><td><code>${c.code}</code></td><td>${c.uses.length}/${c.available}</td><td>${state}</td>
      <td>${c.forAccount}</td><td class="nowrap">${when(c.createdAt)}</td><td>${disable}</td></tr>`
  })
  const next = page.cursor
    ? html`<p class="pager"><a href="/admin/invites?cursor=${encodeURIComponent(page.cursor)}">Next page &rarr;</a></p>`
    : ''
  return html`<h1>Invite codes</h1>
    <form class="card" method="post" action="/admin/invites/create">${csrfField(csrf)}
      <label>Codes <input type="number" name="count" min="1" max="100" value="1"></label>
      <label>Uses each <input type="number" name="uses" min="1" max="10000" value="1"></label>
      <button type="submit">Create</button></form>
    <table><thead><tr><th>Code</th><th>Used</th><th>State</th><th>For</th><th>Created</th><th></th></tr></thead>
    <tbody>${rows}</tbody></table>${next}`
}

/** The audit log. */
export function auditPage(page: { entries: AuditEntry[]; cursor?: string }): Html {
  const next = page.cursor
    ? html`<p class="pager"><a href="/admin/audit?cursor=${encodeURIComponent(page.cursor)}">Older &rarr;</a></p>`
    : ''
  return html`<h1>Audit log</h1>${auditTable(page.entries)}${next}`
}

function auditTable(entries: AuditEntry[]): Html {
  if (entries.length === 0) return html`<p class="muted">No admin actions yet.</p>`
  const rows = entries.map(
    (e) => html`<tr><td>${e.id}</td><td class="nowrap">${when(e.createdAt)}</td><td>${e.actor}</td><td>${e.channel}</td>
      <td>${e.action}</td><td><code>${e.subject ?? '-'}</code></td><td>${e.ip ?? '-'}</td>
      <td><code>${e.detail ? JSON.stringify(e.detail) : ''}</code></td></tr>`,
  )
  return html`<table><thead><tr><th>#</th><th>When</th><th>Who</th><th>Via</th><th>Action</th><th>Subject</th><th>IP</th><th>Detail</th></tr></thead>
    <tbody>${rows}</tbody></table>`
}

/** A timestamp as people read it: `2026-12-01 08:49:20` (UTC). */
function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`
}

/** The server's numbers. */
export function statusPage(s: ServerStatus, csrf: string): Html {
  return html`<h1>Server status</h1>
    <dl>
      <dt>Version</dt><dd>${s.version}</dd>
      <dt>Service DID</dt><dd><code>${s.did}</code></dd>
      <dt>Accounts</dt><dd>${s.accounts.total} (${s.accounts.active} active, ${s.accounts.takendown} taken down, ${s.accounts.deactivated} deactivated)</dd>
      <dt>Database</dt><dd>${s.database.dialect}${s.database.bytes !== undefined ? `, ${formatBytes(s.database.bytes)}` : ''}</dd>
      <dt>Blob store</dt><dd>${s.blobstore.kind} ${s.blobstore.location}: ${s.blobstore.blobs} blobs, ${formatBytes(s.blobstore.bytes)}</dd>
      <dt>Disk</dt><dd>${s.disk ? `${formatBytes(s.disk.freeBytes)} free of ${formatBytes(s.disk.totalBytes)} at ${s.disk.path}` : '-'}</dd>
      <dt>Firehose seq</dt><dd>${s.firehose.seq}</dd>
      <dt>Relays told to crawl</dt><dd>${s.relays.length ? s.relays.join(', ') : 'none configured (PDS_CRAWLERS)'}</dd>
    </dl>
    <form class="card" method="post" action="/admin/request-crawl">${csrfField(csrf)}
      <button type="submit">Ask the relays to crawl now</button></form>`
}
