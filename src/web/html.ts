/**
 * A tiny HTML layer for the server-rendered pages: escaping, one layout with its
 * stylesheet inline (allowed by hash in the Content-Security-Policy, so no external asset
 * and no script is ever loaded).
 *
 * @module
 */
import { createHash } from 'node:crypto'
import type { Response } from 'express'
import { MESSAGES, type Messages } from './i18n.js'

/** HTML that is already safe to emit. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * Tagged template that escapes every interpolated value unless it is {@link Html} (or an
 * array of them).
 *
 * @example
 * html`<p>${userInput}</p>`
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? ''
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '')
  })
  return new Html(out)
}

function render(value: unknown): string {
  if (value instanceof Html) return value.value
  if (Array.isArray(value)) return value.map(render).join('')
  if (value === undefined || value === null || value === false) return ''
  return escapeHtml(String(value))
}

const STYLE = `
:root{color-scheme:light dark;--fg:#1b1d21;--bg:#f5f6f8;--card:#fff;--muted:#5b616e;--accent:#0b5cd6;--danger:#b3261e;--border:#d5d9e0}
@media (prefers-color-scheme:dark){:root{--fg:#eceef2;--bg:#14161a;--card:#1f2228;--muted:#a9afbb;--accent:#7fb0ff;--danger:#ff8a80;--border:#3a3f48}}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:28rem;margin:3rem auto;padding:2rem;background:var(--card);border:1px solid var(--border);border-radius:12px}
h1{font-size:1.5rem;margin:0 0 1rem}p{margin:.5rem 0}.muted{color:var(--muted);font-size:.9rem;overflow-wrap:anywhere}
label{display:block;font-weight:600;margin:1rem 0 .25rem}
input[type=text],input[type=password]{width:100%;padding:.6rem;font:inherit;color:inherit;background:transparent;border:1px solid var(--border);border-radius:8px}
input:focus-visible,button:focus-visible,a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
button{font:inherit;font-weight:600;padding:.6rem 1.2rem;border-radius:8px;border:1px solid var(--accent);background:var(--accent);color:#fff;cursor:pointer;margin-top:1rem}
button.secondary{background:transparent;color:var(--accent)}button.danger{border-color:var(--danger);background:transparent;color:var(--danger)}
.row{display:flex;gap:.75rem;flex-wrap:wrap}.error{color:var(--danger);font-weight:600}
.client{display:flex;gap:1rem;align-items:center;margin-bottom:1rem}.client img{width:48px;height:48px;border-radius:8px;object-fit:cover}
a{color:var(--accent)}ul{padding-left:1.2rem}li{margin:.35rem 0}.app{border-top:1px solid var(--border);padding:1rem 0}
.languages{border-top:1px solid var(--border);margin-top:1.5rem;padding-top:.5rem;font-size:.9rem}.languages ul{display:flex;gap:1rem;list-style:none;padding:0;margin:0}
.languages a[aria-current]{color:var(--fg);font-weight:600;text-decoration:none}
`

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64')

/**
 * The Content-Security-Policy of every page: nothing but our inline style, and client logos
 * over https. Forms post to us only, plus `formTarget` (where a post may redirect: the
 * client's redirect URI, since browsers apply form-action to the redirect too).
 */
export function pageCsp(formTarget?: string): string {
  const target = formTarget ? ` ${formTarget}` : ''
  return `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src https: data:; form-action 'self'${target}; frame-ancestors 'none'; base-uri 'none'`
}

/**
 * A whole page in the language of `t`. With `languageHref` (a GET URL of the page), it ends
 * with the language menu: plain links to that URL with `lang=`, so it works without scripts.
 */
export function layout(opts: { t: Messages; title: string; body: Html; languageHref?: string }): Html {
  const { t, languageHref } = opts
  const menu =
    languageHref === undefined
      ? ''
      : html`<nav class="languages" aria-label="${t.languageMenu}"><ul>
${Object.values(MESSAGES).map((m) => {
  const href = `${languageHref}${languageHref.includes('?') ? '&' : '?'}lang=${m.lang}`
  return m.lang === t.lang
    ? html`<li><a href="${href}" lang="${m.lang}" hreflang="${m.lang}" aria-current="true">${m.languageName}</a></li>`
    : html`<li><a href="${href}" lang="${m.lang}" hreflang="${m.lang}">${m.languageName}</a></li>`
})}
</ul></nav>`
  return html`<!doctype html>
<html lang="${t.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${opts.title}</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
<main>
${opts.body}
${menu}
</main>
</body>
</html>`
}

/** Sends a page with the headers every page gets (CSP, no caching, no framing). */
export function sendPage(res: Response, status: number, page: Html, opts: { formTarget?: string } = {}): void {
  res
    .status(status)
    .set({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': pageCsp(opts.formTarget),
      'cache-control': 'no-store',
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    })
    .send(page.value)
}
