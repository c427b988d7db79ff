/**
 * Server-rendered HTML without a template engine: a tagged template that escapes every
 * interpolated value unless it is already {@link Html}, and the dashboard's page layout.
 *
 * @module
 */

/** Markup that is safe to insert as is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

type Part = Html | string | number | boolean | null | undefined | readonly Part[]

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return ''
  if (part instanceof Html) return part.value
  if (Array.isArray(part)) return part.map(render).join('')
  return escapeHtml(String(part))
}

/**
 * @example
 * html`<p>${userInput}</p>` // userInput is escaped
 */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0] ?? ''
  parts.forEach((part, i) => {
    out += render(part) + (strings[i + 1] ?? '')
  })
  return new Html(out)
}

/** The stylesheet, served from /admin/style.css (no external assets, no inline styles). */
export const STYLESHEET = `
*{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,sans-serif;color:#1b1f24;background:#f5f6f8}
header{background:#15202b;color:#fff;padding:.6rem 1.2rem;display:flex;gap:1.2rem;align-items:center}
header a{color:#cfe3ff;text-decoration:none}header a:hover{text-decoration:underline}header .brand{font-weight:600;color:#fff}
header form{margin-left:auto}main{max-width:1100px;margin:1.2rem auto;padding:0 1.2rem}
h1{font-size:1.4rem;margin:.2rem 0 1rem}h2{font-size:1.1rem;margin:1.4rem 0 .6rem}
table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #dde1e6}
th,td{text-align:left;padding:.45rem .6rem;border-bottom:1px solid #eceff2;vertical-align:top}
td code{word-break:break-all}td.nowrap,th{white-space:nowrap}
th{background:#f0f2f5;font-weight:600;font-size:.85rem;color:#444}
dl{display:grid;grid-template-columns:12rem 1fr;gap:.35rem 1rem;background:#fff;border:1px solid #dde1e6;padding:1rem;margin:0}
dt{color:#555}dd{margin:0;word-break:break-all}
.card{background:#fff;border:1px solid #dde1e6;padding:1rem;margin:1rem 0}
.actions{display:flex;flex-wrap:wrap;gap:1rem}.actions form{background:#fff;border:1px solid #dde1e6;padding:.8rem}
input[type=text],input[type=password],input[type=search],input[type=number]{padding:.4rem .5rem;border:1px solid #b9c0c8;border-radius:4px;font:inherit}
button{padding:.4rem .9rem;border:1px solid #1d5fbf;background:#2370e0;color:#fff;border-radius:4px;font:inherit;cursor:pointer}
button.danger{background:#c4302b;border-color:#9e221e}button.plain{background:#fff;color:#2370e0}
.notice{background:#e8f4ea;border:1px solid #9fd1a9;padding:.6rem .8rem;margin-bottom:1rem}
.error{background:#fdecec;border:1px solid #f0a5a5;padding:.6rem .8rem;margin-bottom:1rem}
.status-takendown{color:#c4302b;font-weight:600}.status-deactivated{color:#a66300;font-weight:600}.status-active{color:#1d7a33}
.login{max-width:360px;margin:4rem auto;background:#fff;border:1px solid #dde1e6;padding:1.4rem}
.login label{display:block;margin:.6rem 0 .2rem}.login input{width:100%}.login button{margin-top:1rem;width:100%}
.pager{margin:.8rem 0}code{font-size:.9em}.muted{color:#666}
`

/** What the layout needs to know about the request. */
export interface LayoutOptions {
  /** The session's CSRF token; unset on the sign-in page (no navigation then). */
  csrf?: string
  notice?: string
  error?: string
}

/** A whole page: head, navigation (when signed in), flash messages, body. */
export function layout(title: string, body: Html, opts: LayoutOptions = {}): string {
  const nav = opts.csrf
    ? html`<header>
        <a class="brand" href="/admin">PDS admin</a>
        <a href="/admin/accounts">Accounts</a>
        <a href="/admin/invites">Invite codes</a>
        <a href="/admin/audit">Audit log</a>
        <a href="/admin/status">Server status</a>
        <form method="post" action="/admin/logout">${csrfField(opts.csrf)}<button class="plain" type="submit">Sign out</button></form>
      </header>`
    : ''
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · PDS admin</title><link rel="stylesheet" href="/admin/style.css"></head>
<body>${nav}<main>
${opts.notice ? html`<div class="notice" role="status">${opts.notice}</div>` : ''}
${opts.error ? html`<div class="error" role="alert">${opts.error}</div>` : ''}
${body}
</main></body></html>`.value
}

/** The hidden CSRF field every form carries. */
export function csrfField(token: string): Html {
  return html`<input type="hidden" name="_csrf" value="${token}">`
}
