/**
 * The pages of the OAuth sign-in: sign in (with the accounts remembered on this browser),
 * consent, errors, and the /account page. Plain HTML forms: they work without JavaScript,
 * every field has a label, errors are announced (`role="alert"`), and every form carries
 * the CSRF token.
 *
 * @module
 */
import type { OAuthClient } from '#src/auth/oauth/clients.js'
import type { GrantView } from '#src/auth/oauth/token-service.js'
import { describeScopes } from './describe-scopes.js'
import { type Html, html, layout } from './html.js'
import type { Messages } from './i18n.js'

/** An account as the pages show it. */
export interface AccountChoice {
  did: string
  handle: string
}

/** What the client is called on the pages, and where it comes from. */
export function clientLabel(client: OAuthClient, t: Messages): { name: string; domain: string } {
  if (client.loopback) return { name: client.metadata.client_name ?? 'localhost', domain: t.loopbackDomain }
  const host = new URL(client.id).host
  return { name: client.metadata.client_name ?? host, domain: t.consentDomain(host) }
}

/** The page of a pending request: the language menu links back to it. */
function authorizeHref(requestUri: string): string {
  return `/oauth/authorize?${new URLSearchParams({ request_uri: requestUri }).toString()}`
}

function hidden(fields: Record<string, string>): Html[] {
  return Object.entries(fields).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)
}

/** The sign-in page: remembered accounts to continue as, and the handle/email + password form. */
export function signInPage(opts: {
  t: Messages
  client: OAuthClient
  requestUri: string
  csrf: string
  accounts: AccountChoice[]
  error?: string
  identifier?: string
}): Html {
  const { t, client } = opts
  const { name } = clientLabel(client, t)
  const fields = { request_uri: opts.requestUri, csrf: opts.csrf }
  const chooser =
    opts.accounts.length > 0
      ? html`<section aria-labelledby="choose"><h2 id="choose">${t.chooseAccount}</h2>
${opts.accounts.map(
  (a) => html`<form method="post" action="/oauth/authorize/select">${hidden({ ...fields, did: a.did })}
<button type="submit" class="secondary">${t.continueAs(`@${a.handle}`)}</button></form>`,
)}
<p class="muted">${t.otherAccount}</p></section>`
      : ''
  return layout({
    t,
    languageHref: authorizeHref(opts.requestUri),
    title: t.signInTitle,
    body: html`<h1>${t.signInTitle}</h1>
<p>${t.signInIntro(name)}</p>
${opts.error ? html`<p class="error" role="alert">${opts.error}</p>` : ''}
${chooser}
<form method="post" action="/oauth/authorize/sign-in">
${hidden(fields)}
<label for="identifier">${t.identifier}</label>
<input type="text" id="identifier" name="identifier" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${opts.identifier ?? ''}">
<label for="password">${t.password}</label>
<input type="password" id="password" name="password" autocomplete="current-password" required>
<button type="submit">${t.signIn}</button>
</form>
<p><a href="/oauth/authorize/sign-up?${new URLSearchParams({ request_uri: opts.requestUri }).toString()}">${t.signUpLink}</a></p>`,
  })
}

/**
 * The second step of signing in when the account has the email factor on: the code that
 * was mailed. The pending sign-in is held on the server (the request, this browser), so
 * the form carries only the request and the CSRF token, never the password.
 */
export function signInCodePage(opts: {
  t: Messages
  /** Where the code is posted, and the hidden fields it goes with (the CSRF token, the request). */
  action: string
  fields: Record<string, string>
  account: AccountChoice
  /** The app being signed in to, on the OAuth pages. */
  client?: OAuthClient
  error?: string
}): Html {
  const { t } = opts
  return layout({
    t,
    title: t.codeTitle,
    body: html`<h1>${t.codeTitle}</h1>
${opts.client ? html`<p>${t.signInIntro(clientLabel(opts.client, t).name)}</p>` : ''}
<p class="muted">@${opts.account.handle}</p>
${opts.error ? html`<p class="error" role="alert">${opts.error}</p>` : ''}
<form method="post" action="${opts.action}">
${hidden(opts.fields)}
<label for="code">${t.code}</label>
<p class="muted" id="code-help">${t.codeIntro}</p>
<input type="text" id="code" name="code" aria-describedby="code-help" autocomplete="one-time-code" autocapitalize="characters" spellcheck="false" maxlength="32" required autofocus>
<button type="submit">${t.codeContinue}</button>
</form>`,
  })
}

