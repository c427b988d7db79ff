import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { launchBrowser, screenshot } from '../helpers/browser.js'
import { dialects } from '../helpers/db.js'
import { type CallbackServer, officialClient, startCallbackServer } from '../helpers/oauth.js'
import { FormBrowser, RawClient } from '../helpers/oauth-raw.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

const SCOPE = 'atproto transition:generic'

describe.each(dialects())('OAuth pages and /account (%s)', (dialect) => {
  let pds: TestServer
  let browser: Browser
  let app: CallbackServer
  let alice: TestAccount

  beforeAll(async () => {
    pds = await startTestServer({ dialect })
    browser = await launchBrowser()
    app = await startCallbackServer()
    alice = await signUp(pds)
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await app?.close()
    await pds?.close()
  })

  it('serves the metadata on the service host only', async () => {
    const base = pds.ctx.config.publicUrl
    const as = (await (await fetch(`${base}/.well-known/oauth-authorization-server`)).json()) as Record<string, unknown>
    expect(as).toMatchObject({
      issuer: base,
      require_pushed_authorization_requests: true,
      code_challenge_methods_supported: ['S256'],
      response_types_supported: ['code'],
      response_modes_supported: ['query', 'fragment'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      token_endpoint_auth_methods_supported: ['none', 'private_key_jwt'],
      client_id_metadata_document_supported: true,
    })
    expect(as.dpop_signing_alg_values_supported).toContain('ES256')
    expect(as.scopes_supported).toEqual(['atproto', 'transition:generic', 'transition:chat.bsky', 'transition:email'])
    const pr = await (await fetch(`${base}/.well-known/oauth-protected-resource`)).json()
    expect(pr).toMatchObject({ resource: base, authorization_servers: [base] })
    // a handle's host (alice.test) is not the issuer
    const onHandle = await fetch(`${pds.url}/.well-known/oauth-authorization-server`, {
      headers: { host: alice.handle },
    })
    expect(onHandle.status).toBe(404)
  })

  it('sends the app access_denied when the user denies, and shows an error page for a spent request', async () => {
    const { client } = officialClient({
      pdsUrl: pds.url,
      plcUrl: pds.plcUrl,
      redirectUri: app.redirectUri,
      scope: SCOPE,
    })
    const page = await browser.newPage({ locale: 'en' })
    page.setDefaultTimeout(10_000)
    const url = await client.authorize(alice.handle, { scope: SCOPE })
    await page.goto(url.href)
    await page.getByLabel('Password').fill(alice.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    const callback = app.next()
    await page.getByRole('button', { name: 'Deny' }).click()
    const params = await callback
    expect(params.get('error')).toBe('access_denied')
    expect(params.get('iss')).toBe(pds.ctx.config.publicUrl)
    await page.goto(url.href)
    await expect(page.getByRole('alert').textContent()).resolves.toContain('expired or was already used')
    await screenshot(page, `oauth/${dialect}-6-error`)
    await page.close()
  }, 60_000)

  it('refuses a form post without the CSRF token of this browser', async () => {
    const raw = new RawClient(pds.ctx.config.publicUrl, {
      clientId: `http://localhost?${new URLSearchParams({ redirect_uri: 'http://127.0.0.1:9/cb', scope: 'atproto' })}`,
      redirectUri: 'http://127.0.0.1:9/cb',
    })
    const pushed = await raw.par()
    const requestUri = pushed.body.request_uri as string
    const form = new FormBrowser(pds.ctx.config.publicUrl)
    const page = await form.get(
      `/oauth/authorize?${new URLSearchParams({ client_id: raw.opts.clientId, request_uri: requestUri })}`,
    )
    const csrf = /name="csrf" value="([^"]+)"/.exec(page.text)?.[1] as string
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'")
    const fields = { request_uri: requestUri, identifier: alice.handle, password: alice.password }
    const forged = await form.post('/oauth/authorize/sign-in', { ...fields, csrf: 'x'.repeat(43) })
    expect(forged.status).toBe(400)
    expect(forged.text).toContain('This form expired')
    // the right token from another site's page is refused too
    const crossSite = await fetch(`${pds.ctx.config.publicUrl}/oauth/authorize/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: new URLSearchParams({ ...fields, csrf }),
    })
    expect(crossSite.status).toBe(400)
    const genuine = await form.post('/oauth/authorize/sign-in', { ...fields, csrf })
    expect(genuine.status).toBe(200)
    expect(genuine.text).toContain('Allow access?')
  })

  it("speaks the browser's language and switches it from the menu, without JavaScript", async () => {
    const { client } = officialClient({
      pdsUrl: pds.url,
      plcUrl: pds.plcUrl,
      redirectUri: app.redirectUri,
      scope: SCOPE,
    })
    const context = await browser.newContext({ locale: 'fr-FR', javaScriptEnabled: false })
    const page = await context.newPage()
    page.setDefaultTimeout(10_000)
    await page.goto((await client.authorize(alice.handle, { scope: SCOPE })).href)
    await page.getByRole('heading', { name: 'Connexion' }).waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('fr')
    const menu = page.getByRole('navigation', { name: 'Langue' })
    expect(await menu.getByRole('link', { name: 'Français' }).getAttribute('aria-current')).toBe('true')
    await screenshot(page, `oauth/${dialect}-10-sign-in-fr`)
    await menu.getByRole('link', { name: 'English' }).click()
    await page.getByRole('heading', { name: 'Sign in' }).waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    // the choice is remembered: the answer to the form post is English too, whatever Accept-Language says
    await page.getByLabel('Password').fill('not the password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('alert').textContent()).resolves.toBe('Wrong handle, email address or password.')
    await screenshot(page, `oauth/${dialect}-11-sign-in-picked-en`)
    // and it can be switched back
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' }).click()
    await page.getByRole('heading', { name: 'Connexion' }).waitFor()
    await context.close()
  }, 60_000)

  it('lists the apps granted on /account and revokes one, which ends its session at once', async () => {
    const { client } = officialClient({
      pdsUrl: pds.url,
      plcUrl: pds.plcUrl,
      redirectUri: app.redirectUri,
      scope: SCOPE,
    })
    const context = await browser.newContext({ locale: 'en' })
    const page = await context.newPage()
    page.setDefaultTimeout(10_000)
    await page.goto((await client.authorize(alice.handle, { scope: SCOPE })).href)
    await page.getByLabel('Password').fill(alice.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    const callback = app.next()
    await page.getByRole('button', { name: 'Allow' }).click()
    const { session } = await client.callback(await callback)
    const token = (await session.getTokenInfo(false)).sub
    expect(token).toBe(alice.did)

    await page.goto(`${pds.ctx.config.publicUrl}/account`)
    await page.getByRole('heading', { name: `@${alice.handle}` }).waitFor()
    expect(await page.textContent('main')).toContain('Loopback development client')
    await screenshot(page, `oauth/${dialect}-7-account`)
    await page.getByRole('button', { name: 'Revoke access' }).first().click()
    await page.getByText('You have not allowed any app yet.').waitFor()
    await screenshot(page, `oauth/${dialect}-8-account-revoked`)
    const rows = await pds.ctx.db.selectFrom('oauthToken').select('id').where('did', '=', alice.did).execute()
    expect(rows).toEqual([])
    await context.close()
  }, 60_000)

  it('signs up a new account from the sign-in page and goes on to consent', async () => {
    const { client } = officialClient({
      pdsUrl: pds.url,
      plcUrl: pds.plcUrl,
      redirectUri: app.redirectUri,
      scope: SCOPE,
    })
    const context = await browser.newContext({ locale: 'en' })
    const page = await context.newPage()
    page.setDefaultTimeout(10_000)
    // @NOTE a new user has no handle yet: the app starts from the PDS (its issuer URL)
    await page.goto((await client.authorize(pds.ctx.config.publicUrl, { scope: SCOPE })).href)
    await page.getByRole('link', { name: 'New here? Create an account' }).click()
    await page.getByRole('heading', { name: 'Create an account' }).waitFor()
    await page.getByLabel('Handle (ending in .test)').fill(alice.handle)
    await page.getByLabel('Email address').fill('someone@example.com')
    await page.getByLabel('Password').fill('a long enough password')
    await page.getByRole('button', { name: 'Create account' }).click()
    await expect(page.getByRole('alert').textContent()).resolves.toContain('already')
    await screenshot(page, `oauth/${dialect}-9-sign-up-taken`)
    const name = `new${Date.now().toString(36)}`
    await page.getByLabel('Handle (ending in .test)').fill(name)
    await page.getByLabel('Password').fill('a long enough password')
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.getByRole('heading', { name: 'Allow access?' }).waitFor()
    expect(await page.textContent('main')).toContain(`@${name}.test`)
    const callback = app.next()
    await page.getByRole('button', { name: 'Allow' }).click()
    const { session } = await client.callback(await callback)
    const account = await pds.ctx.accounts.getAccount(`${name}.test`)
    expect(session.did).toBe(account?.did)
    await context.close()
  }, 60_000)
})