/** The sign-up page: handle, email, password (and an invite code when the PDS needs one). */
export function signUpPage(opts: {
  t: Messages
  client: OAuthClient
  requestUri: string
  csrf: string
  handleDomains: readonly string[]
  inviteRequired: boolean
  error?: string
  values?: { handle?: string; email?: string }
}): Html {
  const { t } = opts
  const { name } = clientLabel(opts.client, t)
  return layout({
    t,
    languageHref: authorizeHref(opts.requestUri),
    title: t.signUpTitle,
    body: html`<h1>${t.signUpTitle}</h1>
<p>${t.signInIntro(name)}</p>
${opts.error ? html`<p class="error" role="alert">${opts.error}</p>` : ''}
<form method="post" action="/oauth/authorize/sign-up">
${hidden({ request_uri: opts.requestUri, csrf: opts.csrf })}
<label for="handle">${t.handle(opts.handleDomains.join(', '))}</label>
<input type="text" id="handle" name="handle" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${opts.values?.handle ?? ''}">
<label for="email">${t.email}</label>
<input type="text" inputmode="email" id="email" name="email" autocomplete="email" required value="${opts.values?.email ?? ''}">
<label for="password">${t.password}</label>
<input type="password" id="password" name="password" autocomplete="new-password" required>
${
  opts.inviteRequired
    ? html`<label for="invite">${t.inviteCode}</label>
<input type="text" id="invite" name="invite_code" autocomplete="off" required>`
    : ''
}
<button type="submit">${t.createAccount}</button>
</form>`,
  })
}

/** The consent page: who asks, from where, for which permissions, in plain words. */
export function consentPage(opts: {
  t: Messages
  client: OAuthClient
  requestUri: string
  csrf: string
  account: AccountChoice
  /** The requested scope plus what its include: scopes expanded to. */
  scope: string
  includeTitles?: Readonly<Record<string, string>>
}): Html {
  const { t, client } = opts
  const { name, domain } = clientLabel(client, t)
  const handle = `@${opts.account.handle}`
  const logo = client.metadata.logo_uri?.startsWith('https:') ? client.metadata.logo_uri : undefined
  const fields = { request_uri: opts.requestUri, csrf: opts.csrf }
  return layout({
    t,
    languageHref: authorizeHref(opts.requestUri),
    title: t.consentTitle,
    body: html`<div class="client">${logo ? html`<img src="${logo}" alt="">` : ''}<div><h1>${t.consentTitle}</h1>
<p class="muted">${domain}</p></div></div>
<p>${t.consentIntro(name, handle)}</p>
<h2>${t.permissionsHeading}</h2>
<ul>${describeScopes(opts.scope, t, handle, opts.includeTitles).map((line) => html`<li>${line}</li>`)}</ul>
<form method="post" action="/oauth/authorize/consent">
${hidden(fields)}
<div class="row">
<button type="submit" name="decision" value="allow">${t.allow}</button>
<button type="submit" name="decision" value="deny" class="secondary">${t.deny}</button>
</div>
</form>`,
  })
}

/** An error page. */
export function errorPage(t: Messages, message: string): Html {
  return layout({
    t,
    title: t.errorTitle,
    body: html`<h1>${t.errorTitle}</h1><p class="error" role="alert">${message}</p><p>${t.errorBack}</p>`,
  })
}

/** /account: each remembered account's granted apps, each with a revoke button; or the sign-in form. */
export function accountPage(opts: {
  t: Messages
  csrf: string
  accounts: { account: AccountChoice; grants: (GrantView & { name: string })[] }[]
  error?: string
}): Html {
  const { t } = opts
  const signIn = html`<form method="post" action="/account/sign-in">
${hidden({ csrf: opts.csrf })}
<label for="identifier">${t.identifier}</label>
<input type="text" id="identifier" name="identifier" autocomplete="username" autocapitalize="none" spellcheck="false" required>
<label for="password">${t.password}</label>
<input type="password" id="password" name="password" autocomplete="current-password" required>
<button type="submit">${t.signIn}</button>
</form>`
  return layout({
    t,
    languageHref: '/account',
    title: t.accountTitle,
    body: html`<h1>${t.accountTitle}</h1>
${opts.error ? html`<p class="error" role="alert">${opts.error}</p>` : ''}
${
  opts.accounts.length === 0
    ? signIn
    : opts.accounts.map(
        ({ account, grants }) => html`<section aria-label="@${account.handle}"><h2>@${account.handle}</h2>
<p class="muted">${t.accountIntro}</p>
${grants.length === 0 ? html`<p>${t.noApps}</p>` : ''}
${grants.map(
  (g) => html`<div class="app"><strong>${g.name}</strong>
<p class="muted">${g.clientId}</p><p class="muted">${t.grantedOn(g.createdAt.slice(0, 10))}</p>
<ul>${describeScopes(g.scope, t, `@${account.handle}`).map((line) => html`<li>${line}</li>`)}</ul>
<form method="post" action="/account/revoke">${hidden({ csrf: opts.csrf, did: account.did, client_id: g.clientId })}
<button type="submit" class="danger">${t.revoke}</button></form></div>`,
)}
<form method="post" action="/account/sign-out">${hidden({ csrf: opts.csrf, did: account.did })}
<button type="submit" class="secondary">${t.signOut}</button></form></section>`,
      )
}`,
  })
}
